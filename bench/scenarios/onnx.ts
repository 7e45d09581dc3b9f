import { join } from 'node:path'
import { buildOnnx, type OnnxTensorSpec } from '../../scripts/builders/onnx.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import { elementCount, float32Shape, type FormatScenario, type Scale } from './types.js'

/** Protobuf's 2 GB message limit: larger models keep their initializers in an external data file. */
const EMBEDDED_LIMIT = 2 * 1024 ** 3

/** An `.onnx` with one initializer per tensor: embedded raw_data (holes) below 2 GB, else external data. */
export const onnxScenario: FormatScenario = {
  format: 'onnx',
  write(dir: string, scale: Scale): string[] {
    const shape = float32Shape(scale.bytes / scale.tensors)
    const size = elementCount(shape) * 4
    const external = scale.external ?? size * scale.tensors >= EMBEDDED_LIMIT
    const initializers: OnnxTensorSpec[] = []
    for (let i = 0; i < scale.tensors; i++) {
      const name = `layers.${i}.weight`
      initializers.push(
        external
          ? { name, dims: shape, dataType: 1, external: { location: 'model.onnx.data', offset: i * size, length: size } }
          : { name, dims: shape, dataType: 1, raw: { hole: size } }
      )
    }
    writeSparseFile(join(dir, 'model.onnx'), buildOnnx({ graph: { nodes: [{ opType: 'MatMul' }], initializers } }))
    if (external) writeSparseFile(join(dir, 'model.onnx.data'), [{ hole: size * scale.tensors }])
    return ['.']
  }
}
