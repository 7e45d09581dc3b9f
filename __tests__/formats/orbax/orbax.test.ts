import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { orbaxReader } from '../../../src/formats/orbax/index.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { walk } from '../../../src/io/walk.js'
import { measure } from '../../../src/pipeline/measure.js'
import { CHECKPOINT_METADATA_JSON, treeMetadataJson, type OrbaxLeaf } from '../../../scripts/builders/orbax.js'
import { writeSparseFile } from '../../../scripts/builders/sparse.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'
import { useTempDir } from '../provenance.js'

const text = (value: string): Uint8Array => new TextEncoder().encode(value)
const within = (value: number, want: number | [number, number]): boolean => (Array.isArray(want) ? want[0] <= value && value <= want[1] : value === want)

const ADAM_MLP: OrbaxLeaf[] = [
  { keys: ['step'], shape: [] },
  { keys: ['params', 'Dense_0', 'kernel'], shape: [8, 4] },
  { keys: ['params', 'Dense_0', 'bias'], shape: [4] },
  ...['mu', 'nu'].flatMap((slot) => [
    { keys: ['opt_state', '0', slot, 'Dense_0', 'kernel'], shape: [8, 4] },
    { keys: ['opt_state', '0', slot, 'Dense_0', 'bias'], shape: [4] }
  ]),
  { keys: ['opt_state', '0', 'count'], shape: [] },
  { keys: ['opt_state', '1'], shape: [], valueType: 'None' }
]

/** An OCDBT step folder in memory: `dataBytes` of data files, split in two. */
function ocdbtFolder(step: number, leaves: OrbaxLeaf[], dataBytes: number): Map<string, Uint8Array> {
  return new Map([
    [`run/${step}/_CHECKPOINT_METADATA`, text(CHECKPOINT_METADATA_JSON)],
    [`run/${step}/default/_METADATA`, text(treeMetadataJson(leaves))],
    [`run/${step}/default/manifest.ocdbt`, new Uint8Array(100)],
    [`run/${step}/default/d/aaaa`, new Uint8Array(Math.floor(dataBytes / 3))],
    [`run/${step}/default/ocdbt.process_0/d/bbbb`, new Uint8Array(dataBytes - Math.floor(dataBytes / 3))],
    [`run/${step}/default/ocdbt.process_0/manifest.ocdbt`, new Uint8Array(200)]
  ])
}

describeWithFixtures('orbax: framework-written folders', () => {
  it('orbax-manager-adam-mlp meets its truth.json as one checkpoint', async () => {
    const dir = fixture('generated/flax/orbax-manager-adam-mlp')
    const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'))
    const found = await walk(dir, ['.'])
    const report = await measure(found.files, new DiskFiles(dir))
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.format).toBe('orbax')
    expect(checkpoint.tensors).toBe(truth.tensors)
    expect(checkpoint.bytes.total).toBe(Object.values(truth.files as Record<string, number>).reduce((a, b) => a + b, 0))
    for (const category of ['weights', 'optimizer', 'buffers', 'bookkeeping'] as const) expect(within(checkpoint.bytes[category], truth[category])).toBe(true)
    expect(checkpoint.bytes).toMatchObject({ weights: 3_400, optimizer: 6_804, bookkeeping: 4, unclassified: 0 })
    expect(checkpoint.warnings[0]).toMatch(/counted at 4 bytes an element/)
  })
})

