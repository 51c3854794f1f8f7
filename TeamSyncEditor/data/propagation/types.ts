/** What propagation's status, "Turn on propagation" and "Reconcile now" read and report (plain values). */
import type { DataError } from "../types";
import type { RequiredStep } from "./requiredSteps";

export interface StepHealth {
    step: RequiredStep;
    registered: boolean;
    enabled: boolean;
}

/** A failed `nw_teamsynclog` row, as the details show it. */
export interface FailedChange {
    id: string;
    /** The row's name ("Ann joined Finance"). */
    name: string;
    errorText: string | null;
    createdOn: string;
}

export type FlowState = "on" | "off" | "unknown";

export interface PropagationStatus {
    steps: StepHealth[];
    /** When the sync last changed a membership; null when it never has. */
    lastSyncChange: string | null;
    failedToday: number;
    /** The latest failed changes, newest first. */
    recentFailures: FailedChange[];
    /** The nightly reconcile flow; unknown when this user cannot read it. */
    nightlyReconcile: FlowState;
}

export type StepOutcome = "alreadyOn" | "enabled" | "created" | "failed";

export interface TurnOnStepResult {
    step: RequiredStep;
    outcome: StepOutcome;
    /** A created step was added to the unmanaged TeamSync solution. */
    addedToSolution: boolean;
    error: DataError | null;
}

export interface TurnOnReport {
    steps: TurnOnStepResult[];
    /** What stopped the run before any step was tried (a missing message, type or filter; a refused read). */
    stopped: DataError | null;
}

export type ReconcileModeName = "report" | "apply";

/** One operation of a reconcile page, as the custom API reports it. */
export interface ReconcileOperation {
    op: "add" | "remove";
    user: string;
    team: string;
    teamName: string;
    via: string[];
    path: string;
    outcome: "planned" | "done" | "skipped" | "failed";
    error: string | null;
}

export interface ReconcilePage {
    adds: number;
    removes: number;
    failed: number;
    operations: ReconcileOperation[];
    /** Empty when this was the last page. */
    nextPageToken: string;
}

export interface ReconcileRequest {
    mode: ReconcileModeName;
    teamId: string;
    pageToken: string;
}
