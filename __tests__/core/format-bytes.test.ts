import { describe, expect, it } from '@jest/globals'
import { formatBytes, formatCount, formatDeltaBytes, formatPercent } from '../../src/core/format-bytes.js'

describe('formatBytes', () => {
  it('prints whole bytes below a kilobyte', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(8)).toBe('8 B')
    expect(formatBytes(999)).toBe('999 B')
  })
  it('uses SI units with three significant digits', () => {
    expect(formatBytes(1082)).toBe('1.08 kB')
    expect(formatBytes(39_312_345)).toBe('39.3 MB')
    expect(formatBytes(131_000_000)).toBe('131 MB')
    expect(formatBytes(1.5e12)).toBe('1.50 TB')
  })
  it('keeps three significant digits when rounding crosses a band', () => {
    expect(formatBytes(999_960)).toBe('1.00 MB')
    expect(formatBytes(99_950)).toBe('100 kB')
    expect(formatBytes(9_996)).toBe('10.0 kB')
  })
  it('signs deltas', () => {
    expect(formatDeltaBytes(4_800_000)).toBe('+4.80 MB')
    expect(formatDeltaBytes(-512)).toBe('-512 B')
    expect(formatDeltaBytes(0)).toBe('0 B')
  })
})

describe('formatPercent and formatCount', () => {
  it('prints shares and signed changes', () => {
    expect(formatPercent(2 / 3)).toBe('66.7%')
    expect(formatPercent(0.048, { signed: true })).toBe('+4.8%')
    expect(formatPercent(2.12, { signed: true })).toBe('+212%')
    expect(formatPercent(0.0001)).toBe('<0.1%')
  })
  it('groups thousands without depending on the locale', () => {
    expect(formatCount(3274634)).toBe('3,274,634')
    expect(formatCount(12)).toBe('12')
  })
})
