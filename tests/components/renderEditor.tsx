import * as React from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { render, RenderResult, screen } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import { TeamSyncRoot } from "../../TeamSyncEditor/components/TeamSyncRoot";
import type { TeamSyncService } from "../../TeamSyncEditor/components/TeamSyncService";
import { parseResx } from "../../playground/host/resx";

/** The control's real strings, as `context.resources.getString` serves them (a missing key comes back as itself). */
export const strings = parseResx(
    readFileSync(path.resolve(__dirname, "../../TeamSyncEditor/strings/TeamSyncEditor.1033.resx"), "utf8"),
);
export const getString = (key: string): string => strings.get(key) ?? key;

/** Renders the control's root over a service and waits until the editor (or its message) shows. */
export async function renderEditor(service: TeamSyncService): Promise<RenderResult> {
    const result = render(
        <TeamSyncRoot
            height={560}
            getString={getString}
            formatDate={(iso) => iso.slice(0, 16)}
            theme={webLightTheme}
            service={service}
        />,
    );
    await screen.findByRole("region", { name: "Validation issues" }).catch(() => screen.findByText(/./));
    return result;
}
