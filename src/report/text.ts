import { formatBytes, formatCount, formatPercent } from '../core/format-bytes.js'
import { CATEGORIES, type CheckpointReport, type Report } from '../core/types.js'

/**
 * The CLI's terminal table: one block per checkpoint, a line per non-empty category with its
 * size, share and what is in it, then the explanation lines.
 *
 *   exports/model.ckpt   tensorflow-checkpoint   39.3 MB
 *     weights      13.1 MB  33.3%   8 tensors, 3,274,634 parameters
 *     optimizer    26.2 MB  66.6%   Adam slots (m, v) for 8 variables
 */
export function renderText(report: Report): string {
  const blocks = report.checkpoints.map(renderCheckpoint)
  if (report.checkpoints.length > 1) {
    blocks.push(`total   ${formatBytes(report.total.bytes.total)} in ${report.checkpoints.length} checkpoints`)
  }
  if (report.checkpoints.length === 0 && report.errors.length === 0) {
    blocks.push('No checkpoints found.')
  }
  return blocks.join('\n\n') + '\n'
}

function renderCheckpoint(checkpoint: CheckpointReport): string {
  const title = checkpoint.latest ? `${checkpoint.id} (latest)` : checkpoint.id
  const lines = [`${title}   ${checkpoint.format}   ${formatBytes(checkpoint.bytes.total)}`]
  const rows = CATEGORIES.filter((category) => checkpoint.bytes[category] > 0).map((category) => {
    const bytes = checkpoint.bytes[category]
    const share = checkpoint.bytes.total > 0 ? formatPercent(bytes / checkpoint.bytes.total) : ''
    return [category, formatBytes(bytes), share, describeCategory(checkpoint, category)]
  })
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), 0))
  for (const [category, size, share, note] of rows) {
    const line = `  ${category.padEnd(widths[0])}  ${size.padStart(widths[1])}  ${share.padStart(widths[2])}   ${note}`
    lines.push(line.trimEnd())
  }
  for (const explanation of checkpoint.explanations) lines.push(`  → ${explanation}`)
  for (const warning of checkpoint.warnings) lines.push(`  ! ${warning}`)
  if (checkpoint.unclassifiedTensors?.length) {
    const shown = checkpoint.unclassifiedTensors.slice(0, 10)
    const more = checkpoint.unclassifiedTensors.length - shown.length
    lines.push(`  unclassified: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`)
  }
  if (checkpoint.top?.length) {
    lines.push('  largest tensors:')
    for (const tensor of checkpoint.top) {
      lines.push(`    ${formatBytes(tensor.bytes).padStart(9)}  ${tensor.category.padEnd(12)} ${tensor.dtype}[${tensor.shape.join(',')}]  ${tensor.name}`)
    }
  }
  return lines.join('\n')
}

function describeCategory(checkpoint: CheckpointReport, category: (typeof CATEGORIES)[number]): string {
  const parts: string[] = []
  const count = checkpoint.tensorCounts[category]
  if (count) parts.push(`${formatCount(count)} tensor${count === 1 ? '' : 's'}`)
  if (category === 'weights' && checkpoint.parameters > 0) parts.push(`${formatCount(checkpoint.parameters)} parameters`)
  const note = checkpoint.categoryNotes?.[category]
  if (note) parts.push(note)
  return parts.join(', ')
}

/** Errors for stderr, one per line. */
export function renderErrors(report: Report): string {
  return report.errors.map((error) => `error: ${error.message}`).join('\n') + (report.errors.length ? '\n' : '')
}
