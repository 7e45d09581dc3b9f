import { LimitExceededError } from '../../core/errors.js'
import { MAX_PICKLE_WALK_DEPTH, MAX_TENSORS } from '../../core/limits.js'
import { PickleObject, type PickleValue } from '../pickle/values.js'
import { TensorRef } from './torch-globals.js'

/** One step from a container to a value inside it. */
export interface PathStep {
  key: string
  /** `attr`: an object's attribute (TorchScript module tree), joined with `.` like state_dict names. */
  via: 'item' | 'attr'
}

/** A tensor found in an unpickled value, with the path of keys that leads to it. */
export interface FoundTensor {
  path: PathStep[]
  tensor: TensorRef
}

/** `model/wc1.weight`, `optimizer/state/0/exp_avg`, `conv_block_1.conv_1.weight` (TorchScript). */
export function pathName(path: readonly PathStep[]): string {
  let name = ''
  for (const [i, step] of path.entries()) {
    if (i > 0) name += step.via === 'attr' ? '.' : '/'
    name += step.key
  }
  return name
}

function keyText(key: PickleValue): string {
  if (typeof key === 'string') return key
  if (typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean') return String(key)
  if (key === null) return 'None'
  if (Array.isArray(key)) return `(${key.map(keyText).join(', ')})`
  return '?'
}

interface Frame {
  value: PickleValue
  step?: PathStep
  parent?: Frame
  depth: number
}

/**
 * Every tensor reachable from `root`, in pickle order (dict insertion order, list order, an
 * object's arguments then its state). Each container is walked once, so a cyclic or heavily
 * shared structure cannot make the walk loop or explode; a tensor object reached under two
 * names (tied weights in a state_dict) is listed under both.
 */
export function findTensors(root: PickleValue, file: string): FoundTensor[] {
  const found: FoundTensor[] = []
  const seen = new Set<object>()
  // Depth-first with an explicit stack (children pushed in reverse) so order is pickle order.
  const stack: Frame[] = [{ value: root, depth: 0 }]
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    const { value } = frame
    if (value instanceof TensorRef) {
      if (found.length >= MAX_TENSORS) throw new LimitExceededError(file, 'the number of tensors', found.length + 1, MAX_TENSORS)
      found.push({ path: pathOf(frame), tensor: value })
      continue
    }
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array) continue
    if (seen.has(value)) continue
    seen.add(value)
    if (frame.depth >= MAX_PICKLE_WALK_DEPTH) {
      throw new LimitExceededError(file, 'the nesting depth of the pickled object', frame.depth + 1, MAX_PICKLE_WALK_DEPTH)
    }
    const children: Frame[] = []
    const child = (v: PickleValue, key: string, via: PathStep['via']): void => {
      if (v !== null && typeof v === 'object') children.push({ value: v, step: { key, via }, parent: frame, depth: frame.depth + 1 })
    }
    if (value instanceof Map) {
      for (const [k, v] of value) child(v, keyText(k), 'item')
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => child(v, String(i), 'item'))
    } else if (value instanceof Set) {
      let i = 0
      for (const v of value) child(v, String(i++), 'item')
    } else if (value instanceof PickleObject) {
      value.args.forEach((v, i) => child(v, `[${i}]`, 'item'))
      // An object's state is its attribute dict (TorchScript modules, argparse.Namespace), or a
      // (dict, slots) pair; its attributes read as `parent.attr`.
      const state = value.state
      if (state instanceof Map) for (const [k, v] of state) child(v, keyText(k), 'attr')
      else child(state, 'state', 'item')
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
  return found
}

function pathOf(frame: Frame): PathStep[] {
  const path: PathStep[] = []
  for (let f: Frame | undefined = frame; f?.step; f = f.parent) path.push(f.step)
  return path.reverse()
}
