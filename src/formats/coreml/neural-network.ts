import type { Evidence } from '../../core/classify.js'
import { MAX_COREML_STRING_BYTES } from '../../core/limits.js'
import { WireType, type ProtoField, type ProtoReader } from '../../io/bytes/index.js'
import { EVIDENCE, type Collector } from './collector.js'

/**
 * Core ML `NeuralNetwork` / `NeuralNetworkClassifier` / `NeuralNetworkRegressor`
 * (`apple/coremltools:mlmodel/format/NeuralNetwork.proto`). Only the layer parameters that hold
 * `WeightParams` are opened; the table below lists them, field numbers from the proto. Branch and
 * loop layers hold whole networks, walked the same way. `updateParams` (on-device training) is
 * split into its optimizer hyper-parameters and its training-loop settings.
 */

/** What a field of a layer's parameters holds. */
type FieldKind =
  { kind: 'weights'; name: string; evidence?: readonly Evidence[] } | { kind: 'message'; name: string; fields: Fields } | { kind: 'network'; name: string }
type Fields = ReadonlyMap<number, FieldKind>

const weights = (entries: [number, string][]): Fields => new Map(entries.map(([field, name]) => [field, { kind: 'weights', name }]))
const WEIGHTS_AND_BIAS = (w: number, b: number): Fields =>
  weights([
    [w, 'weights'],
    [b, 'bias']
  ])
const LSTM_WEIGHTS = weights([
  [1, 'inputGateWeightMatrix'],
  [2, 'forgetGateWeightMatrix'],
  [3, 'blockInputWeightMatrix'],
  [4, 'outputGateWeightMatrix'],
  [20, 'inputGateRecursionMatrix'],
  [21, 'forgetGateRecursionMatrix'],
  [22, 'blockInputRecursionMatrix'],
  [23, 'outputGateRecursionMatrix'],
  [40, 'inputGateBiasVector'],
  [41, 'forgetGateBiasVector'],
  [42, 'blockInputBiasVector'],
  [43, 'outputGateBiasVector'],
  [60, 'inputGatePeepholeVector'],
  [61, 'forgetGatePeepholeVector'],
  [62, 'outputGatePeepholeVector']
])

/** NeuralNetworkLayer's `layer` oneof: field number → the parameter fields that hold weights. */
const LAYER_PARAMS: ReadonlyMap<number, { type: string; fields: Fields }> = new Map([
  [100, { type: 'convolution', fields: WEIGHTS_AND_BIAS(90, 91) }],
  [
    130,
    {
      type: 'activation',
      fields: new Map<number, FieldKind>([
        [25, { kind: 'message', name: 'PReLU', fields: weights([[1, 'alpha']]) }],
        [
          71,
          {
            kind: 'message',
            name: 'parametricSoftplus',
            fields: weights([
              [1, 'alpha'],
              [2, 'beta']
            ])
          }
        ]
      ])
    }
  ],
  [140, { type: 'innerProduct', fields: WEIGHTS_AND_BIAS(20, 21) }],
  [150, { type: 'embedding', fields: WEIGHTS_AND_BIAS(20, 21) }],
  [
    160,
    {
      type: 'batchnorm',
      fields: new Map<number, FieldKind>([
        [15, { kind: 'weights', name: 'gamma' }],
        [16, { kind: 'weights', name: 'beta' }],
        [17, { kind: 'weights', name: 'mean', evidence: EVIDENCE.runningStatistics }],
        [18, { kind: 'weights', name: 'variance', evidence: EVIDENCE.runningStatistics }]
      ])
    }
  ],
  [
    245,
    {
      type: 'scale',
      fields: weights([
        [2, 'scale'],
        [5, 'bias']
      ])
    }
  ],
  [250, { type: 'bias', fields: weights([[2, 'bias']]) }],
  [290, { type: 'loadConstant', fields: weights([[2, 'data']]) }],
  [
    400,
    {
      type: 'simpleRecurrent',
      fields: weights([
        [30, 'weightMatrix'],
        [31, 'recursionMatrix'],
        [32, 'biasVector']
      ])
    }
  ],
  [
    410,
    {
      type: 'gru',
      fields: weights([
        [30, 'updateGateWeightMatrix'],
        [31, 'resetGateWeightMatrix'],
        [32, 'outputGateWeightMatrix'],
        [50, 'updateGateRecursionMatrix'],
        [51, 'resetGateRecursionMatrix'],
        [52, 'outputGateRecursionMatrix'],
        [70, 'updateGateBiasVector'],
        [71, 'resetGateBiasVector'],
        [72, 'outputGateBiasVector']
      ])
    }
  ],
  [420, { type: 'uniDirectionalLSTM', fields: new Map([[20, { kind: 'message', name: 'weightParams', fields: LSTM_WEIGHTS }]]) }],
  [430, { type: 'biDirectionalLSTM', fields: new Map([[20, { kind: 'message', name: 'weightParams', fields: LSTM_WEIGHTS }]]) }],
  [500, { type: 'custom', fields: weights([[20, 'weights']]) }],
  [
    605,
    {
      type: 'branch',
      fields: new Map<number, FieldKind>([
        [1, { kind: 'network', name: 'ifBranch' }],
        [2, { kind: 'network', name: 'elseBranch' }]
      ])
    }
  ],
  [
    615,
    {
      type: 'loop',
      fields: new Map<number, FieldKind>([
        [3, { kind: 'network', name: 'conditionNetwork' }],
        [4, { kind: 'network', name: 'bodyNetwork' }]
      ])
    }
  ],
  [1040, { type: 'embeddingND', fields: WEIGHTS_AND_BIAS(20, 21) }],
  [1045, { type: 'batchedMatmul', fields: WEIGHTS_AND_BIAS(8, 9) }],
  [1070, { type: 'loadConstantND', fields: weights([[2, 'data']]) }],
  [
    1350,
    {
      type: 'layerNormalization',
      fields: weights([
        [3, 'gamma'],
        [4, 'beta']
      ])
    }
  ],
  [1471, { type: 'convolution3d', fields: WEIGHTS_AND_BIAS(60, 61) }]
])

