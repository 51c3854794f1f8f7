import * as fs from "fs";
import * as path from "path";
import { badRequest, offline, privilegeDenied, recordGone, throttled } from "../../playground/dataverse";
import { toDataError } from "../../TeamSyncEditor/data/errors";
import { MessageKey } from "../../TeamSyncEditor/data/messageKeys";

describe("toDataError", () => {
    it("names missing privilege, record gone, throttling and offline with resx keys", () => {
        expect(toDataError(privilegeDenied("prvWritenw_teamsyncmember"))).toMatchObject({
            kind: "privilege",
            key: "Data_Error_Privilege",
            args: [],
        });
        expect(toDataError(recordGone("nw_teamsyncmember", "x"))).toMatchObject({
            kind: "gone",
            key: "Data_Error_Gone",
        });
        expect(toDataError(throttled(12.2))).toMatchObject({
            kind: "throttled",
            key: "Data_Error_Throttled",
            args: ["13"],
        });
        expect(toDataError(offline())).toMatchObject({ kind: "offline", key: "Data_Error_Offline" });
        expect(toDataError(new TypeError("Failed to fetch"))).toMatchObject({ kind: "offline" });
        expect(toDataError(badRequest("<b>bad</b>"))).toEqual({
            kind: "unknown",
            key: "Data_Error_Unknown",
            args: ["<b>bad</b>"],
            detail: "<b>bad</b>",
            errorCode: -2147220989,
        });
    });

    it("has every message key in the resx", () => {
        const resx = fs.readFileSync(
            path.join(__dirname, "../../TeamSyncEditor/strings/TeamSyncEditor.1033.resx"),
            "utf8",
        );
        for (const key of Object.values(MessageKey)) expect(resx).toContain(`<data name="${key}" `);
    });
});
