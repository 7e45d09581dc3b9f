import { formatBytes } from '../../core/format-bytes.js'
import type { TensorInfo } from '../../core/types.js'
import type { Evidence } from '../../core/classify.js'
import type { FoundTensor } from './evidence.js'
import { STORAGE_ELEMENT_BYTES, type StorageRef } from './torch-globals.js'

/** Where one storage's bytes are: a zip entry's payload, or a span after a legacy size header. */
export interface StorageSpan {
  offset: number
  byteLength: number
}

/**
 * Turns classified tensors, as the classification hands them over, into the common tensor list.
 * Every tensor that views a storage gets the whole storage's span; the tensors of a storage that
 * several tensors view also get its key, so the analyzer counts a shared storage once (under the
 * first tensor that names it); the explanation says which were shared.
 *
 * Per-storage bookkeeping lives on the StorageRef object itself (the unpickler hands out one per
 * storage): with 10^5 storages, string-keyed maps were a tenth of the read, and Maps keyed by the
 * object grew by copies into the large-object space that stayed to the end.
 */
export class TensorList {
  /**
   * Allocated at the expected count (`expected`, the number of storages) and trimmed by
   * `finish`: pushes to 10^5 left growth copies in the large-object space.
   */
  private readonly tensors: TensorInfo[]
  private count = 0
  /** The storages whose views, so far, do not cover them whole (rare: slices saved alone). */
  private readonly partial: StorageRef[] = []
  /** The storages a second tensor viewed (rare: tied weights), their bytes added to the shared total once. */
  private readonly sharedStorages = new Set<StorageRef>()
  private readonly shared: string[] = []
  private sharedBytes = 0

  constructor(
    private readonly file: string,
    private readonly spanOf: (storage: StorageRef) => StorageSpan,
    /**
     * Stable key of a storage for the analyzer's once-per-storage accounting (`archive/data/3`),
     * asked only for the storages that several tensors view.
     */
    private readonly keyOf: (storage: StorageRef) => string,
    expected = 0
  ) {
    this.tensors = new Array<TensorInfo>(expected)
  }

  /** An arrow property, so that `list.add` can be handed to the classification as it is. */
  readonly add = (item: FoundTensor): void => {
    const { tensor } = item
    const storage = tensor.storage
    if (!storage) {
      // A meta tensor has a shape but no data on disk.
      this.tensors[this.count++] = {
        name: item.name,
        dtype: tensor.dtype,
        shape: tensor.shape,
        file: this.file,
        offset: 0,
        byteLength: 0,
        evidence: withNote(item.evidence, 'no data: meta tensor')
      }
      return
    }
    const span = this.spanOf(storage)
    const view: [number, number] = [tensor.storageOffset, tensor.storageOffset + tensor.extent]
    const seen = storage.views
    const info: TensorInfo = {
      name: item.name,
      dtype: tensor.dtype,
      shape: tensor.shape,
      file: this.file,
      offset: span.offset,
      byteLength: span.byteLength,
      evidence: item.evidence
      // No storageKey: only the tensors of a storage that several tensors view get one (below). A
      // storage viewed once is counted once without a key, and the analyzer's set of seen keys
      // stays empty (for 10^5 storages it grew by copies into the large-object space, ~5 MB at
      // the peak); the field itself, on each of 10^5 tensors, was 0.8 MB more.
    }
    if (seen === undefined) {
      if (coversStorage(storage, span, view)) storage.views = info
      else {
        storage.views = new PartialViews(info, [view])
        this.partial.push(storage)
      }
    } else {
      const first = seen instanceof PartialViews ? seen.first : seen
      if (seen instanceof PartialViews) seen.views.push(view)
      info.evidence = withNote(item.evidence, `shares its storage with '${first.name}' (counted once)`)
      // The first tensor's info was listed before anyone knew: it gets the key now.
      first.storageKey ??= this.keyOf(storage)
      info.storageKey = first.storageKey
      if (!this.sharedStorages.has(storage)) {
        this.sharedStorages.add(storage)
        this.sharedBytes += span.byteLength
      }
      this.shared.push(item.name)
    }
    this.tensors[this.count++] = info
  }

  finish(): { tensors: TensorInfo[]; explanations: string[] } {
    const explanations: string[] = []
    const unviewed = unviewedStorageBytes(this.partial, this.spanOf)
    if (unviewed.bytes > 0) {
      explanations.push(
        `${formatBytes(unviewed.bytes)} of saved storage is not visible through any tensor ('${unviewed.example}' is a view of a larger storage); ` +
          'torch.save writes whole storages, so save a .clone() of a slice to drop the rest'
      )
    }
    if (this.shared.length > 0) {
      const names = this.shared
        .slice(0, 3)
        .map((n) => `'${n}'`)
        .join(', ')
      explanations.push(
        `${this.shared.length} tensor(s) share storage with another tensor (tied weights or views: ${names}${this.shared.length > 3 ? ', …' : ''}); ` +
          `the shared storage (${formatBytes(this.sharedBytes)}) is on disk once and counted once`
      )
    }
    this.tensors.length = this.count
    return { tensors: this.tensors, explanations }
  }
}

/** The same evidence, each detail followed by a note (rare tensors only: it copies the array). */
function withNote(evidence: readonly Evidence[], note: string): readonly Evidence[] {
  return evidence.map((item) => ({ ...item, detail: `${item.detail}; ${note}` }))
}

/** The element ranges `[from, to)` that a storage's tensors view, while they do not cover it all. */
export class PartialViews {
  constructor(
    /** The first tensor that names the storage: its bytes are counted under this one. */
    readonly first: TensorInfo,
    readonly views: [number, number][]
  ) {}
}

/** Bytes per element of a storage, when its dtype has a size (else nothing is checked). */
function elementBytesOf(storage: StorageRef): number | undefined {
  return STORAGE_ELEMENT_BYTES[storage.dtype]
}

/** Whether one view reaches every byte of its storage's record. */
function coversStorage(storage: StorageRef, span: StorageSpan, [from, to]: [number, number]): boolean {
  const elementBytes = elementBytesOf(storage)
  return elementBytes === undefined || Math.max(0, to - Math.max(from, 0)) * elementBytes >= span.byteLength
}

/**
 * Storage bytes that no saved tensor views (FORMATS.md §4.3): `torch.save(big[:10])` writes all
 * of `big`'s storage. Each view reaches `[offset, offset + extent)` elements of its storage; the
 * union of those, per storage, against the storage record's size. Storages whose first view
 * covered them are known to be whole.
 */
function unviewedStorageBytes(partial: readonly StorageRef[], spanOf: (storage: StorageRef) => StorageSpan): { bytes: number; example: string } {
  let bytes = 0
  let example = ''
  for (const storage of partial) {
    const seen = storage.views as PartialViews
    const elementBytes = elementBytesOf(storage) as number
    const intervals = seen.views.sort((a, b) => a[0] - b[0])
    let covered = 0
    let end = 0
    for (const [start0, stop] of intervals) {
      const start = Math.max(start0, end)
      if (stop > start) covered += stop - start
      end = Math.max(end, stop)
    }
    const missing = spanOf(storage).byteLength - covered * elementBytes
    if (missing > 0) {
      bytes += missing
      example ||= seen.first.name
    }
  }
  return { bytes, example }
}
