import * as React from "react";
import { toDataError } from "../../data/errors";
import type { LoadedMemberships } from "../../data/types";
import type { TeamId } from "../../engine/types";
import { useStrings } from "../StringsContext";
import { format } from "../viewModel/issueSentence";
import type { ImpactService } from "./ImpactService";

export type MembershipState =
    | { status: "idle" }
    | { status: "loading" }
    | { status: "failed"; message: string }
    | { status: "ready"; loaded: LoadedMemberships };

const NOBODY: LoadedMemberships = {
    memberships: new Map(),
    userRoles: new Map(),
    users: new Map(),
    log: [],
    requestCount: 0,
};

/**
 * Loads the people of `teamIds` (null: not needed yet). A new list cancels the load in flight; no
 * team needs no request. `failedKey` is the resx sentence a failure is shown in.
 */
export function useMemberships(
    service: ImpactService,
    teamIds: readonly TeamId[] | null,
    failedKey: string,
): MembershipState {
    const getString = useStrings();
    const [state, setState] = React.useState<MembershipState>({ status: "idle" });
    const key = teamIds === null ? null : teamIds.join(",");
    const latest = React.useRef({ teamIds, getString });
    latest.current = { teamIds, getString };
    React.useEffect(() => {
        const ids = latest.current.teamIds;
        if (ids === null) return setState({ status: "idle" });
        if (ids.length === 0) return setState({ status: "ready", loaded: NOBODY });
        const abort = new AbortController();
        setState({ status: "loading" });
        service.loadMemberships(ids, abort.signal).then(
            (loaded) => !abort.signal.aborted && setState({ status: "ready", loaded }),
            (error: unknown) => {
                if (abort.signal.aborted) return;
                const problem = toDataError(error);
                const { getString: strings } = latest.current;
                setState({
                    status: "failed",
                    message: format(strings(failedKey), format(strings(problem.key), ...problem.args)),
                });
            },
        );
        return () => abort.abort();
    }, [service, key, failedKey]);
    return state;
}
