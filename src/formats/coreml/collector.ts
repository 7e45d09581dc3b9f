import { evidenceOf, type Evidence } from '../../core/classify.js'
import { LimitExceededError } from '../../core/errors.js'
import { MAX_COREML_DEPTH, MAX_TENSORS } from '../../core/limits.js'
import type { TensorInfo } from '../../core/types.js'
import type { ProtoField } from '../../io/bytes/index.js'

/**
 * What the walk of a Core ML spec collects: spans of the spec (or of weight files) with what the
 * format says each is. Every byte of the spec no span covers (the layer graph, feature
 * descriptions, class labels, metadata strings, protobuf framing) is metadata.
 */

/** Shared evidence, one array per kind of span (100,000 tensors share a handful). */
export const EVIDENCE = {
  weights: evidenceOf('parameter', 'format', 'Core ML layer weights (WeightParams): a network\u2019s parameters'),
  quantization: evidenceOf('parameter', 'format', 'Core ML quantization table (scales, biases or lookup table) of quantized layer weights'),
  runningStatistics: evidenceOf('model-state', 'format', 'Core ML batch-norm running mean / variance: statistics, not trained by gradient'),
  milConstant: evidenceOf('parameter', 'format', 'Core ML ML Program constant: a program\u2019s constants are its weights'),
  graphConstant: evidenceOf('config', 'format', 'Core ML integer / bool / string constant: a shape, axis or index of the graph, not a trained value'),
  modelParameters: evidenceOf('parameter', 'format', 'Core ML model parameters (coefficients, support vectors, trees, samples): the model itself'),
  optimizer: evidenceOf('optimizer-state', 'format', 'Core ML update parameters: an optimizer hyper-parameter of on-device training'),
  trainingLoop: evidenceOf(
    'loop-state',
    'format',
    'Core ML update parameters: on-device training loop settings (loss, epochs, batch size, shuffling, training inputs)'
  ),
  trainingSeed: evidenceOf('rng-state', 'format', 'Core ML update parameters: the random seed of on-device training')
} as const satisfies Record<string, readonly Evidence[]>

/** Integer, bool and string constants are graph structure (shapes, axes, masks), not weights. */
export const GRAPH_CONSTANT_TYPES = new Set(['int32', 'int64', 'uint32', 'uint64', 'int16', 'uint16', 'bool', 'string'])

export class Collector {
  readonly tensors: TensorInfo[] = []
  readonly warnings: string[] = []
  layers = 0
  operations = 0
  updatable = false

  constructor(readonly path: string) {}

  /** A span of the spec file: a field's content. */
  addField(name: string, dtype: string, shape: number[], field: ProtoField, evidence: readonly Evidence[]): TensorInfo {
    return this.add({ name, dtype, shape, file: this.path, offset: field.offset, byteLength: field.length, evidence })
  }

  add(tensor: TensorInfo): TensorInfo {
    if (this.tensors.length >= MAX_TENSORS) throw new LimitExceededError(this.path, 'the number of Core ML weights', this.tensors.length + 1, MAX_TENSORS)
    this.tensors.push(tensor)
    return tensor
  }

  checkDepth(depth: number): void {
    if (depth > MAX_COREML_DEPTH) throw new LimitExceededError(this.path, 'Core ML model nesting', depth, MAX_COREML_DEPTH)
  }
}
