import { FormatError } from '../../core/errors.js'
import type { ByteSource } from '../../io/byte-source.js'
import { uint64Number, utf8 } from '../../io/bytes/index.js'

/**
 * A bounds-checked reader of FlatBuffers tables (TFLite, ExecuTorch `.pte` / `.ptd`) through a
 * ByteSource, after `google/flatbuffers:docs/source/internals.md`: a table starts with an
 * soffset (i32) to its vtable; the vtable is u16 [vtable bytes, table bytes, field offsets…];
 * a field holding a table, vector or string holds a uoffset (u32) forward to it; a vector is a
 * u32 length and its elements.
 *
 * Why not the npm `flatbuffers` runtime: its ByteBuffer needs the whole file in memory (a TFLite
 * file keeps its weights inline, up to 2 GB) and checks no offset (the JS runtime has no
 * verifier), and its readers are generated per schema by flatc. We read a handful of fields of
 * four tables per format; this reader loads only the pages those fields are on, and every
 * offset, vtable and vector length is checked against the flatbuffer's extent before use.
 *
 * Fields are read synchronously from pages that an `await load()` made present: `table()`,
 * `vector()` and `string()` load what they return, so a caller reads a table's scalars, then
 * awaits its children. The page cache is bounded, so a file with inline payloads never holds them.
 */

/**
 * Small pages, so that reading a length word before an inline payload (a TFLite buffer) reads
 * little of the payload; a walk through consecutive tables reads ahead instead (`load`).
 */
const PAGE_BYTES = 512
/** Pages kept (4 MiB): the tables a walk is reading, while payloads between them pass through. */
const MAX_CACHED_PAGES = 8192
/** Largest read-ahead, reached while loads follow each other through the tables. */
const MAX_READ_AHEAD = 256 * 1024

export class FlatbufferReader {
  private readonly pages = new Map<number, Uint8Array>()
  private lastIndex = -1
  private lastPage: Uint8Array = new Uint8Array(0)

  /** The flatbuffer is bytes [start, end) of the source; offsets given and returned are file offsets. */
  constructor(
    readonly source: ByteSource,
    readonly start: number,
    readonly end: number
  ) {}

  get file(): string {
    return this.source.name
  }

  corrupt(what: string, offset?: number): FormatError {
    return new FormatError(this.file, what, { offset, fix: 'The file is truncated or corrupt (or not a flatbuffer of this schema).' })
  }

  /** Refuses a span outside the flatbuffer. */
  private inside(at: number, length: number, what: string): void {
    if (!Number.isSafeInteger(at) || !Number.isSafeInteger(length) || length < 0 || at < this.start || at + length > this.end) {
      throw this.corrupt(`${what} (${length} bytes at ${at}) lies outside the flatbuffer's bytes ${this.start}..${this.end}`, at)
    }
  }

  /**
   * Whether bytes [at, at + length) (inside the flatbuffer, else a FormatError) are loaded. When
   * not, they are remembered as what the `…Now` reader that asked needs (`loadMissing`).
   */
  private ready(at: number, length: number, what: string): boolean {
    this.inside(at, length, what)
    if (length === 0 || this.has(at, length)) return true
    this.missing = { at, length, what }
    return false
  }

  private missing = { at: 0, length: 0, what: '' }

  /**
   * Runs a synchronous reader (one made of `…Now` calls) until it has what it needs, loading what
   * it found missing in between: `x = readNow() ?? (await fb.until(readNow))` awaits only when a
   * page must be read.
   */
  async until<T>(readNow: () => T | undefined): Promise<T> {
    for (;;) {
      const value = readNow()
      if (value !== undefined) return value
      await this.load(this.missing.at, this.missing.length, this.missing.what)
    }
  }

  /** Makes bytes [at, at + length) readable; refuses any span outside the flatbuffer. */
  async load(at: number, length: number, what: string): Promise<void> {
    this.inside(at, length, what)
    if (length === 0 || this.has(at, length)) return
    // Read ahead while loads continue where the last one ended (a walk through consecutive
    // tables): doubling, as SourceWindow does; a jump (over a payload) starts again at one page.
    const near = at >= this.lastEnd - PAGE_BYTES && at <= this.lastEnd + PAGE_BYTES
    this.readAhead = near ? Math.min(this.readAhead * 2, MAX_READ_AHEAD) : PAGE_BYTES
    const first = Math.floor(at / PAGE_BYTES)
    const last = Math.floor((Math.min(Math.max(at + length, at + this.readAhead), this.end) - 1) / PAGE_BYTES)
    const readStart = Math.max(first * PAGE_BYTES, this.start)
    const bytes = await this.source.read(readStart, Math.min((last + 1) * PAGE_BYTES, this.end) - readStart)
    // Evict the oldest pages first, so the pages just loaded stay until the next load.
    for (const index of this.pages.keys()) {
      if (this.pages.size + last - first < MAX_CACHED_PAGES) break
      this.pages.delete(index)
    }
    for (let index = first; index <= last; index++) {
      const from = Math.max(index * PAGE_BYTES, this.start) - readStart
      this.pages.set(index, bytes.subarray(from, Math.min((index + 1) * PAGE_BYTES - readStart, bytes.length)))
    }
    this.lastIndex = -1
    this.lastEnd = readStart + bytes.length
  }

