import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { classifyTensor, type Decision } from '../../../src/core/classify.js'
import { FormatError } from '../../../src/core/errors.js'
import { onnxReader } from '../../../src/formats/onnx/index.js'
import { openZip } from '../../../src/formats/zip/index.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { FileByteSource } from '../../../src/io/file-byte-source.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildOnnx, buildOnnxBytes, type OnnxTensorSpec } from '../../../scripts/builders/onnx.js'
import { writeSparseFile } from '../../../scripts/builders/sparse.js'
import { describeWithFixtures, fixture, fixtureFolders } from '../../helpers/fixtures.js'
import { expectEveryByteAccounted, measureFolder, provenanceFiles, useTempDir } from '../provenance.js'

const FLOAT = 1
const INT64 = 7
const memory = (files: Record<string, Uint8Array>): MemoryFiles => new MemoryFiles(new Map(Object.entries(files)))
const floats = (name: string, dims: number[], fill = 0): OnnxTensorSpec => ({
  name,
  dims,
  dataType: FLOAT,
  raw: new Uint8Array(dims.reduce((a, b) => a * b, 1) * 4).fill(fill)
})

describeWithFixtures('onnx: real files', () => {
  const folders = fixtureFolders('real/onnx')

  it.each(folders)('%s: parses and every byte is accounted for', async (folder) => {
    const kind = `real/onnx/${folder}`
    const report = await measureFolder(kind)
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    expectEveryByteAccounted(
      report,
      provenanceFiles(kind).reduce((sum, file) => sum + file.bytes, 0)
    )
    expect(report.checkpoints[0].classifiedBy).toBe('format')
    expect(report.checkpoints[0].bytes.weights).toBeGreaterThan(0)
  })

  it('finds in the MNIST export exactly the parameter bytes of the state_dict it was exported from', async () => {
    // Both files come from matthieu-sgi/mnist-onnxjs: converter.py exports best_model.pt to ONNX.
    const result = await onnxReader.read('onnx_model.onnx', new DiskFiles(fixture('real/onnx/mnist-cnn-torch-export')))
    const source = await FileByteSource.open(fixture('real/pytorch/mnist-cnn-state-dict/best_model.pt'))
    try {
      const zip = await openZip(source)
      const storages = zip.entries.filter((entry) => /\/data\/\d+$/.test(entry.name))
      const pickle = new TextDecoder('latin1').decode(
        await zip.readEntry(
          zip.entries.find((entry) => entry.name.endsWith('/data.pkl'))!,
          1 << 20
        )
      )
      expect(result.tensors).toHaveLength(storages.length)
      expect(result.tensors.reduce((sum, t) => sum + t.byteLength, 0)).toBe(storages.reduce((sum, e) => sum + e.uncompressedSize, 0))
      // Names differ (the module was renamed before the export: conv_pool_1 → max_pool_1), the
      // parameters do not; the graph's Constant node (a Reshape shape) stays metadata.
      expect(pickle).toContain('conv_block_1.conv_1.weight')
    } finally {
      await source.close()
    }
  })
})

describeWithFixtures('onnx: explanations', () => {
  it("explains the MNIST export's metadata: the exporter's stack traces in doc strings", async () => {
    const bytes = readFileSync(fixture('real/onnx/mnist-cnn-torch-export/onnx_model.onnx'))
    expect(bytes.includes(Buffer.from('_conv_forward'))).toBe(true) // torch's stack trace is in the file
    const report = await measureFolder('real/onnx/mnist-cnn-torch-export')
    const [checkpoint] = report.checkpoints
    expect(checkpoint.explanations).toEqual([
      expect.stringMatching(/^doc strings take [\d.]+ kB \(\d+\.\d%\) of onnx_model\.onnx: exporters such as torch\.onnx\.export/)
    ])
    expect(checkpoint.categoryNotes?.metadata).toMatch(/^graph of 22 nodes, names, doc strings/)
  })

  it('says nothing about doc strings when a model has none', async () => {
    const report = await measure(['seed_cnn.onnx'], new DiskFiles(fixture('generated/pytorch')))
    expect(report.checkpoints[0].explanations).toEqual([])
    expect(report.checkpoints[0].categoryNotes?.metadata).toBe('graph of 10 nodes, names, protobuf framing')
  })
})

