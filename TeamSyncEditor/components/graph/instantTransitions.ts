// Stands in for d3-transition in the control's bundle (webpack.config.js aliases it here). React Flow animates the
// viewport only when given a duration, and this control gives none (tests/components/viewportAnimation.test.ts);
// d3-zoom's own double-click zoom is the one transition left, and here it ends at once: the same zoom without the
// 250 ms glide. d3-transition and what only it needs (d3-timer, d3-ease, d3-color) stay out of the bundle.
import { selection } from "d3-selection";
import type { Selection } from "d3-selection";

type Listener = (this: Element, datum: unknown, index: number, group: ArrayLike<Element>) => void;
type Tween = (
    this: Element,
    datum: unknown,
    index: number,
    group: ArrayLike<Element>,
) => ((this: Element, t: number) => void) | null | undefined;
type Nodes = Selection<Element, unknown, null, undefined>;

/** Transitions created in the current task that have not run yet, by node. */
const pending = new WeakMap<Element, Set<InstantTransition>>();

/** A transition that, whatever its duration, runs when the current task ends: start, each tween at t = 1, end. */
class InstantTransition {
    private readonly listeners = new Map<string, Listener>();
    private readonly tweens = new Map<string, Tween>();

    constructor(private readonly nodes: Nodes) {
        nodes.each((_, index, group) => {
            const node = group[index];
            pending.set(node, (pending.get(node) ?? new Set()).add(this));
        });
        queueMicrotask(() => this.run());
    }

    selection(): Nodes {
        return this.nodes;
    }

    duration(): this {
        return this;
    }

    ease(): this {
        return this;
    }

    call<A extends unknown[]>(callback: (transition: this, ...args: A) => void, ...args: A): this {
        callback(this, ...args);
        return this;
    }

    /** `typenames` as in d3: space-separated `type.name`; a null listener removes. */
    on(typenames: string, listener: Listener | null): this {
        for (const typename of typenames.trim().split(/\s+/)) {
            if (listener) this.listeners.set(typename, listener);
            else this.listeners.delete(typename);
        }
        return this;
    }

    tween(name: string, tween: Tween | null): this {
        if (tween) this.tweens.set(name, tween);
        else this.tweens.delete(name);
        return this;
    }

    emit(type: string, node: Element, datum: unknown, index: number, group: ArrayLike<Element>): void {
        for (const [typename, listener] of this.listeners)
            if (typename.split(".")[0] === type) listener.call(node, datum, index, group);
    }

    private run(): void {
        this.nodes.each((datum, index, group) => {
            const node = group[index];
            if (!pending.get(node)?.delete(this)) return;
            this.emit("start", node, datum, index, group);
            const ticks = [...this.tweens.values()].map((tween) => tween.call(node, datum, index, group));
            for (const tick of ticks) tick?.call(node, 1);
            this.emit("end", node, datum, index, group);
        });
    }
}

/** Cancels `node`'s transitions that have not run yet (d3 calls that "cancel": they never started). */
export function interrupt(node: Element): void {
    const transitions = pending.get(node);
    pending.delete(node);
    for (const transition of transitions ?? [])
        transition.emit("cancel", node, (node as { __data__?: unknown }).__data__, 0, [node]);
}

Object.assign(selection.prototype, {
    interrupt(this: Nodes): Nodes {
        return this.each((_, index, group) => interrupt(group[index]));
    },
    transition(this: Nodes): InstantTransition {
        return new InstantTransition(this);
    },
});
