import { join } from 'node:path'
import { buildPte } from '../../scripts/builders/executorch.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import { float32Shape, type FormatScenario, type Scale } from './types.js'

/** An ExecuTorch `.pte` whose constants (one float32 tensor each) fill the constant segment, a hole. */
export const executorchScenario: FormatScenario = {
  format: 'executorch',
  write(dir: string, scale: Scale): string[] {
    const shape = float32Shape(scale.bytes / scale.tensors)
    const constants = Array.from({ length: scale.tensors }, (_, i) => ({ shape, name: `layers.${i}.weight` }))
    writeSparseFile(join(dir, 'model.pte'), buildPte({ constants, alignment: 16 }))
    return ['model.pte']
  }
}
