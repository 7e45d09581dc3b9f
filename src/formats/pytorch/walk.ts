import { LimitExceededError } from '../../core/errors.js'
import { MAX_NAME_BYTES, MAX_PICKLE_KEY_DEPTH, MAX_PICKLE_WALK_DEPTH, MAX_TENSORS, MAX_TOTAL_NAME_BYTES } from '../../core/limits.js'
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

/**
 * A dict key as it appears in a name. Tuple keys are written out to MAX_PICKLE_KEY_DEPTH levels and
 * at most MAX_NAME_BYTES + 1 characters: a hostile key (a tuple nested 100k deep, or one that shares
 * a huge tuple many times) can neither recurse without bound nor make a huge string.
 */
function keyText(key: PickleValue): string {
  let text = ''
  const write = (part: string): boolean => {
    text += part.length + text.length > MAX_NAME_BYTES ? part.slice(0, MAX_NAME_BYTES + 1 - text.length) : part
    return text.length <= MAX_NAME_BYTES
  }
  const visit = (value: PickleValue, depth: number): boolean => {
    if (typeof value === 'string') return write(value)
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return write(String(value))
    if (value === null) return write('None')
    if (!Array.isArray(value)) return write('?')
    if (depth >= MAX_PICKLE_KEY_DEPTH) return write('(…)')
    if (!write('(')) return false
    for (let i = 0; i < value.length; i++) {
      if (i > 0 && !write(', ')) return false
      if (!visit(value[i], depth + 1)) return false
    }
    return write(')')
  }
  visit(key, 0)
  return text
}

interface Frame {
  value: PickleValue
  step?: PathStep
  parent?: Frame
  depth: number
  /** Length of the name this frame's path makes (keys and separators), known before the path is built. */
  nameLength: number
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
  const stack: Frame[] = [{ value: root, depth: 0, nameLength: 0 }]
  // Each found tensor copies its path: deep paths times many tensors is what must stay bounded.
  let totalNameLength = 0
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    const { value } = frame
    if (value instanceof TensorRef) {
      if (found.length >= MAX_TENSORS) throw new LimitExceededError(file, 'the number of tensors', found.length + 1, MAX_TENSORS)
      if (frame.nameLength > MAX_NAME_BYTES) throw new LimitExceededError(file, 'the length of a tensor name', frame.nameLength, MAX_NAME_BYTES)
      totalNameLength += frame.nameLength
      if (totalNameLength > MAX_TOTAL_NAME_BYTES) {
        throw new LimitExceededError(file, 'the length of all tensor names together', totalNameLength, MAX_TOTAL_NAME_BYTES)
      }
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
      if (v === null || typeof v !== 'object') return
      const nameLength = frame.nameLength + (frame.step ? 1 : 0) + key.length
      children.push({ value: v, step: { key, via }, parent: frame, depth: frame.depth + 1, nameLength })
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
  // Filled from the end into an array of its final length: one allocation per tensor.
  const path = new Array<PathStep>(frame.depth)
  let i = frame.depth
  for (let f: Frame | undefined = frame; f?.step; f = f.parent) path[--i] = f.step
  return i === 0 ? path : path.slice(i)
}
