import type { Evidence, EvidenceSource, TensorRole } from '../../core/classify.js';
/**
 * Evidence that an optimizer slot belongs to a variable, shared by the slots of one optimizer and
 * slot name. `detail` is the generic text ("m slot (optimizer)"); `detailOf` names the variable
 * ("m slot of model/dense/kernel (optimizer)") and is called only when a slot's reason is read
 * (BundleTensor.reason): a reason string per slot was 2 * 10^5 strings (~5 MB at the peak of a
 * read of 10^5 tensors trained with Adam) that no report prints.
 */
export interface SlotEvidence extends Evidence {
    detailOf(variable: string): string;
}
/** A one-item evidence list of slot evidence. */
export declare function slotEvidence(source: EvidenceSource, detail: string, detailOf: (variable: string) => string, role?: TensorRole): readonly Evidence[];
/** The reason of `deciding` (the classifier's chosen detail) for a slot of `variable`, when that evidence names slots. */
export declare function slotReason(evidence: readonly Evidence[], deciding: string, variable: string): string | undefined;
/**
 * The slots found by any source, per optimizer: which slots, of how many variables. Counted as
 * they are found, not kept one object per slot: 10^5 of them otherwise.
 */
export declare class SlotTally {
    private readonly byOptimizer;
    add(optimizer: string, slot: string, primary: string): void;
    /** "Adam slots (m, v) for 8 variables", one clause per optimizer; undefined when none was found. */
    describe(): string | undefined;
}
/** `model/dense/kernel/.ATTRIBUTES/VARIABLE_VALUE` -> `model/dense/kernel`. */
export declare function displayKey(key: string): string;