describeWithFixtures('onnx: the generated seed CNN', () => {
  it('matches truth.json computed by torch: weights, parameters, tensors, file size', async () => {
    const truth = JSON.parse(readFileSync(fixture('generated/pytorch/truth.json'), 'utf8'))['seed_cnn.onnx']
    const report = await measure(['seed_cnn.onnx'], new DiskFiles(fixture('generated/pytorch')))
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expect(checkpoint.bytes.weights).toBe(truth.weights)
    expect(checkpoint.bytes.optimizer).toBe(truth.optimizer)
    expect(checkpoint.bytes.buffers).toBe(truth.buffers)
    expect(checkpoint.parameters).toBe(truth.params)
    expect(checkpoint.tensors).toBe(truth.tensors)
    expect(checkpoint.bytes.total).toBe(truth.file_bytes)
    expect(checkpoint.bytes.metadata).toBe(truth.file_bytes - truth.weights)
  })
})

describe('onnx: initializers wherever they are', () => {
  it('points each initializer at its raw_data bytes', async () => {
    const bytes = buildOnnxBytes({ graph: { initializers: [floats('w', [2, 3], 0x11), floats('b', [3], 0x22)] } })
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': bytes }))
    expect(result.tensors.map((t) => [t.name, t.dtype, t.shape, t.byteLength])).toEqual([
      ['w', 'float32', [2, 3], 24],
      ['b', 'float32', [3], 12]
    ])
    for (const tensor of result.tensors) {
      const span = bytes.subarray(tensor.offset, tensor.offset + tensor.byteLength)
      expect(span.every((byte) => byte === (tensor.name === 'w' ? 0x11 : 0x22))).toBe(true)
    }
    expect(analyzeCheckpoint(result, { id: 'm' }).bytes).toMatchObject({ weights: 36, metadata: bytes.length - 36 })
  })

  it('counts initializers of subgraphs, training_info graphs and sparse initializers, but not an int64 Constant (a shape)', async () => {
    const bytes = buildOnnxBytes({
      graph: {
        nodes: [
          { opType: 'Constant', name: 'shape', value: { name: 'shape_value', dims: [2], dataType: INT64, raw: new Uint8Array(16) } },
          { opType: 'Loop', name: 'loop', subgraph: { initializers: [floats('loop.w', [4])] } }
        ],
        initializers: [floats('w', [2])],
        sparseInitializers: [{ values: floats('emb', [3]), indices: { name: 'emb_idx', dims: [3], dataType: INT64, raw: new Uint8Array(24) }, dims: [100, 10] }]
      },
      trainingInfo: { algorithm: { initializers: [floats('lr', [])] } }
    })
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': bytes }))
    const names = result.tensors.map((t) => t.name).sort()
    expect(names).toEqual(['emb', 'emb (indices)', 'loop.w', 'lr', 'w'])
    const decision = (name: string): Decision => classifyTensor(result.tensors.find((t) => t.name === name)?.evidence ?? [])
    expect(result.tensors.every((t) => classifyTensor(t.evidence ?? []).category === 'weights')).toBe(true)
    expect(decision('loop.w').reason).toMatch(/subgraph of node 'loop'/)
    expect(decision('lr').reason).toMatch(/training_info/)
    expect(decision('emb').reason).toBe("ONNX initializer (graph, sparse [100, 10] values): initializers are the model's weights")
    const report = analyzeCheckpoint(result, { id: 'm' })
    expect(report.bytes.weights).toBe(16 + 8 + 12 + 24 + 4)
    expect(report.bytes.metadata).toBe(bytes.length - report.bytes.weights) // the Constant's 16 bytes included
  })

  it('counts a typed float_data payload as stored', async () => {
    const bytes = buildOnnxBytes({ graph: { initializers: [{ name: 'f', dims: [3], dataType: FLOAT, floatData: [1, 2, 3] }] } })
    const [tensor] = (await onnxReader.read('m.onnx', memory({ 'm.onnx': bytes }))).tensors
    expect(tensor.byteLength).toBe(12)
    expect(new DataView(bytes.buffer, tensor.offset, 12).getFloat32(8, true)).toBe(3)
  })

  it('warns when raw_data does not hold dtype × shape bytes', async () => {
    const bytes = buildOnnxBytes({ graph: { initializers: [{ name: 'w', dims: [4], dataType: FLOAT, raw: new Uint8Array(12) }] } })
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': bytes }))
    expect(result.warnings).toEqual(["initializer 'w': raw_data holds 12 bytes but float32[4] needs 16"])
  })
})

