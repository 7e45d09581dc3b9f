import { type Evidence } from '../../core/classify.js';
import type { ObjectGraph } from './object-graph.js';
import { type SlotTally } from './slots.js';
interface GraphVariable {
    readonly name: string;
    readonly dtype: string;
    readonly shape: readonly number[];
}
/**
 * Per variable (by position), the object graph's evidence (shared lists), or undefined where the
 * graph does not name it. `slotOf` receives, for each slot, the variable it is a slot of; `slots`
 * tallies the slots per optimizer for the category note.
 */
export declare function objectGraphEvidence(graph: ObjectGraph, variables: readonly GraphVariable[], slotOf: (string | undefined)[], slots: SlotTally): (readonly Evidence[] | undefined)[];
export {};
