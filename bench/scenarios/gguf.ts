import { join } from 'node:path'
import { buildGguf, type GgufTensorSpec } from '../../scripts/builders/gguf.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import { float32Shape, type FormatScenario, type Scale } from './types.js'

/** A llama.cpp-style `.gguf` (v3, F32 tensors, a few KV pairs); payloads are holes. */
export const ggufScenario: FormatScenario = {
  format: 'gguf',
  write(dir: string, scale: Scale): string[] {
    // GGUF lists ne[0] (the fastest-varying dimension) first.
    const dims = [...float32Shape(scale.bytes / scale.tensors)].reverse()
    const tensors: GgufTensorSpec[] = []
    for (let i = 0; i < scale.tensors; i++) tensors.push({ name: `blk.${i}.ffn_up.weight`, dims, type: 0 })
    writeSparseFile(
      join(dir, 'model.gguf'),
      buildGguf({
        kv: [
          ['general.architecture', { type: 'string', value: 'llama' }],
          ['general.name', { type: 'string', value: 'bench' }],
          ['llama.block_count', { type: 'u32', value: scale.tensors }]
        ],
        tensors
      })
    )
    return ['model.gguf']
  }
}