// NeuralNetwork{,Classifier,Regressor}
const NETWORK_LAYERS = 1
const NETWORK_UPDATE_PARAMS = 10
// NeuralNetworkLayer
const LAYER_NAME = 1
const LAYER_IS_UPDATABLE = 10
// WeightParams
const FLOAT_VALUE = 1
const FLOAT16_VALUE = 2
const RAW_VALUE = 30
const INT8_RAW_VALUE = 31
const QUANTIZATION = 40
// QuantizationParams
const NUMBER_OF_BITS = 1
// NetworkUpdateParameters
const UPDATE_LOSS_LAYERS = 1
const UPDATE_OPTIMIZER = 2
const UPDATE_EPOCHS = 3
const UPDATE_SHUFFLE = 10
const UPDATE_SEED = 20
// SGDOptimizer / AdamOptimizer: miniBatchSize is a training-loop setting, the rest hyper-parameters.
const OPTIMIZER_MINI_BATCH_SIZE = 2
const OPTIMIZERS: ReadonlyMap<number, { name: string; fields: readonly string[] }> = new Map([
  [10, { name: 'sgd', fields: ['', 'learningRate', 'miniBatchSize', 'momentum'] }],
  [11, { name: 'adam', fields: ['', 'learningRate', 'miniBatchSize', 'beta1', 'beta2', 'eps'] }]
])

/** Walks a network message: its layers' weights and its update parameters. */
export async function walkNetwork(reader: ProtoReader, collector: Collector, prefix: string, depth: number): Promise<void> {
  collector.checkDepth(depth)
  while (!reader.done) {
    const field = reader.nextInWindow() ?? (await reader.next())
    if (!field || field.wireType !== WireType.LEN) continue
    if (field.field === NETWORK_LAYERS) await walkLayer(reader.message(field, 'NeuralNetworkLayer'), collector, prefix, depth)
    else if (field.field === NETWORK_UPDATE_PARAMS) await walkUpdateParams(reader.message(field, 'NetworkUpdateParameters'), collector, `${prefix}updateParams`)
  }
}

async function walkLayer(reader: ProtoReader, collector: Collector, prefix: string, depth: number): Promise<void> {
  collector.layers++
  let name = `layer ${collector.layers}`
  const first = collector.tensors.length
  let updatable = false
  while (!reader.done) {
    const field = reader.nextInWindow() ?? (await reader.next())
    if (!field) break
    if (field.field === LAYER_NAME && field.wireType === WireType.LEN) {
      name = reader.stringInWindow(field, MAX_COREML_STRING_BYTES, 'layer name') ?? (await reader.string(field, MAX_COREML_STRING_BYTES, 'layer name'))
    } else if (field.field === LAYER_IS_UPDATABLE && field.wireType === WireType.VARINT) updatable = field.value !== 0
    else if (field.wireType === WireType.LEN) {
      const params = LAYER_PARAMS.get(field.field)
      if (params) await walkParams(reader.message(field, `${params.type} layer '${name}'`), params.fields, collector, `${prefix}${name}`, depth)
    }
  }
  // Names are known only once the layer is read (a writer may put the name last).
  for (let i = first; i < collector.tensors.length; i++) {
    const tensor = collector.tensors[i]
    if (tensor.name.startsWith('\u0000')) tensor.name = `${prefix}${name}${tensor.name.slice(1)}`
  }
  if (updatable) collector.updatable = true
}

