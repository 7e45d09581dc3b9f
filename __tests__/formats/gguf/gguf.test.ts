import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { FormatError, LimitExceededError, UnsupportedFormatError } from '../../../src/core/errors.js'
import { ggufReader, readGgufLayout } from '../../../src/formats/gguf/index.js'
import { Window } from '../../../src/io/bytes/index.js'
import { BufferByteSource } from '../../../src/io/byte-source.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { FileByteSource } from '../../../src/io/file-byte-source.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildGguf, buildGgufBytes, type GgufSpec } from '../../../scripts/builders/gguf.js'
import { chunksToBytes, writeSparseFile } from '../../../scripts/builders/sparse.js'
import { describeWithFixtures, fixture, fixtureFolders } from '../../helpers/fixtures.js'
import { expectEveryByteAccounted, measureFolder, provenanceFiles, useTempDir } from '../provenance.js'
import { classifyTensor } from '../../../src/core/classify.js'

const F32 = 0
const F16 = 1
const Q4_0 = 2
const Q8_0 = 8
const Q4_K = 12
const Q6_K = 14
const memory = (files: Record<string, Uint8Array>): MemoryFiles => new MemoryFiles(new Map(Object.entries(files)))
const layoutOf = (bytes: Uint8Array): ReturnType<typeof readGgufLayout> => readGgufLayout(new Window(new BufferByteSource('m.gguf', bytes)))

/** What each real fixture's PROVENANCE.md says about it. */
const REAL_GGUF: Record<string, { version: number; kvPairs: number; tensors: number }> = {
  'bert-bge-vocab-only': { version: 3, kvPairs: 20, tensors: 0 },
  'llama-spm-vocab-only': { version: 3, kvPairs: 22, tensors: 0 }
}

describeWithFixtures('gguf: real files', () => {
  const folders = fixtureFolders('real/gguf')

  it('has an expectation for every real fixture', () => {
    expect(folders.sort()).toEqual(Object.keys(REAL_GGUF).sort())
  })

  it.each(folders)('%s: a valid report that is all metadata', async (folder) => {
    const kind = `real/gguf/${folder}`
    const report = await measureFolder(kind)
    expect(report.errors).toEqual([])
    expectEveryByteAccounted(
      report,
      provenanceFiles(kind).reduce((sum, file) => sum + file.bytes, 0)
    )
    const [checkpoint] = report.checkpoints
    expect(checkpoint.tensors).toBe(REAL_GGUF[folder].tensors)
    expect(checkpoint.bytes.metadata).toBe(checkpoint.bytes.total)
    expect(checkpoint.explanations).toContain('this GGUF file has no tensors (a vocabulary-only or metadata-only file): all of its bytes are metadata')
  })

  it.each(folders)('%s: walking the KV section ends exactly at the end of the file', async (folder) => {
    const dir = fixture(`real/gguf/${folder}`)
    const name = readdirSync(dir).find((file) => file.endsWith('.gguf'))!
    const source = await FileByteSource.open(join(dir, name))
    try {
      const layout = await readGgufLayout(new Window(source))
      expect(layout.version).toBe(REAL_GGUF[folder].version)
      expect(layout.kvCount).toBe(REAL_GGUF[folder].kvPairs)
      expect(layout.headerEnd).toBe(source.size)
      // Fixed-size arrays (token scores, types) are skipped, not read.
      expect(source.bytesRead).toBeLessThan(source.size)
    } finally {
      await source.close()
    }
  })
})

