import { describe, expect, it } from '@jest/globals'
import protobuf from 'protobufjs/light.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tensorflowCheckpointReader } from '../../../src/formats/tensorflow/index.js'
import { TF_PROTO_DESCRIPTOR } from '../../../src/formats/tensorflow/proto/descriptor.generated.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildBundle, bundleFiles, DT } from '../../../scripts/builders/tensorflow.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'
import { decided } from '../../helpers/decide.js'

/**
 * What the TF reader says of each variable (evidence.ts, object-graph-evidence.ts) and what the
 * core classifier makes of it: ownership by the object graph's trees, slots by structure over
 * "not trainable", and the TF2 key conventions when the object graph cannot be read.
 */

const root = protobuf.Root.fromJSON(TF_PROTO_DESCRIPTOR)
const MetaGraphDef = root.lookupType('tensorflow.MetaGraphDef')
const VariableDef = root.lookupType('tensorflow.VariableDef')

const key = (path: string): string => `${path}/.ATTRIBUTES/VARIABLE_VALUE`
const value = (path: string, fullName = ''): Record<string, unknown> => ({
  attributes: [{ name: 'VARIABLE_VALUE', checkpoint_key: key(path), full_name: fullName }]
})
const categories = (result: { tensors: { name: string; category?: string }[] }): Record<string, string | undefined> =>
  Object.fromEntries(result.tensors.map((t) => [t.name.replace('/.ATTRIBUTES/VARIABLE_VALUE', ''), t.category]))

describe('a TF2 object graph: a variable is what the tree it hangs from makes it, whatever key it was saved under', () => {
  // As Keras 3 writes tf.train.Checkpoint(model=..., optimizer=...): the optimizer tracks the
  // variables it trains, so TF saves the kernel once, under the optimizer's key, while its node
  // hangs from the model's layer. Node ids: 0 root, 1 model, 2 layer, 3 optimizer, ...
  const objectGraph = {
    nodes: [
      {
        children: [
          { node_id: 1, local_name: 'model' },
          { node_id: 3, local_name: 'optimizer' },
          { node_id: 9, local_name: 'save_counter' }
        ]
      },
      {
        children: [
          { node_id: 2, local_name: 'dense' },
          { node_id: 3, local_name: 'optimizer' },
          { node_id: 10, local_name: 'lookup' }
        ]
      },
      {
        children: [
          { node_id: 4, local_name: '_kernel' },
          { node_id: 11, local_name: 'moving_mean' },
          { node_id: 12, local_name: 'count' }
        ]
      },
      {
        children: [
          { node_id: 5, local_name: '_iterations' },
          { node_id: 6, local_name: '_trainable_variables' },
          { node_id: 7, local_name: '_momentums' },
          { node_id: 13, local_name: '_variables' }
        ]
      },
      value('optimizer/_trainable_variables/0', 'dense/kernel'),
      value('optimizer/_iterations', 'adam/iteration'),
      { children: [{ node_id: 4, local_name: '0' }] },
      { children: [{ node_id: 8, local_name: '0' }] },
      value('optimizer/_variables/1', 'adam/dense_kernel_momentum'),
      value('save_counter'),
      value('model/lookup', 'lookup/table'),
      value('model/dense/moving_mean', 'dense/moving_mean'),
      value('model/dense/count', 'dense/count'),
      {
        children: [
          { node_id: 5, local_name: '0' },
          { node_id: 8, local_name: '1' }
        ]
      }
    ]
  }
  const bundle = buildBundle(
    [
      { name: key('optimizer/_trainable_variables/0'), dtype: DT.FLOAT, shape: [4, 2] },
      { name: key('optimizer/_variables/1'), dtype: DT.FLOAT, shape: [4, 2] },
      { name: key('optimizer/_iterations'), dtype: DT.INT64, shape: [] },
      { name: key('save_counter'), dtype: DT.INT64, shape: [] },
      // Integer variables of the model (a lookup table, a layer's counter): the model's, not counters.
      { name: key('model/lookup'), dtype: DT.INT64, shape: [16] },
      { name: key('model/dense/count'), dtype: DT.INT32, shape: [] },
      { name: key('model/dense/moving_mean'), dtype: DT.FLOAT, shape: [2] }
    ],
    { objectGraph }
  )

  it("calls the model's variables the model's, and only slots and the optimizer's own scalars optimizer state", async () => {
    const result = decided(await tensorflowCheckpointReader.read('c.index', new MemoryFiles(bundleFiles('c', bundle))))
    expect(categories(result)).toEqual({
      _CHECKPOINTABLE_OBJECT_GRAPH: 'metadata',
      'optimizer/_trainable_variables/0': 'weights',
      'optimizer/_variables/1': 'optimizer',
      'optimizer/_iterations': 'optimizer',
      save_counter: 'bookkeeping',
      'model/lookup': 'weights',
      'model/dense/count': 'weights',
      'model/dense/moving_mean': 'buffers'
    })
  })

  it("names a Keras 3 slot list's variable by its index in the optimizer's trained variables", async () => {
    const result = decided(await tensorflowCheckpointReader.read('c.index', new MemoryFiles(bundleFiles('c', bundle))))
    const reasons = Object.fromEntries(result.tensors.map((t) => [t.name, t.reason]))
    expect(reasons[key('optimizer/_variables/1')]).toBe('momentums slot of dense/kernel (optimizer)')
    expect(reasons[key('optimizer/_trainable_variables/0')]).toBe('trained by optimizer')
    expect(result.categoryNotes).toEqual({ optimizer: 'optimizer slots (momentums) for 1 variable' })
  })
})

