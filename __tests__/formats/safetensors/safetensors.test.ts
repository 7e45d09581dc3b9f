import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { classifyTensor } from '../../../src/core/classify.js'
import { FormatError, LimitExceededError } from '../../../src/core/errors.js'
import { safetensorsIndexReader, safetensorsReader } from '../../../src/formats/safetensors/index.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildSafetensors, buildSafetensorsBytes, buildShardIndex, safetensorsPrefix } from '../../../scripts/builders/safetensors.js'
import { chunksToBytes, writeSparseFile } from '../../../scripts/builders/sparse.js'
import { describeWithFixtures, fixture, fixtureFolders } from '../../helpers/fixtures.js'
import { expectEveryByteAccounted, measureFolder, provenanceFiles, useTempDir } from '../provenance.js'

const memory = (files: Record<string, Uint8Array>): MemoryFiles => new MemoryFiles(new Map(Object.entries(files)))

/** The header length a real file declares, read here with plain fs (not through the reader). */
function declaredHeaderLength(path: string): number {
  return Number(readFileSync(path).readBigUInt64LE(0))
}

describeWithFixtures('safetensors: real files', () => {
  const folders = fixtureFolders('real/safetensors')

  it('finds the real fixtures', () => {
    expect(folders.length).toBeGreaterThanOrEqual(2)
  })

  it.each(folders)('%s: parses, and weights plus the 8+N header are exactly the file', async (folder) => {
    const kind = `real/safetensors/${folder}`
    const listed = provenanceFiles(kind)
    const report = await measureFolder(kind)
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expectEveryByteAccounted(
      report,
      listed.reduce((sum, file) => sum + file.bytes, 0)
    )
    const header = 8 + declaredHeaderLength(join(fixture(kind), listed[0].file))
    expect(checkpoint.bytes.metadata).toBe(header)
    expect(checkpoint.bytes.weights).toBe(checkpoint.bytes.total - header)
    expect(checkpoint.classifiedBy).toBe('name-rules')
    expect(checkpoint.warnings).toEqual([])
    expect(checkpoint.categoryNotes?.metadata).toMatch(/^8-byte length and JSON header( with __metadata__)? \(\d+ B\)$/)
  })

  it('reads the tinygrad file as its provenance describes it: 2 F32 tensors, no __metadata__', async () => {
    const files = new DiskFiles(fixture('real/safetensors/mnist-mlp-tinygrad'))
    const result = await safetensorsReader.read('model.safetensors', files)
    expect(result.tensors.map((t) => t.dtype)).toEqual(['float32', 'float32'])
  })

  it('does not count __metadata__ as a tensor', async () => {
    const path = fixture('real/safetensors/tiny-mlp-with-metadata/model.safetensors')
    const header = JSON.parse(
      readFileSync(path)
        .subarray(8, 8 + declaredHeaderLength(path))
        .toString('utf8')
    )
    expect(header.__metadata__).toBeDefined()
    const result = await safetensorsReader.read('model.safetensors', new DiskFiles(fixture('real/safetensors/tiny-mlp-with-metadata')))
    expect(result.tensors.map((t) => t.name).sort()).toEqual(
      Object.keys(header)
        .filter((k) => k !== '__metadata__')
        .sort()
    )
  })
})