  private readAhead = PAGE_BYTES
  private lastEnd = -Infinity

  private has(at: number, length: number): boolean {
    for (let index = Math.floor(at / PAGE_BYTES); index * PAGE_BYTES < at + length; index++) if (!this.pages.has(index)) return false
    return true
  }

  /** One byte of a loaded page. */
  u8(at: number): number {
    const index = Math.floor(at / PAGE_BYTES)
    if (index !== this.lastIndex) {
      const page = this.pages.get(index)
      if (!page) throw new Error(`flatbuffer byte ${at} read before it was loaded`)
      this.lastIndex = index
      this.lastPage = page
    }
    // The first page of a flatbuffer that starts mid-page begins at `start`.
    return this.lastPage[at - Math.max(index * PAGE_BYTES, this.start)]
  }

  u16(at: number): number {
    return this.u8(at) | (this.u8(at + 1) << 8)
  }

  u32(at: number): number {
    return (this.u8(at) | (this.u8(at + 1) << 8) | (this.u8(at + 2) << 16)) + this.u8(at + 3) * 0x1000000
  }

  i32(at: number): number {
    return this.u32(at) | 0
  }

  /** A u64 as an exact number; larger than 2^53 is a FormatError naming the field. */
  u64(at: number, what: string): number {
    return uint64Number(this.u32(at), this.u32(at + 4), this.file, what, at)
  }

  /** The object a uoffset at `at` points to (forward, inside the flatbuffer). */
  target(at: number, what: string): number {
    const offset = this.u32(at)
    // Builders write children before parents, so a uoffset is never 0: a 0 would make a table its own child.
    if (offset === 0 || at + offset >= this.end) throw this.corrupt(`${what} points to ${at + offset}, not forward inside the flatbuffer`, at)
    return at + offset
  }

  /** The root table, whose uoffset is the flatbuffer's first word. */
  async root(what: string): Promise<FlatTable> {
    await this.load(this.start, 8, `the root of ${what}`)
    return this.table(this.target(this.start, `the root of ${what}`), what)
  }

  /**
   * The table at `at`, its vtable and its inline fields checked, without an await when their
   * pages are loaded (undefined when not: then `table()`). A walk over 10^5 tables awaits only on
   * the few page loads, not on every table (an await per call was most of the read's time).
   */
  tableNow(at: number, what: string): FlatTable | undefined {
    if (!this.ready(at, 4, what)) return undefined
    const vtable = at - this.i32(at)
    if (!this.ready(vtable, 4, `the vtable of ${what}`)) return undefined
    const vtableBytes = this.u16(vtable)
    const tableBytes = this.u16(vtable + 2)
    if (vtableBytes < 4 || vtableBytes % 2 !== 0 || tableBytes < 4) {
      throw this.corrupt(`${what} has a vtable of ${vtableBytes} bytes for a table of ${tableBytes}`, vtable)
    }
    if (!this.ready(vtable, vtableBytes, `the vtable of ${what}`)) return undefined
    // flatc can record a table size short of its last field (an 8-byte field at offset 4 of an
    // 8-byte table in ExecuTorch's DataSegment); the flatbuffers verifier checks fields against
    // the buffer, not the table size, so the extent read is up to the furthest field's end.
    let extent = tableBytes
    for (let slot = 4; slot < vtableBytes; slot += 2) extent = Math.max(extent, this.u16(vtable + slot) + 8)
    extent = Math.min(extent, this.end - at)
    if (!this.ready(at, extent, what)) return undefined
    return new FlatTable(this, at, vtable, vtableBytes, extent, what)
  }

  /** The table at `at`, loading what it needs. */
  async table(at: number, what: string): Promise<FlatTable> {
    return this.tableNow(at, what) ?? (await this.until(() => this.tableNow(at, what)))
  }

  /**
   * A vector's element count and where its elements start, checked to fit; undefined until its
   * length (and, when `loadElements`, its elements) are loaded.
   */
  vectorNow(at: number, elementBytes: number, what: string, loadElements = true): { start: number; length: number } | undefined {
    if (!this.ready(at, 4, `the length of ${what}`)) return undefined
    const length = this.u32(at)
    if (at + 4 + length * elementBytes > this.end) {
      throw this.corrupt(`${what} claims ${length} elements of ${elementBytes} bytes, more than the flatbuffer holds`, at)
    }
    if (loadElements && !this.ready(at + 4, length * elementBytes, what)) return undefined
    return { start: at + 4, length }
  }

