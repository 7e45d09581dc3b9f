import { describe, expect, it } from '@jest/globals'
import { MIN_WINDOW_BYTES, ProtoReader, Window, WireType } from '../../../src/io/bytes/index.js'
import { BufferByteSource } from '../../../src/io/byte-source.js'

/** Encodes a varint with multiplication, as a test oracle independent of the reader's decoder. */
function varint(value: number): number[] {
  const out: number[] = []
  let rest = value
  while (rest >= 128) {
    out.push((rest % 128) + 128)
    rest = Math.floor(rest / 128)
  }
  return [...out, rest]
}

const tag = (field: number, wireType: number): number[] => varint(field * 8 + wireType)

function readerOver(bytes: number[] | Uint8Array): { reader: ProtoReader; source: BufferByteSource } {
  const source = new BufferByteSource('m.pb', Uint8Array.from(bytes))
  return { reader: new ProtoReader(new Window(source), 0, source.size, 'TestProto'), source }
}

describe('protobuf wire reader', () => {
  it('reads every wire type and values above 2^32 without 32-bit shifts', async () => {
    const big = 2 ** 52 + 12345
    const { reader } = readerOver([
      ...tag(1, 0),
      ...varint(big),
      ...tag(2, 1),
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      ...tag(3, 5),
      1,
      2,
      3,
      4,
      ...tag(4, 2),
      ...varint(3),
      0x61,
      0x62,
      0x63
    ])
    const fields = []
    for (let field = await reader.next(); field; field = await reader.next()) fields.push(field)
    expect(fields.map((f) => [f.field, f.wireType, f.length])).toEqual([
      [1, WireType.VARINT, 8],
      [2, WireType.FIXED64, 8],
      [3, WireType.FIXED32, 4],
      [4, WireType.LEN, 3]
    ])
    expect(fields[0].value).toBe(big)
    expect(await reader.string(fields[3], 10, 'name')).toBe('abc')
  })

  it('steps over a large length-delimited field without reading it', async () => {
    const payload = new Uint8Array(1 << 20)
    const bytes = Uint8Array.from([...tag(9, 2), ...varint(payload.length), ...payload, ...tag(8, 2), 1, 0x78])
    const { reader, source } = readerOver(bytes)
    const raw = await reader.next()
    const name = await reader.next()
    expect(raw).toMatchObject({ field: 9, length: 1 << 20 })
    expect(name).toMatchObject({ field: 8, length: 1 })
    expect(await reader.next()).toBeUndefined()
    expect(source.bytesRead).toBeLessThanOrEqual(2 * MIN_WINDOW_BYTES)
  })

  it('opens sub-messages and decodes packed varints', async () => {
    const dims = [...varint(3), ...varint(2 ** 40), ...varint(0)]
    const inner = [...tag(1, 2), ...varint(dims.length), ...dims]
    const { reader } = readerOver([...tag(5, 2), ...varint(inner.length), ...inner])
    const outer = await reader.next()
    const message = reader.message(outer!, 'TensorProto')
    const field = await message.next()
    expect(await message.packedVarints(field!, 8, 'dims')).toEqual([3, 2 ** 40, 0])
    expect(await message.next()).toBeUndefined()
  })

  it('refuses a field that claims more bytes than its message has', async () => {
    const { reader } = readerOver([...tag(7, 2), ...varint(100), 1, 2, 3])
    await expect(reader.next()).rejects.toThrow(
      /^m\.pb: invalid protobuf in TestProto: field 7 claims 100 bytes, beyond the end of the message at byte 5 \(at byte 0\)/
    )
  })

  it('refuses wire types the messages never use, and field number 0', async () => {
    await expect(readerOver([...tag(1, 3)]).reader.next()).rejects.toThrow(/field 1 has wire type 3/)
    await expect(readerOver([0x00, 0x01]).reader.next()).rejects.toThrow(/field number 0/)
  })

  it('refuses a string over its limit before reading it', async () => {
    const { reader, source } = readerOver([...tag(8, 2), ...varint(5000), ...new Uint8Array(5000)])
    const field = await reader.next()
    const before = source.bytesRead
    await expect(reader.string(field!, 64, 'tensor name')).rejects.toThrow(/tensor name in TestProto is 5000 bytes, over the 64-byte limit/)
    expect(source.bytesRead).toBe(before)
  })

  it('reads only the metadata between payloads once it has seen how long that metadata runs', async () => {
    const payload = new Uint8Array(4096)
    const records: number[] = []
    let metadataBytes = 0
    for (let i = 0; i < 200; i++) {
      // A name that grows from 2 to 4 bytes: runs differ in length, as in real models.
      const name = Array.from(`w${i}`, (c) => c.charCodeAt(0))
      const header = [...tag(8, 2), ...varint(name.length), ...name, ...tag(9, 2), ...varint(payload.length)]
      metadataBytes += header.length
      records.push(...header, ...payload)
    }
    const { reader, source } = readerOver(records)
    const names: string[] = []
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (field?.field === 8) names.push(reader.stringInWindow(field, 16, 'name') ?? (await reader.string(field, 16, 'name')))
    }
    expect(names).toHaveLength(200)
    expect(names[199]).toBe('w199')
    // A fixed 128-byte window after each payload would read 200 × 128 bytes, three times the metadata.
    expect(source.bytesRead).toBeLessThanOrEqual(metadataBytes + 4 * MIN_WINDOW_BYTES)
  })

  it('decodes without an await only what the window holds, and leaves the rest to next()', async () => {
    const name = Array.from('weight', (c) => c.charCodeAt(0))
    const bytes = [...tag(9, 2), ...varint(1000), ...new Uint8Array(1000), ...tag(8, 2), ...varint(name.length), ...name]
    const { reader } = readerOver(bytes)
    // Nothing is loaded before the first next().
    expect(reader.nextInWindow()).toBeUndefined()
    expect(await reader.next()).toMatchObject({ field: 9, length: 1000 })
    // The name lies past the first window: nothing is decoded and the reader stays where it was.
    const position = reader.position
    expect(reader.nextInWindow()).toBeUndefined()
    expect(reader.position).toBe(position)
    const field = await reader.next()
    expect(field).toMatchObject({ field: 8, length: name.length })
    expect(reader.stringInWindow(field!, 16, 'name')).toBe('weight')
    expect(reader.done).toBe(true)
  })
})