describe('a TF1 Estimator checkpoint of partitioned variables with its meta graph', () => {
  // linear/weights in two partitions (rows 0:6 and 6:10); Ftrl's slots are saved per partition,
  // `linear/weights/part_N/Ftrl`, shaped like part N, and no collection lists them as trainable.
  const partitioned = (name: string) => ({
    name,
    dtype: DT.FLOAT,
    shape: [10, 4],
    slices: [
      {
        extents: [
          [0, 6],
          [0, -1]
        ] as [number, number][]
      },
      {
        extents: [
          [6, 4],
          [0, -1]
        ] as [number, number][]
      }
    ]
  })
  const bundle = buildBundle([
    partitioned('linear/weights'),
    ...[0, 1].flatMap((part) =>
      ['Ftrl', 'Ftrl_1'].map((slot) => ({ name: `linear/weights/part_${part}/${slot}`, dtype: DT.FLOAT, shape: [part === 0 ? 6 : 4, 4] }))
    ),
    { name: 'global_step', dtype: DT.INT64, shape: [] }
  ])
  const variableDef = (name: string, fullName?: string): Uint8Array =>
    VariableDef.encode(VariableDef.fromObject({ variable_name: `${name}:0`, ...(fullName ? { save_slice_info_def: { full_name: fullName } } : {}) })).finish()
  const meta = MetaGraphDef.encode(
    MetaGraphDef.fromObject({
      collection_def: {
        trainable_variables: {
          bytes_list: { value: [variableDef('linear/weights/part_0', 'linear/weights'), variableDef('linear/weights/part_1', 'linear/weights')] }
        },
        global_step: { bytes_list: { value: [variableDef('global_step')] } }
      }
    })
  ).finish()
  const files = new Map([...bundleFiles('m/model.ckpt-1', bundle), ['m/model.ckpt-1.meta', meta]])

  it("calls each partition's slots optimizer state though the meta graph does not list them as trainable", async () => {
    const result = decided(await tensorflowCheckpointReader.read('m/model.ckpt-1.index', new MemoryFiles(files)))
    const slot = result.tensors.find((t) => t.name === 'linear/weights/part_1/Ftrl')
    expect(slot?.evidence?.map((e) => [e.role, e.source])).toEqual([
      ['optimizer-slot', 'slot-structure'],
      ['not-trained', 'meta-graph']
    ])
    expect(slot?.reason).toBe('Ftrl slot (accum) of linear/weights: same shape and dtype')
    const report = await measure([...files.keys()], new MemoryFiles(files))
    expect(report.checkpoints[0].bytes).toMatchObject({ weights: 160, optimizer: 320, buffers: 0, bookkeeping: 8, unclassified: 0 })
    expect(report.checkpoints[0].classifiedBy).toBe('meta-graph')
    expect(report.checkpoints[0].categoryNotes).toEqual({ optimizer: 'Ftrl slots (accum, linear) for 1 variable' })
  })

  it('does not take a tensor shaped unlike its partition for a slot', async () => {
    const odd = buildBundle([partitioned('w'), { name: 'w/part_0/Ftrl', dtype: DT.FLOAT, shape: [4, 4] }])
    const result = decided(await tensorflowCheckpointReader.read('o.index', new MemoryFiles(bundleFiles('o', odd))))
    expect(result.tensors.find((t) => t.name === 'w/part_0/Ftrl')?.category).toBe('unclassified')
  })
})

describeWithFixtures('TF2 checkpoints whose object graph is unreadable (its data shard withheld)', () => {
  /** The folder's files but its data shards, in memory: the index alone, as an index-only checkout. */
  const measureWithoutData = async (folder: string) => {
    const dir = fixture(folder)
    const names = readdirSync(dir).filter((name) => !/\.data-\d{5}-of-\d{5}$|^(PROVENANCE\.md|truth\.json)$/.test(name))
    const report = await measure(names, new MemoryFiles(new Map(names.map((name) => [name, readFileSync(join(dir, name))]))))
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    return report.checkpoints[0]
  }

  it('a Keras 3 tf.train.Checkpoint still meets its truth by the key conventions: optimizer/_trainable_variables/N are weights', async () => {
    const checkpoint = await measureWithoutData('generated/tensorflow/ckpt-manager-sgd-cnn-bn')
    expect(checkpoint.warnings.join('\n')).toMatch(/object graph is in the absent shard/)
    // truth.json: weights 6004, optimizer [6008, 6016], buffers 192, bookkeeping [8, 16].
    expect(checkpoint.bytes).toMatchObject({ weights: 6004, optimizer: 6016, buffers: 192, bookkeeping: 8, unclassified: 0 })
  })

  it("variables under the model's path that no rule names are the model's weights, not unclassified", async () => {
    // The Object Detection export's variables are `_model/.../variables/N`: their names say nothing.
    const checkpoint = await measureWithoutData('real/savedmodel/od-api-tf2-export-2-shards-partial')
    expect(checkpoint.unclassifiedTensors ?? []).toEqual([])
    // Weights and buffers as the object graph splits them (22,110,388 + 198,784) are all weights here.
    expect(checkpoint.bytes.weights).toBe(22309172)
    expect(checkpoint.classifiedBy).toBe('name-rules')
  })
})
