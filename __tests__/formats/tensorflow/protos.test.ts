import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import protobuf from 'protobufjs/light.js'
import { MAX_TF_OBJECT_GRAPH_ITEMS } from '../../../src/core/limits.js'
import { bundleDecoders } from '../../../src/formats/tensorflow/protos.js'
import { decodeTrackableObjectGraph } from '../../../src/formats/tensorflow/object-graph-proto.js'
import { TF_PROTO_DESCRIPTOR } from '../../../src/formats/tensorflow/proto/descriptor.generated.js'
import { NameIndex } from '../../../src/io/bytes/index.js'

// Messages encoded with protobufjs over the same descriptor: the decoders must give back exactly
// what went in, including the int64 corners (-1 dims, offsets near 2^53).
const root = protobuf.Root.fromJSON(TF_PROTO_DESCRIPTOR as protobuf.INamespace)
const BundleEntryProto = root.lookupType('tensorflow.BundleEntryProto')
const BundleHeaderProto = root.lookupType('tensorflow.BundleHeaderProto')
const decode = bundleDecoders()

const int64 = fc.integer({ min: -1, max: Number.MAX_SAFE_INTEGER })
const entryArbitrary = fc.record(
  {
    dtype: fc.integer({ min: 0, max: 30 }),
    shape: fc.record({ dim: fc.array(fc.record({ size: int64, name: fc.string({ maxLength: 4 }) }, { requiredKeys: ['size'] }), { maxLength: 5 }) }),
    shard_id: fc.integer({ min: 0, max: 1000 }),
    offset: int64,
    size: int64,
    crc32c: fc.integer({ min: 0, max: 0xffffffff }),
    slices: fc.array(fc.record({ extent: fc.array(fc.record({ start: int64, length: int64 }, { requiredKeys: ['start'] }), { maxLength: 3 }) }), {
      maxLength: 3
    })
  },
  { requiredKeys: [] }
)

describe('BundleEntryProto / BundleHeaderProto decoding', () => {
  it('gives back every field of any entry (shapes, -1 dims, 53-bit offsets, slices)', () => {
    fc.assert(
      fc.property(entryArbitrary, (plain) => {
        const bytes = BundleEntryProto.encode(BundleEntryProto.fromObject(plain)).finish()
        const decoded = decode.entry(bytes, 'p.index', 'w')
        expect(decoded.dtype).toBe(plain.dtype ?? 0)
        expect(decoded.shape).toEqual((plain.shape?.dim ?? []).map((dim) => dim.size))
        expect(decoded.shardId).toBe(plain.shard_id ?? 0)
        expect(decoded.offset).toBe(plain.offset ?? 0)
        expect(decoded.size).toBe(plain.size ?? 0)
        const slices = plain.slices ?? []
        if (slices.length === 0) expect(decoded.slices).toBeUndefined()
        else
          expect(decoded.slices).toEqual(
            slices.map((slice) => (slice.extent ?? []).map((e) => (e.length === undefined ? { start: e.start } : { start: e.start, length: e.length })))
          )
      }),
      { numRuns: 300 }
    )
  })

  it('decodes a header with its version, and a big-endian one', () => {
    const bytes = BundleHeaderProto.encode({ num_shards: 3, endianness: 1, version: { producer: 1, bad_consumers: [2, 3] } }).finish()
    expect(decode.header(bytes, 'p.index')).toEqual({ numShards: 3, endianness: 'big', producer: 1 })
    expect(decode.header(BundleHeaderProto.encode({ num_shards: 1 }).finish(), 'p.index')).toEqual({ numShards: 1, endianness: 'little' })
  })

  it('rejects an offset beyond 2^53 and a truncated entry, naming the file and the key', () => {
    // offset (field 4) = 2^53 + 1, as a varint
    const huge = Uint8Array.from([0x20, 0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10])
    expect(() => decode.entry(huge, 'p.index', 'w')).toThrow(
      /^p\.index: the offset in the entry of 'w' is 9007199254740993, larger than any file \(over 2\^53\)/
    )
    const whole = BundleEntryProto.encode({ dtype: 1, shape: { dim: [{ size: 3 }] }, size: 12 }).finish()
    expect(() => decode.entry(whole.subarray(0, 4), 'p.index', 'w')).toThrow(
      /^p\.index: invalid protobuf in the entry of 'w': field 2 claims 4 bytes, beyond the end/
    )
  })
})

