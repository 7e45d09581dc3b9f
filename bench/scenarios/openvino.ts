import { join } from 'node:path'
import { buildOpenvinoXml, consecutiveConsts } from '../../scripts/builders/openvino.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import type { FormatScenario, Scale } from './types.js'

/** An OpenVINO IR v11: one f32 Const layer per tensor (with its output port), slices of a sparse `.bin`. */
export const openvinoScenario: FormatScenario = {
  format: 'openvino',
  write(dir: string, scale: Scale): string[] {
    const layers = consecutiveConsts(scale.tensors, scale.bytes / scale.tensors)
    const last = layers[layers.length - 1].constant
    writeSparseFile(join(dir, 'model.xml'), [new TextEncoder().encode(buildOpenvinoXml(layers))])
    writeSparseFile(join(dir, 'model.bin'), [{ hole: last ? last.offset + last.size : 0 }])
    return ['.']
  }
}
