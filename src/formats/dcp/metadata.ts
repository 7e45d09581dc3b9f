import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_PICKLE_BYTES, MAX_TENSORS } from '../../core/limits.js'
import { unpickle } from '../pickle/unpickler.js'
import { PickleGlobal, PickleObject, type PickleValue } from '../pickle/values.js'

/**
 * The `.metadata` file of a `torch.distributed.checkpoint` (DCP) folder: a pickle of
 * `torch.distributed.checkpoint.metadata.Metadata` (`pytorch/pytorch:torch/distributed/checkpoint/
 * metadata.py`, written by `filesystem.py`'s `FileSystemWriter.finish`). Its dataclasses pickle
 * as NEWOBJ + BUILD with a dict of fields:
 *
 * - `state_dict_metadata`: FQN → `TensorStorageMetadata(properties, size, chunks)` for a tensor
 *   (`properties` pickles as the tuple `(dtype, layout, requires_grad, memory_format, pin_memory)`,
 *   `size` and each chunk's `offsets`/`sizes` as `torch.Size(tuple)`), or `BytesStorageMetadata()`
 *   for any other value (saved with torch.save into the data file);
 * - `storage_data`: `MetadataIndex(fqn, offset, index)` → `_StorageInfo(relative_path, offset,
 *   length[, transform_descriptors])`: where each chunk's bytes are, in which `__<rank>_<n>.distcp`.
 *
 * Parsed without running anything: the classes stay opaque objects (only `torch.` and `pathlib.`
 * globals are admitted, and none is called).
 */

export interface DcpTensor {
  dtype: string
  shape: number[]
  /**
   * Each chunk's sizes by its offsets within the whole tensor (`"0,512"`): looked up once per
   * stored item, so a tensor of many chunks costs no scan per item.
   */
  chunks: Map<string, number[]>
}

/** One stored item: a tensor chunk, or a non-tensor value. */
export interface DcpItem {
  fqn: string
  /** The chunk's offsets within its tensor; undefined for a non-tensor value. */
  chunkOffsets?: number[]
  /** Data file, relative to the folder. */
  file: string
  offset: number
  length: number
  /** Transforms applied to the stored bytes (compression, encryption): the item is not a plain torch.save. */
  transformed: boolean
}

export interface DcpMetadata {
  tensors: Map<string, DcpTensor>
  items: DcpItem[]
}

/** The globals a DCP metadata pickle names: its own dataclasses, torch dtypes/layouts, the checkpoint's `pathlib` id. */
const ADMITTED_MODULES = ['torch.', 'pathlib.']

export function parseDcpMetadata(bytes: Uint8Array, file: string): DcpMetadata {
  if (bytes.length > MAX_PICKLE_BYTES) throw new LimitExceededError(file, 'the size of the DCP metadata pickle', bytes.length, MAX_PICKLE_BYTES)
  const root = unpickle(bytes, { file, globals: new Map(), allowedModulePrefixes: ADMITTED_MODULES }).value
  const fail = (what: string): FormatError =>
    new FormatError(file, `not a torch.distributed.checkpoint metadata file: ${what}`, {
      fix: 'The .metadata file is written by torch.distributed.checkpoint.save; re-save the checkpoint if it was damaged.'
    })
  const fields = stateOf(root, 'Metadata')
  if (!fields) throw fail('the pickle is not a Metadata object')
  const stateDict = fields.get('state_dict_metadata')
  const storage = fields.get('storage_data')
  if (!(stateDict instanceof Map)) throw fail('no state_dict_metadata')
  if (!(storage instanceof Map)) throw fail('no storage_data (written by a storage writer other than the file system one?)')
  if (storage.size > MAX_TENSORS) throw new LimitExceededError(file, 'the number of stored items', storage.size, MAX_TENSORS)

  const tensors = new Map<string, DcpTensor>()
  for (const [fqn, entry] of stateDict) {
    const tensor = stateOf(entry, 'TensorStorageMetadata')
    if (typeof fqn !== 'string' || !tensor) continue
    const dtype = dtypeOf(tensor.get('properties'))
    const shape = sizeOf(tensor.get('size'))
    if (!shape) throw fail(`tensor '${fqn}' has no size`)
    const chunks = new Map<string, number[]>()
    for (const chunk of Array.isArray(tensor.get('chunks')) ? (tensor.get('chunks') as PickleValue[]) : []) {
      const chunkFields = stateOf(chunk, 'ChunkStorageMetadata')
      chunks.set(offsetsKey(sizeOf(chunkFields?.get('offsets')) ?? []), sizeOf(chunkFields?.get('sizes')) ?? shape)
    }
    tensors.set(fqn, { dtype: dtype ?? 'unknown', shape, chunks })
  }

  const items: DcpItem[] = []
  for (const [key, value] of storage) {
    const index = stateOf(key, 'MetadataIndex')
    const info = stateOf(value, '_StorageInfo')
    const fqn = index?.get('fqn')
    const path = info?.get('relative_path')
    const offset = info?.get('offset')
    const length = info?.get('length')
    if (typeof fqn !== 'string' || typeof path !== 'string' || !isCount(offset) || !isCount(length))
      throw fail('a storage_data entry without fqn, relative_path, offset and length')
    if (path.includes('/') || path.includes('\\') || path.startsWith('.')) throw fail(`storage file '${path}' is not a file of the folder`)
    const transforms = info?.get('transform_descriptors')
    items.push({
      fqn,
      ...(tensors.has(fqn) ? { chunkOffsets: sizeOf(index?.get('offset')) ?? [] } : {}),
      file: path,
      offset,
      length,
      transformed: Array.isArray(transforms) && transforms.length > 0
    })
  }
  return { tensors, items }
}

/** The key of a chunk in `DcpTensor.chunks`. */
export function offsetsKey(offsets: readonly number[]): string {
  return offsets.join(',')
}

/** The field dict a dataclass of `name` was built with (BUILD state), or undefined. */
function stateOf(value: PickleValue, name: string): Map<PickleValue, PickleValue> | undefined {
  if (!(value instanceof PickleObject) || value.callable.name !== name) return undefined
  return value.state instanceof Map ? value.state : undefined
}

/** `torch.Size((2, 3))` pickles as REDUCE of `torch.Size` with the tuple; a plain tuple also counts. */
function sizeOf(value: PickleValue): number[] | undefined {
  const dims = value instanceof PickleObject && value.callable.qualifiedName === 'torch.Size' ? value.args[0] : value
  return Array.isArray(dims) && dims.every(isCount) ? (dims as number[]) : undefined
}

/**
 * The dtype of a `TensorProperties`: its state is the tuple `(dtype, layout, …)` (its
 * `__getstate__`), or a field dict from versions without one; `torch.float32` → `float32`.
 */
function dtypeOf(properties: PickleValue): string | undefined {
  if (!(properties instanceof PickleObject)) return undefined
  const state = properties.state
  const dtype = Array.isArray(state) ? state[0] : state instanceof Map ? state.get('dtype') : undefined
  return dtype instanceof PickleGlobal && dtype.module === 'torch' ? dtype.name : undefined
}

function isCount(value: PickleValue): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}
