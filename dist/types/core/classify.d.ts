import type { Category, ClassifiedBy } from './types.js';
/**
 * The one place that decides categories (DESIGN.md, "Byte accounting"). Readers report what the
 * file says about each tensor, as evidence; this module combines the evidence with one precedence.
 *
 * A piece of evidence is a role (what the tensor is to the training run) and the source that says
 * so. The strongest source decides; among equally strong ones, the first the reader gave:
 *
 * 1. metadata written by the framework that names the role: the TF2 object graph, the TF1 meta
 *    graph's `trainable_variables`, a pickled module's `_parameters`/`_buffers`, the optimizer's
 *    per-parameter state, the checkpoint's own dict layout, Keras/Flax/Orbax groups;
 * 2. structure: a tensor shaped like weight X under X's name is a slot of X; a second tree that
 *    mirrors the model's is a copy; a value shaped like a generator's state is RNG state;
 * 3. a framework's statement that a variable is *not trained* (outside `trainable_variables`):
 *    weaker than structure, because a slot of a weight is optimizer state whatever collection
 *    lists it;
 * 4. the format itself (every ONNX initializer, GGUF tensor, TFLite constant is a weight);
 * 5. a table of names per framework (src/core/rules/).
 * No evidence at all: `unclassified`, listed by name, never hidden among the weights.
 */
/** What a tensor is to the training run, as a file says it. */
export type TensorRole = 
/** A trained parameter: `nn.Parameter`, a trainable variable, an initializer, Flax `params`. */
'parameter'
/** Model state the optimizer does not train: a registered buffer, batch-norm statistics. */
 | 'model-state'
/** A copy of the model's weights kept beside them: an EMA shadow, a target network. */
 | 'copy'
/** Per-parameter optimizer state: Adam's m and v, momentum, accumulators. */
 | 'optimizer-slot'
/** The optimizer's own state: its iteration count, learning rate, loss scale. */
 | 'optimizer-state'
/** The training loop's state: steps, epochs, scheduler, metric and callback state. */
 | 'loop-state'
/** A random-number generator's state. */
 | 'rng-state'
/** A tensor that holds configuration or text rather than numbers to compute with. */
 | 'config'
/** Only that the framework does not train it (not in `trainable_variables`): model state, weakly. */
 | 'not-trained';
/** Where a piece of evidence was read. */
export type EvidenceSource = 'object-graph' | 'meta-graph' | 'module' | 'optimizer-state' | 'dict-layout' | 'group' | 'slot-structure' | 'mirror-structure' | 'value-structure' | 'format' | 'name-rules';
/** One statement a file makes about a tensor. `detail` is the reason `--top` shows when it decides. */
export interface Evidence {
    readonly role: TensorRole;
    readonly source: EvidenceSource;
    readonly detail: string;
}
/** The classifier's answer for one tensor. */
export interface Decision {
    category: Category;
    /** The deciding evidence's detail, or why nothing decided. */
    reason: string;
    /** The deciding source; undefined when no evidence was given. */
    by?: EvidenceSource;
}
export declare const NO_EVIDENCE_REASON = "nothing in the file says what this tensor is";
/**
 * The category of a tensor from everything its file says about it. The common case, one piece of
 * evidence, takes no loop; readers share evidence arrays between tensors, so nothing is built per
 * tensor here either.
 */
export declare function classifyTensor(evidence: readonly Evidence[]): Decision;
/** The category a role maps to (for notes and tests that speak in roles). */
export declare function categoryOfRole(role: TensorRole): Category;
/**
 * The report's one-word summary of how a checkpoint was classified: the most authoritative source
 * that decided any of its tensors, in the report schema's words.
 */
export declare function summarizeClassifiedBy(sources: ReadonlySet<EvidenceSource>): ClassifiedBy | undefined;
/** Evidence from a name rule (src/core/rules/), so that readers need not restate a rule as evidence. */
export interface RoleRule {
    pattern: RegExp;
    role: TensorRole;
    reason: string;
}
/** The evidence of the first rule matching `name` (shared, frozen), or an empty list. */
export declare function evidenceFromRules(name: string, rules: readonly RoleRule[]): readonly Evidence[];
/** A shared one-item evidence list, for readers that say the same thing about many tensors. */
export declare function evidenceOf(role: TensorRole, source: EvidenceSource, detail: string): readonly Evidence[];
