import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import type { ReadResult } from '../../../src/core/types.js'

/**
 * A reader's result with every tensor's category and reason decided by core's classifier from the
 * evidence the reader gave, as the pipeline decides them: readers report evidence, never categories.
 */
export function decided<T extends ReadResult>(result: T): T {
  analyzeCheckpoint(result, { id: result.name })
  return result
}
