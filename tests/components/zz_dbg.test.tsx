import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeService } from "./fixtureOrg";
import { renderEditor } from "./renderEditor";
jest.setTimeout(60_000);
it("dbg", async () => {
    await renderEditor(fakeService({}));
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Add child team" }));
    const dialog = await screen.findByRole("dialog");
    const box = within(dialog).getByRole("combobox", { name: "Team" }) as HTMLInputElement;
    await user.type(box, "Risk Review");
    console.log("options", screen.getAllByRole("option").map((o) => o.textContent + "|" + o.getAttribute("aria-disabled")));
    await user.click(screen.getByRole("option", { name: "Risk Review" }));
    console.log("value", box.value, (within(dialog).getByRole("button", { name: "Add" }) as HTMLButtonElement).disabled);
});
