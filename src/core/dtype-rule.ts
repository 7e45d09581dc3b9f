import type { CheckJudgement, CheckLimit } from './budgets.js'
import { DTYPES } from './dtypes.js'
import { ConfigError } from './errors.js'
import { formatBytes, formatCount } from './format-bytes.js'
import type { CheckpointReport, DtypeBytes } from './types.js'

/*
 * `dtype: float16` (every floating-point weight is float16) and `dtype: no-float32` (no weight is
 * float32): fp32 tensors in a model meant to ship in half precision are the silent 2× users report
 * most. Only weights are judged: optimizer state and buffers are often kept in fp32 on purpose.
 * Integer and block-quantized tensors are not floating point and never count.
 */

/** The precision a forbidden dtype is assumed to be converted to, for the bytes it would save. */
const HALF_PRECISION = 'float16'

/** Parses `float16`, `float16, bfloat16` (any of them) or `no-float32, no-float64`. */
export function parseDtypeLimit(text: string): CheckLimit {
  const allowed: string[] = []
  const forbidden: string[] = []
  for (const term of text.split(',').map((part) => part.trim().toLowerCase())) {
    const negated = term.startsWith('no-')
    const dtype = negated ? term.slice(3) : term
    if (!isFloat(dtype)) {
      const known = Object.keys(DTYPES).filter(isFloat).join(', ')
      throw new ConfigError(`'${term}' is not a floating-point dtype: write e.g. 'dtype: float16' or 'dtype: no-float32' (dtypes: ${known}).`)
    }
    ;(negated ? forbidden : allowed).push(dtype)
  }
  if (allowed.length > 0 && forbidden.length > 0) throw new ConfigError(`'${text}' mixes dtypes to keep and 'no-' dtypes: give one or the other.`)
  return { judge: (checkpoint) => judge(checkpoint, allowed, forbidden) }
}

function isFloat(dtype: string): boolean {
  return /^b?float/.test(dtype) && dtype in DTYPES
}

function judge(checkpoint: CheckpointReport, allowed: readonly string[], forbidden: readonly string[]): CheckJudgement {
  if (!checkpoint.dtypes)
    return {
      status: 'unknown',
      head: 0,
      excess: 0,
      detail: 'the report has no bytes per dtype for this checkpoint (measured by an older version); dtype rule not checked'
    }
  const offending = checkpoint.dtypes.filter(
    (group) => group.category === 'weights' && isFloat(group.dtype) && (allowed.length > 0 ? !allowed.includes(group.dtype) : forbidden.includes(group.dtype))
  )
  const wanted = allowed.length > 0 ? allowed.join(' or ') : `no ${forbidden.join(' or ')}`
  if (offending.length === 0) {
    const detail = allowed.length > 0 ? `every floating-point weight is ${wanted}` : `no weight is ${forbidden.join(' or ')}`
    return { status: 'pass', head: 0, excess: 0, detail }
  }
  const target = allowed[0] ?? HALF_PRECISION
  const tensors = offending.reduce((sum, group) => sum + group.tensors, 0)
  const bytes = offending.reduce((sum, group) => sum + group.bytes, 0)
  const saved = offending.reduce((sum, group) => sum + savedBytes(group, target), 0)
  const kinds = offending.map((group) => group.dtype).join('/')
  const names = offending
    .flatMap((group) => group.largest)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5)
    .map((tensor) => tensor.name)
  const more = tensors - names.length
  const named = `${names.join(', ')}${more > 0 ? ` and ${formatCount(more)} more` : ''}`
  const saving = saved > 0 ? `; as ${target} they would take ${formatBytes(bytes - saved)}, saving ${formatBytes(saved)}` : ''
  return {
    status: 'exceeded',
    head: bytes,
    excess: saved,
    summary: `${formatCount(tensors)} ${kinds} weight${tensors === 1 ? '' : 's'}, ${formatBytes(bytes)}${saved > 0 ? ` (${formatBytes(saved)} to save)` : ''}`,
    detail: `${formatCount(tensors)} ${kinds} weight tensor${tensors === 1 ? '' : 's'} (${formatBytes(bytes)}: ${named}) where the rule wants ${wanted}${saving}. Cast the weights before saving (e.g. model.half(), torch_dtype=torch.float16).`
  }
}

/** The bytes a group would lose if stored as `target` (none when it is not narrower). */
function savedBytes(group: DtypeBytes, target: string): number {
  const from = DTYPES[group.dtype]?.bits ?? 0
  const to = DTYPES[target]?.bits ?? from
  return to < from ? Math.round(group.bytes * (1 - to / from)) : 0
}
