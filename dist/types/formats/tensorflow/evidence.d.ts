import { type Evidence } from '../../core/classify.js';
import type { Category, ClassifiedBy } from '../../core/types.js';
import type { MetaGraphCollections } from './meta-graph.js';
import type { ObjectGraph } from './object-graph.js';
import { NameIndex } from '../../io/bytes/index.js';
/**
 * Everything a TF checkpoint says about each of its variables, as evidence for core/classify.ts
 * (which decides; nothing here does):
 *  - the TF2 object graph: which tree a variable's node hangs from (object-graph-evidence.ts);
 *  - the TF1 meta graph: listed in `trainable_variables` (a parameter) or not (not trained), in
 *    the `global_step` collection (the training loop's step);
 *  - the slot structure: `X/<suffix>` or `X/part_N/<suffix>` with the shape and dtype of `X` (of
 *    its part N) is a slot of `X`; `X` has slots, so it is trained; an optimizer whose slots are
 *    here has its non-slot variables here too (Adam's `beta1_power`);
 *  - where none of these speaks, the name rules of src/core/rules/tensorflow.ts (they rank below
 *    every source above, so they could not change a decision those make).
 * Evidence lists are shared: one per kind of statement, and one per combination of statements a
 * variable gets, never one per variable (10^5 variables).
 */
export interface Variable {
    /** Checkpoint key (a partitioned variable's full name). */
    name: string;
    dtype: string;
    shape: number[];
    /** A partitioned variable's parts' shapes, in partition order (`X/part_0`, `X/part_1`...). */
    parts?: number[][];
}
export interface EvidenceSources {
    /** The TF2 object graph, its checkpoint keys resolved against the variables (NameIndex). */
    objectGraph?: ObjectGraph;
    /** What the TF1 meta graph's collections say. */
    metaGraph?: MetaGraphCollections;
}
export interface VariableEvidence {
    /** Per variable, in the order given: everything the file says of it. */
    evidence: (readonly Evidence[])[];
    /** Per variable: the variable an optimizer slot belongs to, for its reason (SlotEvidence). */
    slotOf: readonly (string | undefined)[];
    /** The most authoritative source read, for a checkpoint whose tensors decide nothing. */
    classifiedBy: ClassifiedBy;
    categoryNotes: Partial<Record<Category, string>>;
}
/**
 * Each variable's position by its name, for the two name lookups of a TF read: the object graph's
 * checkpoint keys, straight from their UTF-8 bytes (10^5 at 10^5 variables), and the slot
 * structure's prefixes (`X` of `X/Adam`), as strings. A NameIndex: do not replace with a Map of
 * decoded keys (bench/README.md, "Name index").
 */
export declare function variableIndex(variables: readonly {
    readonly name: string;
}[]): NameIndex;
/** `OBJECT_GRAPH_PROTO_KEY` (tensorflow/tensorflow:tensorflow/python/trackable/constants.py). */
export declare const OBJECT_GRAPH_KEY = "_CHECKPOINTABLE_OBJECT_GRAPH";
export declare function variableEvidence(variables: readonly Variable[], sources: EvidenceSources, names?: NameIndex): VariableEvidence;
