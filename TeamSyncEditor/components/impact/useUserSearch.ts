import * as React from "react";
import { toDataError } from "../../data/errors";
import type { UserSearch } from "../../data/searchUsers";
import { useStrings } from "../StringsContext";
import { format } from "../viewModel/issueSentence";
import type { PreviewService } from "./PreviewService";

export type UserSearchState =
    | { status: "idle" }
    | { status: "loading" }
    | { status: "failed"; message: string }
    | { status: "ready"; found: UserSearch };

/** Typing pauses this long before a search is sent: one request per word, not per letter. */
const PAUSE_MS = 250;

/** The organisation's users whose name contains `text` (null: not searching); a newer text cancels the search in flight. */
export function useUserSearch(service: PreviewService, text: string | null): UserSearchState {
    const getString = useStrings();
    const [state, setState] = React.useState<UserSearchState>({ status: "idle" });
    const latest = React.useRef(getString);
    latest.current = getString;
    React.useEffect(() => {
        if (text === null) return setState({ status: "idle" });
        const abort = new AbortController();
        setState({ status: "loading" });
        const timer = window.setTimeout(() => {
            service.searchUsers(text, abort.signal).then(
                (found) => !abort.signal.aborted && setState({ status: "ready", found }),
                (error: unknown) => {
                    if (abort.signal.aborted) return;
                    const problem = toDataError(error);
                    const strings = latest.current;
                    setState({
                        status: "failed",
                        message: format(strings("Preview_UsersFailed"), format(strings(problem.key), ...problem.args)),
                    });
                },
            );
        }, PAUSE_MS);
        return () => {
            window.clearTimeout(timer);
            abort.abort();
        };
    }, [service, text]);
    return state;
}
