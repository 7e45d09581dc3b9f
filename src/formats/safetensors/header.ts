import { denseBytes } from '../../core/dtypes.js'
import { FormatError, LimitExceededError } from '../../core/errors.js'
import { MAX_DIMS, MAX_NAME_BYTES, MAX_SAFETENSORS_HEADER_BYTES, MAX_TENSORS } from '../../core/limits.js'
import type { ByteSource } from '../../io/byte-source.js'
import { bigintNumber, Cursor, ShapeInterner, strictUtf8 } from '../../io/bytes/index.js'
import { releaseArrayBuffer } from '../../io/bytes/index.js'
import { scanHeader } from './header-scan.js'

/**
 * The safetensors layout (`huggingface/safetensors:safetensors/src/tensor.rs`, FORMATS.md §5):
 *
 *   u64 LE  N         header length
 *   byte[N] header    UTF-8 JSON; writers pad it with spaces to a multiple of 8
 *   byte[]  data      tensor bytes; `data_offsets` are relative to byte 8 + N
 *
 * Only the 8 bytes and the header are read.
 */

/** safetensors dtype strings (`Dtype` in tensor.rs) to canonical dtype names. */
export const SAFETENSORS_DTYPES: Readonly<Record<string, string>> = {
  BOOL: 'bool',
  F4: 'float4_e2m1',
  F6_E2M3: 'float6_e2m3',
  F6_E3M2: 'float6_e3m2',
  U8: 'uint8',
  I8: 'int8',
  F8_E5M2: 'float8_e5m2',
  F8_E4M3: 'float8_e4m3fn',
  F8_E8M0: 'float8_e8m0',
  F8_E4M3FNUZ: 'float8_e4m3fnuz',
  F8_E5M2FNUZ: 'float8_e5m2fnuz',
  I16: 'int16',
  U16: 'uint16',
  F16: 'float16',
  BF16: 'bfloat16',
  I32: 'int32',
  U32: 'uint32',
  F32: 'float32',
  C64: 'complex64',
  F64: 'float64',
  I64: 'int64',
  U64: 'uint64'
}

export interface SafetensorsEntry {
  name: string
  dtype: string
  shape: number[]
  /** Byte offset of the payload in the file (8 + N + begin). */
  offset: number
  byteLength: number
}

export interface SafetensorsHeader {
  /** 8 + N: where the data starts. */
  dataStart: number
  /** Whether the header has a `__metadata__` map. */
  hasMetadata: boolean
  entries: SafetensorsEntry[]
  warnings: string[]
}

const LENGTH_BYTES = 8

/** Reads and validates the header of one safetensors file: every span inside the file, sized by dtype × shape. */
export async function readSafetensorsHeader(source: ByteSource): Promise<SafetensorsHeader> {
  const file = source.name
  if (source.size < LENGTH_BYTES) {
    throw new FormatError(file, `a safetensors file starts with an 8-byte header length, but the file has ${source.size} bytes`, {
      fix: 'The file is truncated or empty.'
    })
  }
  const headerLength = Cursor.over(await source.read(0, LENGTH_BYTES), file).u64big()
  // The limit is checked before anything is allocated: a header claiming 2^63 bytes is refused here.
  if (headerLength > BigInt(MAX_SAFETENSORS_HEADER_BYTES)) {
    throw new LimitExceededError(file, 'the safetensors header length', headerLength, MAX_SAFETENSORS_HEADER_BYTES)
  }
  const n = bigintNumber(headerLength, file, 'the safetensors header length')
  const dataStart = LENGTH_BYTES + n
  if (dataStart > source.size) {
    throw new FormatError(file, `the header claims ${n} bytes but the file has only ${source.size - LENGTH_BYTES} after the length`, {
      offset: 0,
      fix: 'The file is truncated (an interrupted download or a Git LFS pointer?).'
    })
  }
  const bytes = await source.read(LENGTH_BYTES, n)
  // One array per distinct shape (ShapeInterner): do not copy shapes after this.
  const shapes = new ShapeInterner()
  const parsed = scanEntries(file, bytes, dataStart, source.size, shapes) ?? entriesFromJson(file, decodeHeader(file, bytes), dataStart, source.size, shapes)
  // The entries are copies (names and dtypes decoded, shapes and offsets parsed): the header's
  // bytes (10 MB at 10^5 tensors) are done with. Only a buffer read for the header alone is freed;
  // a view into memory the caller owns (a BufferByteSource) starts past the length field.
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) releaseArrayBuffer(bytes.buffer)
  const { entries, warnings } = parsed
  checkNoOverlap(file, entries, dataStart)
  const lastEnd = entries.reduce((end, entry) => Math.max(end, entry.offset + entry.byteLength), dataStart)
  if (lastEnd < source.size) {
    // The reference reader refuses this (MetadataIncompleteBuffer); the bytes are still counted, as metadata.
    warnings.push(`${source.size - lastEnd} bytes after the last tensor are not described by the header`)
  }
  return { dataStart, hasMetadata: parsed.hasMetadata, entries, warnings }
}

type ParsedEntries = Pick<SafetensorsHeader, 'hasMetadata' | 'entries' | 'warnings'>

/**
 * The entries of a header in the plain shape writers produce, checked as they are scanned
 * (header-scan.ts: no 10 MB string, no JSON tree); undefined when the header needs JSON.parse.
 * The first invalid entry is reported only once the whole header has scanned as plain JSON, so
 * a header that is also malformed further on gets the same error as through JSON.parse.
 */
