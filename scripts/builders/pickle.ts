/**
 * A small pickle *writer* for tests, examples and the bench: it emits the opcodes CPython's
 * pickler would (`python/cpython:Lib/pickle.py`) for a described value, so tests can build
 * pickles a real `torch.save` never would (hostile globals, shared memo entries, odd protocols)
 * without running Python.
 */
export type Py =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | Py[]
  | { tuple: Py[] }
  | { dict: [Py, Py][] }
  | { float: number }
  | { global: string; stack?: boolean }
  | { reduce: Py; args: Py[] }
  | { build: Py; state: Py }
  /** `target`, then MARK k v … SETITEMS on it (how an OrderedDict's items are pickled). */
  | { setitems: Py; items: [Py, Py][] }
  | { persid: Py }
  /** Written once and memoized; later uses of the same `memo` id are BINGETs (a shared object). */
  | { memo: string; value?: Py }
  /** Raw opcode bytes, for malformed or unusual streams. */
  | { raw: number[] }

export interface PickleOptions {
  /** PROTO byte; 0 writes no PROTO opcode. Default 2, as torch.save. */
  protocol?: number
}

export function pickle(value: Py, options: PickleOptions = {}): Uint8Array {
  const writer = new PickleWriter()
  const protocol = options.protocol ?? 2
  if (protocol > 0) writer.out.push(0x80, protocol)
  writer.write(value)
  writer.out.push(0x2e) // STOP
  return Uint8Array.from(writer.out)
}

class PickleWriter {
  out: number[] = []
  private memo = new Map<string, number>()

  private u32(n: number): void {
    this.out.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff)
  }
  private text(s: string): void {
    const bytes = new TextEncoder().encode(s)
    this.out.push(0x58) // BINUNICODE
    this.u32(bytes.length)
    this.out.push(...bytes)
  }

  write(value: Py): void {
    const out = this.out
    if (value === null) out.push(0x4e)
    else if (value === true) out.push(0x88)
    else if (value === false) out.push(0x89)
    else if (typeof value === 'number') {
      if (!Number.isInteger(value)) this.write({ float: value })
      else if (value >= 0 && value < 256) out.push(0x4b, value)
      else if (value >= 0 && value < 65536) out.push(0x4d, value & 0xff, value >> 8)
      else if (value >= -(2 ** 31) && value < 2 ** 31) {
        out.push(0x4a)
        this.u32(value >>> 0)
      } else this.write(BigInt(value))
    } else if (typeof value === 'bigint') {
      // LONG1: little-endian two's complement, as short as it can be.
      const bytes: number[] = []
      let v = value
      do {
        bytes.push(Number(v & 0xffn))
        v >>= 8n
      } while (!((v === 0n && (bytes[bytes.length - 1] & 0x80) === 0) || (v === -1n && (bytes[bytes.length - 1] & 0x80) !== 0)))
      out.push(0x8a, bytes.length, ...bytes)
    } else if (typeof value === 'string') this.text(value)
    else if (value instanceof Uint8Array) {
      out.push(0x42) // BINBYTES
      this.u32(value.length)
      for (const b of value) out.push(b)
    } else if (Array.isArray(value)) {
      out.push(0x5d) // EMPTY_LIST
      if (value.length > 0) {
        out.push(0x28)
        for (const item of value) this.write(item)
        out.push(0x65) // APPENDS
      }
    } else if ('tuple' in value) {
      const items = value.tuple
      if (items.length === 0) out.push(0x29)
      else if (items.length <= 3) {
        for (const item of items) this.write(item)
        out.push([0x85, 0x86, 0x87][items.length - 1])
      } else {
        out.push(0x28)
        for (const item of items) this.write(item)
        out.push(0x74)
      }
    } else if ('dict' in value) {
      out.push(0x7d) // EMPTY_DICT
      if (value.dict.length > 0) {
        out.push(0x28)
        for (const [k, v] of value.dict) {
          this.write(k)
          this.write(v)
        }
        out.push(0x75) // SETITEMS
      }
    } else if ('float' in value) {
      const bytes = new Uint8Array(8)
      new DataView(bytes.buffer).setFloat64(0, value.float, false) // BINFLOAT is big-endian
      out.push(0x47, ...bytes)
    } else if ('global' in value) {
      // CPython's pickler memoizes every global it writes; later uses are BINGETs.
      const memoKey = `global:${value.global}:${value.stack ? 1 : 0}`
      const known = this.memo.get(memoKey)
      if (known !== undefined) {
        out.push(0x6a)
        this.u32(known)
        return
      }
      this.memo.set(memoKey, this.memo.size)
      const dot = value.global.lastIndexOf('.')
      const module = value.global.slice(0, dot)
      const name = value.global.slice(dot + 1)
      if (value.stack) {
        this.text(module)
        this.text(name)
        out.push(0x93) // STACK_GLOBAL
      } else {
        out.push(0x63, ...new TextEncoder().encode(`${module}\n${name}\n`))
      }
      out.push(0x72) // LONG_BINPUT
      this.u32(this.memo.get(memoKey) as number)
    } else if ('reduce' in value) {
      this.write(value.reduce)
      this.write({ tuple: value.args })
      out.push(0x52)
    } else if ('build' in value) {
      this.write(value.build)
      this.write(value.state)
      out.push(0x62)
    } else if ('setitems' in value) {
      this.write(value.setitems)
      if (value.items.length > 0) {
        out.push(0x28)
        for (const [k, v] of value.items) {
          this.write(k)
          this.write(v)
        }
        out.push(0x75)
      }
    } else if ('persid' in value) {
      this.write(value.persid)
      out.push(0x51) // BINPERSID
    } else if ('memo' in value) {
      const index = this.memo.get(value.memo)
      if (index !== undefined) {
        out.push(0x6a) // LONG_BINGET
        this.u32(index)
      } else {
        if (value.value === undefined) throw new Error(`memo '${value.memo}' used before it was written`)
        this.write(value.value)
        const next = this.memo.size
        this.memo.set(value.memo, next)
        out.push(0x72) // LONG_BINPUT
        this.u32(next)
      }
    } else if ('raw' in value) {
      out.push(...value.raw)
    }
  }
}
