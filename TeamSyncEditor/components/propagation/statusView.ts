/** Propagation's status, report and errors as the sentences the admin reads (pure: no DOM, no I/O). */
import type { RequiredStep } from "../../data/propagation/requiredSteps";
import type { PropagationStatus, TurnOnReport } from "../../data/propagation/types";
import { StepMode } from "../../data/schema";
import type { DataError } from "../../data/types";
import { countText, pluralKey } from "../viewModel/countText";
import { format, type GetString } from "../viewModel/issueSentence";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeTime(iso: string, now: Date, getString: GetString): string {
    const elapsed = Math.max(0, now.getTime() - new Date(iso).getTime());
    if (elapsed < MINUTE) return getString("Propagation_Ago_Now");
    if (elapsed < HOUR) return format(getString("Propagation_Ago_Minutes"), Math.floor(elapsed / MINUTE));
    if (elapsed < DAY) return format(getString("Propagation_Ago_Hours"), Math.floor(elapsed / HOUR));
    return format(getString(pluralKey("Propagation_Ago_Days", Math.floor(elapsed / DAY))), Math.floor(elapsed / DAY));
}

/** "MembershipPropagationPlugin on AddMembers of team (synchronous)": a message has a step in each mode. */
export function stepLabel(step: RequiredStep, getString: GetString): string {
    const type = step.pluginType.slice(step.pluginType.lastIndexOf(".") + 1);
    const mode = getString(
        step.mode === StepMode.synchronous ? "Propagation_Mode_Synchronous" : "Propagation_Mode_Asynchronous",
    );
    return step.primaryTable === null
        ? format(getString("Propagation_StepLabel"), type, step.message, mode)
        : format(getString("Propagation_StepLabel_Table"), type, step.message, step.primaryTable, mode);
}

export function errorText(error: DataError, getString: GetString): string {
    return format(getString(error.key), ...error.args);
}

export interface StatusView {
    on: boolean;
    headline: string;
    /** The sentence about the nightly reconcile when it is off; null when on or not known. */
    nightly: string | null;
    steps: { label: string; registered: string; enabled: string }[];
    /** The steps still to register or enable, for the request to an admin. */
    notWorking: string[];
    failures: string[];
}

export function statusView(
    status: PropagationStatus,
    now: Date,
    getString: GetString,
    formatDate: (iso: string) => string,
): StatusView {
    const missing = status.steps.filter((s) => !s.registered).length;
    const disabled = status.steps.filter((s) => s.registered && !s.enabled).length;
    const yesNo = (value: boolean) => getString(value ? "Propagation_Yes" : "Propagation_No");
    let headline: string;
    if (missing > 0 && disabled > 0)
        headline = format(
            getString("Propagation_Off_Both"),
            countText(getString, "Step", missing),
            countText(getString, "Step", disabled),
        );
    else if (missing > 0)
        headline = format(
            getString(missing === 1 ? "Propagation_Off_Missing_One" : "Propagation_Off_Missing_Many"),
            missing,
        );
    else if (disabled > 0)
        headline = format(
            getString(disabled === 1 ? "Propagation_Off_Disabled_One" : "Propagation_Off_Disabled_Many"),
            disabled,
        );
    else if (status.lastSyncChange === null)
        headline = format(getString("Propagation_On_NoChange"), status.failedToday);
    else
        headline = format(
            getString("Propagation_On"),
            relativeTime(status.lastSyncChange, now, getString),
            status.failedToday,
        );
    return {
        on: missing === 0 && disabled === 0,
        headline,
        nightly: status.nightlyReconcile === "off" ? getString("Propagation_NightlyOff") : null,
        steps: status.steps.map((s) => ({
            label: stepLabel(s.step, getString),
            registered: yesNo(s.registered),
            enabled: yesNo(s.enabled),
        })),
        notWorking: status.steps.filter((s) => !s.enabled).map((s) => stepLabel(s.step, getString)),
        failures: status.recentFailures.map((f) =>
            format(getString("Propagation_Failure"), formatDate(f.createdOn), f.name, f.errorText ?? ""),
        ),
    };
}

/** The turn-on result: one summary sentence, then one per step that did not go as planned. */
export function turnOnSummary(report: TurnOnReport, getString: GetString): { ok: boolean; lines: string[] } {
    if (report.stopped !== null)
        return {
            ok: false,
            lines: [format(getString("Propagation_TurnOnStopped"), errorText(report.stopped, getString))],
        };
    const count = (outcome: string) => report.steps.filter((s) => s.outcome === outcome).length;
    const lines = [format(getString("Propagation_TurnedOn"), count("created"), count("enabled"), count("alreadyOn"))];
    if (report.steps.some((s) => s.addedToSolution)) lines.push(getString("Propagation_AddedToSolution"));
    for (const s of report.steps) {
        if (s.error === null) continue;
        const key = s.outcome === "failed" ? "Propagation_StepFailed" : "Propagation_NotInSolution";
        lines.push(format(getString(key), stepLabel(s.step, getString), errorText(s.error, getString)));
    }
    return { ok: count("failed") === 0, lines };
}
