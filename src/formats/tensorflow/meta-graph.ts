import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_TF_COLLECTION_BYTES, MAX_TF_PROTO_FIELDS } from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { BinaryReader } from '../binary-reader.js'
import { decodeVariableCollection } from './protos.js'

/**
 * The `trainable_variables` collection of a TF1 MetaGraphDef (`.meta` file) or of the meta graphs
 * of a `saved_model.pb`, without reading the graph: the top-level fields are walked by tag and
 * length with small positioned reads, the GraphDef (field 2, often most of the file, with
 * constants embedded) is skipped, and only the `collection_def` entries (field 4) are read.
 * Field numbers: tensorflow/tensorflow:tensorflow/core/protobuf/meta_graph.proto, saved_model.proto.
 */

const META_GRAPH_COLLECTION_DEF = 4
const SAVED_MODEL_META_GRAPHS = 2
const WIRE_VARINT = 0
const WIRE_FIXED64 = 1
const WIRE_LENGTH_DELIMITED = 2
const WIRE_FIXED32 = 5
/** A tag and a length are two varints of at most 10 bytes each. */
const FIELD_HEAD_BYTES = 20

interface Field {
  number: number
  /** Where the field's payload starts and how long it is (length-delimited fields only). */
  start: number
  length: number
}

/** Walks the top-level fields of the message in `[start, end)` of `source`, reading only their heads. */
async function* fields(source: ByteSource, start: number, end: number): AsyncGenerator<Field> {
  let position = start
  let count = 0
  while (position < end) {
    if (++count > MAX_TF_PROTO_FIELDS) {
      throw new LimitExceededError(source.name, 'the number of top-level protobuf fields', count, MAX_TF_PROTO_FIELDS)
    }
    const head = await source.read(position, Math.min(FIELD_HEAD_BYTES, end - position))
    const reader = new BinaryReader(head, source.name, position)
    const tag = reader.varint('field tag')
    const number = Math.floor(tag / 8)
    const wireType = tag % 8
    let length: number
    if (wireType === WIRE_VARINT) {
      reader.varint('field value')
      length = 0
    } else if (wireType === WIRE_FIXED64) {
      length = 8
    } else if (wireType === WIRE_LENGTH_DELIMITED) {
      length = reader.varint('field length')
    } else if (wireType === WIRE_FIXED32) {
      length = 4
    } else {
      throw new FormatError(source.name, `unexpected protobuf wire type ${wireType} in field ${number}`, {
        offset: position,
        fix: 'The file is not a serialized MetaGraphDef / SavedModel, or it is corrupted.'
      })
    }
    const payloadStart = position + reader.position
    if (payloadStart + length > end) {
      throw new FormatError(source.name, `protobuf field ${number} runs past the end of its message`, { offset: position })
    }
    if (wireType === WIRE_LENGTH_DELIMITED) yield { number, start: payloadStart, length }
    position = payloadStart + length
  }
}

/** The serialized `collection_def` fields of the MetaGraphDef in `[start, end)`, concatenated. */
async function collectionBytes(source: ByteSource, start: number, end: number, budget: { left: number }): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = []
  for await (const field of fields(source, start, end)) {
    if (field.number !== META_GRAPH_COLLECTION_DEF) continue
    budget.left -= field.length
    if (budget.left < 0) {
      throw new LimitExceededError(source.name, 'the bytes of its collections', MAX_TF_COLLECTION_BYTES - budget.left, MAX_TF_COLLECTION_BYTES)
    }
    // Re-emit the field with its tag so that the concatenation decodes as a MetaGraphDef.
    const head = encodeFieldHead(META_GRAPH_COLLECTION_DEF, field.length)
    chunks.push(head, await source.read(field.start, field.length))
  }
  return chunks
}

function encodeFieldHead(number: number, length: number): Uint8Array {
  const bytes: number[] = []
  for (let value = number * 8 + WIRE_LENGTH_DELIMITED; ; ) {
    bytes.push(value >= 0x80 ? (value & 0x7f) | 0x80 : value)
    if (value < 0x80) break
    value = Math.floor(value / 128)
  }
  for (let value = length; ; ) {
    bytes.push(value >= 0x80 ? (value % 128) | 0x80 : value)
    if (value < 0x80) break
    value = Math.floor(value / 128)
  }
  return Uint8Array.from(bytes)
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

/**
 * The checkpoint keys of the `trainable_variables` collection of a `.meta` file, or undefined
 * when the meta graph has no such collection.
 */
export async function trainableFromMetaGraph(source: ByteSource): Promise<Set<string> | undefined> {
  const chunks = await collectionBytes(source, 0, source.size, { left: MAX_TF_COLLECTION_BYTES })
  const names = await decodeVariableCollection(concat(chunks), source.name, 'trainable_variables')
  return names ? new Set(names) : undefined
}

/** The same for a `saved_model.pb`: the union over its meta graphs (they share one variables bundle). */
export async function trainableFromSavedModel(source: ByteSource): Promise<Set<string> | undefined> {
  const budget = { left: MAX_TF_COLLECTION_BYTES }
  let trainable: Set<string> | undefined
  for await (const field of fields(source, 0, source.size)) {
    if (field.number !== SAVED_MODEL_META_GRAPHS) continue
    const chunks = await collectionBytes(source, field.start, field.start + field.length, budget)
    const names = await decodeVariableCollection(concat(chunks), source.name, 'trainable_variables')
    if (!names) continue
    trainable ??= new Set()
    for (const name of names) trainable.add(name)
  }
  return trainable
}
