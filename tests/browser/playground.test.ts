import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { seriousAxeViolations } from "./support/axe";
import { launchChromium, LaunchedBrowser } from "./support/browser";
import { openPageSession, PageSession, withArtifacts } from "./support/pageSession";
import { PlaygroundPage } from "./support/playgroundPage";
import { RunningServer, startPlayground } from "./support/playgroundServer";

describe("playground", () => {
    let server: RunningServer;
    let browser: LaunchedBrowser;
    let session: PageSession;
    let playground: PlaygroundPage;

    before(async () => {
        server = await startPlayground();
        browser = await launchChromium();
        session = await openPageSession(browser.context);
        playground = new PlaygroundPage(session.page, server.url);
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    const scenario = (name: string, body: () => Promise<void>) => test(name, () => withArtifacts(session, name, body));

    scenario("loads without a console error and renders the control for the chosen team", async () => {
        await playground.open({ fresh: true });
        await playground.form().getByRole("heading", { name: "Team: Commercial Lending Team" }).waitFor();
        await playground.control().getByText("Commercial Lending Team").first().waitFor();
        assert.deepEqual(session.errors(), []);
        assert.deepEqual(playground.externalRequests, [], "the playground loads nothing from the internet");
    });

    scenario("the page has no serious or critical accessibility violation", async () => {
        assert.deepEqual(await seriousAxeViolations(session.page), []);
    });

    scenario("the team switcher opens another team's form", async () => {
        await playground.openTeam("Credit Risk");
        await playground.control().getByText("Credit Risk").first().waitFor();
        assert.equal(await playground.control().getByText("Commercial Lending Team").count(), 0);
        await playground.openTeam("Commercial Lending Team");
        assert.deepEqual(session.errors(), []);
    });

    scenario("the seeded org is reconciled: sync memberships exist with their log rows", async () => {
        await playground.selectUser("Avery Lindqvist");
        const teams = await playground.teamsOfSelectedUser();
        for (const team of [
            "Commercial Lending Team",
            "Private Workspace",
            "Reporting Access",
            "Document Library",
            "Approval Queue",
        ]) {
            assert.ok(
                teams.includes(team),
                `Avery Lindqvist (Senior Loan Officer) should be in ${team}: ${teams.join(", ")}`,
            );
        }
        const rows = await playground.logRows();
        assert.ok(
            rows.some(
                ([user, team, operation, cause, path]) =>
                    user === "Avery Lindqvist" &&
                    team === "Approval Queue" &&
                    operation === "join" &&
                    cause === "sync" &&
                    path === "Commercial Lending Team → Approval Queue",
            ),
        );
    });

    scenario("adding a user to the parent propagates to its children and logs each change with its cause", async () => {
        await playground.selectUser("Gustav Berg");
        await playground.addSelectedUserToTeam("Commercial Lending Team");
        await playground.status().getByText("Plugin: 3 added, 0 removed.").waitFor();
        const teams = await playground.teamsOfSelectedUser();
        for (const team of ["Commercial Lending Team", "Private Workspace", "Reporting Access", "Document Library"])
            assert.ok(teams.includes(team), `missing ${team}`);
        assert.ok(!teams.includes("Approval Queue"), "Approval Queue needs the Senior Loan Officer role");
        const newest = (await playground.logRows())
            .slice(0, 4)
            .map(([user, team, operation, cause, path]) => [user, team, operation, cause, path]);
        assert.deepEqual(newest, [
            ["Gustav Berg", "Document Library", "join", "sync", "Commercial Lending Team → Document Library"],
            ["Gustav Berg", "Reporting Access", "join", "sync", "Commercial Lending Team → Reporting Access"],
            ["Gustav Berg", "Private Workspace", "join", "sync", "Commercial Lending Team → Private Workspace"],
            ["Gustav Berg", "Commercial Lending Team", "join", "manual", "Commercial Lending Team"],
        ]);
    });

    scenario("giving the Senior Loan Officer role adds Approval Queue; taking it removes it", async () => {
        await playground.setRole("Senior Loan Officer", true);
        await playground.status().getByText("Plugin: 1 added, 0 removed.").waitFor();
        assert.ok((await playground.teamsOfSelectedUser()).includes("Approval Queue"));
        await playground.setRole("Senior Loan Officer", false);
        await playground.status().getByText("Plugin: 0 added, 1 removed.").waitFor();
        assert.ok(!(await playground.teamsOfSelectedUser()).includes("Approval Queue"));
        const [newest] = await playground.logRows();
        assert.deepEqual(newest.slice(0, 4), ["Gustav Berg", "Approval Queue", "leave", "sync"]);
    });

    scenario("the user panel and log stay accessible after changes", async () => {
        assert.deepEqual(await seriousAxeViolations(session.page), []);
    });

    scenario("removing the user from the parent removes the synced children and keeps the manual ones", async () => {
        await playground.removeSelectedUserFromTeam("Gustav Berg", "Commercial Lending Team");
        await playground.status().getByText("Plugin: 0 added, 3 removed.").waitFor();
        const teams = await playground.teamsOfSelectedUser();
        assert.deepEqual(
            teams.filter((team) =>
                ["Commercial Lending Team", "Private Workspace", "Reporting Access", "Document Library"].includes(team),
            ),
            [],
        );
        assert.ok(teams.includes("Treasury Operations"), "a manual membership elsewhere stays");
    });

    scenario("changes survive a reload, and Reset sample data restores the sample", async () => {
        await playground.selectUser("Gustav Berg");
        await playground.addSelectedUserToTeam("Compliance Review");
        await session.page.reload();
        await playground.selectUser("Gustav Berg");
        assert.ok((await playground.teamsOfSelectedUser()).includes("Compliance Review"));
        await playground.resetSampleData();
        await playground.status().getByText("Commercial Lending: sample data reset.").waitFor();
        await playground.selectUser("Gustav Berg");
        assert.ok(!(await playground.teamsOfSelectedUser()).includes("Compliance Review"));
        assert.deepEqual(session.errors(), []);
    });

    scenario("the form's read-only switches reach the control without an error", async () => {
        await playground.setFormReadOnly(true);
        await playground.setNoWritePrivilege(true);
        await playground.control().getByText("Commercial Lending Team").first().waitFor();
        await playground.setFormReadOnly(false);
        await playground.setNoWritePrivilege(false);
        assert.deepEqual(session.errors(), []);
    });

    scenario("the Large org opens", async () => {
        await playground.chooseOrganisation(/Large org/);
        await playground.form().getByRole("heading", { name: "Team: Head Office" }).waitFor();
        await playground.control().getByText("Head Office").first().waitFor();
        assert.equal(await session.page.getByRole("combobox", { name: "Team form" }).getByRole("option").count(), 2001);
        assert.deepEqual(session.errors(), []);
        await playground.chooseOrganisation("Commercial Lending");
    });
});
