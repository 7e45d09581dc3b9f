import { ConfigError } from './errors.js'

/** A size as the user wrote it (`1.5 GiB`) and the bytes it means. Printed back as written. */
export interface ByteSize {
  bytes: number
  /** The text as written, whitespace trimmed: limits are echoed in the user's own units. */
  text: string
}

/**
 * Bytes per unit, keyed by the lower-cased unit. SI prefixes are powers of 1000 and IEC prefixes
 * powers of 1024 (IEC 80000-13), so `1.5 GiB` and `1.5 GB` differ as users expect; `k`/`K` are
 * both kilo because `KB` is common in the wild.
 */
const UNIT_BYTES: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40
}

const SIZE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]*)$/

/** The expected form, shown in every size error. */
export const SIZE_FORM = 'a number and a unit, e.g. `50 MB`, `1.5 GiB` or `0 B` (units: B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)'

/**
 * Parses a size with a unit: `0 B`, `50 MB`, `50MB`, `1.5 GiB`, `512 kB`.
 * SI units (kB, MB, GB, TB: powers of 1000) and binary units (KiB, MiB, GiB, TiB: powers of
 * 1024) are both understood; unit letters are case-insensitive (`mb` is megabytes: there are no
 * bits here). A bare `0` is accepted; any other number needs a unit.
 * @throws ConfigError naming the text and the expected form.
 */
export function parseSize(text: string): ByteSize {
  const trimmed = text.trim()
  const match = SIZE_PATTERN.exec(trimmed)
  if (!match) throw new ConfigError(`'${trimmed}' is not a size: expected ${SIZE_FORM}.`)
  const [, number, unit] = match
  const value = Number(number)
  if (unit === '') {
    if (value === 0) return { bytes: 0, text: trimmed }
    throw new ConfigError(`'${trimmed}' has no unit: write e.g. '${number} MB' or '${number} B'.`)
  }
  const perUnit = UNIT_BYTES[unit.toLowerCase()]
  if (perUnit === undefined) throw new ConfigError(`'${trimmed}' has an unknown unit '${unit}': expected ${SIZE_FORM}.`)
  // Fractional sizes (`1.5 GiB`) are rounded to the nearest whole byte.
  const bytes = Math.round(value * perUnit)
  if (!Number.isSafeInteger(bytes)) throw new ConfigError(`'${trimmed}' is too large a size.`)
  return { bytes, text: trimmed }
}