describe('onnx: weights held in Constant nodes', () => {
  const constantModel = buildOnnxBytes({
    graph: {
      nodes: [
        { opType: 'Constant', name: 'c0', output: 'fc.weight', value: floats('', [4, 8], 0x33) },
        { opType: 'Constant', name: 'shape', output: 'reshape_to', value: { name: '', dims: [2], dataType: INT64, raw: new Uint8Array(16) } },
        { opType: 'ConstantOfShape', name: 'fill', value: floats('fill_value', [1]) },
        { opType: 'Constant', name: 'custom', domain: 'com.example', value: floats('custom_value', [4]) },
        {
          opType: 'If',
          name: 'branch',
          subgraph: {
            nodes: [{ opType: 'Constant', name: 'c1', output: 'then.bias', value: { name: '', dims: [8], dataType: 10, raw: new Uint8Array(16).fill(0x44) } }]
          }
        },
        {
          opType: 'Constant',
          name: 'c2',
          output: 'emb.sparse',
          domain: 'ai.onnx',
          sparseValue: { values: floats('', [3], 0x55), indices: { name: '', dims: [3], dataType: INT64, raw: new Uint8Array(24) }, dims: [50] }
        }
      ],
      initializers: [floats('w', [2])]
    }
  })

  it('counts a float Constant value as a weight, named by its output, at its bytes inside the protobuf', async () => {
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': constantModel }))
    const tensor = result.tensors.find((t) => t.name === 'fc.weight')!
    expect(tensor).toMatchObject({ dtype: 'float32', shape: [4, 8], byteLength: 128, file: 'm.onnx' })
    expect(constantModel.subarray(tensor.offset, tensor.offset + 128).every((byte) => byte === 0x33)).toBe(true)
    expect(classifyTensor(tensor.evidence!)).toMatchObject({
      category: 'weights',
      by: 'format',
      reason: expect.stringMatching(/^ONNX Constant node \(graph\)/)
    })
  })

  it('finds Constant nodes in subgraphs and sparse Constant values; leaves shapes, fill values and other domains as graph', async () => {
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': constantModel }))
    expect(result.tensors.map((t) => [t.name, t.byteLength])).toEqual([
      ['fc.weight', 128],
      ['then.bias', 16],
      ['emb.sparse', 12],
      ['emb.sparse (indices)', 24],
      ['w', 8]
    ])
    expect(classifyTensor(result.tensors[1].evidence!).reason).toMatch(/subgraph of node 'branch'/)
    const report = analyzeCheckpoint(result, { id: 'm' })
    expect(report.bytes).toMatchObject({ weights: 128 + 16 + 12 + 24 + 8, metadata: constantModel.length - 188, unclassified: 0 })
    expect(report.parameters).toBe(32 + 8 + 3 + 3 + 2)
  })

  it('places a Constant value saved as external data in its file', async () => {
    const bytes = buildOnnxBytes({
      graph: {
        nodes: [
          { opType: 'Constant', output: 'ext', value: { name: 'ext', dims: [4], dataType: FLOAT, external: { location: 'w.bin', offset: 0, length: 16 } } }
        ]
      }
    })
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': bytes, 'w.bin': new Uint8Array(16) }))
    expect(analyzeCheckpoint(result, { id: 'm' }).bytes).toMatchObject({ weights: 16, metadata: bytes.length })
  })
})

