import { evidenceOf, type Evidence } from '../../core/classify.js'
import type { TensorInfo } from '../../core/types.js'
import type { MemberRole } from './layouts.js'

/**
 * What a folder's layout says about the tensors of one of its files, as evidence for core's
 * classifier. The layout is the framework's own metadata (it wrote `optimizer.pt` for the
 * optimizer and `rng_state.pth` for the generators), so it speaks with the rank of a dict key
 * inside one `torch.save`, and it goes first: everything in the optimizer's file is optimizer
 * state, whatever its names look like to the name rules. What the file's reader found stays
 * after it, so nothing the file says is dropped.
 */

/** Roles whose file holds one kind of state throughout; model and config files are left to their readers. */
const ROLE_EVIDENCE: Partial<Record<MemberRole, { role: Evidence['role']; what: string }>> = {
  optimizer: { role: 'optimizer-state', what: "the optimizer's state" },
  'loop-state': { role: 'loop-state', what: "the training loop's state" },
  'rng-state': { role: 'rng-state', what: 'the random-number generator states' }
}

/** The evidence a file's role gives all of its tensors, or undefined when the role leaves them to the reader. */
export function memberEvidence(role: MemberRole, file: string, label: string): readonly Evidence[] | undefined {
  const said = ROLE_EVIDENCE[role]
  return said && evidenceOf(said.role, 'dict-layout', `in ${file}, ${said.what} (${label})`)
}

/**
 * Puts `first` before each tensor's own evidence, sharing one combined array per distinct array
 * the reader gave (readers share theirs between tensors alike, so this builds a handful).
 */
export function prependEvidence(tensors: readonly TensorInfo[], first: readonly Evidence[]): void {
  const combined = new Map<readonly Evidence[], readonly Evidence[]>()
  for (const tensor of tensors) {
    const own = tensor.evidence
    if (!own) {
      tensor.evidence = first
      continue
    }
    let both = combined.get(own)
    if (!both) {
      both = Object.freeze([...first, ...own])
      combined.set(own, both)
    }
    tensor.evidence = both
  }
}

/**
 * Tensors of a registered object's file (accelerate `custom_checkpoint_N.pkl`) that mirror a model
 * tensor: same name after a prefix (`shadow.0.weight` for `0.weight`), same shape and dtype. The
 * layout puts the model's parameters in the model file, so a second tree shaped like it in
 * another object's state is a copy (an EMA shadow, a target network): buffers, not weights.
 * Tensors that mirror nothing keep their reader's evidence.
 */
export function markMirroredCopies(tensors: readonly TensorInfo[], model: ReadonlyMap<string, TensorInfo>, file: string, label: string): number {
  let marked = 0
  for (const tensor of tensors) {
    const original = mirroredName(tensor, model)
    if (original === undefined) continue
    const copy = evidenceOf('copy', 'dict-layout', `in ${file}, a registered object's copy of model tensor '${original}' (same shape and dtype; ${label})`)
    tensor.evidence = tensor.evidence ? [...copy, ...tensor.evidence] : copy
    marked++
  }
  return marked
}

/** The name of the model tensor that ends `tensor`'s name at a separator, with its shape and dtype. */
function mirroredName(tensor: TensorInfo, model: ReadonlyMap<string, TensorInfo>): string | undefined {
  const name = tensor.name
  for (let at = 0; at < name.length; at++) {
    if (at > 0 && name[at - 1] !== '.' && name[at - 1] !== '/') continue
    const original = model.get(name.slice(at))
    if (original && original.dtype === tensor.dtype && sameShape(original.shape, tensor.shape)) return name.slice(at)
  }
  return undefined
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((size, i) => size === b[i])
}
