import { LimitExceededError } from '../../core/errors.js'
import { MAX_TF_COLLECTION_BYTES, MAX_TF_PROTO_FIELDS } from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { ProtoReader, Window, WireType, type ProtoField } from '../../io/bytes/index.js'
import { decodeVariableCollections, type VariableCollections } from './protos.js'

/**
 * The variable collections of a TF1 MetaGraphDef (`.meta` file) or of the meta graphs of a
 * `saved_model.pb` (`trainable_variables`, `global_step`), without reading the graph: the top-level fields are walked by tag and
 * length (src/io/bytes/protobuf.ts, through a small read window), the GraphDef (field 2, often most of the file, with
 * constants embedded) is skipped, and only the `collection_def` entries (field 4) are read.
 * Field numbers: tensorflow/tensorflow:tensorflow/core/protobuf/meta_graph.proto, saved_model.proto.
 */

const META_GRAPH_COLLECTION_DEF = 4
const SAVED_MODEL_META_GRAPHS = 2

/** The length-delimited top-level fields of the message in `[start, end)`: their heads are read, their payloads skipped. */
async function* fields(window: Window, start: number, end: number, what: string): AsyncGenerator<ProtoField> {
  const reader = new ProtoReader(window, start, end, what)
  let count = 0
  for (let field = await reader.next(); field; field = await reader.next()) {
    if (++count > MAX_TF_PROTO_FIELDS) {
      throw new LimitExceededError(window.name, 'the number of top-level protobuf fields', count, MAX_TF_PROTO_FIELDS)
    }
    if (field.wireType === WireType.LEN) yield field
  }
}

/** The contents of the `collection_def` fields of the MetaGraphDef in `[start, end)` (map entries). */
async function collectionBytes(window: Window, start: number, end: number, budget: { left: number }): Promise<Uint8Array[]> {
  const entries: Uint8Array[] = []
  for await (const field of fields(window, start, end, 'MetaGraphDef')) {
    if (field.field !== META_GRAPH_COLLECTION_DEF) continue
    budget.left -= field.length
    if (budget.left < 0) {
      throw new LimitExceededError(window.name, 'the bytes of its collections', MAX_TF_COLLECTION_BYTES - budget.left, MAX_TF_COLLECTION_BYTES)
    }
    entries.push(await window.source.read(field.offset, field.length))
  }
  return entries
}

/** What the meta graph's collections say of the variables, as sets of checkpoint keys. */
export interface MetaGraphCollections {
  /** `trainable_variables`; undefined when the meta graph has no such collection. */
  trainable?: Set<string>
  /** `global_step`; undefined when the meta graph has none. */
  globalStep?: Set<string>
}

/** The collections of a `.meta` file. */
export async function collectionsOfMetaGraph(source: ByteSource): Promise<MetaGraphCollections> {
  const chunks = await collectionBytes(new Window(source), 0, source.size, { left: MAX_TF_COLLECTION_BYTES })
  const collections = new CollectedSets()
  collections.add(decodeVariableCollections(chunks, source.name))
  return collections.sets
}

/** The same for a `saved_model.pb`: the union over its meta graphs (they share one variables bundle). */
export async function collectionsOfSavedModel(source: ByteSource): Promise<MetaGraphCollections> {
  const budget = { left: MAX_TF_COLLECTION_BYTES }
  const collections = new CollectedSets()
  const window = new Window(source)
  for await (const field of fields(window, 0, source.size, 'SavedModel')) {
    if (field.field !== SAVED_MODEL_META_GRAPHS) continue
    const chunks = await collectionBytes(window, field.offset, field.offset + field.length, budget)
    collections.add(decodeVariableCollections(chunks, source.name))
  }
  return collections.sets
}

/** The union of the collections of several meta graphs; a collection none has stays undefined. */
class CollectedSets {
  readonly sets: MetaGraphCollections = {}

  add(collections: VariableCollections): void {
    for (const key of ['trainable', 'globalStep'] as const) {
      const names = collections[key]
      if (!names) continue
      const set = (this.sets[key] ??= new Set())
      for (const name of names) set.add(name)
    }
  }
}