describe('onnx: external data', () => {
  const model = buildOnnxBytes({
    graph: {
      initializers: [
        { name: 'a', dims: [4], dataType: FLOAT, external: { location: 'weights.bin', offset: 0, length: 16 } },
        { name: 'b', dims: [8], dataType: FLOAT, external: { location: 'weights.bin', offset: 64, length: 32 } },
        floats('c', [2])
      ]
    }
  })

  it('puts external tensors at their offsets in the external file, which belongs to the checkpoint', async () => {
    const files = memory({ 'dir/m.onnx': model, 'dir/weights.bin': new Uint8Array(100) })
    const report = await measure(['dir/m.onnx'], files)
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expect(checkpoint.files).toEqual([
      { path: 'dir/m.onnx', bytes: model.length, role: 'graph' },
      { path: 'dir/weights.bin', bytes: 100, role: 'data' }
    ])
    expect(checkpoint.bytes.weights).toBe(16 + 32 + 8)
    expect(checkpoint.bytes.metadata).toBe(model.length - 8 + (100 - 48)) // the alignment gap is metadata
  })

  it('reads the rest of the file when length is absent, and the whole file when offset is absent too', async () => {
    const bytes = buildOnnxBytes({
      graph: {
        initializers: [
          { name: 'x', dims: [4], dataType: FLOAT, external: { location: 'x.bin', offset: 4 } },
          { name: 'y', dims: [4], dataType: FLOAT, external: { location: 'y.bin' } }
        ]
      }
    })
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': bytes, 'x.bin': new Uint8Array(20), 'y.bin': new Uint8Array(16) }))
    expect(result.tensors.map((t) => [t.file, t.offset, t.byteLength])).toEqual([
      ['x.bin', 4, 16],
      ['y.bin', 0, 16]
    ])
  })

  it('reports an absent external file with the size the graph describes, and a warning', async () => {
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': model }))
    expect(result.files[1]).toEqual({ path: 'weights.bin', role: 'data', bytes: 96, present: false })
    expect(result.warnings).toEqual([
      '1 file of the checkpoint is absent (weights.bin): counted at the 96 bytes the graph describes, so the total is what the complete checkpoint would hold'
    ])
    expect(analyzeCheckpoint(result, { id: 'm' }).bytes.total).toBe(model.length + 96)
  })

  it('decodes dimensions above 2^32 and describes an absent file by dtype × shape when no length is given', async () => {
    const bytes = buildOnnxBytes({
      graph: { initializers: [{ name: 'huge', dims: [5_000_000_000], dataType: 2, external: { location: 'huge.bin' } }] }
    })
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': bytes }))
    expect(result.tensors[0]).toMatchObject({ shape: [5_000_000_000], dtype: 'uint8', byteLength: 5_000_000_000 })
    expect(result.files[1]).toMatchObject({ path: 'huge.bin', bytes: 5_000_000_000, present: false })
  })

  it('refuses dims whose dense size is more than any file could hold', async () => {
    const bytes = buildOnnxBytes({
      graph: { initializers: [{ name: 'huge', dims: [2 ** 40, 2 ** 40], dataType: FLOAT, external: { location: 'huge.bin' } }] }
    })
    await expect(onnxReader.read('m.onnx', memory({ 'm.onnx': bytes }))).rejects.toThrow(
      /initializer 'huge' describes \d.* bytes of external data, more than any file holds/
    )
  })

  it('counts two initializers that name the same external bytes once', async () => {
    const bytes = buildOnnxBytes({
      graph: {
        initializers: [
          { name: 'tied.a', dims: [4], dataType: FLOAT, external: { location: 'w.bin', offset: 0, length: 16 } },
          { name: 'tied.b', dims: [4], dataType: FLOAT, external: { location: 'w.bin', offset: 0, length: 16 } }
        ]
      }
    })
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': bytes, 'w.bin': new Uint8Array(16) }))
    expect(analyzeCheckpoint(result, { id: 'm' }).bytes.weights).toBe(16)
  })

  it('counts a span shared with an earlier initializer once, after others in between', async () => {
    const bytes = buildOnnxBytes({
      graph: {
        initializers: [
          { name: 'embed', dims: [4], dataType: FLOAT, external: { location: 'w.bin', offset: 0, length: 16 } },
          { name: 'fc', dims: [4], dataType: FLOAT, external: { location: 'w.bin', offset: 16, length: 16 } },
          { name: 'head.tied', dims: [4], dataType: FLOAT, external: { location: 'w.bin', offset: 0, length: 16 } }
        ]
      }
    })
    const result = await onnxReader.read('m.onnx', memory({ 'm.onnx': bytes, 'w.bin': new Uint8Array(32) }))
    expect(analyzeCheckpoint(result, { id: 'm' }).bytes.weights).toBe(32)
  })

  it('refuses external data outside the model directory without opening it', async () => {
    const bytes = buildOnnxBytes({
      graph: { initializers: [{ name: 'w', dims: [1], dataType: FLOAT, external: { location: '../../etc/passwd' } }] }
    })
    await expect(onnxReader.read('m.onnx', memory({ 'm.onnx': bytes }))).rejects.toThrow(
      /initializer 'w' puts its data at '\.\.\/\.\.\/etc\/passwd', outside the model's directory/
    )
  })

  it('refuses an offset that is not a decimal byte count', async () => {
    const bad = buildOnnxBytes({
      graph: { initializers: [{ name: 'w', dims: [1], dataType: FLOAT, external: { location: 'w.bin', offset: -1 } }] }
    })
    await expect(onnxReader.read('m.onnx', memory({ 'm.onnx': bad, 'w.bin': new Uint8Array(4) }))).rejects.toThrow(
      /initializer 'w' has external_data offset '-1', not a decimal byte count/
    )
  })
})

