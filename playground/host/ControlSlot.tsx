import * as React from "react";
import type { IInputs, IOutputs } from "../../TeamSyncEditor/generated/ManifestTypes";
import { mountControl, registeredControl, MountedControl } from "./controlHost";

interface ControlSlotProps {
    /**
     * A new key means another form was opened (another team, or the same one read-only): the
     * control is destroyed and constructed again, as when a model-driven app loads a form.
     */
    formKey: string;
    context: ComponentFramework.Context<IInputs>;
    /** The control's bound outputs, each time it notifies that they changed. */
    onOutputs: (outputs: IOutputs) => void;
}

/** The form's section where the platform puts the control. */
export const ControlSlot: React.FC<ControlSlotProps> = ({ formKey, context, onOutputs }) => {
    const container = React.useRef<HTMLDivElement>(null);
    const mounted = React.useRef<MountedControl | null>(null);
    const latestContext = React.useRef(context);
    latestContext.current = context;
    const latestOnOutputs = React.useRef(onOutputs);
    latestOnOutputs.current = onOutputs;
    const [failure, setFailure] = React.useState<string | null>(null);

    React.useEffect(() => {
        if (container.current === null) return undefined;
        // Each control gets an element of its own: React may finish unmounting the previous one after
        // this one mounted, and must not take the new control's root with it.
        const slot = container.current.appendChild(document.createElement("div"));
        let control: MountedControl;
        try {
            control = mountControl(registeredControl("NW.TeamSyncEditor"), slot, latestContext.current, (outputs) =>
                latestOnOutputs.current(outputs),
            );
            setFailure(null);
        } catch (error) {
            // Logged too, so that a browser test sees it as a console error.
            console.error(error);
            setFailure(error instanceof Error ? error.message : String(error));
            slot.remove();
            return undefined;
        }
        mounted.current = control;
        return () => {
            mounted.current = null;
            control.destroy();
            slot.remove();
        };
    }, [formKey]);

    React.useEffect(() => {
        mounted.current?.update(context);
    }, [context]);

    return (
        <>
            {failure !== null && (
                <p role="alert" className="control-failure">
                    The control could not be loaded: {failure}
                </p>
            )}
            <div ref={container} className="control-slot" data-testid="control-slot" />
        </>
    );
};
