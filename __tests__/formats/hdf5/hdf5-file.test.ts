import { describe, expect, it } from '@jest/globals'
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { FormatError } from '../../../src/core/errors.js'
import { CATEGORIES } from '../../../src/core/types.js'
import { readHdf5Tree } from '../../../src/formats/hdf5/index.js'
import { hdf5Reader } from '../../../src/formats/keras/hdf5-reader.js'
import { kerasArchiveReader } from '../../../src/formats/keras/keras-archive-reader.js'
import { classifyKerasTree, isLayoutAttribute, stringList } from '../../../src/formats/keras/keras-layout.js'
import { BufferByteSource, type ByteSource } from '../../../src/io/byte-source.js'
import { MemoryFiles, type CheckpointFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { buildHdf5, dataset, group, kerasAttribute } from '../../../scripts/builders/hdf5.js'
import { buildZip } from '../../../scripts/builders/zip.js'
import { decided } from '../../helpers/decide.js'

const legacyModel = () =>
  group(
    {
      model_weights: group(
        {
          dense: group(
            { dense: group({ 'kernel:0': dataset('float32', [8, 4]), 'bias:0': dataset('float32', [4]) }) },
            {
              weight_names: ['dense/kernel:0', 'dense/bias:0']
            }
          ),
          batch_normalization: group(
            {
              batch_normalization: group({
                'gamma:0': dataset('float32', [4]),
                'beta:0': dataset('float32', [4]),
                'moving_mean:0': dataset('float32', [4], { chunks: [2] }),
                'moving_variance:0': dataset('float32', [4])
              })
            },
            {
              weight_names: [
                'batch_normalization/gamma:0',
                'batch_normalization/beta:0',
                'batch_normalization/moving_mean:0',
                'batch_normalization/moving_variance:0'
              ]
            }
          )
        },
        // Keras splits attributes over 64 KiB into layer_names0, layer_names1, …
        { layer_names0: ['dense'], layer_names1: ['batch_normalization'] }
      ),
      optimizer_weights: group({ 'iter:0': dataset('int64', []), 'dense/kernel/m:0': dataset('float32', [8, 4]) })
    },
    { keras_version: '2.4.0' }
  )

function files(entries: Record<string, Uint8Array>): MemoryFiles {
  return new MemoryFiles(new Map(Object.entries(entries)))
}

/** Byte offsets of a 4-byte ASCII signature in a built file. */
function signatures(bytes: Uint8Array, signature: string): number[] {
  const found: number[] = []
  const code = [...signature].map((c) => c.charCodeAt(0))
  for (let i = 0; i + 4 <= bytes.length; i++) if (code.every((c, j) => bytes[i + j] === c)) found.push(i)
  return found
}

describe('HDF5 walker on files built in the test', () => {
  it('gives each dataset the span of its payload, a chunked one as the sum of its chunks', async () => {
    const built = buildHdf5(legacyModel())
    const tree = await readHdf5Tree(new BufferByteSource('m.h5', built.bytes))
    const spans = Object.fromEntries(tree.datasets.map((d) => [d.path, { offset: d.storage.offset, byteLength: d.storage.byteLength }]))
    for (const expected of built.datasets) expect(spans[expected.path]).toEqual({ offset: expected.offset, byteLength: expected.byteLength })
    const chunked = tree.datasets.find((d) => d.path.endsWith('moving_mean:0'))!
    expect(chunked.storage).toMatchObject({ layout: 'chunked', chunks: 2, byteLength: 16 })
    // The payloads are the builder's 0xab pattern: a span never covers a metadata byte.
    for (const d of tree.datasets) {
      expect(built.bytes.subarray(d.storage.offset, d.storage.offset + d.storage.byteLength).every((b) => b === 0xab)).toBe(true)
    }
  })

  it('gives datasets of one shape one shared shape array, and each dataset its own dimensions', async () => {
    const shapes = [[8, 4], [4], [8, 4], [4, 8], [4], [], [8, 4, 1], [8, 4]]
    const built = buildHdf5(group(Object.fromEntries(shapes.map((shape, i) => [`d${i}`, dataset('float32', shape)]))))
    const tree = await readHdf5Tree(new BufferByteSource('s.h5', built.bytes))
    const byName = new Map(tree.datasets.map((d) => [d.path, d.shape]))
    shapes.forEach((shape, i) => expect(byName.get(`d${i}`)).toEqual(shape))
    expect(byName.get('d2')).toBe(byName.get('d0'))
    expect(byName.get('d4')).toBe(byName.get('d1'))
    expect(byName.get('d3')).not.toBe(byName.get('d0'))
  })

  it('puts a legacy Normalization layer’s mean, variance and count in buffers, and no other layer’s', async () => {
    const stats = { 'mean:0': dataset('float32', [4]), 'variance:0': dataset('float32', [4]), 'count:0': dataset('int64', []) }
    const layers = {
      normalization: group({ normalization: group(stats) }),
      normalization_1: group({ normalization_1: group(stats) }),
      dense: group({ dense: group({ 'kernel:0': dataset('float32', [4, 2]), 'mean:0': dataset('float32', [2]) }) })
    }
    const built = buildHdf5(group({ model_weights: group(layers, { layer_names: Object.keys(layers) }) }))
    const result = decided(await hdf5Reader.read('n.h5', files({ 'n.h5': built.bytes })))
    const category = Object.fromEntries(result.tensors.map((t) => [t.name, t.category]))
    expect(category).toEqual({
      'model_weights/dense/dense/kernel:0': 'weights',
      'model_weights/dense/dense/mean:0': 'weights',
      'model_weights/normalization/normalization/count:0': 'buffers',
      'model_weights/normalization/normalization/mean:0': 'buffers',
      'model_weights/normalization/normalization/variance:0': 'buffers',
      'model_weights/normalization_1/normalization_1/count:0': 'buffers',
      'model_weights/normalization_1/normalization_1/mean:0': 'buffers',
      'model_weights/normalization_1/normalization_1/variance:0': 'buffers'
    })
    expect(result.warnings).toEqual([])
  })

  it('classifies a legacy model by its groups, concatenating chunked layer_names', async () => {
    const built = buildHdf5(legacyModel())
    const result = decided(await hdf5Reader.read('m.h5', files({ 'm.h5': built.bytes })))
    const category = Object.fromEntries(result.tensors.map((t) => [t.name.split('/').pop(), t.category]))
    expect(category).toEqual({
      'beta:0': 'weights',
      'gamma:0': 'weights',
      'moving_mean:0': 'buffers',
      'moving_variance:0': 'buffers',
      'bias:0': 'weights',
      'kernel:0': 'weights',
      'iter:0': 'optimizer',
      'm:0': 'optimizer'
    })
    expect(result.categoryNotes?.weights).toMatch(/in 2 layer group/)
    const report = analyzeCheckpoint(result, { id: 'm.h5' })
    expect(report.bytes.total).toBe(built.size)
    expect(CATEGORIES.reduce((sum, c) => sum + report.bytes[c], 0)).toBe(built.size)
    expect(report.bytes.buffers).toBe(32)
    expect(report.bytes.optimizer).toBe(8 + 128)
  })

  it('classifies as the walk goes exactly as from the whole tree, datasets met before model_weights included', async () => {
    // `a_stray` is walked before `model_weights` decides the layout; `extra` is a layer group
    // missing from layer_names; the optimizer names itself by its group (`Adam`).
    const spec = legacyModel()
    spec.children.a_stray = dataset('float32', [3])
    const weights = spec.children.model_weights as typeof spec
    weights.children.extra = group({ extra: group({ 'kernel:0': dataset('float32', [2]) }) })
    spec.children.optimizer_weights = group({ Adam: group({ 'iter:0': dataset('int64', []), 'dense/kernel/m:0': dataset('float32', [8, 4]) }) })
    const built = buildHdf5(spec)
    const streamed = await hdf5Reader.read('m.h5', files({ 'm.h5': built.bytes }))
    const whole = classifyKerasTree(await readHdf5Tree(new BufferByteSource('m.h5', built.bytes)), 'm.h5', 0)
    expect(streamed.tensors).toEqual(whole.tensors)
    expect(streamed.warnings).toEqual(whole.warnings)
    expect(streamed.categoryNotes).toEqual(whole.categoryNotes)
    decided(streamed)
    expect(streamed.tensors.find((t) => t.name === 'a_stray')?.category).toBe('unclassified')
    expect(streamed.tensors.find((t) => t.name === 'model_weights/extra/extra/kernel:0')?.category).toBe('weights')
    expect(streamed.warnings.join()).toMatch(/not in layer_names: extra/)
    expect(streamed.categoryNotes?.optimizer).toMatch(/^Adam: /)
  })

  it('warns about the groups under model_weights that layer_names leaves out, not about a dataset', async () => {
    const spec = legacyModel()
    const weights = spec.children.model_weights as typeof spec
    weights.children.extra = group({ extra: group({ 'kernel:0': dataset('float32', [2]) }) })
    weights.children.loose = dataset('float32', [2])
    const built = buildHdf5(spec)
    const result = decided(await hdf5Reader.read('m.h5', files({ 'm.h5': built.bytes })))
    expect(result.warnings.filter((w) => /not in layer_names/.test(w))).toEqual(['layer group(s) not in layer_names: extra'])
    expect(result.categoryNotes?.weights).toMatch(/in 2 layer group/)
  })

  it('warns about a layer group that layer_names leaves out in a save_weights file, whose layers sit at the root', async () => {
    const root = legacyModel().children.model_weights as ReturnType<typeof legacyModel>
    root.children.extra = group({ extra: group({ 'kernel:0': dataset('float32', [2]) }) })
    const result = decided(await hdf5Reader.read('w.h5', files({ 'w.h5': buildHdf5(root).bytes })))
    expect(result.format).toBe('keras')
    expect(result.tensors.find((t) => t.name === 'extra/extra/kernel:0')?.category).toBe('weights')
    expect(result.warnings.filter((w) => /not in layer_names/.test(w))).toEqual(['layer group(s) not in layer_names: extra'])
  })

  it('reports plain HDF5 data as unclassified datasets with a warning, not as Keras weights', async () => {
    const built = buildHdf5(group({ images: dataset('float32', [10, 10]), labels: dataset('int64', [10]) }))
    const result = decided(await hdf5Reader.read('data.h5', files({ 'data.h5': built.bytes })))
    expect(result.format).toBe('hdf5')
    expect(result.tensors.map((t) => t.category)).toEqual(['unclassified', 'unclassified'])
    expect(result.warnings.join()).toMatch(/plain HDF5 data/)
    expect(analyzeCheckpoint(result, { id: 'd' }).bytes.unclassified).toBe(400 + 80)
  })

  it('lists every child of a group spread over a thousand symbol table nodes under a three-level B-tree', async () => {
    // h5py's SNODs hold 8 entries and its B-tree nodes 32 children: 8,300 children need levels 0, 1 and 2.
    const names = Array.from({ length: 8300 }, (_, i) => `d${i}`)
    const built = buildHdf5(group(Object.fromEntries(names.map((name) => [name, dataset('float32', [1])]))))
    expect(signatures(built.bytes, 'SNOD')).toHaveLength(Math.ceil(names.length / 8))
    expect(Math.max(...signatures(built.bytes, 'TREE').map((at) => built.bytes[at + 5]))).toBe(2)
    const tree = await readHdf5Tree(new BufferByteSource('wide.h5', built.bytes))
    expect(tree.datasets.map((d) => d.path).sort()).toEqual([...names].sort())
  })

  it('reads the layer_names of a 7,000-layer model, which Keras splits into attributes under 64 KiB', async () => {
    const layerNames = Array.from({ length: 7000 }, (_, i) => `dense_${i}`)
    const split = kerasAttribute('layer_names', layerNames)
    expect(Object.keys(split)).toEqual(['layer_names0', 'layer_names1'])
    const built = buildHdf5(group({ model_weights: group({}, split) }))
    const tree = await readHdf5Tree(new BufferByteSource('m.h5', built.bytes))
    expect(
      stringList(
        tree.groups.find((g) => g.path === 'model_weights'),
        'layer_names'
      )
    ).toEqual(layerNames)
  })

  it('refuses to build an attribute whose header message would overflow its 16-bit size', () => {
    // Written whole, 70,000 bytes of names wrapped the message size and the file read as truncated.
    const layerNames = Array.from({ length: 7000 }, (_, i) => `dense_${i}`)
    expect(() => buildHdf5(group({ model_weights: group({}, { layer_names: layerNames }) }))).toThrow(/does not fit a v1 object header/)
  })

  it('classifies a Keras 3 archive: BatchNormalization’s last two vars are buffers, optimizer vars are optimizer', async () => {
    const weights = buildHdf5(
      group({
        layers: group({
          dense: group({ vars: group({ '0': dataset('float32', [3, 2]), '1': dataset('float32', [2]) }) }),
          batch_normalization: group({
            vars: group({ '0': dataset('float32', [2]), '1': dataset('float32', [2]), '2': dataset('float32', [2]), '3': dataset('float32', [2]) })
          }),
          dropout: group({ seed_generator: group({ vars: group({ '0': dataset('int64', [2]) }) }) })
        }),
        optimizer: group({ vars: group({ '0': dataset('int64', []), '1': dataset('float32', []), '2': dataset('float32', [3, 2]) }) }),
        vars: group({})
      })
    )
    const config = JSON.stringify({
      class_name: 'Sequential',
      config: { layers: [{ class_name: 'Dense' }, { class_name: 'BatchNormalization' }, { class_name: 'Dropout' }] }
    })
    const archive = buildZip([
      { name: 'metadata.json', data: new TextEncoder().encode('{"keras_version": "3.9.2"}') },
      { name: 'config.json', data: new TextEncoder().encode(config), deflate: true },
      { name: 'model.weights.h5', data: weights.bytes }
    ])
    const result = decided(await kerasArchiveReader.read('m.keras', files({ 'm.keras': archive })))
    const category = Object.fromEntries(result.tensors.map((t) => [t.name, t.category]))
    expect(category).toEqual({
      'layers/batch_normalization/vars/0': 'weights',
      'layers/batch_normalization/vars/1': 'weights',
      'layers/batch_normalization/vars/2': 'buffers',
      'layers/batch_normalization/vars/3': 'buffers',
      'layers/dense/vars/0': 'weights',
      'layers/dense/vars/1': 'weights',
      'layers/dropout/seed_generator/vars/0': 'bookkeeping',
      'optimizer/vars/0': 'optimizer',
      'optimizer/vars/1': 'optimizer',
      'optimizer/vars/2': 'optimizer'
    })
    expect(result.tensors.find((t) => t.name.endsWith('batch_normalization/vars/2'))?.reason).toMatch(/config\.json class BatchNormalization/)
    for (const tensor of result.tensors) {
      expect(archive.subarray(tensor.offset, tensor.offset + tensor.byteLength).every((b) => b === 0xab)).toBe(true)
    }
    const report = analyzeCheckpoint(result, { id: 'm.keras' })
    expect(CATEGORIES.reduce((sum, c) => sum + report.bytes[c], 0)).toBe(archive.length)
  })

  it('reports a deflated model.weights.h5 as one unclassified span with a warning instead of inflating it', async () => {
    const weights = buildHdf5(group({ layers: group({ dense: group({ vars: group({ '0': dataset('float32', [64]) }) }) }) }))
    const archive = buildZip([{ name: 'model.weights.h5', data: weights.bytes, deflate: true }])
    const result = decided(await kerasArchiveReader.read('z.keras', files({ 'z.keras': archive })))
    expect(result.tensors).toHaveLength(1)
    expect(result.tensors[0]).toMatchObject({ name: 'model.weights.h5', category: 'unclassified' })
    expect(result.warnings.join()).toMatch(/compressed inside the archive/)
  })
})

describe('HDF5 walker on broken and hostile files', () => {
  it('names the file and the offset when the superblock is truncated', async () => {
    const built = buildHdf5(legacyModel())
    for (const cut of [12, 40, 90]) {
      const error = await readHdf5Tree(new BufferByteSource('cut.h5', built.bytes.subarray(0, cut))).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(FormatError)
      expect((error as FormatError).message).toMatch(/^cut\.h5: truncated HDF5 superblock .*\(at byte \d+\)/)
    }
  })

  it('reports a file cut after the superblock as truncated, from the end-of-file address', async () => {
    const built = buildHdf5(legacyModel())
    await expect(readHdf5Tree(new BufferByteSource('short.h5', built.bytes.subarray(0, built.size - 10)))).rejects.toThrow(
      /^short\.h5: truncated HDF5 file: the superblock says it ends at byte \d+/
    )
  })

  it('ends a chunk B-tree whose node points back at itself in an error, not a loop', async () => {
    const built = buildHdf5(legacyModel())
    const bytes = built.bytes.slice()
    const view = new DataView(bytes.buffer)
    const chunkTree = signatures(bytes, 'TREE').find((at) => bytes[at + 4] === 1)!
    bytes[chunkTree + 5] = 1 // level 1: its children are nodes, and the first child is the node itself
    const keySize = 8 + 8 * 2
    view.setBigUint64(chunkTree + 24 + keySize, BigInt(chunkTree), true)
    await expect(readHdf5Tree(new BufferByteSource('cyclic.h5', bytes))).rejects.toThrow(/^cyclic\.h5: B-tree node/)
  })

  it('walks a group that links to its own parent once', async () => {
    const built = buildHdf5(group({ a: group({ x: dataset('float32', [2]) }) }))
    const bytes = built.bytes.slice()
    const view = new DataView(bytes.buffer)
    const rootHeader = Number(view.getBigUint64(24 + 4 * 8 + 8, true))
    // The SNOD of group `a` (the first written): point its only entry at the root group instead.
    const snod = signatures(bytes, 'SNOD')[0]
    view.setBigUint64(snod + 8 + 8, BigInt(rootHeader), true)
    const tree = await readHdf5Tree(new BufferByteSource('loop.h5', bytes))
    expect(tree.groups.map((g) => g.path)).toEqual(['', 'a'])
    expect(tree.datasets).toEqual([])
  })

  it('rejects a continuation block that points back into its own header', async () => {
    const built = buildHdf5(group({ x: dataset('float32', [2]) }))
    const bytes = built.bytes.slice()
    const view = new DataView(bytes.buffer)
    const rootHeader = Number(view.getBigUint64(24 + 4 * 8 + 8, true))
    // Turn the root's symbol-table message into a continuation (0x10) to the header's own messages.
    view.setUint16(rootHeader + 16, 0x0010, true)
    view.setBigUint64(rootHeader + 24, BigInt(rootHeader + 16), true)
    view.setBigUint64(rootHeader + 32, BigInt(view.getUint32(rootHeader + 8, true)), true)
    await expect(readHdf5Tree(new BufferByteSource('cont.h5', bytes))).rejects.toThrow(/cont\.h5: object header continuation blocks form a cycle/)
  })
})

describe('HDF5 reading discipline', () => {
  it('reads the 4 MB of metadata of a 2,000-layer Keras .h5 no more than once', async () => {
    // Keras 2 layout, two groups and a dataset per layer, payloads after the metadata (as the bench
    // writes it). The cache is bounded (1 MiB), so a block evicted early may be read again: within 1%.
    const layers = Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [
        `dense_${i}`,
        group({ [`dense_${i}`]: group({ 'kernel:0': dataset('float32', [4, 4]) }) }, { weight_names: [`dense_${i}/kernel:0`] })
      ])
    )
    const built = buildHdf5(group({ model_weights: group(layers, kerasAttribute('layer_names', Object.keys(layers))) }))
    const metadata = built.size - built.datasets.reduce((sum, d) => sum + d.byteLength, 0)
    const source = new BufferByteSource('layers.h5', built.bytes)
    const tree = await readHdf5Tree(source)
    expect(tree.datasets).toHaveLength(2000)
    expect(source.bytesRead).toBeLessThanOrEqual(metadata * 1.01)
  })

  it('walks a 2,000-layer file through a source with readInto exactly as through one without', async () => {
    // 4 MB of metadata: past 1 MiB the cache evicts blocks, and with readInto it refills their buffers.
    const layers = Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [
        `dense_${i}`,
        group(
          { [`dense_${i}`]: group({ 'kernel:0': dataset('float32', [8, 4], i % 10 === 0 ? { chunks: [2, 4] } : {}) }) },
          { weight_names: [`dense_${i}/kernel:0`] }
        )
      ])
    )
    const built = buildHdf5(group({ model_weights: group(layers, kerasAttribute('layer_names', Object.keys(layers))) }))
    class FillingSource extends BufferByteSource {
      fills = 0
      async readInto(offset: number, target: Uint8Array): Promise<void> {
        this.fills++
        target.set(await this.read(offset, target.length))
      }
    }
    const filling = new FillingSource('layers.h5', built.bytes)
    const plain = new BufferByteSource('layers.h5', built.bytes)
    const [viaFill, viaRead] = [await readHdf5Tree(filling), await readHdf5Tree(plain)]
    expect(filling.fills).toBeGreaterThan(50) // 64 KiB blocks, most of them refilled buffers
    expect(viaFill).toEqual(viaRead)
    expect(viaFill.datasets.map((d) => [d.path, d.storage.offset, d.storage.byteLength])).toEqual(built.datasets.map((d) => [d.path, d.offset, d.byteLength]))
    expect(filling.bytesRead).toBe(plain.bytesRead)
  })

  it('reports a dataset Keras marks with a dtype="bfloat16" attribute as bfloat16; the HDF5 walk itself keeps its stored type', async () => {
    const built = buildHdf5(group({ w: dataset('float32', [4], { attributes: { dtype: 'bfloat16' } }) }))
    expect((await readHdf5Tree(new BufferByteSource('b.h5', built.bytes))).datasets.map((d) => d.dtype)).toEqual(['float32'])
    const result = await hdf5Reader.read('b.h5', files({ 'b.h5': built.bytes }))
    expect(result.tensors.map((t) => [t.name, t.dtype])).toEqual([['w', 'bfloat16']])
  })

  it('decodes only the attributes the Keras layout reads when asked, and every attribute by default', async () => {
    const built = buildHdf5(legacyModel())
    const tree = await readHdf5Tree(new BufferByteSource('m.h5', built.bytes), { decodeAttribute: isLayoutAttribute })
    const layer = tree.groups.find((g) => g.path === 'model_weights/dense')
    expect(layer?.attributes.has('weight_names')).toBe(false)
    expect(
      stringList(
        tree.groups.find((g) => g.path === 'model_weights'),
        'layer_names'
      ).length
    ).toBeGreaterThan(0)
    const everything = await readHdf5Tree(new BufferByteSource('m.h5', built.bytes))
    expect(everything.groups.find((g) => g.path === 'model_weights/dense')?.attributes.get('weight_names')).toEqual(['dense/kernel:0', 'dense/bias:0'])
  })

  it('analyses a 6 GiB sparse .weights.h5 reading a bounded number of bytes, whatever the payload size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msb-hdf5-'))
    try {
      const read = async (gib: number): Promise<{ bytesRead: number; total: number; weights: number; optimizer: number }> => {
        // Each dataset is 1 GiB of float32; the payloads are holes, only the metadata is written.
        const side = 16384
        const spec = group({
          layers: group(
            Object.fromEntries(
              Array.from({ length: gib / 2 }, (_, i) => [
                `dense_${i}`,
                group({ vars: group({ '0': dataset('float32', [side, side]), '1': dataset('float32', [side]) }) })
              ])
            )
          ),
          optimizer: group({
            vars: group({
              '0': dataset('int64', []),
              ...Object.fromEntries(Array.from({ length: gib / 2 }, (_, i) => [String(i + 1), dataset('float32', [side, side])]))
            })
          })
        })
        const built = buildHdf5(spec, { holes: true })
        const path = join(dir, `big-${gib}.weights.h5`)
        const fd = openSync(path, 'w')
        writeSync(fd, built.bytes, 0, built.bytes.length, 0)
        ftruncateSync(fd, built.size)
        closeSync(fd)
        const sources: ByteSource[] = []
        const disk = new DiskFiles(dir)
        const counting: CheckpointFiles = {
          open: async (p) => {
            const source = await disk.open(p)
            sources.push(source)
            return source
          },
          size: (p) => disk.size(p),
          list: (d) => disk.list(d)
        }
        const result = decided(await hdf5Reader.read(`big-${gib}.weights.h5`, counting))
        const report = analyzeCheckpoint(result, { id: 'big' })
        expect(report.bytes.total).toBe(built.size)
        expect(CATEGORIES.reduce((sum, c) => sum + report.bytes[c], 0)).toBe(built.size)
        rmSync(path)
        return {
          bytesRead: sources.reduce((sum, s) => sum + s.bytesRead, 0),
          total: built.size,
          weights: report.bytes.weights,
          optimizer: report.bytes.optimizer
        }
      }
      const small = await read(2)
      const large = await read(6)
      expect(large.total).toBeGreaterThan(6 * 2 ** 30)
      expect(large.weights).toBe(3 * (2 ** 30 + 16384 * 4))
      expect(large.optimizer).toBe(3 * 2 ** 30 + 8)
      // Metadata only: a few pages per object, the same bound for 2 GiB and 6 GiB of payload.
      expect(small.bytesRead).toBeLessThan(64 * 1024)
      expect(large.bytesRead).toBeLessThan(64 * 1024)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
