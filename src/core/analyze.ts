import { classifyTensor, summarizeClassifiedBy, type EvidenceSource } from './classify.js'
import { elementCount } from './dtypes.js'
import { FormatError } from './errors.js'
import { explain } from './explain.js'
import {
  CATEGORIES,
  type Category,
  type CategoryBytes,
  type CheckpointReport,
  type DtypeBytes,
  type ReadResult,
  type Report,
  type ReportError,
  type TensorInfo,
  type TopTensor
} from './types.js'

export function emptyCategoryBytes(): CategoryBytes {
  return { total: 0, weights: 0, optimizer: 0, buffers: 0, bookkeeping: 0, metadata: 0, unclassified: 0 }
}

export interface AnalyzeOptions {
  /** Stable id (see pipeline/ids.ts). */
  id: string
  /** How many of the largest tensors to list (0: none). */
  top?: number
  /** Sum the bytes per category and dtype (`CheckpointReport.dtypes`), for `dtype:` budget rules. */
  dtypes?: boolean
}

/** Tensors named per category and dtype in `CheckpointReport.dtypes`. */
const DTYPE_TENSORS_NAMED = 5

/**
 * Attributes every byte of one checkpoint to a category.
 *
 * The accounting is by construction exact: `total` is the sum of the files' sizes; each tensor
 * payload span (each storage once) goes to its tensor's category; whatever bytes of the files no
 * payload covers (indexes, headers, pickles, zip structure, padding) are `metadata`. A span that
 * lies outside its file is a corrupt checkpoint, and is reported as such rather than allowed to
 * make the categories add up to more than the disk holds.
 */
export function analyzeCheckpoint(result: ReadResult, options: AnalyzeOptions): CheckpointReport {
  const bytes = emptyCategoryBytes()
  const fileSizes = new Map(result.files.map((file) => [file.path, file.bytes]))
  const payloadPerFile = new Map<string, number>()
  const seenStorages = new Set<string>()
  let parameters = 0
  const unclassified: string[] = []
  const tensorCounts: CheckpointReport['tensorCounts'] = {}

  const decidedBy = new Set<EvidenceSource>()
  const dtypes = options.dtypes ? new Map<string, DtypeBytes>() : undefined
  for (const tensor of result.tensors) {
    const category = decideCategory(tensor, decidedBy)
    tensorCounts[category] = (tensorCounts[category] ?? 0) + 1
    const fileSize = fileSizes.get(tensor.file)
    if (fileSize === undefined) {
      throw new FormatError(result.name, `tensor '${tensor.name}' points into '${tensor.file}', which is not a file of this checkpoint`)
    }
    // A NaN or fractional span would pass the bounds check below and leave the categories not
    // adding up to the bytes on disk.
    const wholeSpan = Number.isSafeInteger(tensor.offset) && Number.isSafeInteger(tensor.byteLength)
    if (!wholeSpan) {
      throw new FormatError(tensor.file, `tensor '${tensor.name}' has a span of ${tensor.byteLength} bytes at ${tensor.offset}, not a whole number of bytes`)
    }
    if (tensor.offset < 0 || tensor.byteLength < 0 || tensor.offset + tensor.byteLength > fileSize) {
      throw new FormatError(
        tensor.file,
        `tensor '${tensor.name}' claims bytes ${tensor.offset}..${tensor.offset + tensor.byteLength}, beyond the file's ${fileSize} bytes`,
        { fix: 'The checkpoint is truncated or its index does not match its data.' }
      )
    }
    if (tensor.storageKey !== undefined) {
      if (seenStorages.has(tensor.storageKey)) continue
      seenStorages.add(tensor.storageKey)
    }
    bytes[category] += tensor.byteLength
    if (dtypes) addDtypeBytes(dtypes, category, tensor)
    payloadPerFile.set(tensor.file, (payloadPerFile.get(tensor.file) ?? 0) + tensor.byteLength)
    if (category === 'weights') parameters += elementCount(tensor.shape)
    if (category === 'unclassified') unclassified.push(tensor.name)
  }

  for (const file of result.files) {
    const payload = payloadPerFile.get(file.path) ?? 0
    if (payload > file.bytes) {
      throw new FormatError(file.path, `its tensors claim ${payload} bytes, more than the file's ${file.bytes}`, {
        fix: 'Overlapping tensor spans: the checkpoint is corrupt.'
      })
    }
    bytes.metadata += file.bytes - payload
    bytes.total += file.bytes
  }

  const report: CheckpointReport = {
    id: options.id,
    format: result.format,
    files: result.files.map((file) => ({
      path: file.path,
      bytes: file.bytes,
      role: file.role,
      ...(file.present ? {} : { present: false })
    })),
    bytes,
    parameters,
    tensors: result.tensors.length,
    tensorCounts,
    ...(result.categoryNotes ? { categoryNotes: { ...result.categoryNotes } } : {}),
    classifiedBy: summarizeClassifiedBy(decidedBy) ?? result.classifiedBy,
    warnings: [...result.warnings],
    explanations: []
  }
  if (unclassified.length > 0) report.unclassifiedTensors = unclassified
  if (result.pickleGlobals) report.pickleGlobals = result.pickleGlobals
  report.explanations = [...explain(report, result), ...(result.explanations ?? [])]
  if (options.top && options.top > 0) report.top = largestTensors(result, options.top)
  if (dtypes) report.dtypes = [...dtypes.values()]
  return report
}

