import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { NameIndex, ShapeInterner } from '../../../src/io/bytes/index.js'

describe('NameIndex', () => {
  it('finds each name, as a string or as UTF-8 bytes, at its last position, and nothing else', () => {
    const encoder = new TextEncoder()
    // ASCII and other names, some repeated (whole characters: a lone surrogate is no UTF-8).
    const name = fc.oneof(fc.constantFrom('a', 'kernel', 'é', '名前'), fc.string({ maxLength: 5 }), fc.string({ unit: 'grapheme', maxLength: 4 }))
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), name, (names, other) => {
        const table = NameIndex.of(names)
        for (const name of [...names, other]) {
          const bytes = encoder.encode(`#${name}#`)
          expect(table.position(name)).toBe(names.lastIndexOf(name))
          expect(table.positionOfUtf8(bytes, 1, bytes.length - 1)).toBe(names.lastIndexOf(name))
        }
      }),
      { numRuns: 300 }
    )
  })

  it('finds every name of a table-sized set, by string, by bytes and in a folder', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `archive/data/${i}`)
    const index = NameIndex.of([...names, 'archive/data/7'])
    expect(index.usesMap).toBe(false)
    const inData = index.inFolder('archive/data/')
    const bytes = new TextEncoder().encode('archive/data/9999')
    expect(index.get('archive/data/7')).toBe(10_000)
    expect(index.get('archive/data/10000')).toBeUndefined()
    expect(inData('123')).toBe(123)
    expect(inData('x')).toBeUndefined()
    expect(index.positionOfUtf8(bytes, 0, bytes.length)).toBe(9999)
  })

  it('falls back to a Map when names collide past the probe bound, and still finds them all', () => {
    // FNV-1a of 'a' + x and of 'b' + y collide when x ^ y matches 'a' ^ 'b' in the low bits: a
    // table of 2^14 slots indexes by the hash's low 14 bits, so names equal on those collide.
    const hashOf = (text: string): number => {
      let hash = 0x811c9dc5 | 0
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
      return hash
    }
    const mask = (1 << 14) - 1
    const colliding: string[] = []
    for (let i = 0; colliding.length < 100; i++) if ((hashOf(`n${i}`) & mask) === (hashOf('n0') & mask)) colliding.push(`n${i}`)
    const filler = Array.from({ length: 5000 }, (_, i) => `filler/${i}`)
    const index = NameIndex.of([...filler, ...colliding])
    expect(index.usesMap).toBe(true)
    colliding.forEach((name, i) => expect(index.position(name)).toBe(5000 + i))
    const bytes = new TextEncoder().encode(colliding[99])
    expect(index.positionOfUtf8(bytes, 0, bytes.length)).toBe(5099)
  })
})

describe('ShapeInterner', () => {
  it('gives one array per distinct shape, built from bytes only when new', () => {
    const shapes = new ShapeInterner()
    const first = shapes.intern([3, 4])
    expect(shapes.intern([3, 4])).toBe(first)
    expect(shapes.intern([3])).not.toBe(first)
    expect(shapes.intern([])).toBe(shapes.intern([]))
    const dims = Uint32Array.of(3, 4)
    let calls = 0
    const fromBytes = shapes.internFrom(2, dims, (source, i) => (calls++, source[i]))
    expect(fromBytes).toBe(first)
    expect(calls).toBe(2)
  })

  it('stops sharing past its node bound, returning new shapes unshared', () => {
    const shapes = new ShapeInterner(3)
    shapes.intern([1, 2, 3])
    const unshared = [4]
    expect(shapes.intern(unshared)).toBe(unshared)
    expect(shapes.intern([4])).not.toBe(unshared)
  })
})
