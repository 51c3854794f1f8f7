import * as ReactDOM from "react-dom";
import type { IInputs, IOutputs } from "../../TeamSyncEditor/generated/ManifestTypes";

type ControlConstructor = new () => ComponentFramework.ReactControl<IInputs, IOutputs>;

interface Registry {
    registeredControls: Record<string, ControlConstructor>;
}

/** The constructor bundle.js registered through `ComponentFramework.registerControl`. */
export function registeredControl(name: string): ControlConstructor {
    const registry = (window as unknown as { ComponentFramework?: Registry }).ComponentFramework;
    const constructor = registry?.registeredControls[name];
    if (constructor === undefined) throw new Error(`bundle.js did not register ${name}.`);
    return constructor;
}

export interface MountedControl {
    /** The platform calls updateView whenever the context changes (a form refresh, a property). */
    update(context: ComponentFramework.Context<IInputs>): void;
    destroy(): void;
}

/**
 * Runs a virtual (React) control the way the platform does: init, then updateView's element
 * rendered with the platform's React DOM into the control's slot; destroy, then unmount. When the
 * control calls notifyOutputChanged, its outputs are read with getOutputs and handed to `onOutputs`.
 */
export function mountControl(
    constructor: ControlConstructor,
    container: HTMLElement,
    context: ComponentFramework.Context<IInputs>,
    onOutputs: (outputs: IOutputs) => void,
): MountedControl {
    const control = new constructor();
    control.init(context, () => onOutputs(control.getOutputs?.() ?? {}), {});
    ReactDOM.render(control.updateView(context), container);
    return {
        update(next) {
            ReactDOM.render(control.updateView(next), container);
        },
        destroy() {
            control.destroy();
            ReactDOM.unmountComponentAtNode(container);
        },
    };
}
