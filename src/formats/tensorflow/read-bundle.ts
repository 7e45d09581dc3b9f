import { denseBytes, DTYPES } from '../../core/dtypes.js'
import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_TF_INDEX_BYTES, MAX_TF_OBJECT_GRAPH_BYTES } from '../../core/limits.js'
import type { CheckpointFile, Category, ClassifiedBy, TensorInfo } from '../../core/types.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'
import { readBundleIndex, type BundleIndex } from './bundle.js'
import { OBJECT_GRAPH_KEY, variableEvidence, variableIndex, type Variable } from './evidence.js'
import type { MetaGraphCollections } from './meta-graph.js'
import { tfDtypeName } from './dtypes.js'
import type { ObjectGraph } from './object-graph.js'
import { bundleDecoders, type SliceExtent } from './protos.js'
import { decodeTrackableObjectGraph, graphWindow } from './object-graph-proto.js'
import { Cursor, MAX_VARINT_BYTES, SpanSource, type NameIndex } from '../../io/bytes/index.js'
import { Companions } from '../kit/companions.js'
import { withSource } from '../kit/open.js'

export interface BundleReadResult {
  files: CheckpointFile[]
  tensors: TensorInfo[]
  classifiedBy: ClassifiedBy
  warnings: string[]
  categoryNotes: Partial<Record<Category, string>>
}

export interface BundleOptions {
  /** What the meta graph's collections say, when the checkpoint has a meta graph. */
  metaGraph?: MetaGraphCollections
}

/**
 * Reads the tensor bundle with prefix `prefix` (`P.index` plus `P.data-*`): every tensor's span in
 * its data shard, and what the checkpoint says of it (evidence.ts). Data shards are only stat'ed, except for one positioned read
 * of the object graph tensor when the bundle has one.
 */
export async function readTensorBundle(prefix: string, files: CheckpointFiles, options: BundleOptions = {}): Promise<BundleReadResult> {
  const indexPath = `${prefix}.index`
  const { indexBytes, index } = await readIndex(prefix, files)
  const { header, shardPaths, tensors } = index
  // Data shards: their sizes on disk, or what the index describes (the bytes its tensors occupy).
  const shards = new Companions(files, 'the index')
  for (let shard = 0; shard < header.numShards; shard++) await shards.companion(shardPaths[shard], 'data', { describedBytes: index.described[shard] })
  const warnings = shards.warnings()
  const result: CheckpointFile[] = [{ path: indexPath, role: 'index', bytes: indexBytes, present: true }, ...shards.files]

  const { variables, variableOf } = variablesOf(index)
  const names = variableIndex(variables)
  const objectGraphTensor = tensors.find((tensor) => tensor.name === OBJECT_GRAPH_KEY)
  const objectGraph = objectGraphTensor && (await readObjectGraph(objectGraphTensor, files, warnings, names, tensors.length))
  const found = variableEvidence(variables, { objectGraph, metaGraph: options.metaGraph }, names)
  const mismatched = sizeMismatches(tensors)
  if (mismatched.length > 0) {
    warnings.push(
      `${indexPath}: ${mismatched.length} tensor(s) whose size in the index differs from dtype x shape ` +
        `(${mismatched.slice(0, 3).join(', ')}${mismatched.length > 3 ? ', ...' : ''}); their sizes are taken from the index, which TensorFlow would reject`
    )
  }
  if (header.endianness === 'big') warnings.push(`${indexPath}: big-endian tensor data (sizes are unaffected)`)

  // Each tensor gets the evidence of the variable its bytes belong to.
  const { evidence, slotOf } = found
  tensors.forEach((tensor, i) => tensor.explain(evidence[variableOf[i]], slotOf[variableOf[i]], index.slices.get(i)?.variable))
  return { files: result, tensors, classifiedBy: found.classifiedBy, warnings, categoryNotes: found.categoryNotes }
}

async function readIndex(prefix: string, files: CheckpointFiles): Promise<{ indexBytes: number; index: BundleIndex }> {
  const indexPath = `${prefix}.index`
  return withSource(files, indexPath, async (source) => {
    if (source.size > MAX_TF_INDEX_BYTES) throw new LimitExceededError(indexPath, 'the index size', source.size, MAX_TF_INDEX_BYTES)
    return { indexBytes: source.size, index: await readBundleIndex(source, indexPath, bundleDecoders()) }
  })
}

