import { validate } from "../../TeamSyncEditor/engine/validate";
import { fixtureOrg } from "./fixtureOrg";

it("the component fixture is a valid configuration", () => {
    expect(validate(fixtureOrg().model).filter((issue) => issue.severity === "error")).toEqual([]);
});