describe('gguf: tensors and their sizes', () => {
  // Bytes per block from the block layouts in llama.cpp's ggml-common.h, written out here
  // independently of the dtype table: Q4_0 = fp16 scale + 32 nibbles; Q8_0 = fp16 scale + 32
  // bytes; Q4_K = 2 fp16 + 12 scale bytes + 128 nibble bytes per 256; Q6_K = 128 + 64 + 16 + 2.
  const spec: GgufSpec = {
    kv: [
      ['general.architecture', { type: 'string', value: 'llama' }],
      ['tokenizer.ggml.tokens', { type: 'strings', value: ['<s>', '</s>', 'hello'] }],
      ['tokenizer.ggml.scores', { type: 'f32s', value: [0, 0, -1.5] }]
    ],
    tensors: [
      { name: 'token_embd.weight', dims: [4096, 32], type: Q4_0 },
      { name: 'blk.0.attn_q.weight', dims: [4096, 4096], type: Q4_K },
      { name: 'blk.0.ffn_down.weight', dims: [512, 64], type: Q6_K },
      { name: 'blk.0.attn_norm.weight', dims: [4096], type: F32 },
      { name: 'output.weight', dims: [256, 10], type: Q8_0 }
    ]
  }
  const expectedBytes = [
    ((4096 * 32) / 32) * (2 + 16),
    ((4096 * 4096) / 256) * (2 + 2 + 12 + 128),
    ((512 * 64) / 256) * (128 + 64 + 16 + 2),
    4096 * 4,
    ((256 * 10) / 32) * (2 + 32)
  ]

  it.each([1, 2, 3] as const)('reads v%i: every tensor a weight, sized from the ggml type table', async (version) => {
    const bytes = buildGgufBytes({ ...spec, version })
    const result = await ggufReader.read('m.gguf', memory({ 'm.gguf': bytes }))
    expect(result.tensors.map((t) => t.byteLength)).toEqual(expectedBytes)
    expect(result.tensors.map((t) => t.dtype)).toEqual(['q4_0', 'q4_k', 'q6_k', 'float32', 'q8_0'])
    expect(result.tensors.every((t) => classifyTensor(t.evidence ?? []).category === 'weights')).toBe(true)
    expect(result.classifiedBy).toBe('format')
    const report = analyzeCheckpoint(result, { id: 'm' })
    expect(report.bytes.weights).toBe(expectedBytes.reduce((a, b) => a + b, 0))
    expect(report.bytes.total).toBe(bytes.length)
    expect(report.parameters).toBe(4096 * 32 + 4096 * 4096 + 512 * 64 + 4096 + 2560)
  })

  it('places tensors relative to the aligned data start, with the default alignment of 32', async () => {
    const bytes = buildGgufBytes(spec)
    const layout = await layoutOf(bytes)
    expect(layout.alignment).toBe(32)
    expect(layout.dataStart % 32).toBe(0)
    expect(layout.dataStart - layout.headerEnd).toBeLessThan(32)
    expect(layout.tensors[0].offset).toBe(layout.dataStart)
  })

  it('honours general.alignment', async () => {
    const bytes = buildGgufBytes({ ...spec, alignment: 4096 })
    const layout = await layoutOf(bytes)
    expect(layout.alignment).toBe(4096)
    expect(layout.dataStart).toBe(4096)
    expect(layout.tensors.map((t) => t.offset % 4096)).toEqual([0, 0, 0, 0, 0])
    const report = analyzeCheckpoint(await ggufReader.read('m.gguf', memory({ 'm.gguf': bytes })), { id: 'm' })
    expect(report.bytes.metadata).toBe(bytes.length - report.bytes.weights) // padding is metadata
  })

  it('reads a big-endian v3 file (unflagged, its version byte-swapped)', async () => {
    const little = await layoutOf(buildGgufBytes(spec))
    const big = await layoutOf(buildGgufBytes({ ...spec, bigEndian: true }))
    expect(big.littleEndian).toBe(false)
    expect(big.tensors.map((t) => [t.name, t.offset, t.byteLength])).toEqual(little.tensors.map((t) => [t.name, t.offset, t.byteLength]))
  })
})

describe('gguf: split models', () => {
  const shard = (i: number): Uint8Array =>
    buildGgufBytes({
      kv: [['split.no', { type: 'u32', value: i }]],
      tensors: [{ name: `blk.${i}.w`, dims: [256, 4], type: Q4_K }]
    })
  const names = [1, 2, 3].map((i) => `models/llama-0000${i}-of-00003.gguf`)

  it('reads a split model from its first shard, which claims the others', async () => {
    const files = memory(Object.fromEntries(names.map((name, i) => [name, shard(i)])))
    const report = await measure(names, files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.id).toBe('models/llama.gguf')
    expect(checkpoint.files.map((f) => f.path)).toEqual(names)
    expect(checkpoint.bytes.weights).toBe(3 * 4 * 144)
    expect(checkpoint.bytes.total).toBe([0, 1, 2].reduce((sum, i) => sum + shard(i).length, 0))
  })

  it('lists an absent shard with a warning', async () => {
    const files = memory({ [names[0]]: shard(0), [names[1]]: shard(1) })
    const result = await ggufReader.read(names[0], files)
    expect(result.files[2]).toEqual({ path: names[2], role: 'data', bytes: 0, present: false })
    expect(result.warnings).toEqual([
      `1 file of the checkpoint is absent (${names[2]}): the first shard does not describe its size, so it is counted as 0 bytes`
    ])
  })
})

