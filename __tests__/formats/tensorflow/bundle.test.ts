import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeSliceKey, parseBundleIndex } from '../../../src/formats/tensorflow/bundle.js'
import { bundleDecoders } from '../../../src/formats/tensorflow/protos.js'
import { tensorflowCheckpointReader, tensorflowSavedModelReader } from '../../../src/formats/tensorflow/index.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { decided } from '../../helpers/decide.js'
import { buildBundle, buildSSTable, bundleFiles, DT, sliceKey } from '../../../scripts/builders/tensorflow.js'
import { readTable as readTableEntries } from '../../../src/formats/tensorflow/sstable.js'
import { generateDescriptorModule, PROTO_DIR } from '../../../scripts/generate-tf-protos.js'

const decoders = bundleDecoders()

const SNIFF = 64
const head = (bytes: Uint8Array): Uint8Array => bytes.subarray(0, SNIFF)

describe('partitioned variables', () => {
  const bundle = buildBundle([
    {
      name: 'emb',
      dtype: DT.FLOAT,
      shape: [10, 4],
      slices: [
        {
          extents: [
            [0, 6],
            [0, -1]
          ]
        },
        {
          extents: [
            [6, 4],
            [0, -1]
          ]
        }
      ]
    },
    {
      name: 'emb/Adam',
      dtype: DT.FLOAT,
      shape: [10, 4],
      slices: [
        {
          extents: [
            [0, 6],
            [0, -1]
          ]
        },
        {
          extents: [
            [6, 4],
            [0, -1]
          ]
        }
      ]
    },
    { name: 'w', dtype: DT.FLOAT, shape: [3] }
  ])

  it('decodes OrderedCode slice keys back to the variable name and extents', () => {
    const key = sliceKey('a\u0000b/ÿ', [
      [0, 6],
      [70, -1],
      [-3, 100]
    ])
    expect(decodeSliceKey(key, 'x.index')).toEqual({
      variable: 'a\u0000b/ÿ',
      extents: [{ start: 0, length: 6 }, { start: 70 }, { start: -3, length: 100 }],
      spec: '0:6,:,-3:97'
    })
  })

  it('lists each slice with its own span and the full entry once, without bytes of its own', () => {
    const index = parseBundleIndex(bundle.index, 'p.index', decoders)
    expect(index.tensors.map((t, i) => [t.name, index.slices.get(i)?.variable ?? t.name, t.byteLength])).toEqual([
      ['emb[0:6,:]', 'emb', 96],
      ['emb[6:10,:]', 'emb', 64],
      ['emb/Adam[0:6,:]', 'emb/Adam', 96],
      ['emb/Adam[6:10,:]', 'emb/Adam', 64],
      ['w', 'w', 12]
    ])
    expect([...index.partitioned.keys()]).toEqual(['emb', 'emb/Adam'])
  })

  it('sums the slices into their variable: bytes counted once, slots of a partitioned variable found by shape', async () => {
    const files = new MemoryFiles(bundleFiles('m/p', bundle))
    const report = await measure(['m/p.data-00000-of-00001', 'm/p.index'], files)
    const [checkpoint] = report.checkpoints
    expect(report.errors).toEqual([])
    expect(checkpoint.bytes).toMatchObject({ weights: 160, optimizer: 160, unclassified: 12 })
    expect(checkpoint.bytes.total).toBe(bundle.index.length + 160 + 160 + 12)
    expect(checkpoint.parameters).toBe(40)
    expect(checkpoint.unclassifiedTensors).toEqual(['w'])
  })

  it('gives each slot found by the slot structure a reason naming its variable, and a slice its variable too', async () => {
    const result = decided(await tensorflowCheckpointReader.read('m/p.index', new MemoryFiles(bundleFiles('m/p', bundle))))
    const reasons = Object.fromEntries(result.tensors.map((t) => [t.name, t.reason]))
    expect(reasons['emb/Adam[6:10,:]']).toBe('slice of emb/Adam; Adam slot (m) of emb: same shape and dtype')
  })
})

