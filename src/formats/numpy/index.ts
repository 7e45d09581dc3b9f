import { constants, inflateRawSync } from 'node:zlib'
import { FormatError, LimitExceededError } from '../../core/errors.js'
import { formatBytes, formatCount } from '../../core/format-bytes.js'
import { MAX_TENSORS } from '../../core/limits.js'
import type { ReadResult, TensorInfo } from '../../core/types.js'
import type { ByteSource } from '../../io/byte-source.js'
import { LATIN1, Window } from '../../io/bytes/index.js'
import { basename, type CheckpointFiles } from '../../io/checkpoint-files.js'
import type { CheckpointReader } from '../kit/types.js'
import { openZip } from '../zip/index.js'
import { numpyEvidence, OBJECT_ARRAY } from './evidence.js'
import { MAX_NPY_HEADER_BYTES, npyHeaderLength, parseNpyHeader, type NpyHeader } from './npy-header.js'
import { npySniffer, npzSniffer } from './sniff.js'
import { withSource } from '../kit/open.js'

/**
 * NumPy arrays: a `.npy` file (one array, `np.save`) and an `.npz` archive (a zip of `.npy`
 * members, one per key: `np.savez`, `np.savez_compressed`, `jnp.savez`, and writers outside numpy
 * such as Rust's dfdx). Metadata only: the zip's central directory and each member's `.npy`
 * header (its first ~128 bytes; for a deflated member, the few compressed bytes that inflate to
 * it). FORMATS.md, NumPy.
 *
 * Bytes: a stored member's array is its data span, exactly (elements × item size); its `.npy`
 * header and the zip's headers and directory are metadata. A deflated member's bytes on disk are
 * compressed, header and data together, so the array is counted at its share of them
 * (compressed × data / uncompressed), the rest of the member as metadata; an explanation gives
 * the uncompressed size. An object array (`descr '|O'`) holds a pickle, which is not unpickled:
 * its bytes are metadata, with a warning.
 */

/** Bytes read first from a stored member or `.npy` file: numpy pads its headers to 128 (64-byte aligned data). */
const FIRST_HEADER_READ = 128
/**
 * Compressed bytes read first from a deflated member: a 128-byte header deflates to ~60-90.
 * Inflating a prefix gives at most ~1032× its length (deflate's ratio limit), so outputs stay small.
 */
const FIRST_COMPRESSED_READ = 512
/**
 * Compressed bytes that always hold the deflated header: deflate spends at most 15 bits a literal
 * (and stored blocks 5 bytes per 64 KiB), so 2× the longest header plus a block header suffices.
 */
const MAX_COMPRESSED_HEADER_READ = 2 * MAX_NPY_HEADER_BYTES + 1024
/** Output cap for inflating a header prefix: the data that follows the header may be all zeros (1032:1). */
const MAX_INFLATED_PREFIX = 2 * 1024 * 1024

interface ArrayRead {
  name: string
  header: NpyHeader
  offset: number
  byteLength: number
}

function toTensors(arrays: ArrayRead[], file: string): TensorInfo[] {
  const evidence = numpyEvidence(arrays.map(({ name, header }) => ({ name, dtype: header.dtype, shape: header.shape })))
  return arrays.map(({ name, header, offset, byteLength }, i) => ({
    name,
    dtype: header.dtype,
    shape: header.shape,
    file,
    offset,
    byteLength,
    evidence: header.hasObjects ? OBJECT_ARRAY : evidence[i]
  }))
}

function objectWarning(arrays: ArrayRead[]): string[] {
  const objects = arrays.filter((array) => array.header.hasObjects).map((array) => `'${array.name}'`)
  if (objects.length === 0) return []
  return [
    `${objects.length === 1 ? 'array' : 'arrays'} ${objects.slice(0, 5).join(', ')}${objects.length > 5 ? ', …' : ''} ${objects.length === 1 ? 'holds' : 'hold'} Python objects (a pickle, dtype object): counted as metadata, not unpickled`
  ]
}

/** The data span of an array whose `.npy` bytes (header + data) are `available` long, checked. */
function dataSpan(header: NpyHeader, available: number, file: string, what: string): number {
  if (header.hasObjects) return Math.max(0, available - header.dataStart)
  if (header.dataStart + header.dataBytes > available) {
    throw new FormatError(
      file,
      `${what} (${header.dtype}[${header.shape.join(', ')}]) needs ${header.dataBytes} bytes of data after its ${header.dataStart}-byte header, but only ${available - header.dataStart} are there`,
      { fix: 'The file is truncated or corrupt; save it again.' }
    )
  }
  return header.dataBytes
}

/**
 * The `.npy` headers of one file, read through one reused buffer and parsed once per distinct
 * header: the members of an `.npz` share a handful of dtype/shape headers, and at 10^5 members a
 * fresh buffer and a fresh parse each were most of the time (a third of it garbage collection).
 */
class StoredHeaders {
  /** Reads exactly what is asked (readBytes 0): a header's bytes, never into the array after it. */
  private readonly window: Window
  private readonly parsed = new Map<string, NpyHeader>()

  constructor(private readonly source: ByteSource) {
    this.window = new Window(source, { kind: 'reuse', readBytes: 0 })
  }