describe('TrackableObjectGraph decoding', () => {
  const TrackableObjectGraph = root.lookupType('tensorflow.TrackableObjectGraph')

  it('keeps every child, attribute and slot reference of every node, keys resolved to variable positions', async () => {
    const bytes = TrackableObjectGraph.encode({
      nodes: [
        {
          children: [
            { node_id: 1, local_name: 'net' },
            { node_id: 2, local_name: 'opt' },
            { node_id: 9, local_name: 'gone' }
          ]
        },
        { attributes: [{ name: 'VARIABLE_VALUE', full_name: 'net/w', checkpoint_key: 'net/w/.ATTRIBUTES/VARIABLE_VALUE' }] },
        {
          slot_variables: [{ original_variable_node_id: 1, slot_name: 'm', slot_variable_node_id: 3 }],
          attributes: [{ name: 'OBJECT_CONFIG_JSON', checkpoint_key: 'opt/.ATTRIBUTES/OBJECT_CONFIG_JSON' }]
        },
        {}
      ]
    }).finish()
    const keys = ['net/w/.ATTRIBUTES/VARIABLE_VALUE']
    const graph = await decodeTrackableObjectGraph(bytes, 'c.data', variablesNamed(keys))
    expect(graph.nodeCount).toBe(4)
    const children = (id: number): [number, string][] =>
      Array.from({ length: graph.childEnd(id) - graph.childStart(id) }, (_, i) => [
        graph.childId[graph.childStart(id) + i],
        graph.childName[graph.childStart(id) + i]
      ])
    expect(children(0)).toEqual([
      [1, 'net'],
      [2, 'opt'],
      [9, 'gone']
    ])
    expect(children(9)).toEqual([])
    const a = graph.attributeStart(1)
    expect([graph.attributeName[a], graph.attributeVariable[a], graph.attributeFullName[a]]).toEqual(['VARIABLE_VALUE', 0, 'net/w'])
    const b = graph.attributeStart(2)
    expect([graph.attributeVariable[b], graph.unresolvedKeys.get(b)]).toEqual([-1, 'opt/.ATTRIBUTES/OBJECT_CONFIG_JSON'])
    const s = graph.slotStart(2)
    expect([graph.slotEnd(2) - s, graph.slotOriginal[s], graph.slotName[s], graph.slotNode[s]]).toEqual([1, 1, 'm', 3])
    expect(graph.attributeEnd(3) - graph.attributeStart(3)).toBe(0)
  })

  it('reads any graph as the generated decoder does: every item, names shared or not, unknown fields skipped', async () => {
    const TrackableObject = root.lookupType('tensorflow.TrackableObjectGraph.TrackableObject')
    // Few distinct names, so that they repeat (the shared-name path), and some non-ASCII ones.
    const name = fc.constantFrom('', 'kernel', 'VARIABLE_VALUE', 'm', 'v', 'layer_1', 'ünïcode', '名前')
    const id = fc.integer({ min: -2, max: 40 })
    const node = fc.record(
      {
        children: fc.array(fc.record({ node_id: id, local_name: name }, { requiredKeys: [] }), { maxLength: 4 }),
        attributes: fc.array(fc.record({ name, full_name: name, checkpoint_key: name, optional_restore: fc.boolean() }, { requiredKeys: [] }), {
          maxLength: 3
        }),
        slot_variables: fc.array(fc.record({ original_variable_node_id: id, slot_name: name, slot_variable_node_id: id }, { requiredKeys: [] }), {
          maxLength: 3
        })
      },
      { requiredKeys: [] }
    )
    // An unknown field (TF >= 2.9's has_checkpoint_values, field 5) after some nodes.
    const unknownField = Uint8Array.from([0x2a, 0x02, 0x08, 0x01])
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(node, fc.boolean()), { maxLength: 12 }), async (nodes) => {
        const bodies = nodes.map(([plain, withUnknown]) => {
          const bytes = TrackableObject.encode(TrackableObject.fromObject(plain)).finish()
          return withUnknown ? Uint8Array.from([...bytes, ...unknownField]) : bytes
        })
        const graphBytes = Uint8Array.from(bodies.flatMap((body) => [0x0a, ...varint(body.length), ...body]))
        const keys = ['kernel', 'm', '名前']
        const graph = await decodeTrackableObjectGraph(graphBytes, 'c.data', variablesNamed(keys))
        expect(graph.nodeCount).toBe(nodes.length)
        nodes.forEach((_, n) => {
          const expected = TrackableObject.toObject(TrackableObject.decode(bodies[n]), { defaults: true }) as {
            children: { node_id: number; local_name: string }[]
            attributes: { name: string; full_name: string; checkpoint_key: string }[]
            slot_variables: { original_variable_node_id: number; slot_name: string; slot_variable_node_id: number }[]
          }
          const range = (start: number, end: number): number[] => Array.from({ length: end - start }, (_, i) => start + i)
          expect(range(graph.childStart(n), graph.childEnd(n)).map((c) => [graph.childId[c], graph.childName[c]])).toEqual(
            expected.children.map((c) => [c.node_id, c.local_name])
          )
          // A node named as a slot before it is reached keeps no full_name (ObjectGraphBuilder).
          const isSlot = nodes.slice(0, n).some(([earlier]) => (earlier.slot_variables ?? []).some((s) => (s.slot_variable_node_id ?? 0) === n))
          expect(
            range(graph.attributeStart(n), graph.attributeEnd(n)).map((a) => [graph.attributeName[a], graph.attributeFullName[a], graph.attributeVariable[a]])
          ).toEqual(expected.attributes.map((a) => [a.name, isSlot ? '' : a.full_name, keys.indexOf(a.checkpoint_key)]))
          expect(range(graph.slotStart(n), graph.slotEnd(n)).map((s) => [graph.slotOriginal[s], graph.slotName[s], graph.slotNode[s]])).toEqual(
            expected.slot_variables.map((s) => [s.original_variable_node_id, s.slot_name, s.slot_variable_node_id])
          )
        })
      }),
      { numRuns: 200 }
    )
  })

  it('refuses a graph of more nodes and items than the limit before allocating for them', async () => {
    // Empty nodes, two bytes each (tag 0a, length 0).
    const nodes = MAX_TF_OBJECT_GRAPH_ITEMS + 1
    const bytes = new Uint8Array(nodes * 2)
    for (let i = 0; i < bytes.length; i += 2) bytes[i] = 0x0a
    await expect(decodeTrackableObjectGraph(bytes, 'c.data', variablesNamed([]))).rejects.toThrow(
      /^c\.data: the nodes and items of the object graph is 10000001, over the limit/
    )
  })

  it('rejects a node that runs past the graph, naming the file', async () => {
    await expect(decodeTrackableObjectGraph(Uint8Array.from([0x0a, 0x05, 0x0a]), 'c.data', variablesNamed([]))).rejects.toThrow(
      /^c\.data: invalid protobuf in the _CHECKPOINTABLE_OBJECT_GRAPH tensor: field 1 claims 5 bytes/
    )
  })
})

function varint(value: number): number[] {
  const bytes: number[] = []
  for (; value >= 0x80; value = Math.floor(value / 128)) bytes.push((value & 0x7f) | 0x80)
  bytes.push(value)
  return bytes
}

function variablesNamed(names: string[]): NameIndex {
  return NameIndex.of(names)
}