async function walkParams(reader: ProtoReader, fields: Fields, collector: Collector, path: string, depth: number): Promise<void> {
  for (let field = await reader.next(); field; field = await reader.next()) {
    const kind = fields.get(field.field)
    if (!kind || field.wireType !== WireType.LEN) continue
    if (kind.kind === 'weights')
      await walkWeightParams(reader.message(field, `WeightParams ${kind.name}`), collector, `\u0000/${kind.name}`, kind.evidence ?? EVIDENCE.weights)
    else if (kind.kind === 'message') await walkParams(reader.message(field, kind.name), kind.fields, collector, path, depth)
    else await walkNetwork(reader.message(field, 'NeuralNetwork'), collector, `${path}/${kind.name}/`, depth + 1)
  }
}

/**
 * One WeightParams: its payload (packed `floatValue`, `float16Value`, `rawValue` or
 * `int8RawValue`) and, for quantized weights, its scales or lookup table, as a second span.
 * The name starts with NUL until the layer's name is known (walkLayer fills it in).
 */
async function walkWeightParams(reader: ProtoReader, collector: Collector, name: string, evidence: readonly Evidence[]): Promise<void> {
  let payload: { offset: number; end: number; dtype: string; raw: boolean } | undefined
  let bits = 0
  let quantization: ProtoField | undefined
  while (!reader.done) {
    const field = reader.nextInWindow() ?? (await reader.next())
    if (!field) break
    const dtype =
      field.field === FLOAT_VALUE
        ? 'float32'
        : field.field === FLOAT16_VALUE
          ? 'float16'
          : field.field === INT8_RAW_VALUE
            ? 'int8'
            : field.field === RAW_VALUE
              ? 'uint8'
              : undefined
    if (dtype !== undefined && (field.wireType === WireType.LEN || field.wireType === WireType.FIXED32)) {
      // Unpacked floats arrive one field each: the span runs from the first to the last.
      const end = field.offset + field.length
      payload = payload
        ? { ...payload, offset: Math.min(payload.offset, field.offset), end: Math.max(payload.end, end) }
        : { offset: field.offset, end, dtype, raw: field.field === RAW_VALUE }
    } else if (field.field === QUANTIZATION && field.wireType === WireType.LEN) {
      quantization = field
      const params = reader.message(field, 'QuantizationParams')
      for (let inner = await params.next(); inner; inner = await params.next()) {
        if (inner.field === NUMBER_OF_BITS && inner.wireType === WireType.VARINT) bits = inner.value
      }
    }
  }
  if (payload) {
    const length = payload.end - payload.offset
    const dtype = payload.raw && bits > 0 ? (bits === 8 ? 'uint8' : `uint${bits}`) : payload.dtype
    const elementBits = dtype === 'float32' ? 32 : dtype === 'float16' ? 16 : payload.raw && bits > 0 ? bits : 8
    collector.add({ name, dtype, shape: [Math.floor((length * 8) / elementBits)], file: collector.path, offset: payload.offset, byteLength: length, evidence })
  }
  if (quantization) collector.addField(`${name} (quantization)`, 'float32', [], quantization, EVIDENCE.quantization)
}

/**
 * `NetworkUpdateParameters`: the optimizer's hyper-parameters are optimizer state; the loss
 * layers, epochs, mini-batch size and shuffling are the training loop's settings; the seed is RNG
 * state. Each is a span of the spec; the messages' own framing stays metadata.
 */
async function walkUpdateParams(reader: ProtoReader, collector: Collector, path: string): Promise<void> {
  collector.updatable = true
  let losses = 0
  for (let field = await reader.next(); field; field = await reader.next()) {
    if (field.wireType !== WireType.LEN) continue
    if (field.field === UPDATE_LOSS_LAYERS) collector.addField(`${path}/lossLayers/${losses++}`, 'bytes', [], field, EVIDENCE.trainingLoop)
    else if (field.field === UPDATE_EPOCHS) collector.addField(`${path}/epochs`, 'int64', [], field, EVIDENCE.trainingLoop)
    else if (field.field === UPDATE_SHUFFLE) collector.addField(`${path}/shuffle`, 'bool', [], field, EVIDENCE.trainingLoop)
    else if (field.field === UPDATE_SEED) collector.addField(`${path}/seed`, 'int64', [], field, EVIDENCE.trainingSeed)
    else if (field.field === UPDATE_OPTIMIZER) {
      const optimizer = reader.message(field, 'Optimizer')
      for (let kind = await optimizer.next(); kind; kind = await optimizer.next()) {
        const known = OPTIMIZERS.get(kind.field)
        if (!known || kind.wireType !== WireType.LEN) continue
        const params = optimizer.message(kind, `${known.name} optimizer`)
        for (let param = await params.next(); param; param = await params.next()) {
          if (param.wireType !== WireType.LEN) continue
          const paramName = known.fields[param.field] ?? `field ${param.field}`
          const isBatch = param.field === OPTIMIZER_MINI_BATCH_SIZE
          collector.addField(
            `${path}/optimizer/${known.name}/${paramName}`,
            isBatch ? 'int64' : 'float64',
            [],
            param,
            isBatch ? EVIDENCE.trainingLoop : EVIDENCE.optimizer
          )
        }
      }
    }
  }
}
