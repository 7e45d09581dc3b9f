import { analyzeCheckpoint, buildReport } from '../core/analyze.js'
import { FormatError, LfsPointerError, looksLikeLfsPointer, ModelSizeBudgetError, UnsupportedFormatError } from '../core/errors.js'
import { MAX_LFS_POINTER_BYTES, SNIFF_BYTES } from '../core/limits.js'
import type { CheckpointReport, Report, ReportError } from '../core/types.js'
import { READERS } from '../formats/index.js'
import type { Candidate, CheckpointReader } from '../formats/types.js'
import { dirname, type CheckpointFiles } from '../io/checkpoint-files.js'
import { readStateFile } from '../formats/tensorflow/state-file.js'
import { assignIds } from './ids.js'

export interface MeasureOptions {
  /** List the N largest tensors of each checkpoint. */
  top?: number
  /** The readers to try, in order (tests may narrow them). */
  readers?: readonly CheckpointReader[]
}

/**
 * The pipeline shared by the CLI, the action and the baselines: from a list of files to a report.
 * Files no reader's name filter accepts are never opened. Each checkpoint that cannot be read
 * becomes an entry in `report.errors`, and the others are still reported.
 */
export async function measure(
  paths: readonly string[],
  files: CheckpointFiles,
  options: MeasureOptions = {}
): Promise<Report> {
  const readers = options.readers ?? READERS
  const errors: ReportError[] = []
  const claimed: { reader: CheckpointReader; candidate: Candidate }[] = []
  const unrecognised: Candidate[] = []

  for (const path of [...new Set(paths)].sort()) {
    const nameMatches = readers.filter((reader) => reader.matchesName(path))
    if (nameMatches.length === 0) continue
    try {
      const candidate = await sniffCandidate(path, files)
      const reader = nameMatches.find((r) => r.sniff(candidate)) ?? readers.find((r) => r.sniff(candidate))
      if (reader) claimed.push({ reader, candidate })
      else if (!nameMatches.every((match) => match.genericName)) unrecognised.push(candidate)
    } catch (error) {
      errors.push(toReportError(path, error))
    }
  }

  // Read in reader order, so a checkpoint claims its companions before they are read alone.
  claimed.sort((a, b) => readers.indexOf(a.reader) - readers.indexOf(b.reader) || a.candidate.path.localeCompare(b.candidate.path))
  const consumed = new Set<string>()
  // Each checkpoint is analysed as soon as it is read, so that one tensor list at a time is alive:
  // a directory of several large checkpoints peaks at the largest, not at their sum. Ids depend on
  // every name (pipeline/ids.ts), so they are set once all are read.
  const analysed: Analysed[] = []
  for (const { reader, candidate } of claimed) {
    if (consumed.has(candidate.path)) continue
    try {
      analysed.push(await readAndAnalyse(reader, candidate.path, files, consumed, options.top))
    } catch (error) {
      errors.push(toReportError(candidate.path, await lfsPointerInstead(error, files)))
    }
  }

  // A file no reader recognised on its own may still be a companion of a checkpoint (an ONNX
  // model's external `weights.bin`): it is an error only if no checkpoint claimed it.
  for (const candidate of unrecognised) {
    if (!consumed.has(candidate.path)) errors.push(toReportError(candidate.path, await lfsPointerInstead(notRecognised(candidate), files, candidate.path)))
  }

  const latest = await latestCheckpoints(analysed, files)
  const checkpoints: CheckpointReport[] = []
  for (const { id, name, latest: isLatest, report, error } of assignIds(analysed, latest)) {
    if (!report) {
      errors.push(toReportError(name, await lfsPointerInstead(error, files)))
      continue
    }
    report.id = id
    if (id !== name) report.name = name
    if (isLatest) report.latest = true
    checkpoints.push(report)
  }
  checkpoints.sort((a, b) => a.id.localeCompare(b.id))
  errors.sort((a, b) => a.path.localeCompare(b.path))
  return buildReport(checkpoints, errors)
}

/** A checkpoint read: its report, or why the analysis refused it (a span outside its file). */
interface Analysed {
  name: string
  report?: CheckpointReport
  error?: unknown
}

