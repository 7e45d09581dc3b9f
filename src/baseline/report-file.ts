import { buildReport } from '../core/analyze.js'
import { ConfigError } from '../core/errors.js'
import { CATEGORIES, type CategoryBytes, type CheckpointReport, type Report, type ReportError } from '../core/types.js'

/** The report schema this version reads and writes (DESIGN.md, "Report JSON"). */
export const REPORT_SCHEMA = 1

const REGENERATE = "Regenerate it with `model-size-budget --json` or the action's `report` output of this version."

/**
 * Reads a report JSON (the action's `report` output or the CLI's `--json`) as a baseline.
 * Validates the schema version and the shape of every checkpoint entry that the diff reads;
 * the totals are recomputed from the checkpoints, so a hand-edited file cannot disagree with itself.
 * @param text the file's content
 * @param path the file's path, named in errors
 * @throws ConfigError `<path>: <what is wrong>. <fix>` for invalid JSON, another schema version,
 *   or a malformed entry
 */
export function loadBaselineReport(text: string, path: string): Report {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new ConfigError(`${path}: the baseline report is not valid JSON (${detail}). ${REGENERATE}`)
  }
  if (!isObject(data)) throw new ConfigError(`${path}: the baseline report is not a JSON object. ${REGENERATE}`)
  if (data.schema !== REPORT_SCHEMA) {
    const found = data.schema === undefined ? 'no schema field' : `schema ${JSON.stringify(data.schema)}`
    throw new ConfigError(
      `${path}: the baseline report has ${found}; this version reads schema ${REPORT_SCHEMA}. ` +
        `${REGENERATE} Or use the model-size-budget version that wrote it.`
    )
  }
  if (!Array.isArray(data.checkpoints)) throw malformed(path, "'checkpoints' is not a list")
  const seen = new Set<string>()
  const checkpoints = data.checkpoints.map((entry, index) => {
    const checkpoint = readCheckpoint(entry, `checkpoints[${index}]`, path)
    if (seen.has(checkpoint.id)) throw malformed(path, `two checkpoints have the id '${checkpoint.id}'`)
    seen.add(checkpoint.id)
    return checkpoint
  })
  const errors: ReportError[] = Array.isArray(data.errors)
    ? data.errors.filter(isObject).map((error) => ({
        path: String(error.path ?? ''),
        kind: String(error.kind ?? 'Error'),
        message: String(error.message ?? '')
      }))
    : []
  return buildReport(checkpoints, errors)
}

function readCheckpoint(entry: unknown, where: string, path: string): CheckpointReport {
  if (!isObject(entry)) throw malformed(path, `${where} is not an object`)
  if (typeof entry.id !== 'string' || entry.id === '') throw malformed(path, `${where}.id is not a non-empty string`)
  if (typeof entry.format !== 'string') throw malformed(path, `${where}.format is not a string`)
  if (!isObject(entry.bytes)) throw malformed(path, `${where}.bytes is not an object`)
  const bytes = {} as CategoryBytes
  for (const key of [...CATEGORIES, 'total'] as const) {
    const value = entry.bytes[key]
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw malformed(path, `${where}.bytes.${key} is ${JSON.stringify(value)}, not a whole number of bytes`)
    }
    bytes[key] = value
  }
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [])
  const count = (value: unknown): number => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0)
  const checkpoint: CheckpointReport = {
    id: entry.id,
    format: entry.format as CheckpointReport['format'],
    files: Array.isArray(entry.files)
      ? entry.files.filter(isObject).map((file) => ({
          path: String(file.path ?? ''),
          bytes: count(file.bytes),
          role: String(file.role ?? 'data') as CheckpointReport['files'][number]['role'],
          ...(file.present === false ? { present: false } : {})
        }))
      : [],
    bytes,
    parameters: count(entry.parameters),
    tensors: count(entry.tensors),
    tensorCounts: isObject(entry.tensorCounts) ? (entry.tensorCounts as CheckpointReport['tensorCounts']) : {},
    classifiedBy: String(entry.classifiedBy ?? 'name-rules') as CheckpointReport['classifiedBy'],
    warnings: strings(entry.warnings),
    explanations: strings(entry.explanations)
  }
  if (typeof entry.name === 'string') checkpoint.name = entry.name
  if (entry.latest === true) checkpoint.latest = true
  return checkpoint
}

function malformed(path: string, what: string): ConfigError {
  return new ConfigError(`${path}: the baseline report is malformed: ${what}. ${REGENERATE}`)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