describe('onnx: broken files', () => {
  const bytes = buildOnnxBytes({ graph: { initializers: [floats('w', [64])] } })

  it('reports a truncated model as a FormatError naming the file and the offset', async () => {
    const cut = bytes.subarray(0, bytes.length - 40)
    const read = onnxReader.read('cut.onnx', memory({ 'cut.onnx': cut }))
    await expect(read).rejects.toThrow(FormatError)
    await expect(read).rejects.toThrow(
      /^cut\.onnx: invalid protobuf in ModelProto: field 7 claims \d+ bytes, beyond the end of the message at byte \d+ \(at byte \d+\)/
    )
  })

  it('reports a varint that never ends', async () => {
    const endless = new Uint8Array([0x08, ...new Array(12).fill(0xff)])
    await expect(onnxReader.read('v.onnx', memory({ 'v.onnx': endless }))).rejects.toThrow(/a varint longer than 10 bytes/)
  })

  it('is recognised by content under another name only when it starts like a model', () => {
    expect(onnxReader.sniff({ path: 'model.bin', size: bytes.length, head: bytes.subarray(0, 64) })).toBe(true)
    expect(onnxReader.sniff({ path: 'notes.bin', size: 5, head: new TextEncoder().encode('hello') })).toBe(false)
  })
})

describe('onnx: reading discipline', () => {
  const tempDir = useTempDir('msb-onnx-')

  it('analyses 1.5 GiB of embedded raw_data and 3 GiB of external data, reading a few KiB', async () => {
    const embedded = 1.5 * 2 ** 30
    const external = 3 * 2 ** 30
    const chunks = buildOnnx({
      graph: {
        nodes: [{ opType: 'Gemm', name: 'fc' }],
        initializers: [
          { name: 'embed.weight', dims: [embedded / 4], dataType: FLOAT, raw: { hole: embedded } },
          { name: 'fc.weight', dims: [external / 4], dataType: FLOAT, external: { location: 'model.onnx.data', offset: 0, length: external } },
          floats('fc.bias', [16])
        ]
      }
    })
    const modelBytes = writeSparseFile(join(tempDir(), 'model.onnx'), chunks)
    writeSparseFile(join(tempDir(), 'model.onnx.data'), [{ hole: external }])
    const files = new DiskFiles(tempDir())
    const report = await measure(['model.onnx', 'model.onnx.data'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    expect(report.checkpoints[0].bytes.weights).toBe(embedded + external + 64)
    expect(report.checkpoints[0].bytes.total).toBe(modelBytes + external)
    // A sniff, the fields before the payload, one small window after it: independent of the 4.5 GiB.
    expect(files.bytesRead).toBeLessThan(16 * 1024)
  })
})
