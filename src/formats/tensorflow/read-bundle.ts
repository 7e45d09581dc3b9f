import { denseBytes, DTYPES } from '../../core/dtypes.js'
import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_TF_INDEX_BYTES, MAX_TF_OBJECT_GRAPH_BYTES } from '../../core/limits.js'
import type { CheckpointFile, Category, ClassifiedBy, TensorInfo } from '../../core/types.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'
import { BinaryReader } from '../binary-reader.js'
import { dataShardPath, parseBundleIndex, type BundleIndex, type BundleTensor } from './bundle.js'
import { classifyVariables, type Variable } from './classify.js'
import { tfDtypeName } from './dtypes.js'
import { decodeTrackableObjectGraph, loadBundleDecoders, type TrackableObject } from './protos.js'

/** `OBJECT_GRAPH_PROTO_KEY` (tensorflow/tensorflow:tensorflow/python/trackable/constants.py). */
export const OBJECT_GRAPH_KEY = '_CHECKPOINTABLE_OBJECT_GRAPH'

export interface BundleReadResult {
  files: CheckpointFile[]
  tensors: TensorInfo[]
  classifiedBy: ClassifiedBy
  warnings: string[]
  categoryNotes: Partial<Record<Category, string>>
}

export interface BundleOptions {
  /** Checkpoint keys of the meta graph's `trainable_variables`, when a meta graph has them. */
  trainable?: Set<string>
}

/**
 * Reads the tensor bundle with prefix `prefix` (`P.index` plus `P.data-*`): every tensor's span in
 * its data shard, and its category. Data shards are only stat'ed, except for one positioned read
 * of the object graph tensor when the bundle has one.
 */
export async function readTensorBundle(prefix: string, files: CheckpointFiles, options: BundleOptions = {}): Promise<BundleReadResult> {
  const indexPath = `${prefix}.index`
  const source = await files.open(indexPath)
  let index: BundleIndex
  try {
    if (source.size > MAX_TF_INDEX_BYTES) throw new LimitExceededError(indexPath, 'the index size', source.size, MAX_TF_INDEX_BYTES)
    index = parseBundleIndex(await source.read(0, source.size), indexPath, await loadBundleDecoders())
  } finally {
    await source.close()
  }
  const warnings: string[] = []
  const result: CheckpointFile[] = [{ path: indexPath, role: 'index', bytes: source.size, present: true }]

  // Data shards: their sizes on disk, or what the index describes when one is absent.
  const { numShards } = index.header
  const described = new Array<number>(numShards).fill(0)
  for (const tensor of index.tensors) {
    described[tensor.shardId] = Math.max(described[tensor.shardId], tensor.offset + tensor.size)
  }
  const shardPaths: string[] = []
  const missing: string[] = []
  for (let shard = 0; shard < numShards; shard++) {
    const path = dataShardPath(prefix, shard, numShards)
    shardPaths.push(path)
    const size = await files.size(path)
    if (size === undefined) {
      missing.push(path)
      result.push({ path, role: 'data', bytes: described[shard], present: false })
    } else {
      result.push({ path, role: 'data', bytes: size, present: true })
    }
  }
  if (missing.length > 0) {
    warnings.push(
      `${missing.length} of ${numShards} data shard(s) missing: ${missing.join(', ')}; ` +
        'their sizes are taken from the index (the bytes its tensors occupy), so the total is what the complete checkpoint would hold'
    )
  }

  const objectGraph = await readObjectGraph(index, shardPaths, files, warnings)
  const variables = variablesOf(index)
  const classification = classifyVariables(variables, { objectGraph, trainable: options.trainable })
  const mismatched = sizeMismatches(index)
  if (mismatched.length > 0) {
    warnings.push(
      `${indexPath}: ${mismatched.length} tensor(s) whose size in the index differs from dtype x shape ` +
        `(${mismatched.slice(0, 3).join(', ')}${mismatched.length > 3 ? ', ...' : ''}); their sizes are taken from the index, which TensorFlow would reject`
    )
  }
  if (index.header.endianness === 'big') warnings.push(`${indexPath}: big-endian tensor data (sizes are unaffected)`)

  const tensors: TensorInfo[] = index.tensors.map((tensor) => {
    const decision = classification.decisions.get(tensor.variable)
    const info: TensorInfo = {
      name: tensor.name,
      dtype: tfDtypeName(tensor.dtype),
      shape: tensor.shape,
      file: shardPaths[tensor.shardId],
      offset: tensor.offset,
      byteLength: tensor.size,
      category: decision?.category ?? 'unclassified'
    }
    if (decision) info.reason = tensor.slice ? `slice of ${tensor.variable}; ${decision.reason}` : decision.reason
    return info
  })
  return { files: result, tensors, classifiedBy: classification.classifiedBy, warnings, categoryNotes: classification.categoryNotes }
}

