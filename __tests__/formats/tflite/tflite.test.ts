import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FormatError } from '../../../src/core/errors.js'
import type { Report } from '../../../src/core/types.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { chunksToBytes, writeSparseFile } from '../../../scripts/builders/sparse.js'
import { buildExternalTflite, buildTflite, type TfliteModelSpec } from '../../../scripts/builders/tflite.js'
import { describeWithFixtures, fixture, fixtureFolders } from '../../helpers/fixtures.js'
import { expectEveryByteAccounted, measureFolder, provenanceFiles, useTempDir } from '../provenance.js'

const INT8 = 9
const measureBytes = (bytes: Uint8Array): Promise<Report> => measure(['m.tflite'], new MemoryFiles(new Map([['m.tflite', bytes]])))
const build = (spec: TfliteModelSpec): Uint8Array => chunksToBytes(buildTflite(spec))

/** Weight bytes and constant tensors of each real fixture, from its PROVENANCE.md. */
const REAL_TFLITE: Record<string, { weights: number; tensors: number; explanation?: RegExp }> = {
  // 30 FLOAT32 constants (683,552 bytes) + 1 INT32 (8)
  'defectnet-float32': { weights: 683_560, tensors: 31 },
  // 30 FLOAT16 constants (341,776) + 1 INT32 (8), dequantized at load time
  'defectnet-float16-dequantize': { weights: 341_784, tensors: 31 },
  // 15 INT8 weights (169,152) + 16 INT32 biases (6,952); ~42 kB of per-channel scales outside the buffers
  'defectnet-full-int8-uint8-io': { weights: 176_104, tensors: 31, explanation: /^42\.3 kB \(18\.5%\) are quantization parameters/ },
  // 12 FLOAT32 + 1 INT32 constants; labels.txt (91 bytes) zipped after the flatbuffer
  'temple-classifier-float32-metadata-labels-zip': { weights: 882_972, tensors: 13, explanation: /TFLite Metadata.*labels\.txt \(91 B\)/ }
}

describeWithFixtures('tflite: real files', () => {
  const folders = fixtureFolders('real/tflite')

  it('has an expectation for every real fixture', () => {
    expect(folders).toEqual(Object.keys(REAL_TFLITE).sort())
  })

  it.each(folders)('%s: constant buffers are the weights, everything else metadata', async (folder) => {
    const kind = `real/tflite/${folder}`
    const report = await measureFolder(kind)
    expect(report.errors).toEqual([])
    expectEveryByteAccounted(
      report,
      provenanceFiles(kind).reduce((sum, file) => sum + file.bytes, 0)
    )
    const [checkpoint] = report.checkpoints
    const expected = REAL_TFLITE[folder]
    expect(checkpoint.format).toBe('tflite')
    expect(checkpoint.bytes.weights).toBe(expected.weights)
    expect(checkpoint.bytes.metadata).toBe(checkpoint.bytes.total - expected.weights)
    expect(checkpoint.tensors).toBe(expected.tensors)
    if (expected.explanation) expect(checkpoint.explanations.some((line) => expected.explanation!.test(line))).toBe(true)
  })
})

describeWithFixtures('tflite: generated files meet their truth.json', () => {
  it.each(fixtureFolders('generated/tflite'))('%s', async (folder) => {
    const kind = `generated/tflite/${folder}`
    const truth = JSON.parse(readFileSync(join(fixture(kind), 'truth.json'), 'utf8')) as Record<string, number> & { files: Record<string, number> }
    const report = await measure(['model.tflite'], new DiskFiles(fixture(kind)))
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.bytes.total).toBe(truth.files['model.tflite'])
    for (const category of ['weights', 'optimizer', 'buffers', 'bookkeeping'] as const) expect(checkpoint.bytes[category]).toBe(truth[category])
    expect(checkpoint.bytes.unclassified).toBe(0)
    expect(checkpoint.tensors).toBe(truth.tensors)
  })
})

describe('tflite: what the flatbuffer says', () => {
  it('counts a buffer shared by two tensors once, and a metadata buffer as metadata', async () => {
    const bytes = build({
      tensors: [
        { name: 'dense/kernel', shape: [4, 4], buffer: 1 },
        { name: 'dense_1/kernel', shape: [4, 4], buffer: 1 },
        { name: 'input', shape: [1, 4] }
      ],
      buffers: [{ data: new Uint8Array(64) }, { data: new TextEncoder().encode('1.14.0') }],
      metadata: [['min_runtime_version', 2]]
    })
    const [checkpoint] = (await measureBytes(bytes)).checkpoints
    expect(checkpoint.bytes.weights).toBe(64)
    expect(checkpoint.bytes.metadata).toBe(bytes.length - 64)
    expect(checkpoint.tensors).toBe(2)
    expect(checkpoint.categoryNotes?.metadata).toContain('min_runtime_version')
  })

  it('counts variable tensors as buffers and empty buffers as nothing', async () => {
    const bytes = build({
      tensors: [
        { name: 'lstm/state', shape: [1, 8], buffer: 1, variable: true },
        { name: 'w', shape: [8], buffer: 2 },
        { name: 'placeholder', shape: [8], buffer: 3 }
      ],
      buffers: [{ data: new Uint8Array(32) }, { data: new Uint8Array(32) }, {}]
    })
    const [checkpoint] = (await measureBytes(bytes)).checkpoints
    expect(checkpoint.bytes.buffers).toBe(32)
    expect(checkpoint.bytes.weights).toBe(32)
    expect(checkpoint.tensors).toBe(2)
  })

  it('reads buffers stored after the flatbuffer (the > 2 GB layout) at their file offsets', async () => {
    const bytes = chunksToBytes(
      buildExternalTflite(
        [
          { name: 'a', shape: [10], buffer: 1 },
          { name: 'b', shape: [3], buffer: 2 }
        ],
        [40, 12]
      )
    )
    const [checkpoint] = (await measureBytes(bytes)).checkpoints
    expect(checkpoint.bytes.weights).toBe(52)
    expect(checkpoint.bytes.total).toBe(bytes.length)
  })

  it('explains per-channel quantization parameters when they are a large part of the file', async () => {
    const channels = 512
    const bytes = build({
      tensors: [
        {
          name: 'conv/kernel',
          shape: [channels, 1],
          type: INT8,
          buffer: 1,
          quantization: { scale: new Array(channels).fill(0.1), zeroPoint: new Array(channels).fill(0) }
        }
      ],
      buffers: [{ data: new Uint8Array(channels) }]
    })
    const [checkpoint] = (await measureBytes(bytes)).checkpoints
    // 4 + 512 × 4 scale bytes and 4 + 512 × 8 zero-point bytes, all metadata.
    expect(checkpoint.bytes.weights).toBe(channels)
    expect(checkpoint.explanations.find((line) => line.includes('quantization parameters'))).toMatch(/^6\.15 kB .* of 1 tensors/)
  })
})

