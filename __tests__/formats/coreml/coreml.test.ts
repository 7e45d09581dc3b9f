import { describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { coremlModelReader, coremlPackageReader } from '../../../src/formats/coreml/index.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { walk } from '../../../src/io/walk.js'
import { measure } from '../../../src/pipeline/measure.js'
import { blobLayout, buildMlPackage, buildMlProgramSpec, MIL_FLOAT32, MIL_INT32 } from '../../../scripts/builders/coreml.js'
import { chunksToBytes, writeSparseFile } from '../../../scripts/builders/sparse.js'
import { ascii, concat, pbBytes, pbVarint } from '../../../fuzz/encode.js'
import { describeWithFixtures } from '../../helpers/fixtures.js'
import { expectEveryByteAccounted, measureFolder, useTempDir } from '../provenance.js'

const memory = (files: Map<string, Uint8Array>): MemoryFiles => new MemoryFiles(files)
const floats = (count: number): Uint8Array => new Uint8Array(count * 4).fill(1)
/** WeightParams with packed floatValue, optionally quantized (rawValue + a lookup table). */
const weightParams = (count: number): Uint8Array => pbBytes(1, floats(count))
const layer = (name: string, paramsField: number, params: Uint8Array, updatable = false): Uint8Array =>
  pbBytes(1, concat([pbBytes(1, ascii(name)), ...(updatable ? [pbVarint(10, 1)] : []), pbBytes(paramsField, params)]))
const neuralNetworkSpec = (layers: Uint8Array[], extra: Uint8Array[] = []): Uint8Array => concat([pbVarint(1, 4), pbBytes(500, concat([...layers, ...extra]))])

describeWithFixtures('coreml: real models', () => {
  it('MNIST classifier: the 8 WeightParams floatValue payloads are the weights (2,812,840 of 2,813,807 bytes)', async () => {
    const report = await measureFolder('real/coreml/mnist-keras-nn-classifier-float32')
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expectEveryByteAccounted(report, 2_813_807)
    expect(checkpoint.format).toBe('coreml')
    expect(checkpoint.bytes.weights).toBe(2_812_840)
    expect(checkpoint.bytes.metadata).toBe(2_813_807 - 2_812_840)
    expect(checkpoint.tensors).toBe(8)
    expect(checkpoint.categoryNotes?.metadata).toContain('neuralNetworkClassifier, 10 layers')
  })

  it('updatable linear model: 8 B of weights; SGD learning rate and momentum are optimizer; loss, batch size, epochs, shuffle, training inputs bookkeeping', async () => {
    const report = await measureFolder('real/coreml/updatable-linear-sgd-coremltools')
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expectEveryByteAccounted(report, 362)
    // updateParams is 97 bytes: loss layer 2+34, optimizer 2+(2+(2+20)+(2+7)+(2+11)), epochs 2+7, shuffle 2+2.
    expect(checkpoint.bytes).toEqual({
      total: 362,
      weights: 8,
      optimizer: 20 + 11,
      buffers: 0,
      bookkeeping: 34 + 7 + 7 + 2 + 2 * 24,
      metadata: 225,
      unclassified: 0
    })
  })
})

describe('coreml: specs built in the test', () => {
  it('walks quantized weights with their lookup table, batch-norm statistics as buffers, and networks inside branch layers', async () => {
    const quantized = concat([pbBytes(30, new Uint8Array(100)), pbBytes(40, concat([pbVarint(1, 4), pbBytes(102, pbBytes(1, floats(16)))]))])
    const batchnorm = concat([pbBytes(15, weightParams(8)), pbBytes(16, weightParams(8)), pbBytes(17, weightParams(8)), pbBytes(18, weightParams(8))])
    const branch = pbBytes(1, layer('inner', 140, pbBytes(20, weightParams(3))))
    const spec = neuralNetworkSpec([layer('fc', 140, pbBytes(20, quantized)), layer('bn', 160, batchnorm), layer('if', 605, branch)])
    const result = await coremlModelReader.read('m.mlmodel', memory(new Map([['m.mlmodel', spec]])))
    expect(result.tensors.map((t) => [t.name, t.dtype, t.byteLength, t.evidence?.[0].role])).toEqual([
      ['fc/weights', 'uint4', 100, 'parameter'],
      // QuantizationParams: numberOfBits (2 B), lookupTableQuantization (3 B of tag and length + 66)
      ['fc/weights (quantization)', 'float32', 2 + 3 + 66, 'parameter'],
      ['bn/gamma', 'float32', 32, 'parameter'],
      ['bn/beta', 'float32', 32, 'parameter'],
      ['bn/mean', 'float32', 32, 'model-state'],
      ['bn/variance', 'float32', 32, 'model-state'],
      ['if/ifBranch/inner/weights', 'float32', 12, 'parameter']
    ])
  })

  it('an .mlpackage: manifest, spec and weight.bin are one checkpoint; blobs are weights, integer constants and blob records metadata', async () => {
    const layout = blobLayout([4096, 256])
    const spec = buildMlProgramSpec([
      { name: 'conv_weight', dataType: MIL_FLOAT32, shape: [16, 64], blobOffset: layout.offsets[0] },
      { name: 'fc_bias', dataType: MIL_FLOAT32, shape: [64], blobOffset: layout.offsets[1] },
      { name: 'small', dataType: MIL_FLOAT32, shape: [3], immediate: floats(3) },
      { name: 'reshape_shape', dataType: MIL_INT32, shape: [2], immediate: new Uint8Array([1, 2]) }
    ])
    const files = new Map([...buildMlPackage('net', spec, layout.chunks)].map(([path, chunks]) => [path, chunksToBytes(chunks)]))
    const report = await measure([...files.keys()], memory(files))
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.id).toBe('net.mlpackage')
    expect(checkpoint.files.map((f) => [f.path, f.role])).toEqual([
      ['net.mlpackage/Manifest.json', 'index'],
      ['net.mlpackage/Data/com.apple.CoreML/model.mlmodel', 'graph'],
      ['net.mlpackage/Data/com.apple.CoreML/weights/weight.bin', 'data']
    ])
    expect(checkpoint.bytes.weights).toBe(4096 + 256 + 12)
    expect(checkpoint.tensorCounts).toEqual({ weights: 3, metadata: 1 })
    const total = [...files.values()].reduce((sum, bytes) => sum + bytes.length, 0)
    expect(checkpoint.bytes.total).toBe(total)
    expect(checkpoint.bytes.metadata).toBe(total - 4096 - 256 - 12)
  })

  it('a pipeline\u2019s models are walked; a classic model (GLM) is its parameters through and through', async () => {
    const glm = pbBytes(1, floats(6))
    const network = pbBytes(500, layer('fc', 140, pbBytes(20, weightParams(5))))
    const spec = concat([pbVarint(1, 4), pbBytes(202, concat([pbBytes(1, concat([pbVarint(1, 4), pbBytes(400, glm)])), pbBytes(1, network)]))])
    const result = await coremlModelReader.read('m.mlmodel', memory(new Map([['m.mlmodel', spec]])))
    expect(result.tensors.map((t) => [t.name, t.byteLength])).toEqual([
      ['models/0/glmClassifier', glm.length],
      ['models/1/fc/weights', 20]
    ])
  })

  it('constants that point at one blob share its bytes, counted once', async () => {
    const layout = blobLayout([4096])
    const spec = buildMlProgramSpec(['a', 'b'].map((name) => ({ name, dataType: MIL_FLOAT32, shape: [1024], blobOffset: layout.offsets[0] })))
    const files = new Map([...buildMlPackage('p', spec, layout.chunks)].map(([path, chunks]) => [path, chunksToBytes(chunks)]))
    const report = await measure([...files.keys()], memory(files))
    expect(report.checkpoints[0].tensors).toBe(2)
    expect(report.checkpoints[0].bytes.weights).toBe(4096)
  })

  it('sizes a constant of dynamic shape from its blob record, and refuses a record without its sentinel or past 2^53', async () => {
    const layout = blobLayout([4096])
    const spec = buildMlProgramSpec([{ name: 'w', dataType: MIL_FLOAT32, shape: [1024], blobOffset: layout.offsets[0], dynamic: true }])
    const read = (weights: Uint8Array) =>
      coremlModelReader.read(
        'm.mlmodel',
        memory(
          new Map([
            ['m.mlmodel', spec],
            ['weights/weight.bin', weights]
          ])
        )
      )
    const weights = chunksToBytes(layout.chunks)
    const result = await read(weights)
    expect(result.tensors.map((t) => [t.name, t.offset, t.byteLength])).toEqual([['w', layout.offsets[0] + 64, 4096]])

    const noSentinel = weights.slice()
    noSentinel[layout.offsets[0]] = 0
    await expect(read(noSentinel)).rejects.toThrow('a blob record without the 0xDEADBEEF sentinel')
    const huge = weights.slice()
    new DataView(huge.buffer).setBigUint64(layout.offsets[0] + 8, 2n ** 60n, true)
    await expect(read(huge)).rejects.toThrow('the size of a blob is 1152921504606846976, larger than any file (over 2^53)')
  })

  it('without weight.bin: a warning and the bytes the spec describes', async () => {
    const layout = blobLayout([4096])
    const spec = buildMlProgramSpec([{ name: 'w', dataType: MIL_FLOAT32, shape: [1024], blobOffset: layout.offsets[0] }])
    const result = await coremlModelReader.read('m.mlmodel', memory(new Map([['m.mlmodel', spec]])))
    expect(result.warnings).toEqual([
      '1 file of the checkpoint is absent (weights/weight.bin): counted at the 4224 bytes the spec describes, so the total is what the complete checkpoint would hold'
    ])
    expect(result.files[1]).toEqual({ path: 'weights/weight.bin', role: 'data', bytes: 4224, present: false })
  })

  it('refuses a blob reference outside the model folder, and a blob past the end of weight.bin', async () => {
    const outside = concat([
      pbVarint(1, 7),
      pbBytes(
        502,
        pbBytes(
          2,
          concat([
            pbBytes(1, ascii('main')),
            pbBytes(
              2,
              pbBytes(
                3,
                concat([
                  pbBytes(1, ascii('x')),
                  pbBytes(
                    2,
                    pbBytes(
                      3,
                      concat([
                        pbBytes(1, ascii('const')),
                        pbBytes(
                          5,
                          concat([
                            pbBytes(1, ascii('val')),
                            pbBytes(2, pbBytes(5, concat([pbBytes(1, ascii('@model_path/../../etc/passwd')), pbVarint(2, 64)])))
                          ])
                        )
                      ])
                    )
                  )
                ])
              )
            )
          ])
        )
      )
    ])
    await expect(coremlModelReader.read('m.mlmodel', memory(new Map([['m.mlmodel', outside]])))).rejects.toThrow("outside the model's folder")
    const spec = buildMlProgramSpec([{ name: 'w', dataType: MIL_FLOAT32, shape: [1024], blobOffset: 64 }])
    const files = memory(
      new Map([
        ['m.mlmodel', spec],
        ['weights/weight.bin', new Uint8Array(1000)]
      ])
    )
    await expect(coremlModelReader.read('m.mlmodel', files)).rejects.toThrow("constant 'w' needs bytes 128..4224, beyond the file's 1000 bytes")
  })

  it('a Manifest.json without a root model is a typed error', async () => {
    const files = memory(new Map([['p.mlpackage/Manifest.json', ascii('{"itemInfoEntries":{}}')]]))
    await expect(coremlPackageReader.read('p.mlpackage/Manifest.json', files)).rejects.toThrow('names no root model')
  })

  const tempDir = useTempDir('msb-coreml-')
  it('a package with a 5 GB sparse weight.bin is analysed from the walked folder reading under 64 KiB', async () => {
    const sizes = Array.from({ length: 20 }, () => 256 * 1024 * 1024)
    const layout = blobLayout(sizes)
    const spec = buildMlProgramSpec(sizes.map((size, i) => ({ name: `w${i}`, dataType: MIL_FLOAT32, shape: [size / 4], blobOffset: layout.offsets[i] })))
    for (const [path, chunks] of buildMlPackage('big', spec, layout.chunks)) {
      mkdirSync(dirname(join(tempDir(), path)), { recursive: true })
      writeSparseFile(join(tempDir(), path), chunks)
    }
    const found = await walk(tempDir(), ['.'])
    const files = new DiskFiles(tempDir())
    const report = await measure(found.files, files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    expect(report.checkpoints[0].bytes.weights).toBe(20 * 256 * 1024 * 1024)
    expect(files.bytesRead).toBeLessThan(64 * 1024)
  })
})
