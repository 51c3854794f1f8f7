import * as React from "react";
import { stepName } from "../../TeamSyncEditor/data/propagation/requiredSteps";
import type { IOutputs } from "../../TeamSyncEditor/generated/ManifestTypes";
import { ProcessingStep } from "../../TeamSyncEditor/data/schema";
import { privilegeDenied } from "../dataverse/fakeErrors";
import { FakeWebApi } from "../dataverse/fakeWebApi";
import { ControlSlot } from "./ControlSlot";
import { LogView } from "./LogView";
import { UserPanel } from "./UserPanel";
import { installOrgEndpoint, orgEndpoint } from "./orgEndpoint";
import { forgetOrg, loadPreference, openOrg, OpenedOrg, saveOrg, savePreference } from "./orgStorage";
import { readOrgView } from "./orgView";
import { createPcfContext } from "./pcfContext";
import { applyManualChange, ManualChange, ManualChangeResult, PluginRunResult } from "./plugin/runPlugin";
import { dropUnsavedEdits } from "./plugin/dropUnsavedEdits";
import { guardConfiguration } from "./plugin/guardConfiguration";
import { watchWrites } from "./plugin/watchWrites";
import { SAMPLE_ORGS, SampleOrgChoice } from "./sampleData/sampleOrgs";

const CONTROL_HEIGHT = 560;
/** What a model-driven app asks before leaving a form with unsaved changes. */
const UNSAVED_CHANGES_PROMPT = "This form has unsaved changes. Leave it and lose them?";
/** The panels show by then even if the page never goes idle. */
const PANELS_DELAY_LIMIT_MS = 1000;

function choiceByKey(key: string | null): SampleOrgChoice {
    return SAMPLE_ORGS.find((choice) => choice.key === key) ?? SAMPLE_ORGS[0];
}

