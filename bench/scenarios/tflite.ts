import { join } from 'node:path'
import { buildExternalTflite, buildTflite, type TfliteTensorSpec } from '../../scripts/builders/tflite.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import { float32Shape, type FormatScenario, type Scale } from './types.js'

/** FlatBuffers offsets are 32-bit: past this the converter stores buffers after the flatbuffer. */
const INLINE_LIMIT = 2 ** 31 - 2 ** 20

/**
 * A converter-style `.tflite`: one float32 constant per tensor, inline `Buffer.data` below 2 GB
 * and the > 2 GB layout (`Buffer.offset`/`size` after the flatbuffer) above (or with `external`);
 * payloads are holes.
 */
export const tfliteScenario: FormatScenario = {
  format: 'tflite',
  write(dir: string, scale: Scale): string[] {
    const shape = float32Shape(scale.bytes / scale.tensors)
    const size = shape.reduce((n, d) => n * d, 4)
    const tensors: TfliteTensorSpec[] = Array.from({ length: scale.tensors }, (_, i) => ({ name: `model/dense_${i}/MatMul`, shape, buffer: i + 1 }))
    const chunks =
      (scale.external ?? size * scale.tensors > INLINE_LIMIT)
        ? buildExternalTflite(
            tensors,
            tensors.map(() => size)
          )
        : buildTflite({ tensors, buffers: tensors.map(() => ({ data: { length: size } })), metadata: [] })
    writeSparseFile(join(dir, 'model.tflite'), chunks)
    return ['model.tflite']
  }
}
