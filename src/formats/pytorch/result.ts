import { formatBytes } from '../../core/format-bytes.js'
import type { TensorInfo } from '../../core/types.js'
import type { Classification } from './classify.js'
import { STORAGE_ELEMENT_BYTES } from './torch-globals.js'

/** Where one storage's bytes are: a zip entry's payload, or a span after a legacy size header. */
export interface StorageSpan {
  offset: number
  byteLength: number
  /** Stable key for the analyzer's once-per-storage accounting (`archive/data/3`). */
  storageKey: string
}

/**
 * Turns classified tensors into the common tensor list. Every tensor that views a storage gets
 * the whole storage's span and its key, so the analyzer counts a shared storage once (under the
 * first tensor that names it); the explanation says which were shared.
 */
export function tensorInfos(
  file: string,
  classification: Classification,
  spanOf: (key: string) => StorageSpan
): { tensors: TensorInfo[]; explanations: string[] } {
  const tensors: TensorInfo[] = []
  const firstName = new Map<string, string>()
  const shared: string[] = []
  const sharedKeys = new Set<string>()
  let sharedBytes = 0
  for (const item of classification.tensors) {
    const { tensor } = item
    if (!tensor.storage) {
      // A meta tensor has a shape but no data on disk.
      tensors.push({ name: item.name, dtype: tensor.dtype, shape: tensor.shape, file, offset: 0, byteLength: 0, category: item.category, reason: `${item.reason} (no data: meta tensor)` })
      continue
    }
    const span = spanOf(tensor.storage.key)
    const first = firstName.get(span.storageKey)
    let reason = item.reason
    if (first === undefined) firstName.set(span.storageKey, item.name)
    else {
      reason = `${reason}; shares its storage with '${first}' (counted once)`
      if (!sharedKeys.has(span.storageKey)) sharedBytes += span.byteLength
      sharedKeys.add(span.storageKey)
      shared.push(item.name)
    }
    tensors.push({
      name: item.name,
      dtype: tensor.dtype,
      shape: tensor.shape,
      file,
      offset: span.offset,
      byteLength: span.byteLength,
      category: item.category,
      reason,
      storageKey: span.storageKey
    })
  }
  const explanations: string[] = []
  const unviewed = unviewedStorageBytes(classification, spanOf)
  if (unviewed.bytes > 0) {
    explanations.push(
      `${formatBytes(unviewed.bytes)} of saved storage is not visible through any tensor ('${unviewed.example}' is a view of a larger storage); ` +
        'torch.save writes whole storages, so save a .clone() of a slice to drop the rest'
    )
  }
  if (shared.length > 0) {
    const names = shared.slice(0, 3).map((n) => `'${n}'`).join(', ')
    explanations.push(
      `${shared.length} tensor(s) share storage with another tensor (tied weights or views: ${names}${shared.length > 3 ? ', …' : ''}); ` +
        `the shared storage (${formatBytes(sharedBytes)}) is on disk once and counted once`
    )
  }
  return { tensors, explanations }
}

/**
 * Storage bytes that no saved tensor views (FORMATS.md §4.3): `torch.save(big[:10])` writes all
 * of `big`'s storage. Each view reaches `[offset, offset + extent)` elements of its storage; the
 * union of those, per storage, against the storage record's size.
 */
function unviewedStorageBytes(classification: Classification, spanOf: (key: string) => StorageSpan): { bytes: number; example: string } {
  // Nearly every storage has one view: its first interval is kept inline, a list only from the second.
  const views = new Map<string, { elementBytes: number; from: number; to: number; name: string; more?: [number, number][] }>()
  for (const item of classification.tensors) {
    const storage = item.tensor.storage
    const elementBytes = storage ? STORAGE_ELEMENT_BYTES[storage.dtype] : undefined
    if (!storage || elementBytes === undefined) continue
    const from = item.tensor.storageOffset
    const to = from + item.tensor.extent
    const entry = views.get(storage.key)
    if (!entry) views.set(storage.key, { elementBytes, from, to, name: item.name })
    else (entry.more ??= []).push([from, to])
  }
  let bytes = 0
  let example = ''
  for (const [key, { elementBytes, from, to, name, more }] of views) {
    let covered = 0
    if (!more) {
      covered = Math.max(0, to - Math.max(from, 0))
    } else {
      const intervals = ([[from, to]] as [number, number][]).concat(more).sort((a, b) => a[0] - b[0])
      let end = 0
      for (const [start0, stop] of intervals) {
        const start = Math.max(start0, end)
        if (stop > start) covered += stop - start
        end = Math.max(end, stop)
      }
    }
    const missing = spanOf(key).byteLength - covered * elementBytes
    if (missing > 0) {
      bytes += missing
      example ||= name
    }
  }
  return { bytes, example }
}
