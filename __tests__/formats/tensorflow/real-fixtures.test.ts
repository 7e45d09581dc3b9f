import { expect, it } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CATEGORIES, type CheckpointReport, type ReadResult, type Report, type TensorInfo } from '../../../src/core/types.js'
import { Cursor } from '../../../src/io/bytes/index.js'
import { parseBlock, readBlock } from '../../../src/formats/tensorflow/sstable.js'
import { tensorflowCheckpointReader, tensorflowSavedModelReader } from '../../../src/formats/tensorflow/index.js'
import type { CheckpointFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { walk } from '../../../src/io/walk.js'
import { measure } from '../../../src/pipeline/measure.js'
import { describeWithFixtures, fixture, fixtureFolders } from '../../helpers/fixtures.js'
import { decided } from '../../helpers/decide.js'
import { savedModelLayout } from './fixture-layout.js'

/**
 * Every real TensorFlow fixture, through the whole pipeline (measure), then the named
 * expectations of each PROVENANCE.md.
 */

interface Loaded {
  folder: string
  files: CheckpointFiles
  report: Report
  /** The reader's own result, to look at single tensors. */
  result?: ReadResult
  /** Where each path the reader sees is on disk. */
  disk: (path: string) => string
}

const V1_FOLDER = 'tf1/serving-session-bundle-v1-format'

async function load(kind: string, name: string): Promise<Loaded> {
  const folder = fixture(`real/${kind}/${name}`)
  if (kind === 'savedmodel') {
    const files = savedModelLayout(folder)
    const report = await measure(files.paths, files)
    const result = report.checkpoints.length > 0 ? decided(await tensorflowSavedModelReader.read('model/variables/variables.index', files)) : undefined
    return { folder, files, report, result, disk: (path) => join(folder, path.replace(/^model\/(variables\/)?/, '')) }
  }
  const files = new DiskFiles(folder)
  const { files: paths } = await walk(folder, ['.'])
  const report = await measure(paths, files)
  const index = paths.find((path) => path.endsWith('.index'))
  const result = index ? decided(await tensorflowCheckpointReader.read(index, files)) : undefined
  return { folder, files, report, result, disk: (path) => join(folder, path) }
}

/** "- tensors: 17; num_shards: 1" and "- sum of tensor sizes: 1648424 bytes" from PROVENANCE.md. */
function provenance(folder: string): { tensors?: number; sumOfSizes?: number; absent: string[] } {
  const text = readFileSync(join(folder, 'PROVENANCE.md'), 'utf8')
  const tensors = /^- tensors: (\d+);/m.exec(text)
  const sum = /^- sum of tensor sizes: (\d+) bytes/m.exec(text)
  const absent = [...text.matchAll(/^\| (\S+) \| `[^`]*` \| absent/gm)].map((match) => match[1])
  return { tensors: tensors ? Number(tensors[1]) : undefined, sumOfSizes: sum ? Number(sum[1]) : undefined, absent }
}

const byName = (result: ReadResult | undefined, name: string): TensorInfo => {
  const tensor = result?.tensors.find((t) => t.name === name)
  if (!tensor) throw new Error(`no tensor ${name}`)
  return tensor
}
const only = (report: Report): CheckpointReport => {
  expect(report.errors).toEqual([])
  expect(report.checkpoints).toHaveLength(1)
  return report.checkpoints[0]
}
const sumOf = (tensors: TensorInfo[]): number => tensors.reduce((sum, t) => sum + t.byteLength, 0)

const ALL = [
  ...fixtureFolders('real/tf1').map((name) => ['tf1', name]),
  ...fixtureFolders('real/tf2').map((name) => ['tf2', name]),
  ...fixtureFolders('real/savedmodel').map((name) => ['savedmodel', name])
]

describeWithFixtures('real TensorFlow checkpoints, through measure()', () => {
  it('covers every tf1, tf2 and savedmodel fixture folder', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(17)
  })

  it.each(ALL.filter(([kind, name]) => `${kind}/${name}` !== V1_FOLDER))(
    '%s/%s: parses, its categories add up to the bytes of its files, and its shards to their entries',
    async (kind, name) => {
      const loaded = await load(kind, name)
      const checkpoint = only(loaded.report)
      const facts = provenance(loaded.folder)

      // Categories add up exactly; the total is the files' sizes (on disk, or from the index when absent).
      const sum = CATEGORIES.reduce((total, category) => total + checkpoint.bytes[category], 0)
      expect(sum).toBe(checkpoint.bytes.total)
      expect(checkpoint.files.reduce((total, file) => total + file.bytes, 0)).toBe(checkpoint.bytes.total)
      for (const file of checkpoint.files) {
        if (file.present === false) continue
        expect(file.bytes).toBe(statSync(loaded.disk(file.path)).size)
      }
      // Every file of the folder is part of the checkpoint (a SavedModel's or a prefix's), but PROVENANCE.md.
      const claimed = new Set(checkpoint.files.filter((f) => f.present !== false).map((f) => loaded.disk(f.path)))
      const { files: onDisk } = await walk(loaded.folder, ['.'])
      expect(
        onDisk
          .filter((path) => path !== 'PROVENANCE.md')
          .map((path) => join(loaded.folder, path))
          .sort()
      ).toEqual([...claimed].sort())

      // The index agrees with what PROVENANCE.md computed from it independently.
      const result = loaded.result as ReadResult
      // Every V2 fixture's PROVENANCE.md states both; a wording change must fail here, not skip the check.
      expect(facts).toMatchObject({ tensors: expect.any(Number), sumOfSizes: expect.any(Number) })
      expect(result.tensors).toHaveLength(facts.tensors as number)
      expect(sumOf(result.tensors)).toBe(facts.sumOfSizes)

      // Each data shard: present ones hold exactly their entries; absent ones are flagged and named.
      for (const file of checkpoint.files.filter((f) => f.role === 'data')) {
        const payload = sumOf(result.tensors.filter((t) => t.file === file.path))
        expect(file.bytes).toBe(payload)
        if (file.present === false) {
          expect(facts.absent.some((absent) => file.path.endsWith(absent))).toBe(true)
          expect(checkpoint.warnings.join('\n')).toContain(file.path)
        }
      }
      expect(checkpoint.unclassifiedTensors ?? []).toEqual([])
      // TF checks every fixed-size entry against dtype x shape; real files pass that check.
      expect(checkpoint.warnings.join('\n')).not.toMatch(/differs from dtype x shape/)
    }
  )

  it('reads the index and at most the object graph: never a payload byte', async () => {
    const counted = (root: string): { files: CheckpointFiles; read: Map<string, number> } => {
      const disk = new DiskFiles(root)
      const read = new Map<string, number>()
      const files: CheckpointFiles = {
        size: (path) => disk.size(path),
        list: (dir) => disk.list(dir),
        async open(path) {
          const source = await disk.open(path)
          return {
            name: source.name,
            size: source.size,
            get bytesRead() {
              return source.bytesRead
            },
            async read(offset: number, length: number) {
              read.set(path, (read.get(path) ?? 0) + length)
              return source.read(offset, length)
            },
            close: () => source.close()
          }
        }
      }
      return { files, read }
    }
    const traffic = counted(fixture('real/tf1/traffic-sign-cnn-adam'))
    await tensorflowCheckpointReader.read('model.ckpt.index', traffic.files)
    expect(traffic.read.get('model.ckpt.data-00000-of-00001')).toBeUndefined()
    // The index block and data blocks once each (not the empty metaindex block): at most the whole file.
    expect(traffic.read.get('model.ckpt.index')).toBeGreaterThan(1271 - 64)
    expect(traffic.read.get('model.ckpt.index')).toBeLessThanOrEqual(1271)
    // The .meta is walked field by field: its GraphDef is skipped, not read.
    expect(traffic.read.get('model.ckpt.meta')).toBeLessThan(91068 / 2)

    const iris = counted(fixture('real/tf2/iris-keras-save-weights-2-shards'))
    await tensorflowCheckpointReader.read('model.ckpt.index', iris.files)
    expect(iris.read.get('model.ckpt.data-00000-of-00002')).toBe(2091) // the object graph, and only it
    expect(iris.read.get('model.ckpt.data-00001-of-00002')).toBeUndefined()
  })

  it('reports the V1 checkpoint as unsupported, saying what it is and how to fix it', async () => {
    const { report } = await load('tf1', 'serving-session-bundle-v1-format')
    expect(report.checkpoints).toEqual([])
    expect(report.errors).toEqual([expect.objectContaining({ path: 'export-00000-of-00001', kind: 'UnsupportedFormatError' })])
    expect(report.errors[0].message).toMatch(/^export-00000-of-00001: unsupported format: a TensorFlow V1 checkpoint .*2 tensor slice\(s\).*V2 saver/)
  })

  it('still reports the other checkpoints when a V1 file is next to them', async () => {
    const root = fixture('real')
    const { files } = await walk(root, ['tf1'])
    const report = await measure(files, new DiskFiles(root))
    expect(report.errors.map((e) => e.kind)).toEqual(['UnsupportedFormatError'])
    expect(report.checkpoints).toHaveLength(fixtureFolders('real/tf1').length - 1)
  })

  it("traffic-sign CNN: every Variable_N/Adam and /Adam_1 is optimizer state of exactly its variable's bytes", async () => {
    const { report, result } = await load('tf1', 'traffic-sign-cnn-adam')
    const checkpoint = only(report)
    const variables = (result as ReadResult).tensors.filter((t) => /^Variable(_\d+)?$/.test(t.name))
    expect(variables.length).toBe(12)
    for (const variable of variables) {
      expect(variable.category).toBe('weights')
      for (const slot of ['Adam', 'Adam_1']) {
        const tensor = byName(result, `${variable.name}/${slot}`)
        expect(tensor.category).toBe('optimizer')
        expect(tensor.byteLength).toBe(variable.byteLength)
      }
    }
    expect(byName(result, 'beta1_power').category).toBe('optimizer')
    expect(byName(result, 'beta2_power').category).toBe('optimizer')
    expect(checkpoint.bytes.optimizer).toBe(2 * checkpoint.bytes.weights + 8)
    expect(checkpoint.classifiedBy).toBe('meta-graph')
    expect(checkpoint.categoryNotes?.optimizer).toBe('Adam slots (m, v) for 12 variables')
  })

  it('MNIST CNN with Adam (the seed question): optimizer bytes are exactly 2 x weights + the beta powers, from the index alone', async () => {
    const { report, result } = await load('tf1', 'mnist-cnn-adam-index-only')
    const checkpoint = only(report)
    const betaPowers = byName(result, 'beta1_power').byteLength + byName(result, 'beta2_power').byteLength
    expect(betaPowers).toBe(8)
    expect(checkpoint.bytes.optimizer).toBe(2 * checkpoint.bytes.weights + betaPowers)
    expect(checkpoint.bytes.weights + checkpoint.bytes.optimizer).toBe(4271720)
    const shard = checkpoint.files.find((f) => f.role === 'data')
    expect(shard).toEqual({ path: 'model.ckpt.data-00000-of-00001', bytes: 4271720, role: 'data', present: false })
    expect(checkpoint.files.map((f) => [f.path, f.role])).toEqual(
      expect.arrayContaining([
        ['model.ckpt.meta', 'graph'],
        ['checkpoint', 'state'],
        ['model.ckpt.index', 'index']
      ])
    )
    expect(checkpoint.explanations.join('\n')).toMatch(/optimizer state is 6\d\.\d% of this checkpoint/)
  })

  it("two-optimizer WGAN: both optimizers' beta powers and slots are optimizer state, batch-norm statistics are buffers", async () => {
    const { report, result } = await load('tf1', 'wgan-two-adam-optimizers')
    const checkpoint = only(report)
    for (const name of ['beta1_power', 'beta1_power_1', 'beta2_power', 'beta2_power_1']) {
      expect(byName(result, name).category).toBe('optimizer')
    }
    const stats = (result as ReadResult).tensors.filter((t) => /moving_(mean|variance)$/.test(t.name))
    expect(stats.length).toBeGreaterThan(0)
    for (const tensor of stats) expect(tensor.category).toBe('buffers')
    expect((result as ReadResult).tensors.some((t) => /moving_mean\/Adam/.test(t.name))).toBe(false)
    expect(checkpoint.bytes.optimizer).toBe(2 * checkpoint.bytes.weights + 16)
    expect(checkpoint.bytes.buffers).toBe(sumOf(stats))
  })

  it('estimator: global_step is 8 bytes of bookkeeping; weights, Adam slots and global_step fill the 220-byte shard', async () => {
    const { report, result } = await load('tf1', 'estimator-tiny-adam-global-step')
    const checkpoint = only(report)
    const step = byName(result, 'global_step')
    expect([step.dtype, step.byteLength, step.category]).toEqual(['int64', 8, 'bookkeeping'])
    expect(checkpoint.bytes.bookkeeping).toBe(8)
    expect(checkpoint.bytes.weights + checkpoint.bytes.optimizer + checkpoint.bytes.bookkeeping).toBe(220)
    expect(checkpoint.bytes.optimizer).toBe(2 * checkpoint.bytes.weights + 8)
    // Several checkpoints share the directory's state file; it names model.ckpt-2000, which owns it.
    expect(checkpoint.files.find((f) => f.role === 'state')).toEqual({ path: 'checkpoint', bytes: 176, role: 'state' })
  })

  it('ProximalAdagrad estimator: one slot per variable, so optimizer bytes equal weight bytes', async () => {
    const { report, result } = await load('tf1', 'dnn-estimator-proximal-adagrad')
    const checkpoint = only(report)
    expect(checkpoint.bytes.optimizer).toBe(checkpoint.bytes.weights)
    expect(byName(result, 'global_step').category).toBe('bookkeeping')
    expect(checkpoint.categoryNotes?.optimizer).toMatch(/^ProximalAdagrad slots \(accumulator\) for \d+ variables$/)
  })

  it("A2C with two Keras optimizers: the object graph names each one's slots; iter is optimizer state; counters are bookkeeping", async () => {
    const { report, result } = await load('tf2', 'a2c-two-adam-checkpoint-save-counter')
    const checkpoint = only(report)
    expect(checkpoint.classifiedBy).toBe('object-graph')
    const tensors = (result as ReadResult).tensors
    for (const tensor of tensors.filter((t) => t.name.includes('/.OPTIMIZER_SLOT/'))) {
      const primary = byName(result, tensor.name.replace(/\.OPTIMIZER_SLOT\/.*$/, '.ATTRIBUTES/VARIABLE_VALUE'))
      expect([tensor.category, primary.category]).toEqual(['optimizer', 'weights'])
      expect(tensor.byteLength).toBe(primary.byteLength)
    }
    expect(byName(result, 'actor_optimizer/iter/.ATTRIBUTES/VARIABLE_VALUE').category).toBe('optimizer')
    expect(byName(result, 'save_counter/.ATTRIBUTES/VARIABLE_VALUE').category).toBe('bookkeeping')
    expect(byName(result, 'episode_counter/.ATTRIBUTES/VARIABLE_VALUE').category).toBe('bookkeeping')
    expect(byName(result, '_CHECKPOINTABLE_OBJECT_GRAPH').category).toBe('metadata')
    expect(checkpoint.categoryNotes?.optimizer).toMatch(/^actor_optimizer slots \(m, v\) for \d+ variables; critic_optimizer slots \(m, v\) for \d+ variables$/)
  })

  it('DCGAN with the new Keras optimizer, data absent: _variables/N, _iterations and _learning_rate are optimizer state by path', async () => {
    const { report, result } = await load('tf2', 'dcgan-mnist-checkpoint-keras-new-optimizer-index-only')
    const checkpoint = only(report)
    const tensors = (result as ReadResult).tensors
    const optimizerVariables = tensors.filter((t) => /^(generator|discriminator)_optimizer\/_variables\/\d+\//.test(t.name))
    expect(optimizerVariables.length).toBeGreaterThan(0)
    for (const tensor of tensors.filter((t) => /_optimizer\//.test(t.name))) expect(tensor.category).toBe('optimizer')
    expect(byName(result, 'save_counter/.ATTRIBUTES/VARIABLE_VALUE').category).toBe('bookkeeping')
    expect(checkpoint.warnings.join('\n')).toMatch(/object graph is in the absent shard/)
    expect(checkpoint.bytes.weights).toBeGreaterThan(0)
    // Adam's m and v for every weight, plus each optimizer's scalar _iterations and _learning_rate.
    const scalars = tensors.filter((t) => t.category === 'optimizer' && t.shape.length === 0)
    expect(scalars.map((t) => t.name.replace('/.ATTRIBUTES/VARIABLE_VALUE', '')).sort()).toEqual([
      'discriminator_optimizer/_iterations',
      'discriminator_optimizer/_learning_rate',
      'generator_optimizer/_iterations',
      'generator_optimizer/_learning_rate'
    ])
    expect(checkpoint.bytes.optimizer).toBe(2 * checkpoint.bytes.weights + sumOf(scalars))
    expect(checkpoint.categoryNotes?.optimizer).toMatch(/^discriminator_optimizer \(\d+ variables\), generator_optimizer \(\d+ variables\)$/)
  })

  it('iris save_weights in 2 shards: shard 0 holds only the object graph, shard 1 every variable', async () => {
    const { report, result } = await load('tf2', 'iris-keras-save-weights-2-shards')
    const checkpoint = only(report)
    expect(checkpoint.classifiedBy).toBe('object-graph')
    const graph = byName(result, '_CHECKPOINTABLE_OBJECT_GRAPH')
    expect(graph.file).toBe('model.ckpt.data-00000-of-00002')
    expect(graph.byteLength).toBe(2091)
    expect(byName(result, 'optimizer/iter/.ATTRIBUTES/VARIABLE_VALUE').category).toBe('optimizer')
    expect(checkpoint.categoryNotes?.optimizer).toBe('optimizer slots (m, v) for 4 variables')
  })

  it("estimator SavedModel export: no optimizer, global_step kept as bookkeeping, weights from saved_model.pb's trainable_variables", async () => {
    const { report } = await load('savedmodel', 'estimator-export-global-step')
    const checkpoint = only(report)
    expect(checkpoint.format).toBe('tensorflow-savedmodel')
    expect(checkpoint.id).toBe('model')
    expect(checkpoint.classifiedBy).toBe('meta-graph')
    expect(checkpoint.bytes.optimizer).toBe(0)
    expect(checkpoint.bytes.bookkeeping).toBe(8)
    expect(checkpoint.bytes.weights).toBe(68)
  })

  it('serving counter: a float variable named "counter" is a weight because the graph says it is trainable', async () => {
    const { result } = await load('savedmodel', 'serving-counter')
    expect(byName(result, 'counter').category).toBe('weights')
    expect(byName(result, 'counter').reason).toMatch(/trainable_variables/)
  })

  it('Keras RMSprop SavedModel: one rms slot per weight, metric accumulators are bookkeeping', async () => {
    const { report, result } = await load('savedmodel', 'keras-boston-rmsprop-variables-only')
    const checkpoint = only(report)
    const slots = (result as ReadResult).tensors.filter((t) => t.name.includes('/.OPTIMIZER_SLOT/optimizer/rms/'))
    expect(slots.length).toBeGreaterThan(0)
    expect(sumOf(slots)).toBe(checkpoint.bytes.weights)
    for (const tensor of (result as ReadResult).tensors.filter((t) => t.name.includes('keras_api/metrics/'))) {
      expect(tensor.category).toBe('bookkeeping')
    }
    expect(checkpoint.warnings.join('\n')).toMatch(/absent \(.*saved_model\.pb\): the variables bundle does not describe its size, so it is counted as 0 bytes/)
  })

  it('Object Detection export with its weight shard absent: the index gives the 22.3 MB, the object graph in shard 0 the categories', async () => {
    const { report, result } = await load('savedmodel', 'od-api-tf2-export-2-shards-partial')
    const checkpoint = only(report)
    expect(checkpoint.classifiedBy).toBe('object-graph')
    expect(checkpoint.files.find((f) => f.path.endsWith('data-00001-of-00002'))).toMatchObject({ bytes: 22309172, present: false })
    // Its keys say only `variables/84`; the object graph's lists of non-trainable variables say which are model state.
    expect(checkpoint.bytes.weights + checkpoint.bytes.buffers).toBe(22309172)
    expect(checkpoint.tensorCounts).toMatchObject({ weights: 465, buffers: 218 })
    const moving = (result as ReadResult).tensors.find((t) => t.name === '_model/_box_predictor/variables/84/.ATTRIBUTES/VARIABLE_VALUE')
    expect(moving?.category).toBe('buffers')
    expect(moving?.reason).toBe('among the non-trainable variables _model/_box_predictor/keras_api lists')
  })

  it('snappy-compressed indexes (half_plus_two TF1 and TF2) read like raw ones', async () => {
    for (const name of ['serving-half-plus-two-tf1', 'serving-half-plus-two-tf2']) {
      const index = readFileSync(join(fixture(`real/savedmodel/${name}`), 'variables.index'))
      // The first data block starts at 0; the index block's only entry gives its size.
      const footer = Cursor.over(index.subarray(index.length - 48), 'footer')
      footer.varint('a block handle')
      footer.varint('a block handle')
      const indexBlock = readBlock(index, { offset: footer.varint('a block handle'), size: footer.varint('a block handle') }, 'index', 'index block')
      const handles: number[] = []
      parseBlock(indexBlock, 'index', 'index block', (_key, value) => {
        const handle = Cursor.over(value, 'handle')
        handles.push(handle.varint('a block handle'), handle.varint('a block handle'))
      })
      expect(handles[0]).toBe(0)
      expect(index[handles[1]]).toBe(1) // compression type in the block trailer: snappy
      const { report, result } = await load('savedmodel', name)
      expect(only(report).bytes.weights).toBeGreaterThan(0)
      expect((result as ReadResult).tensors.length).toBeGreaterThan(0)
    }
  })

  it('TF-Text SavedModel whose bundle holds only the object graph: all metadata, graph files counted', async () => {
    const { report } = await load('savedmodel', 'serving-tf-text-regression')
    const checkpoint = only(report)
    expect(checkpoint.bytes.metadata).toBe(checkpoint.bytes.total)
    expect(checkpoint.files.map((f) => [f.path, f.role])).toEqual(
      expect.arrayContaining([
        ['model/fingerprint.pb', 'asset'],
        ['model/keras_metadata.pb', 'asset']
      ])
    )
  })

  it('a SavedModel stored flat (variables.index beside saved_model.pb) is still one checkpoint, read in place', async () => {
    const folder = fixture('real/savedmodel/serving-counter')
    const found = await walk(folder, ['.'])
    const report = await measure(found.files, new DiskFiles(folder))
    expect(report.errors).toEqual([])
    const checkpoint = only(report)
    expect(checkpoint.format).toBe('tensorflow-savedmodel')
    expect(checkpoint.files.map((f) => f.path).sort()).toEqual(['saved_model.pb', 'variables.data-00000-of-00001', 'variables.index'])
    expect(checkpoint.bytes.total).toBe(5289 + 123 + 4)
    expect(checkpoint.bytes.weights).toBe(4) // "counter" is trainable per saved_model.pb
  })
})
