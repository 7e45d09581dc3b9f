import { describe, expect, it } from '@jest/globals'
import protobuf from 'protobufjs/light.js'
import { parseBundleIndex, readBundleIndex } from '../../../src/formats/tensorflow/bundle.js'
import { tensorflowCheckpointReader } from '../../../src/formats/tensorflow/index.js'
import { bundleDecoders } from '../../../src/formats/tensorflow/protos.js'
import { decodeTrackableObjectGraph, graphWindow } from '../../../src/formats/tensorflow/object-graph-proto.js'
import { TF_PROTO_DESCRIPTOR } from '../../../src/formats/tensorflow/proto/descriptor.generated.js'
import { variableIndex } from '../../../src/formats/tensorflow/evidence.js'
import { BufferByteSource, type ByteSource } from '../../../src/io/byte-source.js'
import type { CheckpointFiles } from '../../../src/io/checkpoint-files.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { buildBundle, bundleFiles, DT, type BundleTensorSpec } from '../../../scripts/builders/tensorflow.js'
import { decided } from '../../helpers/decide.js'

/**
 * The index and object-graph readers refill one buffer per file window (readInto) instead of
 * taking a new buffer per window. That is only right if nothing keeps a view into a window past
 * the next refill. At each refill these sources scribble over what a view could still see: every
 * buffer filled before (a buffer the reader outgrew) and, in the buffer being refilled, the bytes
 * after the new window (what the previous window held there). The bytes before the target are
 * the reader's own (the object graph moves a node cut by the window's end there) and the target
 * gets the next window's bytes: a view that escaped reads 0xee or other bytes, and the parse
 * differs from one over the whole file, which has no windows.
 */
class PoisoningSource extends BufferByteSource {
  /** Every buffer a window was read into. */
  readonly buffers = new Set<ArrayBufferLike>()
  refills = 0

  override async read(offset: number, length: number): Promise<Uint8Array> {
    // A copy, so that a reader never holds a view into the file's own bytes.
    return Uint8Array.from(await super.read(offset, length))
  }

  override async readInto(offset: number, target: Uint8Array): Promise<void> {
    for (const buffer of this.buffers) {
      if (buffer === target.buffer) new Uint8Array(buffer).fill(0xee, target.byteOffset + target.length)
      else new Uint8Array(buffer).fill(0xee)
    }
    this.buffers.add(target.buffer)
    this.refills++
    await super.readInto(offset, target)
  }
}

/** MemoryFiles whose sources are PoisoningSources, kept to be inspected. */
class PoisoningFiles extends MemoryFiles implements CheckpointFiles {
  readonly opened: PoisoningSource[] = []
  constructor(private readonly bytes: Map<string, Uint8Array>) {
    super(bytes)
  }
  override async open(path: string): Promise<ByteSource> {
    const bytes = this.bytes.get(path)
    if (!bytes) return super.open(path)
    const source = new PoisoningSource(path, bytes)
    this.opened.push(source)
    return source
  }
}

const root = protobuf.Root.fromJSON(TF_PROTO_DESCRIPTOR as protobuf.INamespace)
const TrackableObjectGraph = root.lookupType('tensorflow.TrackableObjectGraph')
const decoders = bundleDecoders()

/**
 * A TF2 checkpoint of `variables` kernels with Adam's m and v slots, as the bench's: an index of
 * several 1 MiB windows and an object graph of several 256 KiB windows. The model node lists
 * every layer, so that one node is larger than a graph window (the buffer must grow for it).
 */