/**
 * The variables to classify: each tensor with data of its own is its own variable (its
 * TensorInfo, which has a name, dtype and shape), then each partitioned variable once; and for
 * each tensor, the position of the variable its bytes belong to.
 */
function variablesOf(index: BundleIndex): { variables: Variable[]; variableOf: Uint32Array } {
  const variables: Variable[] = []
  const variableOf = new Uint32Array(index.tensors.length)
  index.tensors.forEach((tensor, i) => {
    if (index.slices.has(i)) return
    variableOf[i] = variables.length
    variables.push(tensor)
  })
  const partitioned = new Map<string, number>()
  for (const [name, entry] of index.partitioned) {
    partitioned.set(name, variables.length)
    variables.push({ name, dtype: tfDtypeName(entry.dtype), shape: entry.shape, parts: [] })
  }
  // Each partitioned variable's parts, in partition order (by where each slice starts).
  const slices = [...index.slices].sort(([, a], [, b]) => compareStarts(a.extents, b.extents))
  for (const [i, slice] of slices) {
    const variable = variables[(variableOf[i] = partitioned.get(slice.variable) as number)]
    variable.parts?.push(index.tensors[i].shape)
  }
  return { variables, variableOf }
}

function compareStarts(a: readonly SliceExtent[], b: readonly SliceExtent[]): number {
  for (let d = 0; d < Math.min(a.length, b.length); d++) if (a[d].start !== b[d].start) return a[d].start - b[d].start
  return 0
}

/**
 * Tensors whose size in the index is not numElements x element size. TF refuses to load those
 * ("Invalid size in bundle entry", tensor_bundle.cc BundleReader::GetValue); strings, variants and
 * sub-byte types have no fixed size and are not checked.
 */
function sizeMismatches(tensors: readonly TensorInfo[]): string[] {
  const names: string[] = []
  for (const tensor of tensors) {
    if ((DTYPES[tensor.dtype]?.bits ?? 0) < 8 || tensor.shape.some((dim) => dim < 0)) continue
    const expected = denseBytes(tensor.dtype, tensor.shape)
    if (expected !== undefined && expected !== tensor.byteLength) names.push(`'${tensor.name}' ${tensor.byteLength} B, expected ${expected} B`)
  }
  return names
}

/**
 * The TrackableObjectGraph stored as the scalar string tensor `_CHECKPOINTABLE_OBJECT_GRAPH`:
 * varint64 length, masked CRC32C of the length (4 bytes), then the serialized proto
 * (tensor_bundle.cc WriteStringTensor). Undefined when the bundle has none or its shard is absent.
 */
async function readObjectGraph(
  entry: TensorInfo,
  files: CheckpointFiles,
  warnings: string[],
  variables: NameIndex,
  tensorCount: number
): Promise<ObjectGraph | undefined> {
  const path = entry.file
  if ((await files.size(path)) === undefined) {
    warnings.push(`the object graph is in the absent shard ${path}; categories come from the slot structure and names`)
    return undefined
  }
  if (entry.byteLength > MAX_TF_OBJECT_GRAPH_BYTES) {
    throw new LimitExceededError(path, 'the size of the object graph tensor', entry.byteLength, MAX_TF_OBJECT_GRAPH_BYTES)
  }
  return withSource(files, path, async (source) => {
    // varint64 length and the 4-byte CRC of the length, then the proto, all read through one window.
    const window = graphWindow(new SpanSource(source, entry.offset, entry.byteLength, path))
    const head = new Cursor(window, 0, window.size, 'object graph tensor')
    await head.ensureUpTo(MAX_VARINT_BYTES + 4)
    const length = head.varint('object graph length')
    head.skip(4) // masked CRC32C of the length
    const holds = entry.byteLength - head.position
    if (length !== holds) {
      throw new FormatError(path, `the object graph tensor says ${length} bytes but its entry holds ${holds}`, {
        offset: entry.offset,
        fix: 'The data shard does not match its index; re-save the checkpoint.'
      })
    }
    return await decodeTrackableObjectGraph(window, path, variables, tensorCount, head.position)
  })
}
