import type { CheckpointReport, TopTensor } from '../../src/core/types.js'

/** A checkpoint report whose `top` lists `count` tensors named like a transformer's. */
export function syntheticCheckpoint(id: string, count: number): CheckpointReport {
  const top: TopTensor[] = []
  for (let i = 0; i < count; i++) {
    const layer = Math.floor(i / 8)
    const part = [
      'attention.self.query',
      'attention.self.key',
      'attention.self.value',
      'attention.output.dense',
      'intermediate.dense',
      'output.dense',
      'output.LayerNorm',
      'attention.output.LayerNorm'
    ][i % 8]
    top.push({
      name: `encoder.layer.${layer}.${part}.weight`,
      dtype: 'float32',
      shape: [64, 64],
      bytes: 16384,
      category: 'weights',
      reason: 'nn.Parameter in the state_dict'
    })
  }
  const weights = count * 16384
  return {
    id,
    format: 'safetensors',
    files: [{ path: id, bytes: weights + 100, role: 'data' }],
    bytes: { total: weights + 100, weights, optimizer: 0, buffers: 0, bookkeeping: 0, metadata: 100, unclassified: 0 },
    parameters: count * 4096,
    tensors: count,
    tensorCounts: { weights: count },
    classifiedBy: 'name-rules',
    warnings: [],
    explanations: [],
    top
  }
}