describe('safetensors: layout', () => {
  it('places each tensor at 8 + N + begin, with the space-padded header counted as metadata', async () => {
    const a = new Uint8Array(24).fill(0xaa)
    const b = new Uint8Array(8).fill(0xbb)
    const header = '{"a":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]},"bb":{"dtype":"I64","shape":[1],"data_offsets":[24,32]}}'
    expect(header.length % 8).not.toBe(0)
    const bytes = chunksToBytes([...safetensorsPrefix(header, true), a, b])
    const headerLength = Number(new DataView(bytes.buffer).getBigUint64(0, true))
    expect(headerLength % 8).toBe(0)
    expect(bytes[8 + headerLength - 1]).toBe(0x20) // padded with spaces, as the reference writer does
    const result = await safetensorsReader.read('m.safetensors', memory({ 'm.safetensors': bytes }))
    for (const tensor of result.tensors) {
      const span = bytes.subarray(tensor.offset, tensor.offset + tensor.byteLength)
      expect(span.every((byte) => byte === (tensor.name === 'a' ? 0xaa : 0xbb))).toBe(true)
      expect(span.length).toBe(tensor.name === 'a' ? 24 : 8)
    }
    const report = analyzeCheckpoint(result, { id: 'm' })
    expect(report.bytes).toMatchObject({ weights: 32, metadata: 8 + headerLength, total: bytes.length })
  })

  it('keeps __metadata__ out of the tensors and in the metadata bytes', async () => {
    const bytes = buildSafetensorsBytes({ w: { dtype: 'F16', shape: [4] } }, { metadata: { format: 'pt', note: 'x'.repeat(100) } })
    const result = await safetensorsReader.read('m.safetensors', memory({ 'm.safetensors': bytes }))
    expect(result.tensors.map((t) => t.name)).toEqual(['w'])
    expect(analyzeCheckpoint(result, { id: 'm' }).bytes.metadata).toBe(bytes.length - 8)
  })

  it('counts bytes after the last tensor as metadata and says so', async () => {
    const bytes = chunksToBytes([...buildSafetensors({ w: { dtype: 'U8', shape: [10] } }), new Uint8Array(6)])
    const result = await safetensorsReader.read('m.safetensors', memory({ 'm.safetensors': bytes }))
    expect(result.warnings).toEqual(['m.safetensors: 6 bytes after the last tensor are not described by the header'])
    expect(analyzeCheckpoint(result, { id: 'm' }).bytes.weights).toBe(10)
  })

  it('recognises a safetensors file by content under another name, and not a random file', () => {
    const bytes = buildSafetensorsBytes({ w: { dtype: 'F32', shape: [2] } })
    expect(safetensorsReader.sniff({ path: 'weights.bin', size: bytes.length, head: bytes.subarray(0, 64) })).toBe(true)
    const text = new TextEncoder().encode('{"not": "safetensors"}')
    expect(safetensorsReader.sniff({ path: 'weights.bin', size: text.length, head: text })).toBe(false)
  })
})

describe('safetensors: categories from names', () => {
  it('reports optimizer state, buffers and counters by name, and plain parameters as weights', async () => {
    const bytes = buildSafetensorsBytes({
      'encoder.layer.0.weight': { dtype: 'F32', shape: [4, 4] },
      'bn.running_mean': { dtype: 'F32', shape: [4] },
      'bn.num_batches_tracked': { dtype: 'I64', shape: [] },
      'embeddings.position_ids': { dtype: 'I64', shape: [1, 8] },
      'optimizer.state.0.exp_avg': { dtype: 'F32', shape: [4, 4] },
      'layer.0.weight.exp_avg_sq': { dtype: 'F32', shape: [4, 4] },
      'bert/encoder/kernel/adam_m': { dtype: 'F32', shape: [4, 4] },
      global_step: { dtype: 'I64', shape: [] }
    })
    const result = await safetensorsReader.read('m.safetensors', memory({ 'm.safetensors': bytes }))
    const categories = Object.fromEntries(result.tensors.map((t) => [t.name, classifyTensor(t.evidence ?? []).category]))
    expect(categories).toEqual({
      'encoder.layer.0.weight': 'weights',
      'bn.running_mean': 'buffers',
      'bn.num_batches_tracked': 'buffers',
      'embeddings.position_ids': 'buffers',
      'optimizer.state.0.exp_avg': 'optimizer',
      'layer.0.weight.exp_avg_sq': 'optimizer',
      'bert/encoder/kernel/adam_m': 'optimizer',
      global_step: 'bookkeeping'
    })
    expect(result.classifiedBy).toBe('name-rules')
    const plain = result.tensors.find((t) => t.name === 'encoder.layer.0.weight')!
    expect(classifyTensor(plain.evidence!).reason).toMatch(/safetensors holds model parameters/)
  })

  it('reports an EMA tree mirroring the model as buffers (a copy), leaving the model and its counter alone', async () => {
    const layers = { 'conv.weight': [8, 3, 3, 3], 'conv.bias': [8], 'fc.weight': [10, 8], 'fc.bias': [10] }
    const spec: Record<string, { dtype: string; shape: number[] }> = {}
    for (const prefix of ['model', 'ema']) for (const [name, shape] of Object.entries(layers)) spec[`${prefix}.${name}`] = { dtype: 'F32', shape }
    spec.step = { dtype: 'I64', shape: [] }
    const bytes = buildSafetensorsBytes(spec)
    const result = await safetensorsReader.read('m.safetensors', memory({ 'm.safetensors': bytes }))
    const report = analyzeCheckpoint(result, { id: 'm', top: 3 })
    const modelBytes = (8 * 27 + 8 + 80 + 10) * 4
    expect(report.bytes).toMatchObject({ weights: modelBytes, buffers: modelBytes, bookkeeping: 8, unclassified: 0 })
    expect(report.tensorCounts).toEqual({ weights: 4, buffers: 4, bookkeeping: 1 })
    expect(report.top?.find((t) => t.name === 'ema.conv.weight')?.reason).toMatch(/'ema' mirrors the 'model' tree/)
    expect(report.classifiedBy).toBe('slot-structure')
  })

  it('finds a mirrored tree across shards', async () => {
    const spec = (prefix: string): Record<string, { dtype: string; shape: number[] }> =>
      Object.fromEntries(['a', 'b', 'c', 'd'].map((layer) => [`${prefix}/${layer}/kernel`, { dtype: 'F32', shape: [4, 4] }]))
    const files = memory({
      'model-00001-of-00002.safetensors': buildSafetensorsBytes(spec('params')),
      'model-00002-of-00002.safetensors': buildSafetensorsBytes(spec('target_params')),
      'model.safetensors.index.json': buildShardIndex({
        ...Object.fromEntries(Object.keys(spec('params')).map((name) => [name, 'model-00001-of-00002.safetensors'])),
        ...Object.fromEntries(Object.keys(spec('target_params')).map((name) => [name, 'model-00002-of-00002.safetensors']))
      })
    })
    const result = await safetensorsIndexReader.read('model.safetensors.index.json', files)
    const report = analyzeCheckpoint(result, { id: 'm' })
    expect(report.bytes).toMatchObject({ weights: 4 * 64, buffers: 4 * 64, unclassified: 0 })
  })
})

