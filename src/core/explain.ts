import { formatBytes, formatPercent } from './format-bytes.js'
import type { CheckpointReport, ReadResult } from './types.js'

/** Optimizer state above this share of a checkpoint gets an explanation line. */
const OPTIMIZER_SHARE_WORTH_EXPLAINING = 0.1
/** fp32 weights are called out when at least this share of the other float weights is 16-bit. */
const HALF_PRECISION_MAJORITY = 0.5

/**
 * One-line explanations of the common surprises, in the words a user would search for. They are
 * what turns "39.3 MB" into "two thirds of it is Adam's m and v".
 */
export function explain(report: CheckpointReport, result: ReadResult): string[] {
  const lines: string[] = []
  const { bytes } = report
  if (bytes.total > 0 && bytes.optimizer / bytes.total >= OPTIMIZER_SHARE_WORTH_EXPLAINING) {
    const weightsOnly = bytes.total - bytes.optimizer
    lines.push(
      `optimizer state is ${formatPercent(bytes.optimizer / bytes.total)} of this checkpoint; ` +
        `a weights-only export would be about ${formatBytes(weightsOnly)} ` +
        `(${optimizerFix(report.format)})`
    )
  }
  const fp32 = fp32AmongHalf(result)
  if (fp32) lines.push(fp32)
  if (report.unclassifiedTensors?.length) {
    lines.push(
      `${report.unclassifiedTensors.length} tensor(s) (${formatBytes(bytes.unclassified)}) matched no rule ` +
        'and are reported as unclassified, not counted as weights'
    )
  }
  return lines
}

function optimizerFix(format: CheckpointReport['format']): string {
  switch (format) {
    case 'tensorflow-checkpoint':
    case 'tensorflow-savedmodel':
      return 'save only the model, e.g. tf.train.Checkpoint(model=model) or model.save_weights()'
    case 'keras':
    case 'hdf5':
      return 'save with include_optimizer=False or model.save_weights()'
    case 'pytorch':
    case 'pytorch-legacy':
      return 'save model.state_dict() without the optimizer'
    default:
      return 'export the weights without the optimizer'
  }
}

/** "fp32 where fp16 was intended": a minority of fp32 weights in a mostly half-precision model. */
function fp32AmongHalf(result: ReadResult): string | undefined {
  let half = 0
  let single = 0
  for (const tensor of result.tensors) {
    if (tensor.category !== 'weights') continue
    if (tensor.dtype === 'float16' || tensor.dtype === 'bfloat16') half += tensor.byteLength
    else if (tensor.dtype === 'float32') single += tensor.byteLength
  }
  if (single === 0 || half === 0) return undefined
  if (half / (half + single) < HALF_PRECISION_MAJORITY) return undefined
  return `${formatBytes(single)} of weights are float32 in a mostly half-precision checkpoint; ` + `casting them would save about ${formatBytes(single / 2)}`
}