function newCorrelationId(): string {
    return typeof crypto.randomUUID === "function"
        ? crypto.randomUUID()
        : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/** "; not run, missing or turned off: …" when steps the change fires did nothing. */
function stepsOffNote(result: { stepsOff: PluginRunResult["stepsOff"] }): string {
    const off = result.stepsOff.map(stepName);
    return off.length > 0 ? `; not run, missing or turned off: ${off.join(", ")}` : "";
}

/** "Plugin: 3 added, 0 removed." and the warnings of the run, teams by name. */
function pluginSummary(result: PluginRunResult, teamName: (id: string) => string): string {
    const added = result.operations.filter((operation) => operation.op === "add").length;
    const removed = result.operations.length - added;
    const warnings = result.warnings.map((warning) => `${warning.code} (${warning.teams.map(teamName).join(", ")})`);
    return `Plugin: ${added} added, ${removed} removed${warnings.length > 0 ? `; warning: ${warnings.join("; ")}` : ""}${stepsOffNote(result)}.`;
}

/** What the request did before it returned: its asynchronous steps report when they run. */
function requestSummary(result: ManualChangeResult): string {
    const done = [result.logged ? "change logged" : "", result.queued ? "propagation queued" : ""].filter(
        (part) => part !== "",
    );
    return `Plugin: ${done.length > 0 ? done.join(", ") : "nothing run"}${stepsOffNote(result)}.`;
}

/** The playground page: a Team form with the control, the form's switches, a user panel and the log. */
export const HostApp: React.FC<{ strings: ReadonlyMap<string, string> }> = ({ strings }) => {
    const [choice, setChoice] = React.useState(() => choiceByKey(loadPreference("org")));
    const [org, setOrg] = React.useState<OpenedOrg>(() => openOrg(choice));
    // Bumped when another org (or a reset one) is opened: the control is constructed anew.
    const [generation, setGeneration] = React.useState(0);
    const [revision, setRevision] = React.useState(0);
    const [stored, setStored] = React.useState(true);
    const [formDisabled, setFormDisabled] = React.useState(false);
    const [readOnlyPrivileges, setReadOnlyPrivileges] = React.useState(false);
    const [noCustomization, setNoCustomization] = React.useState(false);
    // Read by the org's answers when they come, not when they were set up.
    const privileges = React.useRef({ readOnlyPrivileges, noCustomization });
    privileges.current = { readOnlyPrivileges, noCustomization };
    const [status, setStatus] = React.useState("");
    const view = React.useMemo(() => readOrgView(org.store), [org, revision]); // eslint-disable-line react-hooks/exhaustive-deps
    const webApi = React.useMemo(
        () =>
            new FakeWebApi(org.store, {
                fault: (request) =>
                    request.entity === ProcessingStep.logicalName &&
                    request.method !== "GET" &&
                    privileges.current.noCustomization
                        ? privilegeDenied("prvCreateSdkMessageProcessingStep")
                        : undefined,
            }),
        [org],
    );
    React.useEffect(
        () =>
            installOrgEndpoint(
                orgEndpoint({
                    store: org.store,
                    callerId: () => org.adminUserId,
                    mayWriteConfigurations: () => !privileges.current.readOnlyPrivileges,
                    mayCustomize: () => !privileges.current.noCustomization,
                    newCorrelationId,
                }),
            ),
        [org],
    );
    const [teamId, setTeamId] = React.useState(() => loadPreference(`team.${choice.key}`) ?? "");
    const team =
        view.teams.find((candidate) => candidate.id === teamId) ??
        view.teams.find((candidate) => candidate.name === choice.firstTeamName) ??
        view.teams[0];
    const [userId, setUserId] = React.useState("");
    const user = view.users.find((candidate) => candidate.id === userId) ?? view.users[0];

    // The plugin's steps on writes: validation refuses a configuration write before it is made (docs/semantics.md §7), and
    // what a save promised, the asynchronous steps then do (docs/semantics.md §6).
    const teamNameRef = React.useRef(view.teamName);
    teamNameRef.current = view.teamName;
    const orgRef = React.useRef(org);
    orgRef.current = org;
    React.useEffect(() => {
        const watch = watchWrites(org.store, {
            initiatingUserId: org.adminUserId,
            newCorrelationId,
            onRun: (result) => setStatus(pluginSummary(result, teamNameRef.current)),
        });
        const unguard = guardConfiguration(org.store);
        const keepUnsavedEditsOff = dropUnsavedEdits(org.store);
        return () => {
            keepUnsavedEditsOff();
            unguard();
            watch.stop();
        };
    }, [org]);

    // Changes are saved after each burst (a plugin run writes many rows), not each row.
    React.useEffect(() => {
        setRevision(0);
        return org.store.subscribe(() => setRevision((n) => n + 1));
    }, [org]);

    React.useEffect(() => {
        if (revision === 0) return undefined;
        const timer = setTimeout(() => setStored(saveOrg(choice, org.store, "changed")), 0);
        return () => clearTimeout(timer);
    }, [choice, org, revision]);

    // A fresh seed is stored once the page is idle, so that the next visit reads it instead of
    // seeding again; if it does not fit, the next visit seeds (nothing is lost, so nothing is said).
    // A change first (revision > 0) is saved as a change instead.
    React.useEffect(() => {
        if (!org.seeded || revision > 0) return undefined;
        const idle = requestIdleCallback(() => saveOrg(choice, org.store, "seeded"));
        return () => cancelIdleCallback(idle);
    }, [choice, org, revision]);

    // The side panels and the Team form menu's other options (2,000 in the large org) wait until the browser is idle: the
    // control loads and draws first, as on a real form, instead of after the panels' first frame.
    const [panelsShown, setPanelsShown] = React.useState(false);
    React.useEffect(() => {
        const idle = requestIdleCallback(() => setPanelsShown(true), { timeout: PANELS_DELAY_LIMIT_MS });
        return () => cancelIdleCallback(idle);
    }, []);

    const context = React.useMemo(
        () =>
            createPcfContext(
                {
                    teamId: team.id,
                    teamName: team.name,
                    height: CONTROL_HEIGHT,
                    formDisabled,
                    readOnlyPrivileges,
                    mayCustomize: !noCustomization,
                    allocatedWidth: 900,
                },
                webApi,
                strings,
            ),
        // A new context after every store change is the form refreshing after the plugin ran.
        [team, formDisabled, readOnlyPrivileges, noCustomization, webApi, strings, revision], // eslint-disable-line react-hooks/exhaustive-deps
    );

    // The form's record as loaded has no unsaved sync changes; a bound output that differs makes the form dirty.
    const formDirty = React.useRef(false);
    const onOutputs = (outputs: IOutputs) => {
        formDirty.current = outputs.unsavedChanges !== undefined && outputs.unsavedChanges !== null;
    };
    /** Leaving a dirty form asks first, as a model-driven app does; true when the form may close. */
    const leaveForm = (): boolean => {
        if (formDirty.current && !window.confirm(UNSAVED_CHANGES_PROMPT)) return false;
        formDirty.current = false;
        return true;
    };

    const switchOrg = (key: string) => {
        if (!leaveForm()) return;
        const next = choiceByKey(key);
        savePreference("org", next.key);
        setChoice(next);
        setOrg(openOrg(next));
        setGeneration((n) => n + 1);
        setTeamId(loadPreference(`team.${next.key}`) ?? "");
        setStatus("");
    };
    const resetOrg = () => {
        if (!leaveForm()) return;
        forgetOrg(choice);
        setOrg(openOrg(choice));
        setGeneration((n) => n + 1);
        setStatus(`${choice.label}: sample data reset.`);
    };
    const openTeam = (id: string) => {
        if (!leaveForm()) return;
        savePreference(`team.${choice.key}`, id);
        setTeamId(id);
    };
    const change = (manual: ManualChange) => {
        const store = org.store;
        const request = applyManualChange(store, manual, org.adminUserId, newCorrelationId(), (result) => {
            // A job of an org no longer open reports nothing.
            if (orgRef.current.store === store) setStatus(pluginSummary(result, teamNameRef.current));
        });
        setStatus(requestSummary(request));
    };

    return (
        <div className="playground">
            <header className="toolbar">
                <h1>TeamSync playground</h1>
                <label className="field">
                    <span>Sample organisation</span>
                    <select value={choice.key} onChange={(event) => switchOrg(event.target.value)}>
                        {SAMPLE_ORGS.map((candidate) => (
                            <option key={candidate.key} value={candidate.key}>
                                {candidate.label}
                            </option>
                        ))}
                    </select>
                </label>
                <button type="button" onClick={resetOrg}>
                    Reset sample data
                </button>
                <label className="field">
                    <span>Team form</span>
                    <select value={team.id} onChange={(event) => openTeam(event.target.value)}>
                        {(panelsShown ? view.teams : [team]).map((candidate) => (
                            <option key={candidate.id} value={candidate.id}>
                                {candidate.name}
                            </option>
                        ))}
                    </select>
                </label>
                <label className="check">
                    <input
                        type="checkbox"
                        checked={formDisabled}
                        onChange={(event) => leaveForm() && setFormDisabled(event.target.checked)}
                    />
                    Form read-only
                </label>
                <label className="check">
                    <input
                        type="checkbox"
                        checked={readOnlyPrivileges}
                        onChange={(event) => leaveForm() && setReadOnlyPrivileges(event.target.checked)}
                    />
                    No write privilege
                </label>
                <label className="check">
                    <input
                        type="checkbox"
                        checked={noCustomization}
                        onChange={(event) => leaveForm() && setNoCustomization(event.target.checked)}
                    />
                    No customization privilege
                </label>
            </header>
            <p className="status" role="status" aria-label="Playground status">
                {status}
                {stored
                    ? ""
                    : " This organisation is too large for the browser's storage: changes last until the page reloads."}
            </p>
            <main className="layout">
                <section className="form" aria-labelledby="form-title">
                    <h2 id="form-title">Team: {team.name}</h2>
                    <ControlSlot
                        formKey={`${generation}|${team.id}|${formDisabled}|${readOnlyPrivileges}|${noCustomization}`}
                        context={context}
                        onOutputs={onOutputs}
                    />
                </section>
                <aside className="side">
                    {panelsShown && user && (
                        <UserPanel view={view} userId={user.id} onSelectUser={setUserId} onChange={change} />
                    )}
                </aside>
            </main>
            {panelsShown && <LogView log={view.log} />}
        </div>
    );
};