describe('safetensors: malformed headers', () => {
  it('refuses a header claiming 2^63 bytes before reading it', async () => {
    const bytes = chunksToBytes(safetensorsPrefix('{}', true, 2n ** 63n))
    const files = memory({ 'huge.safetensors': bytes })
    const read = safetensorsReader.read('huge.safetensors', files)
    await expect(read).rejects.toThrow(LimitExceededError)
    await expect(read).rejects.toThrow(/^huge\.safetensors: the safetensors header length is 9223372036854775808, over the limit of 100000000/)
    expect(files.bytesRead).toBe(8)
  })

  it('reports the 2^63 header through the pipeline as an error naming the file, not as an unknown format', async () => {
    const bytes = chunksToBytes(safetensorsPrefix('{}', true, 2n ** 63n))
    const report = await measure(['huge.safetensors'], memory({ 'huge.safetensors': bytes }))
    expect(report.errors).toEqual([expect.objectContaining({ path: 'huge.safetensors', kind: 'LimitExceededError' })])
  })

  it('leaves a Git LFS pointer named .safetensors to the pipeline, which says to fetch LFS objects', async () => {
    const pointer = new TextEncoder().encode('version https://git-lfs.github.com/spec/v1\noid sha256:' + '0'.repeat(64) + '\nsize 406688\n')
    const report = await measure(['model.safetensors'], memory({ 'model.safetensors': pointer }))
    expect(report.errors).toEqual([expect.objectContaining({ path: 'model.safetensors', kind: 'LfsPointerError' })])
  })

  it('reports an empty .safetensors file as truncated, naming it', async () => {
    const report = await measure(['empty.safetensors'], memory({ 'empty.safetensors': new Uint8Array(0) }))
    expect(report.errors).toEqual([
      expect.objectContaining({
        kind: 'FormatError',
        message: 'empty.safetensors: a safetensors file starts with an 8-byte header length, but the file has 0 bytes. The file is truncated or empty.'
      })
    ])
  })

  it('reports a header longer than the file as truncated', async () => {
    const bytes = chunksToBytes(safetensorsPrefix('{"a": 1}', true, 1000n))
    await expect(safetensorsReader.read('t.safetensors', memory({ 't.safetensors': bytes }))).rejects.toThrow(
      /^t\.safetensors: the header claims 1000 bytes but the file has only 8 after the length.*truncated/
    )
  })

  it('reports data_offsets beyond the end of the file with the byte they reach', async () => {
    const bytes = chunksToBytes(safetensorsPrefix('{"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}'))
    const error = safetensorsReader.read('t.safetensors', memory({ 't.safetensors': bytes.subarray(0, bytes.length) }))
    await expect(error).rejects.toThrow(FormatError)
    await expect(error).rejects.toThrow(/tensor 'w' declares data_offsets \[0, 16\], ending at byte \d+ of the file, beyond its \d+ bytes/)
  })

  it('reports a span that does not match dtype × shape', async () => {
    const bytes = chunksToBytes([...safetensorsPrefix('{"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 12]}}'), new Uint8Array(12)])
    await expect(safetensorsReader.read('t.safetensors', memory({ 't.safetensors': bytes }))).rejects.toThrow(
      /tensor 'w' declares 12 bytes \(data_offsets \[0, 12\]\) but F32\[4\] needs 16/
    )
  })

  it('reports overlapping tensors instead of counting their bytes twice', async () => {
    const header = '{"a": {"dtype": "U8", "shape": [8], "data_offsets": [0, 8]}, "b": {"dtype": "U8", "shape": [8], "data_offsets": [4, 12]}}'
    const bytes = chunksToBytes([...safetensorsPrefix(header), new Uint8Array(12)])
    await expect(safetensorsReader.read('t.safetensors', memory({ 't.safetensors': bytes }))).rejects.toThrow(/tensors 'a' and 'b' overlap/)
  })

  it('accepts entries listed out of payload order, and still finds an overlap among them', async () => {
    const entry = (name: string, from: number, to: number): string => `"${name}": {"dtype": "U8", "shape": [${to - from}], "data_offsets": [${from}, ${to}]}`
    const disjoint = chunksToBytes([...safetensorsPrefix(`{${entry('c', 8, 12)}, ${entry('a', 0, 4)}, ${entry('b', 4, 8)}}`), new Uint8Array(12)])
    const result = await safetensorsReader.read('t.safetensors', memory({ 't.safetensors': disjoint }))
    expect(result.tensors.map((t) => t.name)).toEqual(['c', 'a', 'b'])
    const overlapping = chunksToBytes([...safetensorsPrefix(`{${entry('c', 8, 12)}, ${entry('a', 0, 6)}, ${entry('b', 4, 8)}}`), new Uint8Array(12)])
    await expect(safetensorsReader.read('t.safetensors', memory({ 't.safetensors': overlapping }))).rejects.toThrow(/tensors 'a' and 'b' overlap/)
  })

  it('reports a header that is not JSON, and a shape that is not a list of sizes', async () => {
    const notJson = chunksToBytes(safetensorsPrefix('{"w": '))
    await expect(safetensorsReader.read('t.safetensors', memory({ 't.safetensors': notJson }))).rejects.toThrow(/the header is not valid JSON/)
    const badShape = chunksToBytes(safetensorsPrefix('{"w": {"dtype": "U8", "shape": [-1], "data_offsets": [0, 0]}}'))
    await expect(safetensorsReader.read('t.safetensors', memory({ 't.safetensors': badShape }))).rejects.toThrow(/tensor 'w' has an invalid shape \[-1\]/)
  })
})

