// Propagation's status, "Turn on propagation" and "Reconcile now" in the playground, in a real browser:
// the sample org that shows propagation off is as just after the import (AddMembers/RemoveMembers steps
// missing in both modes, nightly flow off) with one membership that AddMembers made and nothing propagated.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { seriousAxeViolations } from "./support/axe";
import { launchChromium, LaunchedBrowser } from "./support/browser";
import { ControlStrings } from "./support/controlStrings";
import { EditorPanel } from "./support/editorPanel";
import { openPageSession, PageSession, withArtifacts } from "./support/pageSession";
import { PlaygroundPage } from "./support/playgroundPage";
import { RunningServer, startPlayground } from "./support/playgroundServer";

const ORG = "commercial-lending-propagation-off";
const ORG_LABEL = "Commercial Lending (propagation off)";
/** The steps Turn on propagation registers: AddMembers and RemoveMembers, each synchronous and asynchronous. */
const NOT_SHIPPED = [
    ["AddMembers", "Propagation_Mode_Synchronous"],
    ["AddMembers", "Propagation_Mode_Asynchronous"],
    ["RemoveMembers", "Propagation_Mode_Synchronous"],
    ["RemoveMembers", "Propagation_Mode_Asynchronous"],
] as const;

describe("propagation in the playground", () => {
    let server: RunningServer;
    let browser: LaunchedBrowser;
    let session: PageSession;
    let playground: PlaygroundPage;
    let editor: EditorPanel;
    const strings = new ControlStrings();

    before(async () => {
        server = await startPlayground();
        browser = await launchChromium();
        session = await openPageSession(browser.context);
        playground = new PlaygroundPage(session.page, server.url);
        editor = new EditorPanel(playground.control(), strings);
    });

    after(async () => {
        await browser?.close();
        await server?.stop();
    });

    const scenario = (name: string, body: () => Promise<void>) => test(name, () => withArtifacts(session, name, body));
    const status = () => playground.control().getByRole("region", { name: strings.get("Propagation_Region") });
    const turnOn = () => status().getByRole("button", { name: strings.get("Propagation_TurnOn") });
    const notShippedLabels = () =>
        NOT_SHIPPED.map(([message, mode]) =>
            strings.format(
                "Propagation_StepLabel_Table",
                "MembershipPropagationPlugin",
                message,
                "team",
                strings.get(mode),
            ),
        );

    scenario(
        "after the import, the status says propagation is off and why, and that the nightly reconcile is off",
        async () => {
            await playground.open({ fresh: true });
            await playground.chooseOrganisation(ORG_LABEL);
            await editor.waitUntilLoaded();
            await status().getByText(strings.format("Propagation_Off_Missing_Many", NOT_SHIPPED.length)).waitFor();
            await status().getByText(strings.get("Propagation_NightlyOff")).waitFor();
            await status()
                .getByRole("button", { name: strings.get("Propagation_Details") })
                .click();
            const rows = await status()
                .getByRole("table", { name: strings.get("Propagation_StepsTable") })
                .getByRole("row")
                .evaluateAll((els) =>
                    els.map((row) =>
                        Array.from(row.querySelectorAll("td")).map((cell) => (cell.textContent ?? "").trim()),
                    ),
                );
            assert.deepEqual(
                rows.filter((cells) => cells[1] === strings.get("Propagation_No")).map((cells) => cells[0]),
                notShippedLabels(),
            );
            // The open details leave the editor its room: the editor's last row stays inside the control's height.
            const control = await playground.control().boundingBox();
            const last = await editor.validationPanel().boundingBox();
            assert.ok(
                control !== null && last !== null && last.y + last.height <= control.y + control.height,
                `the validation panel at ${JSON.stringify(last)} lies outside the control at ${JSON.stringify(control)}`,
            );
            assert.deepEqual(await seriousAxeViolations(session.page), []);
            assert.deepEqual(session.errors(), []);
        },
    );

    scenario("a user who may not register plug-in steps is told who can and what to ask for", async () => {
        await session.page.getByRole("checkbox", { name: "No customization privilege" }).setChecked(true);
        await status().getByText(strings.format("Propagation_Off_Missing_Many", NOT_SHIPPED.length)).waitFor();
        await status().getByText(strings.pattern("Propagation_AskAdmin")).waitFor();
        assert.ok((await status().innerText()).includes(notShippedLabels().join(", ")));
        assert.equal(await turnOn().count(), 0);
        await session.page.getByRole("checkbox", { name: "No customization privilege" }).setChecked(false);
    });

    scenario(
        "Turn on propagation registers the missing steps into the TeamSync solution, and the status turns on",
        async () => {
            await turnOn().click();
            await status()
                .getByText(strings.format("Propagation_TurnedOn", NOT_SHIPPED.length, 0, 8))
                .waitFor();
            await status().getByText(strings.get("Propagation_AddedToSolution")).waitFor();
            await status().getByText(strings.pattern("Propagation_On")).waitFor();
            assert.equal(await turnOn().count(), 0);
            const steps = await playground.storedRows(ORG, "sdkmessageprocessingstep", (rows) => rows.length === 12);
            const registered = steps.filter((row) => /: (AddMembers|RemoveMembers) of team/.test(String(row.name)));
            assert.deepEqual(registered.map((row) => [row.mode, row.statecode]).sort(), [
                [0, 0],
                [0, 0],
                [1, 0],
                [1, 0],
            ]);
            await playground.storedRows(ORG, "solutioncomponent", (rows) => rows.length === NOT_SHIPPED.length);
            assert.deepEqual(await seriousAxeViolations(session.page), []);
            assert.deepEqual(session.errors(), []);
        },
    );

    scenario("Reconcile now reports the drifted membership first, then applies it and says what it did", async () => {
        await playground.openTeam("Underwriting");
        await editor.waitUntilLoaded();
        await editor.openTab("Members_Tab");
        await playground.control().getByText(strings.get("Members_OutOfSync")).first().waitFor();
        await playground
            .control()
            .getByRole("button", { name: strings.get("Reconcile_Now") })
            .click();
        await playground
            .control()
            .getByText(
                strings.format("Reconcile_Report", strings.counted("Membership", 1), strings.counted("Membership", 0)),
            )
            .waitFor();
        await playground
            .control()
            .getByText(strings.format("Reconcile_Add", "Ibrahim Diallo", "Underwriting", "Credit Risk > Underwriting"))
            .waitFor();
        assert.deepEqual(await seriousAxeViolations(session.page), []);
        const underwriting = await session.page
            .getByRole("combobox", { name: "Team form" })
            .getByRole("option", { name: "Underwriting", exact: true })
            .getAttribute("value");
        const ibrahim = await playground
            .userPanel()
            .getByRole("combobox", { name: "User" })
            .getByRole("option", { name: "Ibrahim Diallo", exact: true })
            .getAttribute("value");
        const inUnderwriting = (rows: Record<string, unknown>[]) =>
            rows.some((row) => row.teamid === underwriting && row.systemuserid === ibrahim);
        // The report only plans: nothing changed yet.
        assert.equal(inUnderwriting(await playground.storedRows(ORG, "teammembership", () => true)), false);
        await playground
            .control()
            .getByRole("button", { name: strings.get("Reconcile_Apply") })
            .click();
        await playground
            .control()
            .getByText(strings.format("Reconcile_Done", 1, 0, 0))
            .waitFor();
        await playground.storedRows(ORG, "teammembership", inUnderwriting);
        await playground.storedRows(ORG, "nw_teamsynclog", (all) =>
            all.some(
                (row) =>
                    row._nw_teamid_value === underwriting && row._nw_userid_value === ibrahim && row.nw_cause === 2,
            ),
        );
        await playground
            .control()
            .getByRole("button", { name: strings.get("Reconcile_Close") })
            .click();
        await playground
            .control()
            .getByRole("button", { name: strings.get("Reconcile_Now") })
            .waitFor({ state: "detached" });
        assert.deepEqual(session.errors(), []);
    });
});