describe('tflite: corrupt flatbuffers are FormatErrors', () => {
  const valid = build({ tensors: [{ name: 'w', shape: [4], buffer: 1 }], buffers: [{ data: new Uint8Array(16) }] })
  const expectFormatError = async (bytes: Uint8Array, message: RegExp): Promise<void> => {
    const report = await measureBytes(bytes)
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0].kind).toBe(FormatError.name)
    expect(report.errors[0].message).toMatch(message)
  }
  const withWord = (bytes: Uint8Array, at: number, value: number): Uint8Array => {
    const copy = bytes.slice()
    new DataView(copy.buffer).setUint32(at, value, true)
    return copy
  }

  it('refuses a root offset outside the file', async () => {
    await expectFormatError(withWord(valid, 0, 0xfffffff0), /the root of the TFLite Model points to .* not forward inside the flatbuffer/)
  })

  it('refuses a vtable offset that leaves the file', async () => {
    const root = new DataView(valid.buffer).getUint32(0, true)
    await expectFormatError(withWord(valid, root, 0x7ffffff0), /vtable of the TFLite Model .* lies outside the flatbuffer/)
  })

  it('refuses a table that is its own child (a uoffset of 0)', async () => {
    // Root table at 20 with the vtable at 8; its `subgraphs` field (id 2) holds 0: itself.
    const looped = new Uint8Array(28)
    const view = new DataView(looped.buffer)
    view.setUint32(0, 20, true)
    looped.set(new TextEncoder().encode('TFL3'), 4)
    ;[10, 8, 0, 0, 4].forEach((value, i) => view.setUint16(8 + 2 * i, value, true))
    view.setInt32(20, 12, true)
    view.setUint32(24, 0, true)
    await expectFormatError(looped, /field 2 of the TFLite Model points to 24, not forward inside the flatbuffer/)
  })

  it('refuses a vector length larger than the file before reading it', async () => {
    const huge = build({ tensors: [{ name: 'w', shape: [4], buffer: 1 }], buffers: [{ data: new Uint8Array(16).fill(0xab) }] })
    const view = new DataView(huge.buffer)
    // The data vector's length word, just before its 16 payload bytes.
    const lengthAt = huge.findIndex((_, i) => huge.subarray(i, i + 16).every((byte) => byte === 0xab)) - 4
    expect(view.getUint32(lengthAt, true)).toBe(16)
    view.setUint32(lengthAt, 0xfffffff0, true)
    await expectFormatError(huge, /claims 4294967280 elements of 1 bytes, more than the flatbuffer holds/)
  })

  it('refuses a tensor pointing past the buffer table', async () => {
    await expectFormatError(build({ tensors: [{ name: 'w', shape: [4], buffer: 7 }], buffers: [] }), /refers to buffer 7, but the model has 1/)
  })

  it('refuses an external buffer beyond the end of the file', async () => {
    await expectFormatError(
      build({ tensors: [{ name: 'w', shape: [4], buffer: 1 }], buffers: [{ external: { offset: 1 << 20, size: 16 } }] }),
      /beyond the file's/
    )
  })
})

describe('tflite: reading discipline', () => {
  const tempDir = useTempDir('msb-tflite-')

  it('analyses a 2 GB+ sparse model with external buffers reading under 64 KiB', async () => {
    const sizes = Array.from({ length: 8 }, () => 300 * 2 ** 20)
    const tensors = sizes.map((_, i) => ({ name: `layer_${i}/kernel`, shape: [300, 2 ** 18], buffer: i + 1 }))
    const size = writeSparseFile(join(tempDir(), 'big.tflite'), buildExternalTflite(tensors, sizes))
    expect(size).toBeGreaterThan(2 ** 31)
    const files = new DiskFiles(tempDir())
    const report = await measure(['big.tflite'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints[0].bytes.weights).toBe(8 * 300 * 2 ** 20)
    expect(report.checkpoints[0].bytes.total).toBe(size)
    expect(files.bytesRead).toBeLessThan(64 * 1024)
  })
})