describe('safetensors: sharded checkpoints', () => {
  const shard1 = buildSafetensorsBytes({ 'a.weight': { dtype: 'F32', shape: [8, 8] }, 'a.bias': { dtype: 'F32', shape: [8] } })
  const shard2 = buildSafetensorsBytes({ 'b.weight': { dtype: 'BF16', shape: [8, 16] }, 'bn.running_var': { dtype: 'F32', shape: [8] } })
  const weightMap = {
    'a.weight': 'model-00001-of-00002.safetensors',
    'a.bias': 'model-00001-of-00002.safetensors',
    'b.weight': 'model-00002-of-00002.safetensors',
    'bn.running_var': 'model-00002-of-00002.safetensors'
  }
  const totalSize = 256 + 32 + 256 + 32

  it('reads the index as one checkpoint that claims its shards, named after the index', async () => {
    const files = memory({
      'ckpt/model.safetensors.index.json': buildShardIndex(weightMap, totalSize),
      'ckpt/model-00001-of-00002.safetensors': shard1,
      'ckpt/model-00002-of-00002.safetensors': shard2
    })
    const report = await measure(['ckpt/model.safetensors.index.json', 'ckpt/model-00001-of-00002.safetensors', 'ckpt/model-00002-of-00002.safetensors'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.id).toBe('ckpt/model.safetensors')
    expect(checkpoint.files.map((f) => [f.path, f.role])).toEqual([
      ['ckpt/model.safetensors.index.json', 'index'],
      ['ckpt/model-00001-of-00002.safetensors', 'data'],
      ['ckpt/model-00002-of-00002.safetensors', 'data']
    ])
    expect(checkpoint.bytes.weights).toBe(256 + 32 + 256)
    expect(checkpoint.bytes.buffers).toBe(32)
    expect(checkpoint.bytes.total).toBe(shard1.length + shard2.length + buildShardIndex(weightMap, totalSize).length)
    expect(checkpoint.categoryNotes?.metadata).toMatch(/^shard index JSON \([\d.]+ B\) and 2 shard headers \([\d.]+ B\)$/)
  })

  it('describes an absent shard by the index total_size, marks it absent and warns', async () => {
    const index = buildShardIndex(weightMap, totalSize)
    const files = memory({ 'model.safetensors.index.json': index, 'model-00001-of-00002.safetensors': shard1 })
    const result = await safetensorsIndexReader.read('model.safetensors.index.json', files)
    expect(result.files.find((f) => f.path === 'model-00002-of-00002.safetensors')).toEqual({
      path: 'model-00002-of-00002.safetensors',
      role: 'data',
      bytes: 256 + 32,
      present: false
    })
    expect(result.warnings).toEqual([
      "1 file of the checkpoint is absent (model-00002-of-00002.safetensors): counted at the 288 bytes the index's total_size describes, so the total is what the complete checkpoint would hold"
    ])
    const report = analyzeCheckpoint(result, { id: 'model.safetensors' })
    expect(report.bytes.total).toBe(index.length + shard1.length + 288)
    expect(report.bytes.weights).toBe(256 + 32 + 288)
    expect(report.parameters).toBe(64 + 8) // the absent shard's shapes are unknown
  })

  it('says the size is unknown when an absent shard has no total_size to describe it', async () => {
    const files = memory({ 'model.safetensors.index.json': buildShardIndex(weightMap), 'model-00001-of-00002.safetensors': shard1 })
    const result = await safetensorsIndexReader.read('model.safetensors.index.json', files)
    expect(result.warnings[0]).toBe(
      "1 file of the checkpoint is absent (model-00002-of-00002.safetensors): the index's total_size does not describe its size, so it is counted as 0 bytes"
    )
    expect(result.files.find((f) => !f.present)?.bytes).toBe(0)
  })

  it('warns when the index places a tensor in a shard whose header lacks it', async () => {
    const files = memory({
      'model.safetensors.index.json': buildShardIndex({ ...weightMap, ghost: 'model-00001-of-00002.safetensors' }, totalSize),
      'model-00001-of-00002.safetensors': shard1,
      'model-00002-of-00002.safetensors': shard2
    })
    const result = await safetensorsIndexReader.read('model.safetensors.index.json', files)
    expect(result.warnings).toEqual(['model-00001-of-00002.safetensors: 1 tensor(s) the index places here are not in the shard (ghost)'])
  })

  it('refuses an index that points outside its directory, without opening anything', async () => {
    const files = memory({ 'model.safetensors.index.json': buildShardIndex({ w: '../../etc/passwd' }) })
    await expect(safetensorsIndexReader.read('model.safetensors.index.json', files)).rejects.toThrow(
      /the index places 'w' in "\.\.\/\.\.\/etc\/passwd", which is not a file next to the index/
    )
  })
})

describe('safetensors: reading discipline', () => {
  const tempDir = useTempDir('msb-safetensors-')

  it('analyses a 5 GiB sparse file reading only its header', async () => {
    const chunks = buildSafetensors({
      'model.embed_tokens.weight': { dtype: 'F32', shape: [1024, 1024, 1024], hole: true },
      'lm_head.weight': { dtype: 'BF16', shape: [65536, 8192], hole: true },
      'model.norm.weight': { dtype: 'F32', shape: [8192], hole: true }
    })
    const size = writeSparseFile(join(tempDir(), 'model.safetensors'), chunks)
    expect(size).toBeGreaterThan(5 * 2 ** 30)
    const files = new DiskFiles(tempDir())
    const report = await measure(['model.safetensors'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints[0].bytes.weights).toBe(4 * 2 ** 30 + 2 ** 30 + 32768)
    expect(report.checkpoints[0].bytes.total).toBe(size)
    // 64 sniffed bytes + 8 + the header: a fixed bound, whatever the payload size.
    expect(files.bytesRead).toBeLessThan(4096)
  })
})
