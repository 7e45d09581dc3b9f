import type { CheckpointDiff } from './diff.js'
import { ConfigError } from './errors.js'
import { CATEGORIES } from './types.js'
import { parseSize } from './size-units.js'

/**
 * The smallest change that counts (`min-change: 1 kB, 0.1%`): a re-export that moves a few bytes of
 * metadata is not a change a reviewer should read about. A category's change counts only when it
 * reaches every floor given.
 */
export interface NoiseFloor {
  bytes: number
  /** A fraction of the base (0.001 for `0.1%`). */
  ratio: number
  /** As written, for messages. */
  text: string
}

export const NO_NOISE_FLOOR: NoiseFloor = { bytes: 0, ratio: 0, text: '' }

/**
 * Parses `1 kB`, `0.1%`, or both separated by a comma; empty gives no floor.
 * @throws ConfigError naming `source` and the expected form.
 */
export function parseNoiseFloor(text: string, source = 'min-change'): NoiseFloor {
  const trimmed = text.trim()
  if (trimmed === '') return NO_NOISE_FLOOR
  const floor = { bytes: 0, ratio: 0, text: trimmed }
  for (const term of trimmed.split(',').map((part) => part.trim())) {
    if (term.endsWith('%')) {
      const number = term.slice(0, -1).trim()
      if (!/^(\d+(\.\d+)?|\.\d+)$/.test(number)) throw new ConfigError(`${source}: '${term}' is not a percentage; expected e.g. '1 kB, 0.1%'.`)
      floor.ratio = Number(number) / 100
    } else {
      try {
        floor.bytes = parseSize(term).bytes
      } catch (error) {
        throw new ConfigError(`${source}: ${(error as Error).message} Expected e.g. '1 kB, 0.1%'.`)
      }
    }
  }
  return floor
}

/** Whether a change of `delta` bytes from `base` reaches the floor. */
export function isSignificantChange(delta: number, base: number, floor: NoiseFloor): boolean {
  if (delta === 0) return false
  if (Math.abs(delta) < floor.bytes) return false
  // Growth from nothing is always significant by ratio.
  return base === 0 || Math.abs(delta) / base >= floor.ratio
}

/**
 * Whether a checkpoint changed enough to be shown: added and removed always; a changed one when
 * some category (or the total) moved by at least the floor.
 */
export function changedBeyondFloor(checkpoint: CheckpointDiff, floor: NoiseFloor): boolean {
  if (checkpoint.change === 'added' || checkpoint.change === 'removed') return true
  if (checkpoint.change !== 'changed') return false
  return [...CATEGORIES, 'total' as const].some((category) => {
    const { delta, base } = checkpoint.categories[category]
    return delta !== undefined && isSignificantChange(delta, base ?? 0, floor)
  })
}
