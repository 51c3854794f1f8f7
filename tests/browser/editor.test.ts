// Scenarios of the TeamSync editor in the playground, in a real browser. Steps are written with
// the page objects (support/playgroundPage.ts for the host, support/editorPanel.ts for the control).
import assert from "node:assert/strict";
import { describe } from "node:test";
import { seriousAxeViolations } from "./support/axe";
import { EditorPanel } from "./support/editorPanel";
import type { PageSession } from "./support/pageSession";
import { PlaygroundPage } from "./support/playgroundPage";
import { playgroundSuite } from "./support/playgroundSuite";

describe("editor in the playground", () => {
    let session: PageSession;
    let playground: PlaygroundPage;
    let editor: EditorPanel;
    const scenario = playgroundSuite((opened) => ({ session, playground, editor } = opened));

    /** A team's id, from the Team form switcher's options. */
    const teamId = async (name: string) => {
        const value = await session.page
            .getByRole("combobox", { name: "Team form" })
            .getByRole("option", { name, exact: true })
            .getAttribute("value");
        assert.ok(value, `no team ${name}`);
        return value;
    };

    scenario("Commercial Lending Team's form shows its parent and children in the graph", async () => {
        await playground.open({ fresh: true });
        await editor.waitUntilLoaded();
        for (const team of [
            "Commercial Lending Team",
            "Private Workspace",
            "Reporting Access",
            "Document Library",
            "Approval Queue",
            "Loan Officers (Entra ID)",
        ]) {
            await editor.graphNode(team).waitFor();
        }
        assert.equal(await editor.graphNode("Treasury Operations").count(), 0, "an unlinked team is not drawn");
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        assert.deepEqual(session.errors(), []);
    });

    scenario("the List view lists the links with their order and required role", async () => {
        await editor.openTab("Editor_Tab_List");
        await editor.linkTable().waitFor();
        const rows = await editor.linkRows();
        const approval = rows.find((cells) => cells[0] === "Commercial Lending Team" && cells[1] === "Approval Queue");
        assert.ok(approval, `no Commercial Lending Team → Approval Queue row in ${JSON.stringify(rows)}`);
        assert.ok(approval.includes("40") && approval.includes("Senior Loan Officer"), JSON.stringify(approval));
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        await editor.openTab("Editor_Tab_Graph");
    });

    scenario("a read-only form says why and offers no editing", async () => {
        await playground.setFormReadOnly(true);
        await editor.message("Data_ReadOnly_FormDisabled").waitFor();
        assert.equal(await editor.addChildButton().count(), 0);
        await playground.setFormReadOnly(false);
        await playground.setNoWritePrivilege(true);
        await editor.message("Data_ReadOnly_NoPrivilege").waitFor();
        assert.equal(await editor.addChildButton().count(), 0);
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        await playground.setNoWritePrivilege(false);
        await editor.addChildButton().waitFor();
        assert.deepEqual(session.errors(), []);
    });

    scenario("a child added with the keyboard only is saved into the store", async () => {
        await editor.addChildWithKeyboard("Treasury Operations");
        await editor.graphNode("Treasury Operations").waitFor();
        await editor.unsavedCount().getByText(editor.strings.get("Editor_Changes_One")).waitFor();
        await editor.saveAndConfirm();
        // The save reloads the editor: the focus stays in the control, and the closed dialog leaves nothing of the page aria-hidden.
        assert.equal(await playground.control().evaluate((slot) => slot.contains(document.activeElement)), true);
        assert.equal(await session.page.locator("[aria-hidden=true]:has(h1)").count(), 0);
        const treasury = await teamId("Treasury Operations");
        const members = await playground.storedRows("commercial-lending", "nw_teamsyncmember", (rows) =>
            rows.some((row) => row._nw_childteamid_value === treasury),
        );
        const member = members.find((row) => row._nw_childteamid_value === treasury);
        const configurations = await playground.storedRows("commercial-lending", "nw_teamsyncgroup", () => true);
        const configuration = configurations.find(
            (row) => row.nw_teamsyncgroupid === member?._nw_teamsyncgroupid_value,
        );
        assert.equal(configuration?._nw_parentteamid_value, await teamId("Commercial Lending Team"));
        assert.equal(configuration?.nw_syncdirection, 1);
        assert.equal(member?.statecode, 0);
        assert.deepEqual(session.errors(), []);
    });

    scenario("a cycle shows the error naming its teams and disables Save; undoing it clears the error", async () => {
        await playground.openTeam("Treasury Operations");
        await editor.waitUntilLoaded();
        await editor.addChildWithKeyboard("Compliance Review");
        await editor.saveAndConfirm();
        await playground.openTeam("Compliance Review");
        await editor.waitUntilLoaded();
        await editor.addChildWithKeyboard("Commercial Lending Team");
        const cycle = editor.validationPanel().getByText(editor.strings.pattern("Editor_Issue_cycle"));
        await cycle.waitFor();
        const text = await cycle.innerText();
        for (const team of ["Commercial Lending Team", "Treasury Operations", "Compliance Review"])
            assert.ok(text.includes(team), `${team} missing from: ${text}`);
        assert.ok(await editor.saveButton().isDisabled(), "Save is disabled while the cycle stands");
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        await editor.root.getByRole("button", { name: editor.strings.get("Editor_Undo") }).click();
        await editor.validationPanel().getByText(editor.strings.get("Editor_Validation_None")).waitFor();
        assert.equal(await cycle.count(), 0);
        assert.deepEqual(session.errors(), []);
        await playground.openTeam("Commercial Lending Team");
    });

    scenario("a user added to the parent shows in a child's Members tab, explained by the sync log", async () => {
        await playground.selectUser("Gustav Berg");
        await playground.addSelectedUserToTeam("Commercial Lending Team");
        await playground
            .status()
            .getByText(/^Plugin: \d+ added/)
            .waitFor();
        await playground.openTeam("Private Workspace");
        await editor.waitUntilLoaded();
        await editor.openTab("Members_Tab");
        const gustav = (await editor.memberRows()).find((cells) => cells.some((cell) => cell.includes("Gustav Berg")));
        assert.ok(gustav, "Gustav Berg is listed among Private Workspace's members");
        const why = gustav.join(" ");
        assert.ok(why.includes(editor.strings.get("Members_Sync")), why);
        assert.match(why, editor.strings.pattern("Members_Why_Sync"));
        assert.ok(
            why.includes("Gustav Berg joined Commercial Lending Team"),
            `the explanation names the cause: ${why}`,
        );
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        assert.deepEqual(session.errors(), []);
        await editor.openTab("Editor_Tab_Graph");
        await playground.openTeam("Commercial Lending Team");
    });

    scenario("the Large org opens on its first team with a graph", async () => {
        await playground.chooseOrganisation(/Large org/);
        await playground.form().getByRole("heading", { name: "Team: Head Office" }).waitFor();
        await editor.graphNode("Head Office").waitFor({ timeout: 60_000 });
        assert.deepEqual(session.errors(), []);
        await playground.chooseOrganisation("Commercial Lending");
    });
});