  /** The header at `start`, whose `.npy` bytes are `available` long. */
  async at(start: number, available: number): Promise<NpyHeader> {
    const head = await this.window.view(start, Math.min(available, FIRST_HEADER_READ))
    if (available < FIRST_HEADER_READ) return parseNpyHeader(head, this.source.name)
    const length = npyHeaderLength(head, this.source.name)
    const bytes = length > FIRST_HEADER_READ ? await this.window.view(start, Math.min(length, available)) : head.subarray(0, length)
    const key = LATIN1.decode(bytes)
    let header = this.parsed.get(key)
    if (!header) {
      header = parseNpyHeader(bytes, this.source.name)
      this.parsed.set(key, header)
    }
    return header
  }
}

/**
 * The `.npy` header of a deflated member: a prefix of its compressed bytes, inflated with a sync
 * flush (which yields what the prefix decodes to without needing the rest), grown until it covers
 * the header.
 */
async function readDeflatedHeader(source: ByteSource, start: number, compressedSize: number, member: string): Promise<NpyHeader> {
  let prefix = Math.min(FIRST_COMPRESSED_READ, compressedSize)
  for (;;) {
    const compressed = await source.read(start, prefix)
    let inflated: Uint8Array
    try {
      inflated = inflateRawSync(compressed, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED_PREFIX })
    } catch (error) {
      throw new FormatError(source.name, `member '${member}' does not inflate (${(error as Error).message})`, { offset: start })
    }
    const needed = inflated.length >= 12 ? npyHeaderLength(inflated, `${source.name}: ${member}`) : 12
    if (inflated.length >= needed) return parseNpyHeader(inflated.subarray(0, needed), `${source.name}: ${member}`)
    if (prefix >= compressedSize || prefix >= MAX_COMPRESSED_HEADER_READ) {
      throw new FormatError(source.name, `member '${member}' inflates to ${inflated.length} bytes, fewer than its .npy header`, { offset: start })
    }
    prefix = Math.min(compressedSize, MAX_COMPRESSED_HEADER_READ, prefix * 4)
  }
}

export const npyReader: CheckpointReader = {
  ...npySniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    return withSource(files, path, async (source) => {
      const header = await new StoredHeaders(source).at(0, source.size)
      const name = basename(path).replace(/\.npy$/i, '')
      const array: ArrayRead = { name, header, offset: header.dataStart, byteLength: dataSpan(header, source.size, path, `array '${name}'`) }
      return {
        format: 'numpy',
        name: path,
        files: [{ path, role: 'data', bytes: source.size, present: true }],
        tensors: toTensors([array], path),
        classifiedBy: 'format',
        warnings: objectWarning([array]),
        categoryNotes: { metadata: `.npy header (${formatBytes(header.dataStart)})` }
      }
    })
  }
}

export const npzReader: CheckpointReader = {
  ...npzSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    return withSource(files, path, async (source) => {
      const zip = await openZip(source)
      const { names, compressedSizes, uncompressedSizes } = zip.directory
      const members: number[] = []
      for (let i = 0; i < names.length; i++) if (/\.npy$/i.test(names[i])) members.push(i)
      if (members.length > MAX_TENSORS) throw new LimitExceededError(path, 'the number of arrays', members.length, MAX_TENSORS)
      const starts = await zip.dataStarts(members)
      const arrays: ArrayRead[] = []
      const warnings: string[] = []
      let deflated = 0
      let deflatedOnDisk = 0
      let deflatedInflated = 0
      const headers = new StoredHeaders(source)
      for (let m = 0; m < members.length; m++) {
        const index = members[m]
        const entry = zip.directory.entry(index)
        const name = entry.name.replace(/\.npy$/i, '')
        if (entry.method === 0) {
          const header = await headers.at(starts[m], entry.compressedSize)
          const byteLength = dataSpan(header, entry.compressedSize, path, `array '${name}'`)
          arrays.push({ name, header, offset: starts[m] + header.dataStart, byteLength })
        } else if (entry.method === 8) {
          const header = await readDeflatedHeader(source, starts[m], compressedSizes[index], entry.name)
          const dataBytes = dataSpan(header, uncompressedSizes[index], path, `array '${name}'`)
          // The array's share of the member's compressed bytes, placed at the member's end.
          const share = uncompressedSizes[index] === 0 ? 0 : Math.round((compressedSizes[index] * dataBytes) / uncompressedSizes[index])
          arrays.push({ name, header, offset: starts[m] + compressedSizes[index] - share, byteLength: share })
          deflated++
          deflatedOnDisk += compressedSizes[index]
          deflatedInflated += uncompressedSizes[index]
        } else {
          warnings.push(`member '${entry.name}' uses zip compression method ${entry.method}, which numpy does not write: counted as metadata`)
        }
      }
      const others = names.length - members.length
      zip.release()
      const explanations =
        deflated === 0
          ? []
          : [
              `${formatCount(deflated)} of ${formatCount(members.length)} arrays are deflate-compressed: ${formatBytes(deflatedOnDisk)} on disk for ${formatBytes(deflatedInflated)} uncompressed; each array counts its share of its member's compressed bytes`
            ]
      return {
        format: 'numpy',
        name: path,
        files: [{ path, role: 'data', bytes: source.size, present: true }],
        tensors: toTensors(arrays, path),
        classifiedBy: 'format',
        warnings: [...warnings, ...objectWarning(arrays)],
        explanations,
        categoryNotes: {
          metadata: `zip headers and directory, ${formatCount(members.length)} .npy headers${others > 0 ? `, ${formatCount(others)} other members` : ''}`
        }
      }
    })
  }
}