function scanEntries(file: string, bytes: Uint8Array, dataStart: number, fileSize: number, shapes: ShapeInterner): ParsedEntries | undefined {
  const entries: SafetensorsEntry[] = []
  const warnings: string[] = []
  let firstError: unknown
  const scanned = scanHeader(bytes, (name, value) => {
    if (firstError !== undefined) return
    try {
      entries.push(checkedEntry(file, name, value, dataStart, fileSize, warnings, shapes))
    } catch (error) {
      firstError = error
    }
  })
  if (scanned === undefined) return undefined
  if (firstError !== undefined) throw firstError
  return { hasMetadata: scanned.hasMetadata, entries, warnings }
}

/** Any header JSON.parse accepts: the reference path for everything the scanner does not take. */
function entriesFromJson(file: string, text: string, dataStart: number, fileSize: number, shapes: ShapeInterner): ParsedEntries {
  let json: unknown
  try {
    // Trailing spaces (the writers' padding to a multiple of 8) are JSON whitespace.
    json = JSON.parse(text)
  } catch (error) {
    throw new FormatError(file, `the header is not valid JSON (${(error as Error).message})`, { offset: LENGTH_BYTES })
  }
  if (!isObject(json)) throw new FormatError(file, 'the header is not a JSON object', { offset: LENGTH_BYTES })

  const entries: SafetensorsEntry[] = []
  const warnings: string[] = []
  const names = Object.keys(json)
  if (names.length > MAX_TENSORS) throw new LimitExceededError(file, 'the number of safetensors entries', names.length, MAX_TENSORS)
  for (const name of names) {
    // `__metadata__` is a free-form string map, not a tensor; its bytes are header (metadata).
    if (name === '__metadata__') continue
    entries.push(checkedEntry(file, name, json[name], dataStart, fileSize, warnings, shapes))
  }
  return { hasMetadata: '__metadata__' in json, entries, warnings }
}

function checkedEntry(
  file: string,
  name: string,
  value: unknown,
  dataStart: number,
  fileSize: number,
  warnings: string[],
  shapes: ShapeInterner
): SafetensorsEntry {
  if (name.length > MAX_NAME_BYTES) throw new LimitExceededError(file, 'the length of a tensor name', name.length, MAX_NAME_BYTES)
  return parseEntry(file, name, value, dataStart, fileSize, warnings, shapes)
}

function parseEntry(
  file: string,
  name: string,
  value: unknown,
  dataStart: number,
  fileSize: number,
  warnings: string[],
  shapes: ShapeInterner
): SafetensorsEntry {
  const invalid = (what: string, fix?: string): FormatError =>
    new FormatError(file, `tensor '${name}' ${what}`, { fix: fix ?? 'The header is malformed; re-save the file.' })
  if (!isObject(value)) throw invalid('is not a JSON object with dtype, shape and data_offsets')
  const { dtype, shape, data_offsets: offsets } = value
  if (typeof dtype !== 'string') throw invalid('has no dtype string')
  if (!Array.isArray(shape) || shape.length > MAX_DIMS || !shape.every(isSize)) {
    throw invalid(`has an invalid shape ${JSON.stringify(shape)?.slice(0, 100)} (at most ${MAX_DIMS} non-negative integers)`)
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isSize) || offsets[0] > offsets[1]) {
    throw invalid(`has invalid data_offsets ${JSON.stringify(offsets)?.slice(0, 100)} (expected [begin, end] with begin <= end)`)
  }
  const [begin, end] = offsets as [number, number]
  if (dataStart + end > fileSize) {
    throw invalid(
      `declares data_offsets [${begin}, ${end}], ending at byte ${dataStart + end} of the file, beyond its ${fileSize} bytes`,
      'The file is truncated (an interrupted download?) or its header does not match its data.'
    )
  }
  const canonical = SAFETENSORS_DTYPES[dtype]
  const byteLength = end - begin
  if (canonical === undefined) {
    warnings.push(`tensor '${name}' has dtype '${dtype}', unknown to this version; its size is taken from data_offsets`)
  } else {
    const expected = denseBytes(canonical, shape as number[])
    if (expected !== undefined && expected !== byteLength) {
      throw invalid(`declares ${byteLength} bytes (data_offsets [${begin}, ${end}]) but ${dtype}[${(shape as number[]).join(', ')}] needs ${expected}`)
    }
  }
  return { name, dtype: canonical ?? dtype.toLowerCase(), shape: shapes.intern(shape as number[]), offset: dataStart + begin, byteLength }
}

/** Overlapping payloads would count bytes twice: the reference reader requires contiguous entries. */
function checkNoOverlap(file: string, entries: SafetensorsEntry[], dataStart: number): void {
  // Writers list tensors in payload order: then one pass shows that none overlaps, without a
  // sorted copy of the list (10^5 entries: a large-object array and ~1.7 million comparisons).
  let inOrder = true
  for (let i = 1; i < entries.length && inOrder; i++) inOrder = entries[i].offset >= entries[i - 1].offset + entries[i - 1].byteLength
  if (inOrder) return
  const sorted = [...entries].sort((a, b) => a.offset - b.offset || a.byteLength - b.byteLength)
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]
    const current = sorted[i]
    if (current.offset < previous.offset + previous.byteLength) {
      throw new FormatError(
        file,
        `tensors '${previous.name}' and '${current.name}' overlap (data_offsets ${previous.offset - dataStart}..${previous.offset - dataStart + previous.byteLength} and ${current.offset - dataStart}..${current.offset - dataStart + current.byteLength})`,
        { fix: 'The header is malformed; re-save the file.' }
      )
    }
  }
}

function decodeHeader(file: string, bytes: Uint8Array): string {
  return strictUtf8(bytes, file, 'the header', LENGTH_BYTES)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}