/**
 * Tensors whose `size` is not numElements x element size. TF refuses to load those ("Invalid size
 * in bundle entry", tensor_bundle.cc BundleReader::GetValue); strings, variants and sub-byte types
 * have no fixed size and are not checked.
 */
function sizeMismatches(index: BundleIndex): string[] {
  const names: string[] = []
  for (const tensor of index.tensors) {
    const dtype = tfDtypeName(tensor.dtype)
    if ((DTYPES[dtype]?.bits ?? 0) < 8 || tensor.shape.some((dim) => dim < 0)) continue
    const expected = denseBytes(dtype, tensor.shape)
    if (expected !== undefined && expected !== tensor.size) names.push(`'${tensor.name}' ${tensor.size} B, expected ${expected} B`)
  }
  return names
}

/** The variables to classify: plain tensors, and each partitioned variable once (not its slices). */
function variablesOf(index: BundleIndex): Variable[] {
  const variables: Variable[] = []
  for (const tensor of index.tensors) {
    if (!tensor.slice) variables.push({ name: tensor.name, dtype: tfDtypeName(tensor.dtype), shape: tensor.shape })
  }
  for (const [name, entry] of index.partitioned) variables.push({ name, dtype: tfDtypeName(entry.dtype), shape: entry.shape })
  return variables
}

/**
 * The TrackableObjectGraph stored as the scalar string tensor `_CHECKPOINTABLE_OBJECT_GRAPH`:
 * varint64 length, masked CRC32C of the length (4 bytes), then the serialized proto
 * (tensor_bundle.cc WriteStringTensor). Undefined when the bundle has none or its shard is absent.
 */
async function readObjectGraph(
  index: BundleIndex,
  shardPaths: string[],
  files: CheckpointFiles,
  warnings: string[]
): Promise<TrackableObject[] | undefined> {
  const entry: BundleTensor | undefined = index.tensors.find((tensor) => tensor.name === OBJECT_GRAPH_KEY)
  if (!entry) return undefined
  const path = shardPaths[entry.shardId]
  if ((await files.size(path)) === undefined) {
    warnings.push(`the object graph is in the missing shard ${path}; categories come from the slot structure and names`)
    return undefined
  }
  if (entry.size > MAX_TF_OBJECT_GRAPH_BYTES) {
    throw new LimitExceededError(path, 'the size of the object graph tensor', entry.size, MAX_TF_OBJECT_GRAPH_BYTES)
  }
  const source = await files.open(path)
  let bytes: Uint8Array
  try {
    bytes = await source.read(entry.offset, entry.size)
  } finally {
    await source.close()
  }
  const reader = new BinaryReader(bytes, path, entry.offset)
  const length = reader.varint('object graph length')
  reader.skip(4) // masked CRC32C of the length
  if (length !== reader.remaining) {
    throw new FormatError(path, `the object graph tensor says ${length} bytes but its entry holds ${reader.remaining}`, {
      offset: entry.offset,
      fix: 'The data shard does not match its index; re-save the checkpoint.'
    })
  }
  return await decodeTrackableObjectGraph(reader.take(length), path)
}