describe('protobuf wire reader: int64 and int32 fields', () => {
  const twosComplement = (value: bigint): number[] => {
    const out: number[] = []
    let rest = BigInt.asUintN(64, value)
    while (rest >= 128n) {
      out.push(Number(rest % 128n) + 128)
      rest /= 128n
    }
    return [...out, Number(rest)]
  }

  it('gives -1 dims and 53-bit offsets exactly, and names the field and message past 2^53', () => {
    const bytes = [
      ...tag(1, 0),
      ...twosComplement(-1n),
      ...tag(2, 0),
      ...twosComplement(2n ** 53n - 1n),
      ...tag(3, 0),
      ...twosComplement(-7n),
      ...tag(4, 0),
      ...twosComplement(2n ** 53n)
    ]
    const reader = new ProtoReader(Window.of(Uint8Array.from(bytes), 'm.pb'), 0, bytes.length, 'TestProto')
    const fields = [reader.nextLoaded(), reader.nextLoaded(), reader.nextLoaded(), reader.nextLoaded()].map((field) => field!)
    expect(reader.nextLoaded()).toBeUndefined()
    expect(reader.int64(fields[0], 'a dimension')).toBe(-1)
    expect(reader.int64(fields[1], 'the offset')).toBe(Number.MAX_SAFE_INTEGER)
    expect(reader.int32(fields[2], 'shard_id')).toBe(-7)
    expect(() => reader.int64(fields[3], 'the size')).toThrow(/^m\.pb: the size in TestProto is 9007199254740992, larger than any file/)
  })

  it('refuses an int64 read of a length-delimited field, and a sync walk of bytes not loaded', async () => {
    const bytes = [...tag(1, 2), ...varint(1), 0x61, ...tag(2, 0), 1]
    const reader = new ProtoReader(Window.of(Uint8Array.from(bytes), 'm.pb'), 0, bytes.length, 'TestProto')
    expect(() => reader.int64(reader.nextLoaded()!, 'the size')).toThrow(/the size in TestProto has wire type 2, expected a varint/)
    const { reader: unloaded } = readerOver(bytes)
    expect(() => unloaded.nextLoaded()).toThrow(/was not loaded/)
  })
})
