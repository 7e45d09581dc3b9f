import { analyzeCheckpoint, buildReport } from '../core/analyze.js'
import { FormatError, LfsPointerError, looksLikeLfsPointer, MissingFileError, ModelSizeBudgetError, UnsupportedFormatError } from '../core/errors.js'
import { MAX_LFS_POINTER_BYTES } from '../core/limits.js'
import type { CheckpointReport, Report, ReportError, SkippedFile } from '../core/types.js'
import { chooseReader, readCandidate } from '../formats/kit/choose-reader.js'
import { READERS } from '../formats/index.js'
import type { Candidate, CheckpointReader } from '../formats/kit/types.js'
import type { CheckpointFiles } from '../io/checkpoint-files.js'
import { assignIds } from './ids.js'
import { findDuplicates } from './duplicates.js'

export interface MeasureOptions {
  /** List the N largest tensors of each checkpoint. */
  top?: number
  /** The readers to try, in order (tests may narrow them). */
  readers?: readonly CheckpointReader[]
  /**
   * Paths the user named explicitly (a file on the command line, a `path` line without
   * wildcards): never skipped for their name. They are sniffed by content, and one that no reader
   * claims is an error naming the file, so a misnamed checkpoint cannot pass a budget gate unseen.
   */
  named?: readonly string[]
  /** Sum bytes per category and dtype in each checkpoint (for `dtype:` budget rules). */
  dtypes?: boolean
  /** Scan each checkpoint for tensors stored twice (for `duplicates:` budget rules): a few small reads per candidate group. */
  duplicates?: boolean
  /**
   * True for a file that a search came across rather than one the user asked for: found inside a
   * directory the CLI walked, or by the action's default globs. Such a file whose content matches
   * no format (and is no Git LFS pointer) is listed in `report.skipped`, not as an error; every
   * other unrecognised file is an error. Default: none (every file was asked for).
   */
  foundBySearch?: (path: string) => boolean
}

/**
 * The pipeline shared by the CLI, the action and the baselines: from a list of files to a report.
 * Files no reader's name filter accepts are never opened. Each checkpoint that cannot be read
 * becomes an entry in `report.errors`, and the others are still reported.
 */
export async function measure(paths: readonly string[], files: CheckpointFiles, options: MeasureOptions = {}): Promise<Report> {
  const readers = options.readers ?? READERS
  const errors: ReportError[] = []
  const claimed: { reader: CheckpointReader; candidate: Candidate }[] = []
  const unrecognised: Candidate[] = []
  const namedPaths = new Set(options.named)

  let handled = 0
  for (const path of [...new Set(paths)].sort()) {
    const nameMatches = readers.filter((reader) => reader.matchesName(path))
    if (nameMatches.length === 0 && !namedPaths.has(path)) continue
    if (++handled % FILES_PER_TURN === 0) await nextTurn()
    try {
      const candidate = await readCandidate(path, files)
      const reader = chooseReader(candidate, readers)
      if (reader) claimed.push({ reader, candidate })
      // A name as common as `.xml` says nothing: such a file no reader claims is not reported at
      // all, unless the user named it.
      else if (namedPaths.has(path) || !nameMatches.every((match) => match.genericName)) unrecognised.push(candidate)
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
    if (++handled % FILES_PER_TURN === 0) await nextTurn()
    try {
      analysed.push(await readAndAnalyse(reader, candidate.path, files, consumed, options))
    } catch (error) {
      errors.push(toReportError(candidate.path, await lfsPointerInstead(error, files)))
    }
  }

  // A file no reader recognised on its own may still be a companion of a checkpoint (an ONNX
  // model's external `weights.bin`): it is an error only if no checkpoint claimed it.
  const skipped: SkippedFile[] = []
  for (const candidate of unrecognised) {
    if (consumed.has(candidate.path)) continue
    const named = namedPaths.has(candidate.path)
    const error = await lfsPointerInstead(notRecognised(candidate, named), files, candidate.path)
    if (error instanceof UnsupportedFormatError && !named && options.foundBySearch?.(candidate.path))
      skipped.push({ path: candidate.path, reason: NOT_A_CHECKPOINT })
    else errors.push(toReportError(candidate.path, error))
  }

  const latest = new Set(analysed.filter((checkpoint) => checkpoint.markedLatest).map((checkpoint) => checkpoint.name))
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
  const report = buildReport(checkpoints, errors)
  if (skipped.length > 0) report.skipped = skipped
  return report
}

/**
 * Files sniffed or read between two turns of the event loop. Reads from the disk are synchronous
 * (see FileByteSource), so a measure of 1,000 files would otherwise hold the process for its whole
 * length: the action reads the base commit from git and calls the API beside the head's measure
 * (action/measure-mode.ts), and those answers wait for a turn.
 */
const FILES_PER_TURN = 16

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** Why a file found by a search was skipped. */
const NOT_A_CHECKPOINT = 'not a checkpoint format: its name looks like a checkpoint but its content matches no supported format'

/** A checkpoint read: its report, or why the analysis refused it (a span outside its file). */
interface Analysed {
  name: string
  /** The format names it the latest checkpoint of its directory (ReadResult.latest). */
  markedLatest?: boolean
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
  options: Pick<MeasureOptions, 'top' | 'dtypes' | 'duplicates'>
): Promise<Analysed> {
  const result = await reader.read(path, files)
  for (const file of result.files) consumed.add(file.path)
  const latest = result.latest ? { markedLatest: true } : {}
  let report: CheckpointReport
  try {
    report = analyzeCheckpoint(result, { id: result.name, top: options.top, dtypes: options.dtypes })
  } catch (error) {
    return { name: result.name, ...latest, error }
  }
  // After the analysis, which checked every span against its file.
  if (options.duplicates) report.duplicates = await findDuplicates(result, files)
  return { name: result.name, ...latest, report }
}

/**
 * Report entries for paths a file search did not follow (a symlink out of the root, `..`, a
 * missing path): the CLI's walk, the action's globbing and a baseline directory all report them
 * the same way.
 */
export function skippedPathErrors(skipped: readonly { path: string; reason: string }[]): ReportError[] {
  return skipped.map(({ path, reason }) => ({ path, kind: 'PathError', message: `${path}: ${reason}.` }))
}

function notRecognised(candidate: Candidate, named: boolean): Error {
  if (looksLikeLfsPointer(candidate.head)) return new LfsPointerError(candidate.path)
  return new UnsupportedFormatError(
    candidate.path,
    named
      ? 'it was named as a checkpoint, but its content matches no supported format'
      : 'its name looks like a checkpoint but its content matches no supported format',
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

function toReportError(path: string, error: unknown): ReportError {
  if (error instanceof ModelSizeBudgetError) return { path, kind: error.name, message: error.message }
  const code = (error as { code?: string } | null)?.code
  if (code === 'ENOENT') return toReportError(path, new MissingFileError(path))
  if (code === 'EACCES') return { path, kind: 'PermissionError', message: `${path}: permission denied.` }
  const detail = error instanceof Error ? error.message : String(error)
  return {
    path,
    kind: 'InternalError',
    message: `${path}: could not be analysed (${detail}). This is a bug in model-size-budget; please report it with the file's format.`
  }
}
