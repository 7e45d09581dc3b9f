import fc from 'fast-check'
import type { Seed, Span } from './corpus.js'
import { concat, overwrite, u16, u32, u64 } from './encode.js'
import { formatBoundaries, TARGETED } from './targeted.js'

/**
 * Mutations as plain data, so that fast-check can generate them from a seed, shrink a failing one
 * to a minimal case, and print it. `file` and `at`/`which` are any natural numbers; they are
 * reduced modulo what the chosen seed offers when the mutation is applied.
 *
 * "hot" positions are drawn from the byte spans the readers actually read on the intact seed:
 * that is where headers, indexes and length fields are.
 */
export type Mutation =
  | { op: 'truncate-at-boundary'; file: number; which: number }
  | { op: 'truncate'; file: number; at: number }
  | { op: 'flip'; file: number; flips: { at: number; hot: boolean; bit: number }[] }
  | { op: 'overwrite'; file: number; at: number; hot: boolean; value: number }
  | { op: 'splice'; file: number; at: number; hot: boolean; remove: number; insert: Uint8Array }
  | { op: 'targeted'; file: number; mutator: number; param: number }
  | { op: 'delete-file'; file: number }

/** Values written over a field: lengths and counts at their extremes, varints that never end. */
export function interestingValue(index: number, fileSize: number): Uint8Array {
  const values = [
    u64(1n << 63n),
    u64((1n << 64n) - 1n),
    u64((1n << 53n) + 1n),
    u64(BigInt(fileSize + 1)),
    u32(0xffffffff),
    u32(0x7fffffff),
    u32(0x80000000),
    u32(fileSize + 1),
    u32(0),
    u16(0xffff),
    new Uint8Array(12).fill(0x80),
    new Uint8Array(12).fill(0xff),
    Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f),
    new Uint8Array(8)
  ]
  return values[index % values.length]
}

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('truncate-at-boundary' as const), file: fc.nat(), which: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('truncate' as const), file: fc.nat(), at: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant('flip' as const),
      file: fc.nat(),
      flips: fc.array(fc.record({ at: fc.nat(), hot: fc.boolean(), bit: fc.nat(7) }), { minLength: 1, maxLength: 8 })
    }),
    weight: 3
  },
  { arbitrary: fc.record({ op: fc.constant('overwrite' as const), file: fc.nat(), at: fc.nat(), hot: fc.boolean(), value: fc.nat() }), weight: 3 },
  {
    arbitrary: fc.record({
      op: fc.constant('splice' as const),
      file: fc.nat(),
      at: fc.nat(),
      hot: fc.boolean(),
      remove: fc.nat(64),
      insert: fc.uint8Array({ maxLength: 32 })
    }),
    weight: 1
  },
  { arbitrary: fc.record({ op: fc.constant('targeted' as const), file: fc.nat(), mutator: fc.nat(), param: fc.nat() }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('delete-file' as const), file: fc.nat() }), weight: 1 }
)

function position(at: number, hot: boolean, size: number, spans: Span[] | undefined): number {
  if (size === 0) return 0
  if (hot && spans && spans.length > 0) {
    const total = spans.reduce((sum, s) => sum + s.length, 0)
    let n = at % Math.max(1, total)
    for (const span of spans) {
      if (n < span.length) return Math.min(span.offset + n, size - 1)
      n -= span.length
    }
  }
  return at % size
}

/** Every structural offset of a file: where each read of the intact seed started and ended, and the format's own edges. */
export function boundaries(path: string, bytes: Uint8Array, spans: Span[] | undefined): number[] {
  const set = new Set<number>([0, 1, bytes.length - 1])
  for (const span of spans ?? [])
    set
      .add(span.offset)
      .add(span.offset + span.length)
      .add(span.offset + span.length - 1)
  for (const offset of formatBoundaries(path, bytes)) set.add(offset)
  return [...set].filter((n) => n >= 0 && n < bytes.length).sort((a, b) => a - b)
}

/** The files of the seed with the mutation applied (unchanged files are shared, not copied), and a description. */
export function applyMutation(seed: Seed, mutation: Mutation): { files: Map<string, Uint8Array>; description: string } {
  const paths = [...seed.files.keys()].sort()
  // Prefer the files a reader claimed (and small companions): mutating a weights shard rarely reaches a parser.
  const claimed = seed.primaries.map((p) => p.path).filter((p) => seed.files.has(p))
  const ordered = [...claimed, ...paths.filter((p) => !claimed.includes(p))]
  if (ordered.length === 0) return { files: seed.files, description: 'no files left' }
  const path = ordered[mutation.file % ordered.length]
  const bytes = seed.files.get(path) as Uint8Array
  const spans = seed.reads.get(path)
  const files = new Map(seed.files)
  let changed: Uint8Array | undefined
  let description: string
  switch (mutation.op) {
    case 'truncate-at-boundary': {
      const all = boundaries(path, bytes, spans)
      const at = all[mutation.which % all.length]
      changed = bytes.subarray(0, at)
      description = `truncate ${path} at structural boundary ${at} of ${bytes.length}`
      break
    }
    case 'truncate': {
      const at = mutation.at % Math.max(1, bytes.length)
      changed = bytes.subarray(0, at)
      description = `truncate ${path} at ${at} of ${bytes.length}`
      break
    }
    case 'flip': {
      changed = bytes.slice()
      const at = mutation.flips.map((f) => position(f.at, f.hot, bytes.length, spans))
      mutation.flips.forEach((f, i) => {
        if (changed && changed.length > 0) changed[at[i]] ^= 1 << f.bit
      })
      description = `flip bits of ${path} at ${at.join(', ')}`
      break
    }
    case 'overwrite': {
      const at = position(mutation.at, mutation.hot, bytes.length, spans)
      const value = interestingValue(mutation.value, bytes.length)
      changed = overwrite(bytes, at, value)
      description = `overwrite ${path} at ${at} with ${Buffer.from(value).toString('hex')}`
      break
    }
    case 'splice': {
      const at = position(mutation.at, mutation.hot, bytes.length, spans)
      changed = concat([bytes.subarray(0, at), mutation.insert, bytes.subarray(Math.min(bytes.length, at + mutation.remove))])
      description = `splice ${path} at ${at}: remove ${mutation.remove}, insert ${Buffer.from(mutation.insert).toString('hex')}`
      break
    }
    case 'targeted': {
      const applicable = TARGETED.filter((m) => safely(() => m.applies(path, bytes), false))
      if (applicable.length === 0) {
        const at = position(mutation.param, true, bytes.length, spans)
        changed = overwrite(bytes, at, interestingValue(mutation.mutator, bytes.length))
        description = `overwrite ${path} at ${at} (no targeted mutator applies)`
        break
      }
      const mutator = applicable[mutation.mutator % applicable.length]
      changed = safely(() => mutator.mutate(bytes, mutation.param, path), bytes)
      description = `${mutator.name}(param ${mutation.param}) on ${path}`
      break
    }
    case 'delete-file': {
      files.delete(path)
      description = `delete ${path}`
      break
    }
  }
  if (changed) files.set(path, changed)
  return { files, description }
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run()
  } catch {
    return fallback
  }
}