describe('tensorflowCheckpointReader', () => {
  it('accepts .index files (raw or snappy first block) and V1 tables by name and first bytes, never data shards', () => {
    const raw = buildBundle([{ name: 'w', dtype: DT.FLOAT, shape: [2] }]).index
    const snappy = buildBundle([{ name: 'w', dtype: DT.FLOAT, shape: [2] }], { snappy: true }).index
    const reader = tensorflowCheckpointReader
    expect(reader.matchesName('a/model.ckpt-5.index')).toBe(true)
    expect(reader.matchesName('a/model.ckpt-5.data-00000-of-00001')).toBe(false)
    expect(reader.matchesName('a/export-00000-of-00001')).toBe(true)
    expect(reader.matchesName('a/model.ckpt')).toBe(true)
    expect(reader.sniff({ path: 'p.index', size: raw.length, head: head(raw) })).toBe(true)
    expect(reader.sniff({ path: 'p.index', size: snappy.length, head: head(snappy) })).toBe(true)
    expect(reader.sniff({ path: 'p.index', size: 4, head: Uint8Array.from([0x50, 0x4b, 3, 4]) })).toBe(false)
    // A Lightning .ckpt is a zip: not a V1 table.
    expect(reader.sniff({ path: 'last.ckpt', size: 4, head: Uint8Array.from([0x50, 0x4b, 3, 4]) })).toBe(false)
  })

  it('lists an absent data shard with the size its index describes, and warns naming it', async () => {
    const bundle = buildBundle(
      [
        { name: 'a', dtype: DT.FLOAT, shape: [4], shard: 0 },
        { name: 'b', dtype: DT.FLOAT, shape: [100], shard: 1 },
        { name: 'c', dtype: DT.INT64, shape: [], shard: 1 }
      ],
      { numShards: 2 }
    )
    const all = bundleFiles('ck/p', bundle)
    all.delete('ck/p.data-00001-of-00002')
    const result = await tensorflowCheckpointReader.read('ck/p.index', new MemoryFiles(all))
    expect(result.files).toEqual([
      { path: 'ck/p.index', role: 'index', bytes: bundle.index.length, present: true },
      { path: 'ck/p.data-00000-of-00002', role: 'data', bytes: 16, present: true },
      { path: 'ck/p.data-00001-of-00002', role: 'data', bytes: 408, present: false }
    ])
    expect(result.warnings.join('\n')).toMatch(
      /^1 file of the checkpoint is absent \(ck\/p\.data-00001-of-00002\): counted at the 408 bytes the index describes/
    )
    expect(result.tensors.find((t) => t.name === 'c')).toMatchObject({ file: 'ck/p.data-00001-of-00002', offset: 400, byteLength: 8 })
  })

  it("warns about an entry whose size is not dtype x shape, and still counts the index's figure", async () => {
    const bundle = buildBundle([
      { name: 'ok', dtype: DT.FLOAT, shape: [2] },
      { name: 'odd', dtype: DT.FLOAT, shape: [2], data: new Uint8Array(12) }
    ])
    const result = await tensorflowCheckpointReader.read('p.index', new MemoryFiles(bundleFiles('p', bundle)))
    expect(result.warnings).toEqual([expect.stringMatching(/1 tensor\(s\) whose size in the index differs from dtype x shape \('odd' 12 B, expected 8 B\)/)])
    expect(result.tensors.find((t) => t.name === 'odd')?.byteLength).toBe(12)
  })

  it("classifies from a synthetic object graph: slot_variables, the optimizer's own variables, save_counter", async () => {
    const key = (path: string): string => `${path}/.ATTRIBUTES/VARIABLE_VALUE`
    const slot = (variable: string, name: string): string => key(`${variable}/.OPTIMIZER_SLOT/opt/${name}`)
    const attribute = (checkpoint_key: string) => ({ attributes: [{ name: 'VARIABLE_VALUE', checkpoint_key }] })
    const objectGraph = {
      nodes: [
        {
          children: [
            { node_id: 1, local_name: 'net' },
            { node_id: 3, local_name: 'opt' },
            { node_id: 4, local_name: 'save_counter' }
          ]
        },
        { children: [{ node_id: 2, local_name: 'k' }] },
        attribute(key('net/k')),
        {
          children: [
            { node_id: 5, local_name: 'iter' },
            { node_id: 6, local_name: 'lr' }
          ],
          slot_variables: [{ original_variable_node_id: 2, slot_name: 'm', slot_variable_node_id: 7 }]
        },
        attribute(key('save_counter')),
        attribute(key('opt/iter')),
        attribute(key('opt/lr')),
        attribute(slot('net/k', 'm'))
      ]
    }
    const bundle = buildBundle(
      [
        { name: key('net/k'), dtype: DT.FLOAT, shape: [5] },
        { name: slot('net/k', 'm'), dtype: DT.FLOAT, shape: [5] },
        { name: key('opt/iter'), dtype: DT.INT64, shape: [] },
        // A hyper-parameter whose name no rule knows: only the object graph says it is the optimizer's.
        { name: key('opt/lr'), dtype: DT.FLOAT, shape: [] },
        { name: key('save_counter'), dtype: DT.INT64, shape: [] }
      ],
      { objectGraph }
    )
    const result = decided(await tensorflowCheckpointReader.read('c.index', new MemoryFiles(bundleFiles('c', bundle))))
    expect(result.classifiedBy).toBe('object-graph')
    expect(Object.fromEntries(result.tensors.map((t) => [t.name.replace('/.ATTRIBUTES/VARIABLE_VALUE', ''), t.category]))).toEqual({
      _CHECKPOINTABLE_OBJECT_GRAPH: 'metadata',
      'net/k': 'weights',
      'net/k/.OPTIMIZER_SLOT/opt/m': 'optimizer',
      'opt/iter': 'optimizer',
      'opt/lr': 'optimizer',
      save_counter: 'bookkeeping'
    })
    expect(result.categoryNotes).toEqual({ optimizer: 'opt slots (m) for 1 variable' })
    // A slot's reason names its variable (built when read: BundleTensor.reason).
    expect(result.tensors.find((t) => t.name === slot('net/k', 'm'))?.reason).toBe('m slot of net/k (opt)')
  })

  it("counts the directory's state file with the checkpoint it names, and only that one", async () => {
    const files = new Map<string, Uint8Array>([
      ...bundleFiles('d/ckpt-1', buildBundle([{ name: 'w', dtype: DT.FLOAT, shape: [2] }])),
      ...bundleFiles('d/ckpt-2', buildBundle([{ name: 'w', dtype: DT.FLOAT, shape: [2] }])),
      ['d/checkpoint', new TextEncoder().encode('model_checkpoint_path: "ckpt-2"\nall_model_checkpoint_paths: "ckpt-1"\n')]
    ])
    const report = await measure([...files.keys()], new MemoryFiles(files))
    expect(report.checkpoints.map((c) => [c.name ?? c.id, c.files.some((f) => f.role === 'state'), c.latest ?? false])).toEqual([
      ['d/ckpt-1', false, false],
      ['d/ckpt-2', true, true]
    ])
  })

  it('marks the checkpoint latest when the state file names it by the absolute path it was saved at', async () => {
    const files = new Map<string, Uint8Array>([
      ...bundleFiles('d/ckpt-1', buildBundle([{ name: 'w', dtype: DT.FLOAT, shape: [2] }])),
      ...bundleFiles('d/ckpt-2', buildBundle([{ name: 'w', dtype: DT.FLOAT, shape: [2] }])),
      ['d/checkpoint', new TextEncoder().encode('model_checkpoint_path: "/tmp/training/ckpt-2"\n')]
    ])
    const report = await measure([...files.keys()], new MemoryFiles(files))
    expect(report.checkpoints.map((c) => [c.name ?? c.id, c.latest ?? false])).toEqual([
      ['d/ckpt-1', false],
      ['d/ckpt-2', true]
    ])
  })
})

