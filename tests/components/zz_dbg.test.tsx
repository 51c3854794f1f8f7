import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeService } from "./fixtureOrg";
import { renderEditor } from "./renderEditor";
jest.setTimeout(60_000);
it("dbg", async () => {
    await renderEditor(fakeService({}));
    const user = userEvent.setup();
    const addChild = screen.getByRole("button", { name: "Add child team" });
    for (let i = 0; i < 10 && document.activeElement !== addChild; i++) { await user.tab(); console.log("tab to", document.activeElement?.tagName, document.activeElement?.textContent?.slice(0, 30)); }
    await user.keyboard("{Enter}");
    const picker = await screen.findByRole("region", { name: "Add child team" });
    const box = within(picker).getByRole("combobox", { name: "Team" }) as HTMLInputElement;
    console.log("focus", document.activeElement === box);
    await user.keyboard("Risk Rev");
    await user.keyboard("{ArrowDown}{Enter}");
    const add = within(picker).getByRole("button", { name: "Add" }) as HTMLButtonElement;
    console.log("after enter", box.value, add.disabled);
    await user.tab();
    console.log("tab", document.activeElement?.tagName, document.activeElement?.textContent);
});
