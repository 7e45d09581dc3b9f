import { analyzeCheckpoint, buildReport } from '../../src/core/analyze.js'
import type { Category, CheckpointReport, FormatId, ReadResult, Report, TensorInfo } from '../../src/core/types.js'

/** A tensor of a hand-made checkpoint: its name, category and payload bytes. */
export interface TensorSpec {
  name: string
  category: Category
  bytes: number
  dtype?: string
  /** Why it has its category, as a reader would say. */
  reason?: string
}

export interface CheckpointSpec {
  /** The checkpoint's name; also its report id unless `id` is given. */
  name: string
  id?: string
  format?: FormatId
  tensors: TensorSpec[]
  /** Bytes of the index file (all metadata). */
  indexBytes?: number
  warnings?: string[]
  explanations?: string[]
  categoryNotes?: ReadResult['categoryNotes']
}

/**
 * A ReadResult as a reader would return it: an index file of `indexBytes` and one data file
 * holding the tensors back to back, so the analyzer does the real byte accounting.
 */
export function readResult(spec: CheckpointSpec): ReadResult {
  const dataPath = `${spec.name}.data-00000-of-00001`
  let offset = 0
  const tensors: TensorInfo[] = spec.tensors.map((tensor) => {
    const dtype = tensor.dtype ?? 'float32'
    const info: TensorInfo = {
      name: tensor.name,
      dtype,
      shape: dtype === 'float32' && tensor.bytes % 4 === 0 ? [tensor.bytes / 4] : [tensor.bytes],
      file: dataPath,
      offset,
      byteLength: tensor.bytes,
      category: tensor.category,
      ...(tensor.reason ? { reason: tensor.reason } : {})
    }
    offset += tensor.bytes
    return info
  })
  return {
    format: spec.format ?? 'tensorflow-checkpoint',
    name: spec.name,
    files: [
      { path: `${spec.name}.index`, role: 'index', bytes: spec.indexBytes ?? 1000, present: true },
      { path: dataPath, role: 'data', bytes: offset, present: true }
    ],
    tensors,
    classifiedBy: 'object-graph',
    warnings: spec.warnings ?? [],
    ...(spec.explanations ? { explanations: spec.explanations } : {}),
    ...(spec.categoryNotes ? { categoryNotes: spec.categoryNotes } : {})
  }
}

/** The analyzer's report of a hand-made checkpoint, listing its `top` largest tensors (and its bytes per dtype when asked). */
export function checkpointReport(spec: CheckpointSpec, top = 5, dtypes = false): CheckpointReport {
  return analyzeCheckpoint(readResult(spec), { id: spec.id ?? spec.name, top, dtypes })
}

/** A whole report of hand-made checkpoints. */
export function reportOf(...specs: CheckpointSpec[]): Report {
  return buildReport(specs.map((spec) => checkpointReport(spec)))
}

/** As reportOf, with the bytes per dtype that `dtype:` rules judge. */
export function reportWithDtypes(...specs: CheckpointSpec[]): Report {
  return buildReport(specs.map((spec) => checkpointReport(spec, 5, true)))
}

/** A TF checkpoint with weights and, optionally, Adam slots of the given sizes. */
export function tfCheckpoint(name: string, sizes: { weights: number; optimizer?: number; buffers?: number }): CheckpointSpec {
  const tensors: TensorSpec[] = [{ name: 'dense/kernel', category: 'weights', bytes: sizes.weights }]
  if (sizes.optimizer) {
    tensors.push(
      { name: 'dense/kernel/.OPTIMIZER_SLOT/optimizer/m', category: 'optimizer', bytes: sizes.optimizer / 2 },
      { name: 'dense/kernel/.OPTIMIZER_SLOT/optimizer/v', category: 'optimizer', bytes: sizes.optimizer / 2 }
    )
  }
  if (sizes.buffers) tensors.push({ name: 'batch_norm/moving_mean', category: 'buffers', bytes: sizes.buffers })
  return { name, tensors }
}