  async vector(at: number, elementBytes: number, what: string, loadElements = true): Promise<{ start: number; length: number }> {
    const vector = this.vectorNow(at, elementBytes, what, loadElements)
    if (vector) return vector
    if (!loadElements) {
      // Only the length word, before a payload (a TFLite buffer's data): read alone, not as a
      // page, so that a model with many small inline buffers reads 4 bytes of each, not a page.
      const word = await this.source.read(at, 4)
      const length = (word[0] | (word[1] << 8) | (word[2] << 16)) + word[3] * 0x1000000
      if (at + 4 + length * elementBytes > this.end) {
        throw this.corrupt(`${what} claims ${length} elements of ${elementBytes} bytes, more than the flatbuffer holds`, at)
      }
      return { start: at + 4, length }
    }
    return this.until(() => this.vectorNow(at, elementBytes, what, loadElements))
  }

  /** The positions of the tables a vector of tables points to. */
  async tables(at: number, what: string, maxCount: number): Promise<number[]> {
    const { start, length } = await this.vector(at, 4, what)
    if (length > maxCount) throw this.corrupt(`${what} has ${length} entries, over the limit of ${maxCount}`, at)
    const positions = new Array<number>(length)
    for (let i = 0; i < length; i++) positions[i] = this.target(start + 4 * i, `${what}[${i}]`)
    return positions
  }

  /** A UTF-8 string (u32 length, bytes, NUL), refused over `maxBytes`; undefined until loaded. */
  stringNow(at: number, maxBytes: number, what: string): string | undefined {
    if (!this.ready(at, 4, what)) return undefined
    const length = this.u32(at)
    if (length > maxBytes) throw this.corrupt(`${what} is ${length} bytes long, over the limit of ${maxBytes}`, at)
    const vector = this.vectorNow(at, 1, what)
    if (!vector) return undefined
    const index = Math.floor(vector.start / PAGE_BYTES)
    const pageStart = Math.max(index * PAGE_BYTES, this.start)
    // Names are ASCII and within one page nearly always: decoded straight from the page.
    if (vector.start + length <= (index + 1) * PAGE_BYTES) {
      const page = this.pages.get(index)!
      return decodeText(page.subarray(vector.start - pageStart, vector.start - pageStart + length))
    }
    const bytes = new Uint8Array(length)
    for (let i = 0; i < length; i++) bytes[i] = this.u8(vector.start + i)
    return decodeText(bytes)
  }

  async string(at: number, maxBytes: number, what: string): Promise<string> {
    return this.stringNow(at, maxBytes, what) ?? (await this.until(() => this.stringNow(at, maxBytes, what)))
  }
}

/** Short ASCII strings without a TextDecoder call (a tenth of its cost); anything else through the layer's UTF-8 decoder. */
function decodeText(bytes: Uint8Array): string {
  if (bytes.length <= 128) {
    let ascii = true
    for (let i = 0; i < bytes.length && ascii; i++) ascii = bytes[i] < 0x80
    if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[])
  }
  return utf8(bytes)
}

/** A table whose vtable and inline fields are loaded; fields are addressed by their schema id (0, 1, …). */
export class FlatTable {
  constructor(
    private readonly reader: FlatbufferReader,
    readonly at: number,
    private readonly vtable: number,
    private readonly vtableBytes: number,
    /** Bytes of the table readable (loaded and inside the flatbuffer), from its start. */
    private readonly extent: number,
    readonly what: string
  ) {}

  /** File offset of field `id`, or 0 when the table does not store it (its default applies). */
  field(id: number, width: number): number {
    const slot = 4 + 2 * id
    if (slot + 2 > this.vtableBytes) return 0
    const offset = this.reader.u16(this.vtable + slot)
    if (offset === 0) return 0
    if (offset < 4 || offset + width > this.extent) throw this.reader.corrupt(`field ${id} of ${this.what} lies outside its table`, this.at)
    return this.at + offset
  }

  u8(id: number, fallback = 0): number {
    const at = this.field(id, 1)
    return at === 0 ? fallback : this.reader.u8(at)
  }

  u32(id: number, fallback = 0): number {
    const at = this.field(id, 4)
    return at === 0 ? fallback : this.reader.u32(at)
  }

  u64(id: number, fallback = 0): number {
    const at = this.field(id, 8)
    return at === 0 ? fallback : this.reader.u64(at, `field ${id} of ${this.what}`)
  }

  /** Where the table, vector or string in field `id` starts; undefined when absent. */
  ref(id: number): number | undefined {
    const at = this.field(id, 4)
    return at === 0 ? undefined : this.reader.target(at, `field ${id} of ${this.what}`)
  }
}
