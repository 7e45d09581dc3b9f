import { classifyTensor } from '../../src/core/classify.js'
import type { Category, TensorInfo } from '../../src/core/types.js'

/** The category core's classifier gives a tensor as its reader returned it (from its evidence). */
export function decidedCategory(tensor: TensorInfo): Category {
  return tensor.evidence ? classifyTensor(tensor.evidence).category : (tensor.category ?? 'unclassified')
}