describe('corrupt bundle indexes', () => {
  it('rejects a header with no shards and an entry in a shard the header does not have', () => {
    const header = (numShards: number): Uint8Array => Uint8Array.from([0x08, numShards])
    // BundleEntryProto{dtype: 1, shard_id: 3, size: 4}
    const entry = Uint8Array.from([0x08, 0x01, 0x18, 0x03, 0x28, 0x04])
    const noShards = buildSSTable([{ key: new Uint8Array(0), value: header(0) }])
    expect(() => parseBundleIndex(noShards, 'p.index', decoders)).toThrow(/^p\.index: its header says the bundle has 0 data shards\./)
    const wrongShard = buildSSTable([
      { key: new Uint8Array(0), value: header(1) },
      { key: new TextEncoder().encode('w'), value: entry }
    ])
    expect(() => parseBundleIndex(wrongShard, 'p.index', decoders)).toThrow(/'w' is in shard 3, but the bundle has 1 shards/)
  })

  it('rejects an entry value that is not a BundleEntryProto, naming the key', () => {
    const table = buildBundle([]).index
    const bad = buildSSTableWith(table, 'w', Uint8Array.from([0x0a, 0x7f]))
    expect(() => parseBundleIndex(bad, 'p.index', decoders)).toThrow(/^p\.index: .*the entry of 'w'/)
  })
})

