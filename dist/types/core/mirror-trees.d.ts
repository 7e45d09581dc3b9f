import { type Evidence } from './classify.js';
/**
 * Mirrored trees: a second tree of tensors that repeats the model's tree under another top-level
 * prefix, with the same relative names, shapes and dtypes, is a copy of the model — an EMA shadow
 * (`ema.` next to `model.`), a target network (`target_params/…` next to `params/…`), a
 * Polyak-averaged or "slow" copy. The training code keeps it beside the weights but never trains
 * it, so its bytes are buffers, not weights (DESIGN.md, "structure"). Pure: names, shapes and
 * dtypes in, an answer per tensor out; the readers turn it into evidence (`copyEvidence`).
 *
 * API, for every reader whose files carry only names (safetensors, NumPy `.npz`, Flax msgpack):
 *
 *   const mirrors = findMirrorTrees(tensors)   // tensors: { name, shape, dtype }[], file order
 *   mirrors.copies                             // Map: copy prefix → the prefix it mirrors
 *   mirrors.copyOf(i)                          // { prefix, original } when tensors[i] is a copy
 *   const evidence = copyEvidence(mirrors)     // i → shared evidence ('copy', 'mirror-structure')
 *
 * How a tree is read from a name: the top-level prefix is the name up to its first `.` or `/`, the
 * relative name the rest (`target_params.3` → `target_params` + `3`). One pass over the tensors
 * keys each by its relative name; a tensor whose relative name was met in another tree, with the
 * same shape and dtype, counts a match for that pair of trees. Two trees mirror each other when the
 * smaller one is matched whole, and it has at least MIN_MIRRORED_TENSORS tensors and half the
 * larger's (an EMA of the parameters alone leaves the model's buffers unmatched). Cost: one map
 * entry per distinct relative name, a few integers per tensor; no sort.
 *
 * Which tree is the original: the one whose prefix names the trained model (`params`, `model`,
 * `state_dict`, `net`…: what frameworks call the trained tree — Flax `TrainState.params`,
 * `{'model': …, 'ema': …}` checkpoints); failing that, the first in file order, because training
 * code builds and saves the model before the copies it derives from it (`target = copy(params)`),
 * and dict-based writers keep that order. The others are copies of it.
 *
 * What is never called a copy, because the structure alone would mislead:
 * - trees whose prefixes differ only by a number (`q1`/`q2`, `critic_1`/`critic_2`, `h0`/`h1`):
 *   twin critics, ensembles and repeated blocks are trained together, not copied;
 * - trees named for optimizer state or gradients (`mu`, `nu`, `exp_avg`, `momentum`, `grads`…):
 *   Adam's moments have the parameters' shapes by construction; their names decide them;
 * - trees of fewer than MIN_MIRRORED_TENSORS tensors: two top-level layers of one shape
 *   (`norm_in.weight`/`norm_out.weight`) are a model's layers, not a model and its copy.
 * A copy nested one level deeper than its original (`ema.module.x` against `model.x`) is not
 * detected; the dict layout of the formats that write it (PyTorch) says what it is instead.
 */
/** What the detection needs of a tensor; TensorInfo has it. */
export interface MirrorCandidate {
    readonly name: string;
    readonly shape: readonly number[];
    readonly dtype: string;
}
/** A copy tree: its own prefix and the prefix of the tree it mirrors. */
export interface MirrorCopy {
    readonly prefix: string;
    readonly original: string;
}
export interface MirrorTrees {
    /** Each copy tree's prefix → the prefix of the tree it mirrors. Empty when nothing mirrors. */
    readonly copies: ReadonlyMap<string, string>;
    /** The copy tree `tensors[index]` belongs to (one shared object per tree), else undefined. */
    copyOf(index: number): MirrorCopy | undefined;
}
/** A tree this small is a layer, not a model (see the module comment). */
export declare const MIN_MIRRORED_TENSORS = 4;
export declare function findMirrorTrees(tensors: readonly MirrorCandidate[]): MirrorTrees;
/**
 * Evidence for the copies `findMirrorTrees` found: one shared array per copy tree, undefined for
 * every other tensor.
 */
export declare function copyEvidence(mirrors: MirrorTrees): (index: number) => readonly Evidence[] | undefined;
