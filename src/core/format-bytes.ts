/**
 * Byte formatting shared by every renderer. SI units (kB, MB, GB), as pretty-bytes and
 * compressed-size-action print sizes: they match what `ls -lh --si` and most dashboards show.
 */
const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB']

/** `39312345` → `39.3 MB`; `8` → `8 B`. Three significant digits, never scientific notation. */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : ''
  let value = Math.abs(bytes)
  let unit = 0
  while (value >= 1000 && unit < SI_UNITS.length - 1) {
    value /= 1000
    unit++
  }
  if (unit === 0) return `${sign}${value} B`
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2
  let text = value.toFixed(digits)
  // Rounding can cross into the next band: keep three significant digits there too.
  const rounded = Number(text)
  if (rounded >= 1000 && unit < SI_UNITS.length - 1) {
    text = (value / 1000).toFixed(2) // 999.96 kB -> 1.00 MB, not 1000 kB
    unit++
  } else if (rounded >= 100 && digits > 0) {
    text = rounded.toFixed(0) // 99.95 kB -> 100 kB, not 100.0 kB
  } else if (rounded >= 10 && digits > 1) {
    text = rounded.toFixed(1) // 9.996 kB -> 10.0 kB, not 10.00 kB
  }
  return `${sign}${text} ${SI_UNITS[unit]}`
}

/** A signed size change: `+4.80 MB`, `-512 B`, `0 B`. */
export function formatDeltaBytes(delta: number): string {
  if (delta === 0) return '0 B'
  return (delta > 0 ? '+' : '') + formatBytes(delta)
}

/** A share or change in percent: `66.6%`, `+4.8%`, `<0.1%`. */
export function formatPercent(ratio: number, options: { signed?: boolean } = {}): string {
  const percent = ratio * 100
  const sign = options.signed && percent > 0 ? '+' : ''
  if (percent !== 0 && Math.abs(percent) < 0.1) return `${sign}${percent < 0 ? '>-' : '<'}0.1%`
  const digits = Math.abs(percent) >= 100 ? 0 : 1
  return `${sign}${percent.toFixed(digits)}%`
}

/** `3274634` → `3,274,634` (locale-independent, so tests and CI agree). */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
