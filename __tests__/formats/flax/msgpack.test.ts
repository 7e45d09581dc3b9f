import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { FormatError } from '../../../src/core/errors.js'
import { flaxMsgpackReader } from '../../../src/formats/flax/index.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { ndarray, packMsgpack, type Msgpack } from '../../../scripts/builders/msgpack.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'

async function analyse(value: Msgpack, path = 'state.msgpack'): Promise<ReturnType<typeof analyzeCheckpoint>> {
  const files = new MemoryFiles(new Map([[path, packMsgpack(value)]]))
  return analyzeCheckpoint(await flaxMsgpackReader.read(path, files), { id: path, top: 50 })
}

const within = (value: number, want: number | [number, number]): boolean => (Array.isArray(want) ? want[0] <= value && value <= want[1] : value === want)

describeWithFixtures('flax msgpack: framework-written files', () => {
  it('msgpack-adam-mlp meets its truth.json', async () => {
    const dir = fixture('generated/flax/msgpack-adam-mlp')
    const truth = JSON.parse(readFileSync(`${dir}/truth.json`, 'utf8'))
    const report = await measure(['state.msgpack'], new DiskFiles(dir))
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expect(checkpoint.tensors).toBe(truth.tensors)
    for (const category of ['weights', 'optimizer', 'buffers', 'bookkeeping'] as const) expect(within(checkpoint.bytes[category], truth[category])).toBe(true)
    expect(checkpoint.bytes).toMatchObject({ total: 10_755, weights: 3_400, optimizer: 6_804, unclassified: 0 })
  })

  it('the real SGD-momentum train state (an extension-less checkpoint_0): half weights, half momentum, PROVENANCE.md', async () => {
    const dir = fixture('real/flax/transformer-mpc-depth-trainstate-sgd-momentum')
    const report = await measure(['checkpoint_0'], new DiskFiles(dir))
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expect(checkpoint.id).toBe('checkpoint')
    // 295,440 bytes of params and of momentum trace; step and three clu metric scalars of 4 bytes
    expect(checkpoint.bytes).toMatchObject({ total: 594_548, weights: 295_440, optimizer: 295_440, bookkeeping: 16, buffers: 0, unclassified: 0 })
    expect(checkpoint.tensorCounts).toEqual({ weights: 55, optimizer: 55, bookkeeping: 4 })
  })
})

describe('flax msgpack: train states', () => {
  const params = { Dense_0: { kernel: ndarray('float32', [8, 4]), bias: ndarray('float32', [4]) } }

  it('params are weights, per-parameter optax trees slots, count optimizer state, batch_stats buffers, step bookkeeping', async () => {
    const report = await analyse({
      step: ndarray('int32', []),
      params,
      opt_state: { '0': { count: ndarray('int32', []), mu: params, nu: params }, '1': {} },
      batch_stats: { BatchNorm_0: { mean: ndarray('float32', [4]), var: ndarray('float32', [4]) } }
    })
    expect(report.bytes).toMatchObject({ weights: 144, optimizer: 292, buffers: 32, bookkeeping: 4, unclassified: 0 })
    expect(report.top?.find((tensor) => tensor.name === 'opt_state/0/nu/Dense_0/kernel')?.reason).toMatch(/optimizer slot 'nu'/)
  })

  it('a bare parameter tree (flax_model.msgpack) is all weights', async () => {
    const report = await analyse({ model: { encoder: params } }, 'flax_model.msgpack')
    expect(report.bytes.weights).toBe(144)
    expect(report.bytes.unclassified).toBe(0)
  })

  it('a chunked array (over flax’s chunk size) is one tensor spanning its pieces', async () => {
    const report = await analyse({
      params: {
        big: { __msgpack_chunked_array__: true, shape: { '0': 4, '1': 8 }, chunks: { '0': ndarray('float32', [16]), '1': ndarray('float32', [16]) } }
      }
    })
    expect(report.tensors).toBe(1)
    expect(report.top?.[0]).toMatchObject({ name: 'params/big', shape: [4, 8] })
    // Both pieces' 64 bytes, and the second piece's few header bytes between them.
    expect(report.bytes.weights).toBeGreaterThan(128)
    expect(report.bytes.weights).toBeLessThan(160)
  })
})

describe('flax msgpack: malformed input', () => {
  const bytes = packMsgpack({ params: { w: ndarray('float32', [100]) } })

  it('refuses a truncated file', async () => {
    const files = new MemoryFiles(new Map([['s.msgpack', bytes.subarray(0, bytes.length - 10)]]))
    await expect(flaxMsgpackReader.read('s.msgpack', files)).rejects.toThrow(FormatError)
  })

  it('refuses a map count the file cannot hold, before looping', async () => {
    const files = new MemoryFiles(new Map([['s.msgpack', new Uint8Array([0xdf, 0xff, 0xff, 0xff, 0xff])]]))
    await expect(flaxMsgpackReader.read('s.msgpack', files)).rejects.toThrow(/a map of 4294967295 entries, more than the file holds/)
  })

  it('refuses nesting past its limit', async () => {
    const deep = new Uint8Array(200).fill(0x91)
    const files = new MemoryFiles(new Map([['s.msgpack', deep]]))
    await expect(flaxMsgpackReader.read('s.msgpack', files)).rejects.toThrow(/msgpack nesting/)
  })
})
