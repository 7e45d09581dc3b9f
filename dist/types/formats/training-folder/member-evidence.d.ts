import { type Evidence } from '../../core/classify.js';
import type { TensorInfo } from '../../core/types.js';
import type { MemberRole } from './layouts.js';
/** The evidence a file's role gives all of its tensors, or undefined when the role leaves them to the reader. */
export declare function memberEvidence(role: MemberRole, file: string, label: string): readonly Evidence[] | undefined;
/**
 * Puts `first` before each tensor's own evidence, sharing one combined array per distinct array
 * the reader gave (readers share theirs between tensors alike, so this builds a handful).
 */
export declare function prependEvidence(tensors: readonly TensorInfo[], first: readonly Evidence[]): void;
/**
 * Tensors of a registered object's file (accelerate `custom_checkpoint_N.pkl`) that mirror a model
 * tensor: same name after a prefix (`shadow.0.weight` for `0.weight`), same shape and dtype. The
 * layout puts the model's parameters in the model file, so a second tree shaped like it in
 * another object's state is a copy (an EMA shadow, a target network): buffers, not weights.
 * Tensors that mirror nothing keep their reader's evidence.
 */
export declare function markMirroredCopies(tensors: readonly TensorInfo[], model: ReadonlyMap<string, TensorInfo>, file: string, label: string): number;
