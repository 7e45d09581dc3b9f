import protobuf from 'protobufjs/minimal.js'
import { tensorflow } from './proto/tensorflow.generated.js'

/**
 * What the TensorFlow readers decode with (through protos.ts): protobufjs's minimal runtime, the
 * static decoders pbjs generated from ./proto/*.proto (scripts/generate-tf-protos.ts), and the
 * reader they run on.
 */
export { tensorflow }

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })
const TWO_POW_32 = 2 ** 32

/**
 * protobufjs's Reader with two fields read the way these readers need them; the generated
 * decoders call these methods and are otherwise unchanged.
 *
 * - `int64` gives a number: protobufjs gives a `Long` object (the `long` package is its
 *   dependency), one allocation per offset, size and dimension of every entry of an index of
 *   10^5 tensors, each converted back to a number at once. Values beyond 2^53 (no real size or
 *   offset is) come back as a bigint, exact, so that the error can name them.
 * - `stringVerify` (proto3 strings) decodes with the platform's strict UTF-8 decoder:
 *   protobufjs's own builds strings under 64 bytes from 8-character pieces, which V8 keeps as a
 *   chain of concatenations (~6x the memory of the text) for each of 10^5 checkpoint keys.
 */
export class TensorFlowReader extends protobuf.Reader {
  // @ts-expect-error protobufjs declares int64(): Long; the generated decoders store whatever it returns.
  override int64(): number {
    // protobufjs's readLongVarint, into two 32-bit halves without an object.
    let lo = 0
    let hi = 0
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.len) throw new RangeError(`index out of range: ${this.pos} + 1 > ${this.len}`)
      const byte = this.buf[this.pos++]
      if (i < 4) lo |= (byte & 0x7f) << (7 * i)
      else if (i === 4) {
        lo |= (byte & 0x7f) << 28
        hi |= (byte & 0x7f) >>> 4
      } else hi |= (byte & 0x7f) << (7 * (i - 5) + 3)
      if (byte < 0x80) return hi === 0 ? lo >>> 0 : int64Number(lo >>> 0, hi >>> 0)
    }
    throw new Error('invalid varint encoding')
  }

  override stringVerify(): string {
    const length = this.uint32()
    const start = this.pos
    if (start + length > this.len) throw new RangeError(`index out of range: ${start} + ${length} > ${this.len}`)
    this.pos += length
    return STRICT_UTF8.decode(this.buf.subarray(start, this.pos))
  }
}

/** A TensorFlowReader over `bytes`, typed as the Reader the generated decoders take (its int64 differs only in type). */
export function readerOf(bytes: Uint8Array): protobuf.Reader {
  return new TensorFlowReader(bytes) as unknown as protobuf.Reader
}

/** A two's-complement int64 from its halves: a number when exact, else a bigint (typed as number for the generated code). */
function int64Number(lo: number, hi: number): number {
  let value: number
  if (hi >>> 31 === 0) {
    value = lo + hi * TWO_POW_32
  } else {
    // Negative: minus its two's complement, as protobufjs's LongBits.toNumber.
    const negatedLo = (~lo + 1) >>> 0
    const negatedHi = (~hi + (negatedLo === 0 ? 1 : 0)) >>> 0
    value = -(negatedLo + negatedHi * TWO_POW_32)
  }
  if (Number.isSafeInteger(value)) return value
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)) as unknown as number
}