describe('gguf: broken and hostile files', () => {
  const read = (bytes: Uint8Array): Promise<unknown> => ggufReader.read('bad.gguf', memory({ 'bad.gguf': bytes }))

  it('refuses a ggml type removed from GGUF, naming the tensor', async () => {
    const bytes = buildGgufBytes({ tensors: [{ name: 'w', dims: [32], type: F32 }] })
    const layout = await layoutOf(bytes)
    const patched = bytes.slice()
    // The type id is the u32 after the dims, 12 bytes before the end of the tensor info.
    new DataView(patched.buffer).setUint32(layout.headerEnd - 12, 4, true) // Q4_2, removed
    await expect(read(patched)).rejects.toThrow(UnsupportedFormatError)
    await expect(read(patched)).rejects.toThrow(/tensor 'w' has ggml type 4, which is not in the ggml type table/)
  })

  it('refuses a quantized row that is not a whole number of blocks', async () => {
    const bytes = buildGgufBytes({ tensors: [{ name: 'w', dims: [64, 2], type: F32 }] })
    const layout = await layoutOf(bytes)
    const patched = bytes.slice()
    new DataView(patched.buffer).setUint32(layout.headerEnd - 12, Q4_K, true)
    await expect(read(patched)).rejects.toThrow(/tensor 'w' \(q4_k\) has a first dimension of 64, not a multiple of its block size 256/)
  })

  it('reports a tensor beyond the end of a truncated file', async () => {
    const bytes = buildGgufBytes({ tensors: [{ name: 'w', dims: [1024], type: F16 }] })
    await expect(read(bytes.subarray(0, bytes.length - 100))).rejects.toThrow(
      /tensor 'w' \(float16\[1024\], 2048 bytes\) ends at byte \d+, beyond the file's \d+ bytes.*truncated/
    )
  })

  it('refuses counts the file cannot hold before looping over them', async () => {
    const bytes = buildGgufBytes({})
    new DataView(bytes.buffer).setBigUint64(16, 2n ** 40n, true) // kv_count
    await expect(read(bytes)).rejects.toThrow(/the header claims 0 tensors and 1099511627776 KV pairs, more than the file's \d+ bytes can hold/)
  })

  it('refuses a tensor count over the limit', async () => {
    const bytes = buildGgufBytes({})
    new DataView(bytes.buffer).setBigUint64(8, 2n ** 40n, true)
    await expect(read(bytes)).rejects.toThrow(LimitExceededError)
  })

  it('refuses a string length of 2^62 without allocating it', async () => {
    const bytes = buildGgufBytes({ kv: [['general.name', { type: 'string', value: 'x' }]] })
    new DataView(bytes.buffer).setBigUint64(24, 2n ** 62n, true) // length of the first key
    await expect(read(bytes)).rejects.toThrow(/length of key of KV pair 0 is 4611686018427387904, larger than any file/)
  })

  it('refuses a string array whose count the file cannot hold', async () => {
    const bytes = buildGgufBytes({ kv: [['tokenizer.ggml.tokens', { type: 'strings', value: ['a'] }]] })
    // magic, version, 2 counts, key (8 + 21), value type, element type: then the element count.
    new DataView(bytes.buffer).setBigUint64(24 + 8 + 21 + 4 + 4, 10n ** 12n, true)
    await expect(read(bytes)).rejects.toThrow(/the value of 'tokenizer\.ggml\.tokens' claims 1000000000000 elements/)
  })

  it('refuses an alignment that is not a power of two', async () => {
    await expect(read(buildGgufBytes({ alignment: 48 }))).rejects.toThrow(/general\.alignment is 48, not a power of two/)
    // Above 2^32, where a bitwise test (32-bit in JS) would see only the low bits.
    const wide = buildGgufBytes({ kv: [['general.alignment', { type: 'u64', value: 2 ** 32 + 2 ** 31 }]] })
    await expect(read(wide)).rejects.toThrow(/general\.alignment is 6442450944, not a power of two/)
  })

  it('refuses versions it does not know and files that are not GGUF', async () => {
    const bytes = buildGgufBytes({})
    new DataView(bytes.buffer).setUint32(4, 4, true)
    await expect(read(bytes)).rejects.toThrow(/unsupported format: GGUF version 4/)
    await expect(read(new TextEncoder().encode('GGML and more'))).rejects.toThrow(FormatError)
    expect(ggufReader.sniff({ path: 'model.bin', size: 24, head: buildGgufBytes({}) })).toBe(true)
  })
})

describe('gguf: reading discipline', () => {
  const tempDir = useTempDir('msb-gguf-')

  it('analyses a 5 GiB sparse file reading only its header', async () => {
    const chunks = buildGguf({
      kv: [['tokenizer.ggml.tokens', { type: 'strings', value: Array.from({ length: 1000 }, (_, i) => `token${i}`) }]],
      tensors: [
        { name: 'token_embd.weight', dims: [32768, 65536], type: F16 },
        { name: 'output.weight', dims: [16384, 65536], type: Q8_0 },
        { name: 'blk.0.attn_norm.weight', dims: [4096], type: F32 }
      ]
    })
    const size = writeSparseFile(join(tempDir(), 'model.gguf'), chunks)
    expect(size).toBeGreaterThan(5 * 2 ** 30)
    const files = new DiskFiles(tempDir())
    const report = await measure(['model.gguf'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints[0].bytes.weights).toBe(2 * 32768 * 65536 + ((16384 * 65536) / 32) * 34 + 4096 * 4)
    expect(report.checkpoints[0].bytes.total).toBe(size)
    // The read-ahead window doubles while reading sequentially, so it reads at most about twice
    // the header (plus the sniff): a bound set by the metadata, not by the 5 GiB of payload.
    expect(files.bytesRead).toBeLessThan(2 * chunksToBytes(chunks.slice(0, 1)).length + 4096)
    expect(files.bytesRead).toBeLessThan(64 * 1024)
  })
})
