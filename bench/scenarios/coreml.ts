import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { blobLayout, buildMlPackage, buildMlProgramSpec, MIL_FLOAT32 } from '../../scripts/builders/coreml.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import { elementCount, float32Shape, type FormatScenario, type Scale } from './types.js'

/** A Core ML `.mlpackage` as coremltools writes an ML Program: one `const` op per tensor, its blob in a sparse `weight.bin`. */
export const coremlScenario: FormatScenario = {
  format: 'coreml',
  write(dir: string, scale: Scale): string[] {
    const shape = float32Shape(scale.bytes / scale.tensors)
    const layout = blobLayout(Array.from({ length: scale.tensors }, () => elementCount(shape) * 4))
    const spec = buildMlProgramSpec(layout.offsets.map((offset, i) => ({ name: `layers_${i}_weight`, dataType: MIL_FLOAT32, shape, blobOffset: offset })))
    for (const [path, chunks] of buildMlPackage('model', spec, layout.chunks)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeSparseFile(join(dir, path), chunks)
    }
    return ['.']
  }
}
