import * as React from "react";

type Focusable = HTMLElement | SVGElement;

function focusedElement(): Focusable | null {
    const active = document.activeElement;
    return (active instanceof HTMLElement || active instanceof SVGElement) && active !== document.body ? active : null;
}

/**
 * When a panel or dialog closes, focus goes back where it came from: the element focused when it
 * opened (read during the first render, before the panel takes the focus), or `fallback`'s when that
 * element is gone. Only if the focus was lost with the panel: a move the user made elsewhere stands.
 */
export function useReturnFocus(fallback?: () => Focusable | null): void {
    const [opener] = React.useState(focusedElement);
    const latestFallback = React.useRef(fallback);
    latestFallback.current = fallback;
    React.useEffect(
        () => () =>
            void window.setTimeout(() => {
                if (focusedElement()?.isConnected) return;
                (opener?.isConnected ? opener : latestFallback.current?.())?.focus();
            }),
        [opener],
    );
}
