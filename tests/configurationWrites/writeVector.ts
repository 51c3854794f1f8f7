/**
 * The configuration-write vectors of tests/vectors-writes (format in its README): a configuration as
 * stored, record writes as the plugin's steps see them, and the configuration they leave. The C#
 * twin of this reader is Plugin/Tests/ConfigurationWriteVectorTests.cs.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Direction } from "../../TeamSyncEditor/engine/types";
import type { EditChange } from "../../TeamSyncEditor/data/types";

export interface VectorMember {
    id: string;
    child: string;
    order: number | null;
    role: string | null;
    active: boolean;
}

export interface VectorConfiguration {
    id: string;
    parent: string;
    direction: Direction;
    active: boolean;
    members: VectorMember[];
}

export type VectorMessage = "Create" | "Update" | "SetState" | "SetStateDynamicEntity" | "Delete";

export interface VectorWrite {
    message: VectorMessage;
    table: "nw_teamsyncgroup" | "nw_teamsyncmember";
    id: string;
    /** Create and Update: the columns written, lookups as the id they name (null empties it), choices as numbers. */
    columns?: Record<string, string | number | null>;
    /** SetState and SetStateDynamicEntity: the statecode the record ends in. */
    state?: number;
}

export interface WriteVector {
    file: string;
    description: string;
    teams: string[];
    /** Every role of the org with its root role (a business unit's copy names its root). */
    roles: { id: string; root: string }[];
    /** The records as stored: a member's role is the lookup as written. */
    before: { configurations: VectorConfiguration[] };
    /** The control's edit session whose save sends exactly `writes` (absent for writes of other routes). */
    seed?: string;
    edits?: EditChange[];
    writes: VectorWrite[];
    /** The configuration after the writes: a member's role is the root role. */
    after: { configurations: VectorConfiguration[] };
}

export const WRITE_VECTORS_DIR = path.resolve(__dirname, "..", "vectors-writes");

export function readWriteVectors(dir: string = WRITE_VECTORS_DIR): WriteVector[] {
    return readdirSync(dir)
        .filter((file) => file.endsWith(".json"))
        .sort()
        .map((file) => ({
            file,
            ...(JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Omit<WriteVector, "file">),
        }));
}

/** Configurations and their members by id, so that two readings of one configuration compare equal. */
export function canonical(configurations: readonly VectorConfiguration[]): VectorConfiguration[] {
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return configurations
        .map((c) => ({
            id: c.id,
            parent: c.parent,
            direction: c.direction,
            active: c.active,
            members: c.members
                .map((m) => ({ id: m.id, child: m.child, order: m.order, role: m.role, active: m.active }))
                .sort(byId),
        }))
        .sort(byId);
}
