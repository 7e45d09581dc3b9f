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
  // Nearly every key is a string of a sane length: itself, without the writer below.
  if (typeof key === 'string' && key.length <= MAX_NAME_BYTES) return key
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

/** A container being walked: where it is, and the children not walked yet. */
interface Frame {
  step?: PathStep
  parent?: Frame
  depth: number
  /** Length of the name this frame's path makes (keys and separators), known before the path is built. */
  nameLength: number
  children: Iterator<Child>
}

type Child = [value: PickleValue, key: string, via: PathStep['via']]

/**
 * Hands every tensor reachable from `root` to `onTensor` with the path of keys that leads to it
 * (its own array), in pickle order (dict insertion order, list order, an object's arguments then
 * its state). Each container is walked once, so a cyclic or heavily shared structure cannot make
 * the walk loop or explode; a tensor object reached under two names (tied weights in a
 * state_dict) is handed over under both. Nothing is collected: a reader that classifies tensors
 * as they come keeps no list of 10^5 paths (~15 MB the garbage collector would copy to the old
 * generation before it could free it).
 */
export function forEachTensor(root: PickleValue, file: string, onTensor: (path: PathStep[], tensor: TensorRef) => void): void {
  let count = 0
  const seen = new Set<object>()
  // Depth-first with an explicit stack of containers, each with an iterator over its children:
  // a child costs nothing until it is reached (a state_dict of 10^5 tensors used to get 10^5
  // frames at once, all alive until the walk reached them).
  const stack: Frame[] = []
  // Each found tensor copies its path: deep paths times many tensors is what must stay bounded.
  let totalNameLength = 0
  const visit = (value: PickleValue, step: PathStep | undefined, parent: Frame | undefined, depth: number, nameLength: number): void => {
    if (value instanceof TensorRef) {
      if (count >= MAX_TENSORS) throw new LimitExceededError(file, 'the number of tensors', count + 1, MAX_TENSORS)
      if (nameLength > MAX_NAME_BYTES) throw new LimitExceededError(file, 'the length of a tensor name', nameLength, MAX_NAME_BYTES)
      totalNameLength += nameLength
      if (totalNameLength > MAX_TOTAL_NAME_BYTES) {
        throw new LimitExceededError(file, 'the length of all tensor names together', totalNameLength, MAX_TOTAL_NAME_BYTES)
      }
      count++
      onTensor(pathOf(step, parent, depth), value)
      return
    }
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return
    if (seen.has(value)) return
    seen.add(value)
    if (depth >= MAX_PICKLE_WALK_DEPTH) {
      throw new LimitExceededError(file, 'the nesting depth of the pickled object', depth + 1, MAX_PICKLE_WALK_DEPTH)
    }
    stack.push({ step, parent, depth, nameLength, children: childrenOf(value) })
  }
  visit(root, undefined, undefined, 0, 0)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    const next = frame.children.next()
    if (next.done) {
      stack.pop()
      continue
    }
    const [value, key, via] = next.value
    visit(value, { key, via }, frame, frame.depth + 1, frame.nameLength + (frame.step ? 1 : 0) + key.length)
  }
}

/** A container's children that may hold tensors (objects), in pickle order, with their keys. */
function* childrenOf(value: object): Generator<Child, void, undefined> {
  const isObject = (v: PickleValue): boolean => v !== null && typeof v === 'object'
  if (value instanceof Map) {
    for (const [k, v] of value) if (isObject(v)) yield [v, keyText(k), 'item']
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (isObject(value[i])) yield [value[i], String(i), 'item']
  } else if (value instanceof Set) {
    let i = 0
    for (const v of value) {
      if (isObject(v)) yield [v, String(i), 'item']
      i++
    }
  } else if (value instanceof PickleObject) {
    for (let i = 0; i < value.args.length; i++) if (isObject(value.args[i])) yield [value.args[i], `[${i}]`, 'item']
    // An object's state is its attribute dict (TorchScript modules, argparse.Namespace), or a
    // (dict, slots) pair; its attributes read as `parent.attr`.
    const state = value.state
    if (state instanceof Map) {
      for (const [k, v] of state) if (isObject(v)) yield [v, keyText(k), 'attr']
    } else if (isObject(state)) {
      yield [state, 'state', 'item']
    }
  }
}

/** The path of a child `step` of `parent`, `depth` steps long. */
function pathOf(step: PathStep | undefined, parent: Frame | undefined, depth: number): PathStep[] {
  // Filled from the end into an array of its final length: one allocation per tensor.
  const path = new Array<PathStep>(depth)
  let i = depth
  if (step) path[--i] = step
  for (let f: Frame | undefined = parent; f?.step; f = f.parent) path[--i] = f.step
  return i === 0 ? path : path.slice(i)
}
