import type { Category, ClassifiedBy } from '../../core/types.js';
import type { ObjectGraph } from './object-graph.js';
import { VariableNames } from './variable-names.js';
/**
 * Decides the category of every variable of a TF checkpoint from the most authoritative source it
 * carries (DESIGN.md, "Byte accounting"):
 *  1. the TF2 object graph: `slot_variables` name every optimizer slot and the variable it belongs
 *     to; the optimizer's own variables (iteration count, hyper-parameters) are optimizer state;
 *  2. the TF1 meta graph's `trainable_variables` collection: exactly the weights;
 *  3. the slot structure: `X/<suffix>` with the shape and dtype of variable `X` is a slot of `X`;
 *  4. the name rules of src/core/rules/tensorflow.ts; what none of them matches is `unclassified`.
 */
export interface Variable {
    /** Checkpoint key (a partitioned variable's full name). */
    name: string;
    dtype: string;
    shape: number[];
}
export interface Decision {
    category: Category;
    reason: string;
    by: ClassifiedBy;
    /**
     * For a decision the optimizer slots of many variables share: the reason of the slot of
     * `variable` ("m slot of model/dense/kernel (optimizer)"); `reason` is then the generic text.
     * Built only when a tensor's reason is read (BundleTensor.reason).
     */
    reasonOf?: (variable: string) => string;
}
export interface Classification {
    /** The decision for each variable, in the order of the variables given. */
    decisions: Decision[];
    /**
     * For each optimizer slot, the variable it is a slot of (its checkpoint key or object path, a
     * string held anyway), for its decision's `reasonOf`. The slots of one optimizer share one
     * decision: a decision and a reason string per slot were 2 * 10^5 objects and strings
     * (~8 MB) for a model of 10^5 tensors trained with Adam.
     */
    slotOf: readonly (string | undefined)[];
    classifiedBy: ClassifiedBy;
    categoryNotes: Partial<Record<Category, string>>;
}
export interface Evidence {
    /** The TF2 object graph, its checkpoint keys resolved against the variables classified (VariableNames). */
    objectGraph?: ObjectGraph;
    /** Checkpoint keys of the meta graph's trainable_variables. */
    trainable?: Set<string>;
}
/**
 * Decisions are kept in an array parallel to `variables` and names are looked up once, in one
 * table from name to position (`names`, shared with the object graph's decoder): with 10^5
 * variables, hash-map operations on names were most of the time of the classification (a name
 * map and a decision map, each probed several times per variable).
 */
export declare function classifyVariables(variables: readonly Variable[], evidence: Evidence, names?: VariableNames): Classification;
