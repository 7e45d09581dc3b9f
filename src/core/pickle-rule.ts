import type { CheckJudgement, CheckLimit } from './budgets.js'
import { ConfigError } from './errors.js'
import type { CheckpointReport } from './types.js'

/*
 * `pickle: safe`: no pickle of the checkpoint names a global that would run code on
 * `torch.load(weights_only=False)` (the pickle security scan, formats/pickle/scan.ts). Nothing is
 * executed to find out: the scan reads the globals the pickle names.
 */

/** How many dangerous references a failing rule names; the rest are counted. */
const NAMED_REFERENCES = 3

export function parsePickleLimit(text: string): CheckLimit {
  if (text.trim().toLowerCase() !== 'safe') throw new ConfigError(`'pickle' takes one limit, 'safe' (no global that runs code on load), not '${text}'.`)
  return { judge }
}

function judge(checkpoint: CheckpointReport): CheckJudgement {
  const dangerous = (checkpoint.pickleGlobals ?? []).filter((reference) => reference.verdict === 'dangerous')
  if (dangerous.length === 0) return { status: 'pass', head: 0, excess: 0, detail: 'pickle references no global that runs code on load' }
  const named = dangerous
    .slice(0, NAMED_REFERENCES)
    .map((reference) => `${reference.module}.${reference.name} (${reference.file}, byte ${reference.offset})`)
    .join(', ')
  const more = dangerous.length > NAMED_REFERENCES ? `, and ${dangerous.length - NAMED_REFERENCES} more` : ''
  return {
    status: 'exceeded',
    head: dangerous.length,
    excess: dangerous.length,
    summary: `${dangerous.length} dangerous global${dangerous.length === 1 ? '' : 's'}`,
    detail: `its pickle references ${named}${more}, which would run code on torch.load(weights_only=False); nothing was executed`
  }
}
