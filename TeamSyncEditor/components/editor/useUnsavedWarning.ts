import * as React from "react";

/**
 * Leaving with unsaved edits warns, as a model-driven form does for its own fields: the count goes to
 * the host (which makes the form dirty), and while there are edits the browser asks before the tab closes or reloads.
 */
export function useUnsavedWarning(count: number, report: ((count: number) => void) | undefined): void {
    const latestReport = React.useRef(report);
    latestReport.current = report;
    React.useEffect(() => latestReport.current?.(count), [count]);
    const unsaved = count > 0;
    React.useEffect(() => {
        if (!unsaved) return undefined;
        const warn = (event: BeforeUnloadEvent): void => {
            event.preventDefault();
            // Older browsers ask only when returnValue is set.
            event.returnValue = "";
        };
        window.addEventListener("beforeunload", warn);
        return () => window.removeEventListener("beforeunload", warn);
    }, [unsaved]);
}
