import { FormatError, LimitExceededError, UnsupportedFormatError } from '../../core/errors.js'
import { MAX_PICKLE_BYTES, MAX_TENSORS } from '../../core/limits.js'
import type { ReadResult } from '../../core/types.js'
import type { ByteSource } from '../../io/byte-source.js'
import { Cursor } from '../../io/bytes/index.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'
import { PickleGlobalScan, scanExplanations, scanWarnings } from '../pickle/scan.js'
import { PickleTruncatedError, unpickle, type UnpickleResult } from '../pickle/unpickler.js'
import type { PickleValue } from '../pickle/values.js'
import type { CheckpointReader } from '../kit/types.js'
import { readTorchSaveEvidence } from './evidence.js'
import { TensorList, type StorageSpan } from './result.js'
import { looksLikeTorchTar, pytorchLegacySniffer } from './sniff.js'
import { persistentStorageId, STORAGE_ELEMENT_BYTES, StorageRef, torchGlobals } from './torch-globals.js'
import { withSource } from '../kit/open.js'

/**
 * The legacy (pre-1.6, `_use_new_zipfile_serialization=False`) `torch.save` stream
 * (`pytorch/pytorch:torch/serialization.py` `_legacy_save`; netron's `_legacy_load`):
 * five pickles back to back — the magic number `0x1950a86a20f9469cfc6c`, the protocol version
 * 1001, `sys_info`, the object (storages as persistent ids
 * `("storage", type, root_key, location, numel, view_metadata)`), the sorted list of storage keys —
 * then, for each key in that order, an int64 LE element count and the storage's raw bytes.
 *
 * Read: the pickles (their length is unknown up front, so they are read in growing windows), then
 * one 8-byte count per storage to check it against the pickle; the payload positions follow from
 * the counts, so payloads are skipped, never read.
 */

const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn
const LEGACY_PROTOCOL_VERSION = 1001
/** First window read for the pickles (small: what lies past them is payload); grown ×4 while a pickle runs past it. */
const FIRST_WINDOW = 16 * 1024

export const pytorchLegacyReader: CheckpointReader = {
  ...pytorchLegacySniffer,
  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    return withSource(files, path, async (source) => {
      if (looksLikeTorchTar(await source.read(0, Math.min(source.size, 16)))) {
        throw new UnsupportedFormatError(
          path,
          'the tar-based torch.save format of early PyTorch (0.1.x; members sys_info, pickle, storages, tensors), which is not read',
          'Load it with an old torch and save it again (torch.save writes a zip archive since 1.6), or convert it to safetensors.'
        )
      }
      return await readLegacy(path, source)
    })
  }
}

/** A storage a legacy pickle names, with what its persistent id says about its record. */
interface LegacyStorage {
  ref: StorageRef
  numel: number
}

interface LegacyPickles {
  root: PickleValue
  keys: string[]
  storages: Map<string, LegacyStorage>
  /** Offset of the first storage's count, just after the keys pickle. */
  storagesStart: number
  scan: PickleGlobalScan
}

