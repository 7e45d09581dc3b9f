import { join } from 'node:path'
import { buildSafetensors, type SafetensorsTensorSpec } from '../../scripts/builders/safetensors.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import { float32Shape, type FormatScenario, type Scale } from './types.js'

/** A `model.safetensors` (HF transformers style names), payloads as holes. */
export const safetensorsScenario: FormatScenario = {
  format: 'safetensors',
  write(dir: string, scale: Scale): string[] {
    const shape = float32Shape(scale.bytes / scale.tensors)
    const tensors: Record<string, SafetensorsTensorSpec> = {}
    for (let i = 0; i < scale.tensors; i++) tensors[`model.layers.${i}.mlp.weight`] = { dtype: 'F32', shape, hole: true }
    writeSparseFile(join(dir, 'model.safetensors'), buildSafetensors(tensors, { metadata: { format: 'pt' } }))
    return ['model.safetensors']
  }
}
