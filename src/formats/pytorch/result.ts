import { formatBytes } from '../../core/format-bytes.js'
import type { TensorInfo } from '../../core/types.js'
import type { Classification } from './classify.js'

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
  if (shared.length > 0) {
    const names = shared.slice(0, 3).map((n) => `'${n}'`).join(', ')
    explanations.push(
      `${shared.length} tensor(s) share storage with another tensor (tied weights or views: ${names}${shared.length > 3 ? ', …' : ''}); ` +
        `the shared storage (${formatBytes(sharedBytes)}) is on disk once and counted once`
    )
  }
  return { tensors, explanations }
}
