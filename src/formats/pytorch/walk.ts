import { LimitExceededError } from '../../core/errors.js'
import { MAX_NAME_BYTES, MAX_PICKLE_KEY_DEPTH, MAX_PICKLE_WALK_DEPTH, MAX_TENSORS, MAX_TOTAL_NAME_BYTES } from '../../core/limits.js'
import { PickleGlobal, PickleObject, type PickleValue } from '../pickle/values.js'
import { TensorRef } from './torch-globals.js'

/**
 * A dict key as it appears in a name. Tuple keys are written out to MAX_PICKLE_KEY_DEPTH levels and
 * at most MAX_NAME_BYTES + 1 characters: a hostile key (a tuple nested 100k deep, or one that shares
 * a huge tuple many times) can neither recurse without bound nor make a huge string.
 */
export function keyText(key: PickleValue): string {
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
    // Lightning < 1.5 keys callback state by the callback's class.
    if (value instanceof PickleGlobal) return write(value.qualifiedName)
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

/** How a container's children are named: `model.conv.weight` in a module tree, `optimizer/state/0` elsewhere. */
export interface Entered<S> {
  /** What the container is (the caller's own description, handed back for its children). */
  scope: S
  /** The container's name, which its children's names extend; the parent's own name makes it transparent. */
  name: string
  /** Between the container's name and an item's key; an attribute's is always `.`. Default `/`. */
  separator?: '/' | '.'
}

/** The caller's part of the walk: what each container is, and what to do with each tensor. */
export interface TensorVisitor<S> {
  /**
   * What a container reached from `parent` under `key` is (`defaultName`: its name by the usual
   * rule); undefined: not walked (it holds only references to tensors found elsewhere).
   */
  enter(parent: Entered<S>, key: PickleValue, defaultName: string, value: object): Entered<S> | undefined
  /** A tensor in `parent` under `key`, named `name`. */
  tensor(parent: Entered<S>, key: PickleValue, name: string, tensor: TensorRef): void
}

/** A container being walked: what it is, and the children not walked yet. */
interface Frame<S> {
  entered: Entered<S>
  depth: number
  /** The length of the container's name uncut (the name itself is cut at MAX_NAME_BYTES + 1). */
  nameLength: number
  children: Iterator<Child>
}

type Child = [value: PickleValue, key: PickleValue, via: 'item' | 'attr']

/**
 * Hands every tensor reachable from `root` to the visitor, with its name, in pickle order (dict
 * insertion order, list order, an object's arguments then its state). Each container is walked
 * once, so a cyclic or heavily shared structure cannot make the walk loop or explode; a tensor
 * object reached under two names (tied weights) is handed over under both. Nothing is collected:
 * a reader that classifies tensors as they come keeps no list of 10^5 names.
 */
export function forEachTensor<S>(root: PickleValue, file: string, rootScope: Entered<S>, visitor: TensorVisitor<S>): void {
  let count = 0
  const seen = new Set<object>()
  // Depth-first with an explicit stack of containers, each with an iterator over its children:
  // a child costs nothing until it is reached (a state_dict of 10^5 tensors used to get 10^5
  // frames at once, all alive until the walk reached them).
  const stack: Frame<S>[] = []
  // Each found tensor has its own name: long names times many tensors is what must stay bounded.
  let totalNameLength = 0
  const visit = (value: PickleValue, key: PickleValue, via: Child[2], parent: Frame<S>): void => {
    const text = keyText(key)
    const parentName = parent.entered.name
    const name = parentName === '' ? text : parentName + (via === 'attr' ? '.' : (parent.entered.separator ?? '/')) + text
    const nameLength = parentName === '' ? text.length : parent.nameLength + 1 + text.length
    if (value instanceof TensorRef) {
      if (count >= MAX_TENSORS) throw new LimitExceededError(file, 'the number of tensors', count + 1, MAX_TENSORS)
      if (nameLength > MAX_NAME_BYTES) throw new LimitExceededError(file, 'the length of a tensor name', nameLength, MAX_NAME_BYTES)
      totalNameLength += name.length
      if (totalNameLength > MAX_TOTAL_NAME_BYTES) {
        throw new LimitExceededError(file, 'the length of all tensor names together', totalNameLength, MAX_TOTAL_NAME_BYTES)
      }
      count++
      visitor.tensor(parent.entered, key, name || 'tensor', value)
      return
    }
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return
    if (seen.has(value)) return
    seen.add(value)
    if (parent.depth + 1 >= MAX_PICKLE_WALK_DEPTH) {
      throw new LimitExceededError(file, 'the nesting depth of the pickled object', parent.depth + 2, MAX_PICKLE_WALK_DEPTH)
    }
    // A container's name is only the start of its tensors' names, which are checked above: capped
    // here, so that deep nesting without tensors costs no quadratic string building.
    const entered = visitor.enter(parent.entered, key, name.length > MAX_NAME_BYTES ? name.slice(0, MAX_NAME_BYTES + 1) : name, value)
    // A container that keeps its parent's name (a module's `_parameters`) keeps its length too
    // (a name cut at the limit is anyway too long for any tensor under it).
    const ownLength = entered?.name === parentName && parent.nameLength <= MAX_NAME_BYTES ? parent.nameLength : nameLength
    if (entered) stack.push({ entered, depth: parent.depth + 1, nameLength: ownLength, children: childrenOf(value) })
  }
  if (root instanceof TensorRef) {
    visitor.tensor(rootScope, undefined, 'tensor', root)
    return
  }
  if (root === null || typeof root !== 'object' || root instanceof Uint8Array) return
  seen.add(root)
  stack.push({ entered: rootScope, depth: 0, nameLength: rootScope.name.length, children: childrenOf(root) })
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    const next = frame.children.next()
    if (next.done) {
      stack.pop()
      continue
    }
    const [value, key, via] = next.value
    visit(value, key, via, frame)
  }
}

/** A container's children that may hold tensors (objects), in pickle order, with their keys. */
function* childrenOf(value: object): Generator<Child, void, undefined> {
  const isObject = (v: PickleValue): boolean => v !== null && typeof v === 'object'
  if (value instanceof Map) {
    for (const [k, v] of value) if (isObject(v)) yield [v, k, 'item']
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (isObject(value[i])) yield [value[i], i, 'item']
  } else if (value instanceof Set) {
    let i = 0
    for (const v of value) {
      if (isObject(v)) yield [v, i, 'item']
      i++
    }
  } else if (value instanceof PickleObject) {
    for (let i = 0; i < value.args.length; i++) if (isObject(value.args[i])) yield [value.args[i], `[${i}]`, 'item']
    // An object's state is its attribute dict (an nn.Module's `_parameters`, `_modules`…), or a
    // (dict, slots) pair; its attributes read as `parent.attr`.
    const state = value.state
    if (state instanceof Map) {
      for (const [k, v] of state) if (isObject(v)) yield [v, k, 'attr']
    } else if (Array.isArray(state) && state.length === 2 && (state[0] instanceof Map || state[0] === null)) {
      // `(dict, slots)`: both are attributes.
      for (const part of state) if (part instanceof Map) for (const [k, v] of part) if (isObject(v)) yield [v, k, 'attr']
    } else if (isObject(state)) {
      yield [state, 'state', 'item']
    }
  }
}