/** A table with the header of `table` and one more entry. */
function buildSSTableWith(table: Uint8Array, key: string, value: Uint8Array): Uint8Array {
  const entries: { key: Uint8Array; value: Uint8Array }[] = []
  readTableEntries(table, 'table', (k, v) => entries.push({ key: Uint8Array.from(k), value: Uint8Array.from(v) }))
  entries.push({ key: new TextEncoder().encode(key), value })
  return buildSSTable(entries)
}

describe('tensorflowSavedModelReader', () => {
  it('counts saved_model.pb, fingerprint, assets (recursively) and the variables bundle as one checkpoint named by its directory', async () => {
    const bundle = buildBundle([{ name: 'dense/kernel', dtype: DT.FLOAT, shape: [4, 2] }])
    const files = new Map<string, Uint8Array>([
      ['sm/saved_model.pb', Uint8Array.from([0x08, 0x01])],
      ['sm/fingerprint.pb', new Uint8Array(57)],
      ['sm/assets/vocab.txt', new Uint8Array(100)],
      ['sm/assets/sub/more.txt', new Uint8Array(10)],
      ['sm/unrelated.txt', new Uint8Array(5)],
      ...bundleFiles('sm/variables/variables', bundle)
    ])
    const report = await measure([...files.keys()], new MemoryFiles(files))
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [model] = report.checkpoints
    expect([model.id, model.format]).toEqual(['sm', 'tensorflow-savedmodel'])
    expect(model.files.map((f) => f.path).sort()).toEqual([
      'sm/assets/sub/more.txt',
      'sm/assets/vocab.txt',
      'sm/fingerprint.pb',
      'sm/saved_model.pb',
      'sm/variables/variables.data-00000-of-00001',
      'sm/variables/variables.index'
    ])
    expect(model.bytes.weights).toBe(32)
    expect(model.bytes.total).toBe(2 + 57 + 100 + 10 + 32 + bundle.index.length)
  })

  it('sniffs saved_model.pb by its first field', () => {
    expect(tensorflowSavedModelReader.matchesName('x/saved_model.pb')).toBe(true)
    expect(tensorflowSavedModelReader.matchesName('x/variables/variables.index')).toBe(true)
    expect(tensorflowSavedModelReader.sniff({ path: 'x/saved_model.pb', size: 2, head: Uint8Array.from([0x08, 0x01]) })).toBe(true)
    expect(tensorflowSavedModelReader.sniff({ path: 'x/saved_model.pb', size: 2, head: Uint8Array.from([0x50, 0x4b]) })).toBe(false)
  })
})

describe('the generated protobuf code', () => {
  it('is generated from the .proto files as they are now (the descriptor the builders encode with)', () => {
    expect(readFileSync(join(PROTO_DIR, 'descriptor.generated.ts'), 'utf8')).toBe(generateDescriptorModule())
  })
})