describe('orbax: OCDBT step folders', () => {
  it('params weights, optax slots and count optimizer, step bookkeeping; JSON, manifests and the rest of the data files metadata', async () => {
    const files = new MemoryFiles(ocdbtFolder(3, ADAM_MLP, 700))
    const report = analyzeCheckpoint(await orbaxReader.read('run/3/_CHECKPOINT_METADATA', files), { id: 'run' })
    // 36 elements of params, 72 of slots, 1 count, 1 step: at 4 bytes each they fit the 700 bytes, at 8 not
    expect(report.bytes).toMatchObject({ weights: 144, optimizer: 292, bookkeeping: 4, unclassified: 0 })
    expect(report.bytes.total).toBe(report.bytes.weights + report.bytes.optimizer + report.bytes.bookkeeping + report.bytes.metadata)
  })

  it('shares the data files in proportion when the arrays compress below 1 byte an element', async () => {
    const files = new MemoryFiles(ocdbtFolder(3, ADAM_MLP, 55))
    const result = await orbaxReader.read('run/3/_CHECKPOINT_METADATA', files)
    const report = analyzeCheckpoint(result, { id: 'run' })
    expect(report.bytes.weights + report.bytes.optimizer + report.bytes.bookkeeping).toBeLessThanOrEqual(55)
    expect(report.bytes.weights).toBeGreaterThan(0)
    expect(result.warnings[0]).toMatch(/in proportion to their element counts/)
  })

  it('successive steps are one checkpoint id (the step folder is dropped), several steps side by side keep their names', async () => {
    const ids = async (folders: Map<string, Uint8Array>): Promise<string[]> =>
      (await measure([...folders.keys()], new MemoryFiles(folders))).checkpoints.map((checkpoint) => checkpoint.id)
    expect(await ids(ocdbtFolder(3, ADAM_MLP, 1000))).toEqual(['run'])
    expect(await ids(ocdbtFolder(4, ADAM_MLP, 1000))).toEqual(['run'])
    expect(await ids(new Map([...ocdbtFolder(3, ADAM_MLP, 1000), ...ocdbtFolder(4, ADAM_MLP, 1000)]))).toEqual(['run/3', 'run/4'])
  })
})

describe('orbax: per-array zarr folders', () => {
  it('counts each array at its chunk files, with the dtype from .zarray', async () => {
    const zarray = (dtype: string): Uint8Array => text(JSON.stringify({ chunks: [4], compressor: { id: 'zstd' }, dtype, shape: [8], zarr_format: 2 }))
    const files = new MemoryFiles(
      new Map([
        [
          'ckpt/_METADATA',
          text(
            treeMetadataJson(
              [
                { keys: ['params', 'w'], shape: [8] },
                { keys: ['step'], shape: [] }
              ],
              false
            )
          )
        ],
        ['ckpt/params.w/.zarray', zarray('<f4')],
        ['ckpt/params.w/0', new Uint8Array(20)],
        ['ckpt/params.w/1', new Uint8Array(12)],
        ['ckpt/step/.zarray', zarray('<i4')],
        ['ckpt/step/0', new Uint8Array(13)]
      ])
    )
    const result = await orbaxReader.read('ckpt/_METADATA', files)
    const report = analyzeCheckpoint(result, { id: 'ckpt' })
    expect(report.bytes).toMatchObject({ weights: 32, bookkeeping: 13, unclassified: 0 })
    expect(result.tensors.map((tensor) => [tensor.name, tensor.dtype])).toEqual([
      ['params/w[0]', 'float32'],
      ['params/w[1]', 'float32'],
      ['step', 'int32']
    ])
  })
})

describe('orbax: metadata only', () => {
  const tempDir = useTempDir('msb-orbax-')

  it('reads a 5 GB OCDBT folder (a sparse data file) with under 64 KiB of reads', async () => {
    const big = 5 * 1024 ** 3
    const root = join(tempDir(), 'run', '7')
    mkdirSync(join(root, 'default', 'd'), { recursive: true })
    writeFileSync(join(root, '_CHECKPOINT_METADATA'), CHECKPOINT_METADATA_JSON)
    writeFileSync(join(root, 'default', '_METADATA'), treeMetadataJson([{ keys: ['params', 'embed'], shape: [big / 4 / 1024, 1024] }]))
    writeFileSync(join(root, 'default', 'manifest.ocdbt'), new Uint8Array(114))
    writeSparseFile(join(root, 'default', 'd', 'data'), [{ hole: big + 4096 }])
    const files = new DiskFiles(tempDir())
    const report = analyzeCheckpoint(await orbaxReader.read('run/7/_CHECKPOINT_METADATA', files), { id: 'run' })
    expect(report.bytes.weights).toBe(big)
    expect(files.bytesRead).toBeLessThan(64 * 1024)
  })
})