function addDtypeBytes(groups: Map<string, DtypeBytes>, category: Category, tensor: TensorInfo): void {
  const key = `${category}\u0000${tensor.dtype}`
  let group = groups.get(key)
  if (!group) groups.set(key, (group = { category, dtype: tensor.dtype, tensors: 0, bytes: 0, largest: [] }))
  group.tensors++
  group.bytes += tensor.byteLength
  const { largest } = group
  if (largest.length === DTYPE_TENSORS_NAMED && tensor.byteLength <= largest[DTYPE_TENSORS_NAMED - 1].bytes) return
  let at = largest.length
  while (at > 0 && tensor.byteLength > largest[at - 1].bytes) at--
  largest.splice(at, 0, { name: tensor.name, bytes: tensor.byteLength })
  if (largest.length > DTYPE_TENSORS_NAMED) largest.pop()
}

/**
 * The tensor's category from its evidence (core/classify.ts), written onto the tensor with its
 * reason so that the explanations and `--top` see the decision. Readers never set a category
 * (__tests__/formats/evidence-only.test.ts); a tensor without evidence keeps one set by hand (the
 * tests' hand-made checkpoints), else is unclassified.
 */
function decideCategory(tensor: TensorInfo, decidedBy: Set<EvidenceSource>): Category {
  if (tensor.evidence) {
    const decision = classifyTensor(tensor.evidence)
    tensor.category = decision.category
    tensor.reason = decision.reason
    if (decision.by) decidedBy.add(decision.by)
    return decision.category
  }
  return (tensor.category ??= 'unclassified')
}

/** Largest first; ties by name. */
function byLargest(a: TensorInfo, b: TensorInfo): number {
  return b.byteLength - a.byteLength || a.name.localeCompare(b.name)
}

/**
 * The first `count` tensors of the list stably sorted by `byLargest`. For the usual few (`--top
 * 10`, the comment's default) one pass keeps the best `count` in order instead of sorting a copy
 * of the whole list: at 100,000 tensors the sort cost about 2 µs per tensor (n log n comparisons,
 * most of them `localeCompare` between tensors of one size), the pass one comparison per tensor.
 * A tensor goes after every kept tensor that compares equal to it, as in the stable sort, so both
 * paths give the same list; a long list (`--top 5000`) is sorted, as insertion would be quadratic.
 */
function largestTensors(result: ReadResult, count: number): TopTensor[] {
  let best: TensorInfo[]
  if (count > MAX_TOP_BY_INSERTION) {
    best = [...result.tensors].sort(byLargest).slice(0, count)
  } else {
    best = []
    for (const tensor of result.tensors) {
      if (best.length === count && byLargest(tensor, best[count - 1]) >= 0) continue
      let at = best.length
      while (at > 0 && byLargest(tensor, best[at - 1]) < 0) at--
      best.splice(at, 0, tensor)
      if (best.length > count) best.pop()
    }
  }
  return best.map((tensor) => {
    const reason = tensor.reason
    return {
      name: tensor.name,
      dtype: tensor.dtype,
      shape: tensor.shape,
      bytes: tensor.byteLength,
      category: tensor.category ?? 'unclassified',
      ...(reason ? { reason } : {})
    }
  })
}

/** Above this `--top`, insertion into the kept list would cost more than sorting. */
const MAX_TOP_BY_INSERTION = 64

/** Sums checkpoints into a report. Errors ride along so that one bad file never hides the rest. */
export function buildReport(checkpoints: CheckpointReport[], errors: ReportError[] = []): Report {
  const total = emptyCategoryBytes()
  for (const checkpoint of checkpoints) {
    for (const key of [...CATEGORIES, 'total'] as const) total[key] += checkpoint.bytes[key]
  }
  return { schema: 1, checkpoints, errors, total: { bytes: total } }
}
