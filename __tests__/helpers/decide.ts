import { classifyTensor } from '../../src/core/classify.js'
import type { Category, ReadResult, TensorInfo } from '../../src/core/types.js'

/**
 * A reader's result with each tensor's category and reason decided from its evidence, as
 * analyzeCheckpoint decides them: for tests that look at one tensor's category without a report.
 */
export function decided<T extends ReadResult>(result: T): T {
  for (const tensor of result.tensors) {
    if (!tensor.evidence) continue
    const decision = classifyTensor(tensor.evidence)
    tensor.category = decision.category
    tensor.reason = decision.reason
  }
  return result
}

/** The category core's classifier gives a tensor as its reader returned it (from its evidence). */
export function decidedCategory(tensor: TensorInfo): Category {
  return tensor.evidence ? classifyTensor(tensor.evidence).category : (tensor.category ?? 'unclassified')
}