function tf2Checkpoint(variables: number): { tensors: BundleTensorSpec[]; objectGraph: { nodes: Record<string, unknown>[] } } {
  const value = (key: string): Record<string, unknown> => ({
    attributes: [{ name: 'VARIABLE_VALUE', full_name: key, checkpoint_key: `${key}/.ATTRIBUTES/VARIABLE_VALUE` }]
  })
  const model = { children: [] as unknown[] }
  const optimizer = { children: [], slot_variables: [] as unknown[] }
  const nodes: Record<string, unknown>[] = [
    {
      children: [
        { node_id: 1, local_name: 'model' },
        { node_id: 2, local_name: 'optimizer' }
      ]
    },
    model,
    optimizer
  ]
  const tensors: BundleTensorSpec[] = []
  for (let i = 0; i < variables; i++) {
    const layer = nodes.length
    const key = `model/a_rather_long_layer_name_${i}/kernel`
    model.children.push({ node_id: layer, local_name: `a_rather_long_layer_name_${i}` })
    nodes.push({ children: [{ node_id: layer + 1, local_name: 'kernel' }] }, value(key))
    tensors.push({ name: `${key}/.ATTRIBUTES/VARIABLE_VALUE`, dtype: DT.FLOAT, shape: [2, i % 5] })
    for (const slot of ['m', 'v']) {
      const slotKey = `${key}/.OPTIMIZER_SLOT/optimizer/${slot}`
      optimizer.slot_variables.push({ original_variable_node_id: layer + 1, slot_name: slot, slot_variable_node_id: nodes.length })
      nodes.push(value(slotKey))
      tensors.push({ name: `${slotKey}/.ATTRIBUTES/VARIABLE_VALUE`, dtype: DT.FLOAT, shape: [2, i % 5] })
    }
  }
  return { tensors, objectGraph: { nodes } }
}

describe('TF windows read into reused buffers', () => {
  const variables = 6_000
  const { tensors, objectGraph } = tf2Checkpoint(variables)
  const bundle = buildBundle(tensors, { objectGraph })

  it('parse an index of many windows exactly as the whole file parses, refilling one buffer', async () => {
    expect(bundle.index.length).toBeGreaterThan(1024 * 1024)
    const source = new PoisoningSource('c.index', bundle.index)
    const windowed = await readBundleIndex(source, 'c.index', decoders)
    expect(source.refills).toBeGreaterThanOrEqual(2)
    expect(source.buffers.size).toBe(1)
    const whole = parseBundleIndex(bundle.index, 'c.index', decoders)
    expect(windowed.tensors.length).toBe(3 * variables + 1)
    expect(windowed).toEqual(whole)
  })

  it('decode an object graph of many windows, one node larger than a window, exactly as the whole graph decodes', async () => {
    const graphBytes = TrackableObjectGraph.encode(TrackableObjectGraph.fromObject(objectGraph)).finish()
    expect(graphBytes.length).toBeGreaterThan(3 * 256 * 1024)
    const names = variableIndex(tensors)
    const source = new PoisoningSource('c.data', graphBytes)
    const windowed = await decodeTrackableObjectGraph(graphWindow(source), 'c.data', names, tensors.length)
    expect(source.refills).toBeGreaterThan(4)
    // The first buffer, and the one grown for the model node.
    expect(source.buffers.size).toBeLessThanOrEqual(2)
    const whole = await decodeTrackableObjectGraph(graphBytes, 'c.data', names, tensors.length)
    expect(windowed.nodeCount).toBe(3 + 4 * variables)
    expect(windowed).toEqual(whole)
  })

  it('give every tensor of the whole checkpoint its category and reason from the object graph', async () => {
    const files = new PoisoningFiles(bundleFiles('c', bundle))
    const result = decided(await tensorflowCheckpointReader.read('c.index', files))
    expect(files.opened.reduce((refills, source) => refills + source.refills, 0)).toBeGreaterThan(6)
    expect(result.classifiedBy).toBe('object-graph')
    const slot = /^(model\/a_rather_long_layer_name_\d+\/kernel)\/\.OPTIMIZER_SLOT\/optimizer\/([mv])\//
    for (const tensor of result.tensors) {
      const [, variable, name] = slot.exec(tensor.name) ?? []
      if (tensor.name === '_CHECKPOINTABLE_OBJECT_GRAPH') expect(tensor.category).toBe('metadata')
      else if (variable) expect([tensor.category, tensor.reason]).toEqual(['optimizer', `${name} slot of ${variable} (optimizer)`])
      else expect(tensor.category).toBe('weights')
    }
    expect(result.tensors.length).toBe(3 * variables + 1)
  })
})