/**
 * Reads one checkpoint (a read error is thrown) and analyses it at once. The tensor list lives
 * only in this call, so it is garbage by the time the next checkpoint is read.
 */
async function readAndAnalyse(
  reader: CheckpointReader,
  path: string,
  files: CheckpointFiles,
  consumed: Set<string>,
  top: number | undefined
): Promise<Analysed> {
  const result = await reader.read(path, files)
  for (const file of result.files) consumed.add(file.path)
  try {
    return { name: result.name, report: analyzeCheckpoint(result, { id: result.name, top }) }
  } catch (error) {
    return { name: result.name, error }
  }
}

/**
 * Report entries for paths a file search did not follow (a symlink out of the root, `..`, a
 * missing path): the CLI's walk, the action's globbing and a baseline directory all report them
 * the same way.
 */
export function skippedPathErrors(skipped: readonly { path: string; reason: string }[]): ReportError[] {
  return skipped.map(({ path, reason }) => ({ path, kind: 'PathError', message: `${path}: ${reason}.` }))
}

async function sniffCandidate(path: string, files: CheckpointFiles): Promise<Candidate> {
  const source = await files.open(path)
  try {
    const head = await source.read(0, Math.min(SNIFF_BYTES, source.size))
    return { path, size: source.size, head }
  } finally {
    await source.close()
  }
}

function notRecognised(candidate: Candidate): Error {
  if (looksLikeLfsPointer(candidate.head)) return new LfsPointerError(candidate.path)
  return new UnsupportedFormatError(
    candidate.path,
    'its name looks like a checkpoint but its content matches no supported format',
    'See the README for the supported formats.'
  )
}

/**
 * A checkpoint that fails on a file that is a Git LFS pointer (a data shard or a shard of an index
 * checked out without LFS: the index is fine, its tensors lie beyond the pointer's ~130 bytes)
 * gets the LFS error, which says how to fetch the file, instead of a "truncated" one.
 */
async function lfsPointerInstead(error: unknown, files: CheckpointFiles, path?: string): Promise<unknown> {
  const file = path ?? (error instanceof FormatError ? error.file : undefined)
  if (file === undefined) return error
  const pointer = await readLfsPointer(file, files)
  return pointer ? new LfsPointerError(file, pointer.size) : error
}

/** The object size a Git LFS pointer names, when `path` is one (docs/spec.md of git-lfs/git-lfs). */
async function readLfsPointer(path: string, files: CheckpointFiles): Promise<{ size?: number } | undefined> {
  try {
    const size = await files.size(path)
    if (size === undefined || size > MAX_LFS_POINTER_BYTES) return undefined
    const source = await files.open(path)
    let bytes: Uint8Array
    try {
      bytes = await source.read(0, size)
    } finally {
      await source.close()
    }
    if (!looksLikeLfsPointer(bytes)) return undefined
    const text = new TextDecoder().decode(bytes)
    const objectSize = /^size (\d+)$/m.exec(text)
    return { size: objectSize ? Number(objectSize[1]) : undefined }
  } catch {
    return undefined
  }
}

/** The checkpoints named as latest by TF `checkpoint` state files in their directories. */
async function latestCheckpoints(results: readonly { name: string }[], files: CheckpointFiles): Promise<Set<string>> {
  const latest = new Set<string>()
  const dirs = new Set(results.map((result) => dirname(result.name)))
  for (const dir of dirs) {
    try {
      const target = (await readStateFile(dir, files))?.latest
      if (target) latest.add(target)
    } catch {
      // A missing or unreadable state file only means no checkpoint is marked latest.
    }
  }
  return latest
}

function toReportError(path: string, error: unknown): ReportError {
  if (error instanceof ModelSizeBudgetError) return { path, kind: error.name, message: error.message }
  const code = (error as { code?: string } | null)?.code
  if (code === 'ENOENT') return { path, kind: 'MissingFileError', message: `${path}: no such file.` }
  if (code === 'EACCES') return { path, kind: 'PermissionError', message: `${path}: permission denied.` }
  const detail = error instanceof Error ? error.message : String(error)
  return {
    path,
    kind: 'InternalError',
    message: `${path}: could not be analysed (${detail}). This is a bug in model-size-budget; please report it with the file's format.`
  }
}

