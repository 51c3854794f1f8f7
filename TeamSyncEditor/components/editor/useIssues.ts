import * as React from "react";
import { validate } from "../../engine/validate";
import type { Issue, SyncModel } from "../../engine/types";
import { timed } from "../firstGraphTiming";

/**
 * The configuration's issues, or null until the first check: a large org's validation takes longer
 * than drawing its graph, so the first one runs once the browser is idle after the first graph is
 * on screen (within FIRST_CHECK_WAIT_MS at most). Later models, after an edit, are checked at once.
 */
const FIRST_CHECK_WAIT_MS = 300;

export function useIssues(model: SyncModel): readonly Issue[] | null {
    const [painted, setPainted] = React.useState(false);
    React.useEffect(() => {
        let cancelWait = (): void => undefined;
        const frame = requestAnimationFrame(() => {
            cancelWait = whenIdle(() => setPainted(true));
        });
        return () => {
            cancelAnimationFrame(frame);
            cancelWait();
        };
    }, []);
    return React.useMemo(() => (painted ? timed("engine", () => validate(model)) : null), [painted, model]);
}

/** Safari has no requestIdleCallback: a timer stands in for it there. */
function whenIdle(run: () => void): () => void {
    if (typeof requestIdleCallback === "function") {
        const idle = requestIdleCallback(run, { timeout: FIRST_CHECK_WAIT_MS });
        return () => cancelIdleCallback(idle);
    }
    const timer = window.setTimeout(run);
    return () => window.clearTimeout(timer);
}