async function readLegacy(path: string, source: ByteSource): Promise<ReadResult> {
  const pickles = await readPickles(path, source)
  const { root, keys, storages } = pickles
  if (keys.length > MAX_TENSORS) throw new LimitExceededError(path, 'the number of storages', keys.length, MAX_TENSORS)

  // Walk the storage records: count (int64 LE), then count × element size bytes.
  const spans = new Map<StorageRef, StorageSpan>()
  const keyOf = new Map<StorageRef, string>()
  let position = pickles.storagesStart
  for (const key of keys) {
    const named = storages.get(key)
    if (!named) throw new FormatError(path, `storage '${key}' is listed but no tensor refers to it`, { offset: position })
    const { ref: storage, numel } = named
    const header = await source.read(position, 8)
    // Always little-endian, whatever the writer's byte order (`pytorch/pytorch:torch/csrc/
    // serialization.cpp` THPStorage_writeFileRaw: "convert big endian cpu to little endian storage").
    const count = Cursor.over(header, path, position).i64(`the element count of storage '${key}'`)
    if (count !== numel) {
      throw new FormatError(path, `storage '${key}' has ${count} elements on disk but ${numel} in the pickle`, {
        offset: position,
        fix: 'The file is corrupted; re-save it.'
      })
    }
    const byteLength = numel * (STORAGE_ELEMENT_BYTES[storage.dtype] ?? 1)
    if (position + 8 + byteLength > source.size) {
      throw new FormatError(path, `storage '${key}' (${byteLength} bytes) extends beyond the end of the file`, {
        offset: position,
        fix: 'The file is truncated; re-save it.'
      })
    }
    spans.set(storage, { offset: position + 8, byteLength })
    keyOf.set(storage, `${path}:${key}`)
    position += 8 + byteLength
  }
  // A tensor whose storage the key list leaves out has no bytes on disk to point at.
  for (const [key, { ref }] of storages) {
    if (!spans.has(ref)) {
      throw new FormatError(path, `a tensor refers to storage '${key}', but the stream's storage list does not include it`, {
        offset: pickles.storagesStart,
        fix: 'The file is corrupted; re-save it.'
      })
    }
  }

  const list = new TensorList(
    path,
    (storage) => spans.get(storage) as StorageSpan,
    (storage) => keyOf.get(storage) as string
  )
  const categoryNotes = readTorchSaveEvidence(root, path, list.add)
  const { tensors, explanations } = list.finish()
  const warnings: string[] = scanWarnings(pickles.scan)
  if (position < source.size) warnings.push(`${source.size - position} bytes after the last storage (counted as metadata)`)
  explanations.push('legacy (pre-1.6) torch.save stream; torch.save now writes a zip archive with the same contents')
  explanations.push(...scanExplanations(pickles.scan))
  return {
    format: 'pytorch-legacy',
    name: path,
    files: [{ path, role: 'data', bytes: source.size, present: true }],
    tensors,
    classifiedBy: 'dict-layout',
    warnings,
    explanations,
    categoryNotes,
    pickleGlobals: pickles.scan.references
  }
}

/** Reads the five pickles, growing the window while one runs past its end (never past the pickles by more than the window). */
async function readPickles(path: string, source: ByteSource): Promise<LegacyPickles> {
  let bytes: Uint8Array = await source.read(0, Math.min(FIRST_WINDOW, source.size))
  for (;;) {
    try {
      return parsePickles(path, bytes)
    } catch (error) {
      if (!(error instanceof PickleTruncatedError) || bytes.length >= source.size) throw error
      if (bytes.length >= MAX_PICKLE_BYTES) throw new LimitExceededError(path, 'the size of the legacy pickles', bytes.length, MAX_PICKLE_BYTES)
      const more = await source.read(bytes.length, Math.min(bytes.length * 3, source.size - bytes.length))
      const grown = new Uint8Array(bytes.length + more.length)
      grown.set(bytes)
      grown.set(more, bytes.length)
      bytes = grown
    }
  }
}

function parsePickles(path: string, bytes: Uint8Array): LegacyPickles {
  let offset = 0
  // A parse that runs out of window starts again on a bigger one: the scan with it.
  const scan = new PickleGlobalScan(path)
  const next = (options: { persistent?: (pid: PickleValue) => PickleValue } = {}): PickleValue => {
    const result: UnpickleResult = unpickle(bytes.subarray(offset), {
      file: path,
      baseOffset: offset,
      scan,
      globals: torchGlobals(),
      persistentLoad: options.persistent
    })
    offset += result.end
    return result.value
  }
  const magic = next()
  if (magic !== LEGACY_MAGIC) throw new FormatError(path, 'not a legacy torch.save stream (wrong magic number)', { offset: 0 })
  const protocol = next()
  if (protocol !== LEGACY_PROTOCOL_VERSION) {
    throw new FormatError(path, `legacy torch.save protocol ${String(protocol)}, expected ${LEGACY_PROTOCOL_VERSION}`, { offset })
  }
  next() // sys_info: protocol version, byte order, type sizes; storage sizes do not depend on it
  const storages = new Map<string, LegacyStorage>()
  const root = next({
    persistent: (pid) => {
      if (Array.isArray(pid) && pid[0] === 'module') return null // a whole module's source record (the module is read from its state)
      const { key, dtype, numel } = persistentStorageId(pid)
      const known = storages.get(key)
      if (known) return known.ref
      const ref = new StorageRef(dtype)
      ref.index = storages.size
      storages.set(key, { ref, numel })
      return ref
    }
  })
  const keys = next()
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) {
    throw new FormatError(path, 'the legacy storage-key list is not a list of strings', { offset })
  }
  return { root, keys: keys as string[], storages, storagesStart: offset, scan }
}
