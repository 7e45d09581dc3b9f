export const id = 2313;
export const ids = [2313];
export const modules = {

/***/ 2313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  coremlModelReader: () => (/* binding */ coremlModelReader),
  coremlPackageReader: () => (/* binding */ coremlPackageReader)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/formats/kit/companions.ts
var companions = __webpack_require__(9416);
// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(7247);
// EXTERNAL MODULE: ./src/formats/kit/safe-path.ts
var safe_path = __webpack_require__(1872);
// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
;// CONCATENATED MODULE: ./src/formats/coreml/collector.ts



/**
 * What the walk of a Core ML spec collects: spans of the spec (or of weight files) with what the
 * format says each is. Every byte of the spec no span covers (the layer graph, feature
 * descriptions, class labels, metadata strings, protobuf framing) is metadata.
 */
/** Shared evidence, one array per kind of span (100,000 tensors share a handful). */
const EVIDENCE = {
    weights: (0,classify/* evidenceOf */.X1)('parameter', 'format', 'Core ML layer weights (WeightParams): a network\u2019s parameters'),
    quantization: (0,classify/* evidenceOf */.X1)('parameter', 'format', 'Core ML quantization table (scales, biases or lookup table) of quantized layer weights'),
    runningStatistics: (0,classify/* evidenceOf */.X1)('model-state', 'format', 'Core ML batch-norm running mean / variance: statistics, not trained by gradient'),
    milConstant: (0,classify/* evidenceOf */.X1)('parameter', 'format', 'Core ML ML Program constant: a program\u2019s constants are its weights'),
    graphConstant: (0,classify/* evidenceOf */.X1)('config', 'format', 'Core ML integer / bool / string constant: a shape, axis or index of the graph, not a trained value'),
    modelParameters: (0,classify/* evidenceOf */.X1)('parameter', 'format', 'Core ML model parameters (coefficients, support vectors, trees, samples): the model itself'),
    optimizer: (0,classify/* evidenceOf */.X1)('optimizer-state', 'format', 'Core ML update parameters: an optimizer hyper-parameter of on-device training'),
    trainingLoop: (0,classify/* evidenceOf */.X1)('loop-state', 'format', 'Core ML update parameters: on-device training loop settings (loss, epochs, batch size, shuffling, training inputs)'),
    trainingSeed: (0,classify/* evidenceOf */.X1)('rng-state', 'format', 'Core ML update parameters: the random seed of on-device training')
};
/** Integer, bool and string constants are graph structure (shapes, axes, masks), not weights. */
const GRAPH_CONSTANT_TYPES = new Set(['int32', 'int64', 'uint32', 'uint64', 'int16', 'uint16', 'bool', 'string']);
class Collector {
    path;
    tensors = [];
    warnings = [];
    layers = 0;
    operations = 0;
    updatable = false;
    constructor(path) {
        this.path = path;
    }
    /** A span of the spec file: a field's content. */
    addField(name, dtype, shape, field, evidence) {
        return this.add({ name, dtype, shape, file: this.path, offset: field.offset, byteLength: field.length, evidence });
    }
    add(tensor) {
        if (this.tensors.length >= limits/* MAX_TENSORS */.am)
            throw new errors/* LimitExceededError */.lo(this.path, 'the number of Core ML weights', this.tensors.length + 1, limits/* MAX_TENSORS */.am);
        this.tensors.push(tensor);
        return tensor;
    }
    checkDepth(depth) {
        if (depth > limits/* MAX_COREML_DEPTH */.OJ)
            throw new errors/* LimitExceededError */.lo(this.path, 'Core ML model nesting', depth, limits/* MAX_COREML_DEPTH */.OJ);
    }
}

;// CONCATENATED MODULE: ./src/formats/coreml/mil-program.ts




/**
 * Core ML ML Programs (`MILSpec.Program`, `apple/coremltools:mlmodel/format/MIL.proto`): functions
 * of blocks of operations. Constants are operations too: `const` (and the `constexpr_*` ops that
 * decompress weights at load time) hold their values in attributes and inputs, either inline
 * (`immediateValue`, small tensors) or as a `blobFileValue` (file name, offset) into a weight file
 * of the `.mlpackage` (`weights/weight.bin`). The payload of a blob is found from the value's type
 * (dtype × shape) after its 64-byte `blob_metadata` record
 * (`mlmodel/src/MILBlob/Blob/StorageFormat.hpp`), so the weight file itself is not read; its
 * header, the records and the 64-byte alignment padding are metadata.
 */
/** MILSpec.DataType → our dtype names and bits per element. */
const DATA_TYPES = new Map([
    [1, ['bool', 8]],
    [2, ['string', 0]],
    [10, ['float16', 16]],
    [11, ['float32', 32]],
    [12, ['float64', 64]],
    [13, ['bfloat16', 16]],
    [21, ['int8', 8]],
    [22, ['int16', 16]],
    [23, ['int32', 32]],
    [24, ['int64', 64]],
    [25, ['int4', 4]],
    [31, ['uint8', 8]],
    [32, ['uint16', 16]],
    [33, ['uint32', 32]],
    [34, ['uint64', 64]],
    [35, ['uint4', 4]],
    [36, ['uint2', 2]],
    [37, ['uint1', 1]],
    [38, ['uint6', 6]],
    [39, ['uint3', 3]],
    [40, ['float8_e4m3fn', 8]],
    [41, ['float8_e5m2', 8]]
]);
/** Bytes of a `blob_metadata` record, which precedes each blob's data. */
const BLOB_METADATA_BYTES = 64;
/** Ops up to this size (nearly all: a const op with a blob reference is ~150 bytes) are walked without an await. */
const SMALL_MESSAGE_BYTES = 16 * 1024;
/** The next field of a message loaded whole (`loadRest`); undefined at its end. */
function loaded(reader) {
    if (reader.done)
        return undefined;
    const field = reader.nextInWindow();
    if (!field)
        throw new errors/* FormatError */.IF(reader.file, `${reader.what} was not in the read window`, { offset: reader.position });
    return field;
}
function loadedString(reader, field, what) {
    return reader.stringInWindow(field, limits/* MAX_COREML_STRING_BYTES */.kT, what) ?? '';
}
class MilWalk {
    collector;
    blobs = [];
    constructor(collector) {
        this.collector = collector;
    }
    async program(reader) {
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.field === 2 && field.wireType === io_bytes/* WireType */.O0.LEN)
                await this.mapEntry(reader.message(field, 'Program.functions entry'), (value) => this.function(value));
        }
    }
    async function(reader) {
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.field === 3 && field.wireType === io_bytes/* WireType */.O0.LEN) {
                await this.mapEntry(reader.message(field, 'Function.block_specializations entry'), (value) => this.block(value, 0));
            }
        }
    }
    /** A `map<string, X>` entry of the program or a function: calls `value` with the reader of X. */
    async mapEntry(reader, value) {
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.field === 2 && field.wireType === io_bytes/* WireType */.O0.LEN)
                await value(reader.message(field, 'map value'));
        }
    }
    async block(reader, depth) {
        this.collector.checkDepth(depth);
        while (!reader.done) {
            const field = reader.nextInWindow() ?? (await reader.next());
            if (!field || field.field !== 3 || field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            const op = reader.message(field, 'Operation');
            const blocks = [];
            if (await op.loadRest(SMALL_MESSAGE_BYTES))
                this.operation(op, blocks);
            else
                await this.largeOperation(op, blocks);
            for (const inner of blocks)
                await this.block(inner, depth + 1);
        }
    }
    /**
     * An operation loaded whole. Its nested blocks (of `cond`, `while_loop`) are left in `blocks`
     * for the caller. Inputs are kept until the type is known (a constant's inline values count).
     */
    operation(reader, blocks) {
        this.collector.operations++;
        let type = '';
        let output = '';
        const inputs = [];
        for (let field = loaded(reader); field; field = loaded(reader)) {
            if (field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            if (field.field === 1)
                type = loadedString(reader, field, 'op type');
            else if (field.field === 2)
                inputs.push(reader.message(field, 'Operation.inputs entry'));
            else if (field.field === 3 && output === '')
                output = this.outputName(reader.message(field, 'NamedValueType'));
            else if (field.field === 4)
                blocks.push(reader.message(field, 'Block'));
            else if (field.field === 5)
                this.entry(reader.message(field, 'Operation.attributes entry'), false, type, output);
        }
        for (const input of inputs)
            this.entry(input, true, type, output);
    }
    /** An operation too large to load: one holding a large inline value. Its entries are loaded one by one. */
    async largeOperation(reader, blocks) {
        this.collector.operations++;
        let type = '';
        let output = '';
        while (!reader.done) {
            const field = reader.nextInWindow() ?? (await reader.next());
            if (!field || field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            if (field.field === 1)
                type = await reader.string(field, limits/* MAX_COREML_STRING_BYTES */.kT, 'op type');
            else if (field.field === 3 && output === '') {
                const named = reader.message(field, 'NamedValueType');
                output = (await named.loadRest(SMALL_MESSAGE_BYTES)) ? this.outputName(named) : '';
            }
            else if (field.field === 4)
                blocks.push(reader.message(field, 'Block'));
            else if (field.field === 2 || field.field === 5) {
                const entry = reader.message(field, 'Operation entry');
                if (await entry.loadRest(SMALL_MESSAGE_BYTES))
                    this.entry(entry, field.field === 2, type, output);
                else
                    await this.largeEntry(entry, field.field === 2, type, output);
            }
        }
    }
    outputName(reader) {
        for (let field = loaded(reader); field; field = loaded(reader)) {
            if (field.field === 1 && field.wireType === io_bytes/* WireType */.O0.LEN)
                return loadedString(reader, field, 'output name');
        }
        return '';
    }
    /** An entry of an op's `inputs` (an Argument of bindings) or `attributes` (a Value) map, loaded whole. */
    entry(reader, input, type, output) {
        let key = '';
        for (let field = loaded(reader); field; field = loaded(reader)) {
            if (field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            if (field.field === 1)
                key = loadedString(reader, field, 'map key');
            else if (field.field === 2 && key !== 'name') {
                const value = reader.message(field, `value of '${key}'`);
                if (!input)
                    this.addValue(this.valueParts(value), type, output, key);
                else {
                    for (let binding = loaded(value); binding; binding = loaded(value)) {
                        if (binding.field !== 1 || binding.wireType !== io_bytes/* WireType */.O0.LEN)
                            continue;
                        const inner = value.message(binding, 'Argument.Binding');
                        for (let part = loaded(inner); part; part = loaded(inner)) {
                            if (part.field === 2 && part.wireType === io_bytes/* WireType */.O0.LEN)
                                this.addValue(this.valueParts(inner.message(part, 'Value')), type, output, key);
                        }
                    }
                }
            }
        }
    }
    /** An attribute entry holding a large inline value (inputs hold names, or small values). */
    async largeEntry(reader, input, type, output) {
        let key = '';
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            if (field.field === 1)
                key = await reader.string(field, limits/* MAX_COREML_STRING_BYTES */.kT, 'map key');
            else if (field.field === 2 && key !== 'name' && !input) {
                const value = reader.message(field, `value of '${key}'`);
                const parts = {};
                for (let part = await value.next(); part; part = await value.next()) {
                    if (part.wireType !== io_bytes/* WireType */.O0.LEN)
                        continue;
                    const inner = value.message(part, 'Value part');
                    if (part.field === 3)
                        parts.immediate = await this.tensorPayload(inner);
                    else if ((part.field === 2 || part.field === 5) && (await inner.loadRest(SMALL_MESSAGE_BYTES))) {
                        if (part.field === 2)
                            parts.type = this.valueType(inner);
                        else
                            parts.blob = this.blobFileValue(inner);
                    }
                }
                this.addValue(parts, type, output, key);
            }
        }
    }
    /** A `Value` loaded whole. */
    valueParts(reader) {
        const parts = {};
        for (let field = loaded(reader); field; field = loaded(reader)) {
            if (field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            if (field.field === 2)
                parts.type = this.valueType(reader.message(field, 'ValueType'));
            else if (field.field === 3)
                parts.immediate = this.tensorPayloadLoaded(reader.message(field, 'ImmediateValue'));
            else if (field.field === 5)
                parts.blob = this.blobFileValue(reader.message(field, 'BlobFileValue'));
        }
        return parts;
    }
    /** A blob reference is always a stored constant; an inline tensor counts only in a constant op. */
    addValue(parts, type, output, key) {
        const name = type === 'const' ? output : `${output}/${key}`;
        const valueType = parts.type;
        const dtype = valueType?.dtype ?? 'unknown';
        const evidence = GRAPH_CONSTANT_TYPES.has(dtype) ? EVIDENCE.graphConstant : EVIDENCE.milConstant;
        if (parts.blob) {
            const bytes = valueType?.shape && valueType.bits > 0 ? Math.ceil((valueType.shape.reduce((n, d) => n * d, 1) * valueType.bits) / 8) : undefined;
            if (bytes !== undefined && !Number.isSafeInteger(bytes)) {
                throw new errors/* FormatError */.IF(this.collector.path, `constant '${name}' has the type ${dtype}[${valueType?.shape?.join(', ')}], larger than any file`, {
                    fix: 'The model is corrupt or hostile.'
                });
            }
            const tensor = this.collector.add({ name, dtype, shape: valueType?.shape ?? [], file: '', offset: 0, byteLength: bytes ?? 0, evidence });
            this.blobs.push({ tensor, fileName: parts.blob.fileName, offset: parts.blob.offset, bytes });
        }
        else if (parts.immediate && (type === 'const' || type.startsWith('constexpr_'))) {
            this.collector.addField(name, dtype, valueType?.shape ?? [], parts.immediate, evidence);
        }
    }
    /** The packed values of an immediate `TensorValue` (floats, ints, bools, strings, longInts, doubles, bytes), stepped over. */
    async tensorPayload(reader) {
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.field !== 1 || field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            const tensor = reader.message(field, 'TensorValue');
            for (let kind = await tensor.next(); kind; kind = await tensor.next()) {
                if (kind.wireType !== io_bytes/* WireType */.O0.LEN)
                    continue;
                const repeated = tensor.message(kind, 'TensorValue values');
                let span;
                for (let values = await repeated.next(); values; values = await repeated.next()) {
                    if (values.field === 1)
                        span = widen(span, values);
                }
                if (span)
                    return { field: 1, wireType: io_bytes/* WireType */.O0.LEN, offset: span.offset, length: span.end - span.offset, value: 0 };
            }
        }
        return undefined;
    }
    /** `tensorPayload` of a value loaded whole. */
    tensorPayloadLoaded(reader) {
        for (let field = loaded(reader); field; field = loaded(reader)) {
            if (field.field !== 1 || field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            const tensor = reader.message(field, 'TensorValue');
            for (let kind = loaded(tensor); kind; kind = loaded(tensor)) {
                if (kind.wireType !== io_bytes/* WireType */.O0.LEN)
                    continue;
                const repeated = tensor.message(kind, 'TensorValue values');
                let span;
                for (let values = loaded(repeated); values; values = loaded(repeated)) {
                    if (values.field === 1)
                        span = widen(span, values);
                }
                if (span)
                    return { field: 1, wireType: io_bytes/* WireType */.O0.LEN, offset: span.offset, length: span.end - span.offset, value: 0 };
            }
        }
        return undefined;
    }
    valueType(reader) {
        for (let field = loaded(reader); field; field = loaded(reader)) {
            if (field.field !== 1 || field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            const tensorType = reader.message(field, 'TensorType');
            let known;
            let shape = [];
            for (let inner = loaded(tensorType); inner; inner = loaded(tensorType)) {
                if (inner.field === 1 && inner.wireType === io_bytes/* WireType */.O0.VARINT)
                    known = DATA_TYPES.get(inner.value) ?? [`mil_type_${inner.value}`, 0];
                else if (inner.field === 3 && inner.wireType === io_bytes/* WireType */.O0.LEN) {
                    const size = this.dimension(tensorType.message(inner, 'Dimension'));
                    if (shape && shape.length >= limits/* MAX_DIMS */.VW)
                        throw new errors/* FormatError */.IF(tensorType.file, `a MIL tensor type has more than ${limits/* MAX_DIMS */.VW} dimensions`, { offset: inner.offset });
                    shape = size === undefined || !shape ? undefined : [...shape, size];
                }
            }
            return known ? { dtype: known[0], bits: known[1], shape } : undefined;
        }
        return undefined;
    }
    /** A constant dimension's size, or undefined for an unknown one. */
    dimension(reader) {
        for (let field = loaded(reader); field; field = loaded(reader)) {
            if (field.field !== 1 || field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            const constant = reader.message(field, 'ConstantDimension');
            for (let inner = loaded(constant); inner; inner = loaded(constant)) {
                if (inner.field === 1 && inner.wireType === io_bytes/* WireType */.O0.VARINT && Number.isSafeInteger(inner.value))
                    return inner.value;
            }
            return 0;
        }
        return undefined;
    }
    blobFileValue(reader) {
        let fileName = '';
        let offset = 0;
        for (let field = loaded(reader); field; field = loaded(reader)) {
            if (field.field === 1 && field.wireType === io_bytes/* WireType */.O0.LEN)
                fileName = loadedString(reader, field, 'blob file name');
            else if (field.field === 2 && field.wireType === io_bytes/* WireType */.O0.VARINT)
                offset = field.value;
        }
        if (!Number.isSafeInteger(offset))
            throw new errors/* FormatError */.IF(reader.file, `a blob reference to '${fileName}' has an offset over 2^53`, { offset: reader.start });
        return { fileName, offset };
    }
}
function widen(span, field) {
    const end = field.offset + field.length;
    return span ? { offset: Math.min(span.offset, field.offset), end: Math.max(span.end, end) } : { offset: field.offset, end };
}

;// CONCATENATED MODULE: ./src/formats/coreml/neural-network.ts



const weights = (entries) => new Map(entries.map(([field, name]) => [field, { kind: 'weights', name }]));
const WEIGHTS_AND_BIAS = (w, b) => weights([
    [w, 'weights'],
    [b, 'bias']
]);
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
]);
/** NeuralNetworkLayer's `layer` oneof: field number → the parameter fields that hold weights. */
const LAYER_PARAMS = new Map([
    [100, { type: 'convolution', fields: WEIGHTS_AND_BIAS(90, 91) }],
    [
        130,
        {
            type: 'activation',
            fields: new Map([
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
            fields: new Map([
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
            fields: new Map([
                [1, { kind: 'network', name: 'ifBranch' }],
                [2, { kind: 'network', name: 'elseBranch' }]
            ])
        }
    ],
    [
        615,
        {
            type: 'loop',
            fields: new Map([
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
]);
// NeuralNetwork{,Classifier,Regressor}
const NETWORK_LAYERS = 1;
const NETWORK_UPDATE_PARAMS = 10;
// NeuralNetworkLayer
const LAYER_NAME = 1;
const LAYER_IS_UPDATABLE = 10;
// WeightParams
const FLOAT_VALUE = 1;
const FLOAT16_VALUE = 2;
const RAW_VALUE = 30;
const INT8_RAW_VALUE = 31;
const QUANTIZATION = 40;
// QuantizationParams
const NUMBER_OF_BITS = 1;
// NetworkUpdateParameters
const UPDATE_LOSS_LAYERS = 1;
const UPDATE_OPTIMIZER = 2;
const UPDATE_EPOCHS = 3;
const UPDATE_SHUFFLE = 10;
const UPDATE_SEED = 20;
// SGDOptimizer / AdamOptimizer: miniBatchSize is a training-loop setting, the rest hyper-parameters.
const OPTIMIZER_MINI_BATCH_SIZE = 2;
const OPTIMIZERS = new Map([
    [10, { name: 'sgd', fields: ['', 'learningRate', 'miniBatchSize', 'momentum'] }],
    [11, { name: 'adam', fields: ['', 'learningRate', 'miniBatchSize', 'beta1', 'beta2', 'eps'] }]
]);
/** Walks a network message: its layers' weights and its update parameters. */
async function walkNetwork(reader, collector, prefix, depth) {
    collector.checkDepth(depth);
    while (!reader.done) {
        const field = reader.nextInWindow() ?? (await reader.next());
        if (!field || field.wireType !== io_bytes/* WireType */.O0.LEN)
            continue;
        if (field.field === NETWORK_LAYERS)
            await walkLayer(reader.message(field, 'NeuralNetworkLayer'), collector, prefix, depth);
        else if (field.field === NETWORK_UPDATE_PARAMS)
            await walkUpdateParams(reader.message(field, 'NetworkUpdateParameters'), collector, `${prefix}updateParams`);
    }
}
async function walkLayer(reader, collector, prefix, depth) {
    collector.layers++;
    let name = `layer ${collector.layers}`;
    const first = collector.tensors.length;
    let updatable = false;
    while (!reader.done) {
        const field = reader.nextInWindow() ?? (await reader.next());
        if (!field)
            break;
        if (field.field === LAYER_NAME && field.wireType === io_bytes/* WireType */.O0.LEN) {
            name = reader.stringInWindow(field, limits/* MAX_COREML_STRING_BYTES */.kT, 'layer name') ?? (await reader.string(field, limits/* MAX_COREML_STRING_BYTES */.kT, 'layer name'));
        }
        else if (field.field === LAYER_IS_UPDATABLE && field.wireType === io_bytes/* WireType */.O0.VARINT)
            updatable = field.value !== 0;
        else if (field.wireType === io_bytes/* WireType */.O0.LEN) {
            const params = LAYER_PARAMS.get(field.field);
            if (params)
                await walkParams(reader.message(field, `${params.type} layer '${name}'`), params.fields, collector, `${prefix}${name}`, depth);
        }
    }
    // Names are known only once the layer is read (a writer may put the name last).
    for (let i = first; i < collector.tensors.length; i++) {
        const tensor = collector.tensors[i];
        if (tensor.name.startsWith('\u0000'))
            tensor.name = `${prefix}${name}${tensor.name.slice(1)}`;
    }
    if (updatable)
        collector.updatable = true;
}
async function walkParams(reader, fields, collector, path, depth) {
    for (let field = await reader.next(); field; field = await reader.next()) {
        const kind = fields.get(field.field);
        if (!kind || field.wireType !== io_bytes/* WireType */.O0.LEN)
            continue;
        if (kind.kind === 'weights')
            await walkWeightParams(reader.message(field, `WeightParams ${kind.name}`), collector, `\u0000/${kind.name}`, kind.evidence ?? EVIDENCE.weights);
        else if (kind.kind === 'message')
            await walkParams(reader.message(field, kind.name), kind.fields, collector, path, depth);
        else
            await walkNetwork(reader.message(field, 'NeuralNetwork'), collector, `${path}/${kind.name}/`, depth + 1);
    }
}
/**
 * One WeightParams: its payload (packed `floatValue`, `float16Value`, `rawValue` or
 * `int8RawValue`) and, for quantized weights, its scales or lookup table, as a second span.
 * The name starts with NUL until the layer's name is known (walkLayer fills it in).
 */
async function walkWeightParams(reader, collector, name, evidence) {
    let payload;
    let bits = 0;
    let quantization;
    while (!reader.done) {
        const field = reader.nextInWindow() ?? (await reader.next());
        if (!field)
            break;
        const dtype = field.field === FLOAT_VALUE
            ? 'float32'
            : field.field === FLOAT16_VALUE
                ? 'float16'
                : field.field === INT8_RAW_VALUE
                    ? 'int8'
                    : field.field === RAW_VALUE
                        ? 'uint8'
                        : undefined;
        if (dtype !== undefined && (field.wireType === io_bytes/* WireType */.O0.LEN || field.wireType === io_bytes/* WireType */.O0.FIXED32)) {
            // Unpacked floats arrive one field each: the span runs from the first to the last.
            const end = field.offset + field.length;
            payload = payload
                ? { ...payload, offset: Math.min(payload.offset, field.offset), end: Math.max(payload.end, end) }
                : { offset: field.offset, end, dtype, raw: field.field === RAW_VALUE };
        }
        else if (field.field === QUANTIZATION && field.wireType === io_bytes/* WireType */.O0.LEN) {
            quantization = field;
            const params = reader.message(field, 'QuantizationParams');
            for (let inner = await params.next(); inner; inner = await params.next()) {
                if (inner.field === NUMBER_OF_BITS && inner.wireType === io_bytes/* WireType */.O0.VARINT)
                    bits = inner.value;
            }
        }
    }
    if (payload) {
        const length = payload.end - payload.offset;
        const dtype = payload.raw && bits > 0 ? (bits === 8 ? 'uint8' : `uint${bits}`) : payload.dtype;
        const elementBits = dtype === 'float32' ? 32 : dtype === 'float16' ? 16 : payload.raw && bits > 0 ? bits : 8;
        collector.add({ name, dtype, shape: [Math.floor((length * 8) / elementBits)], file: collector.path, offset: payload.offset, byteLength: length, evidence });
    }
    if (quantization)
        collector.addField(`${name} (quantization)`, 'float32', [], quantization, EVIDENCE.quantization);
}
/**
 * `NetworkUpdateParameters`: the optimizer's hyper-parameters are optimizer state; the loss
 * layers, epochs, mini-batch size and shuffling are the training loop's settings; the seed is RNG
 * state. Each is a span of the spec; the messages' own framing stays metadata.
 */
async function walkUpdateParams(reader, collector, path) {
    collector.updatable = true;
    let losses = 0;
    for (let field = await reader.next(); field; field = await reader.next()) {
        if (field.wireType !== io_bytes/* WireType */.O0.LEN)
            continue;
        if (field.field === UPDATE_LOSS_LAYERS)
            collector.addField(`${path}/lossLayers/${losses++}`, 'bytes', [], field, EVIDENCE.trainingLoop);
        else if (field.field === UPDATE_EPOCHS)
            collector.addField(`${path}/epochs`, 'int64', [], field, EVIDENCE.trainingLoop);
        else if (field.field === UPDATE_SHUFFLE)
            collector.addField(`${path}/shuffle`, 'bool', [], field, EVIDENCE.trainingLoop);
        else if (field.field === UPDATE_SEED)
            collector.addField(`${path}/seed`, 'int64', [], field, EVIDENCE.trainingSeed);
        else if (field.field === UPDATE_OPTIMIZER) {
            const optimizer = reader.message(field, 'Optimizer');
            for (let kind = await optimizer.next(); kind; kind = await optimizer.next()) {
                const known = OPTIMIZERS.get(kind.field);
                if (!known || kind.wireType !== io_bytes/* WireType */.O0.LEN)
                    continue;
                const params = optimizer.message(kind, `${known.name} optimizer`);
                for (let param = await params.next(); param; param = await params.next()) {
                    if (param.wireType !== io_bytes/* WireType */.O0.LEN)
                        continue;
                    const paramName = known.fields[param.field] ?? `field ${param.field}`;
                    const isBatch = param.field === OPTIMIZER_MINI_BATCH_SIZE;
                    collector.addField(`${path}/optimizer/${known.name}/${paramName}`, isBatch ? 'int64' : 'float64', [], param, isBatch ? EVIDENCE.trainingLoop : EVIDENCE.optimizer);
                }
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/coreml/model-walk.ts




/**
 * The top of a Core ML spec, `CoreML.Specification.Model`
 * (`apple/coremltools:mlmodel/format/Model.proto`): the description (inputs, outputs, metadata,
 * and for updatable models the training inputs), then one model type of a `oneof`. Pipelines hold
 * models, walked recursively; neural networks and ML programs are walked for their weights;
 * the classic models (GLM, SVM, tree ensembles, nearest neighbours, NLP models) are their
 * parameters through and through, so the whole message is one span of weights.
 */
const MODEL_DESCRIPTION = 2;
const MODEL_IS_UPDATABLE = 10;
const DESCRIPTION_TRAINING_INPUT = 50;
const PIPELINE_CLASSIFIER = 200;
const PIPELINE_REGRESSOR = 201;
const PIPELINE = 202;
const PIPELINE_MODELS = 1;
const NEURAL_NETWORKS = new Set([303, 403, 500]); // regressor, classifier, plain
const ML_PROGRAM = 502;
/** Model types whose message is all parameters, by field number. */
const PARAMETER_MODELS = new Map([
    [300, 'glmRegressor'],
    [301, 'supportVectorRegressor'],
    [302, 'treeEnsembleRegressor'],
    [304, 'bayesianProbitRegressor'],
    [400, 'glmClassifier'],
    [401, 'supportVectorClassifier'],
    [402, 'treeEnsembleClassifier'],
    [404, 'kNearestNeighborsClassifier'],
    [501, 'itemSimilarityRecommender'],
    [2000, 'textClassifier'],
    [2001, 'wordTagger'],
    [2004, 'gazetteer'],
    [2005, 'wordEmbedding']
]);
class ModelWalk {
    collector;
    mil;
    specificationVersion = 0;
    modelType = '';
    constructor(collector) {
        this.collector = collector;
        this.mil = new MilWalk(collector);
    }
    async model(reader, prefix, depth) {
        this.collector.checkDepth(depth);
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (depth === 0 && field.field === 1 && field.wireType === io_bytes/* WireType */.O0.VARINT)
                this.specificationVersion = field.value;
            if (field.field === MODEL_IS_UPDATABLE && field.wireType === io_bytes/* WireType */.O0.VARINT && field.value !== 0)
                this.collector.updatable = true;
            if (field.wireType !== io_bytes/* WireType */.O0.LEN)
                continue;
            if (depth === 0 && field.field > 100)
                this.modelType = modelTypeName(field.field);
            if (field.field === MODEL_DESCRIPTION)
                await this.description(reader.message(field, 'ModelDescription'), prefix);
            else if (field.field === PIPELINE)
                await this.pipeline(reader.message(field, 'Pipeline'), prefix, depth);
            else if (field.field === PIPELINE_CLASSIFIER || field.field === PIPELINE_REGRESSOR) {
                const outer = reader.message(field, 'PipelineClassifier');
                for (let inner = await outer.next(); inner; inner = await outer.next()) {
                    if (inner.field === 1 && inner.wireType === io_bytes/* WireType */.O0.LEN)
                        await this.pipeline(outer.message(inner, 'Pipeline'), prefix, depth);
                }
            }
            else if (NEURAL_NETWORKS.has(field.field))
                await walkNetwork(reader.message(field, 'NeuralNetwork'), this.collector, prefix, depth + 1);
            else if (field.field === ML_PROGRAM)
                await this.mil.program(reader.message(field, 'MILSpec.Program'));
            else {
                const parameters = PARAMETER_MODELS.get(field.field);
                if (parameters)
                    this.collector.addField(`${prefix}${parameters}`, 'bytes', [], field, EVIDENCE.modelParameters);
            }
        }
    }
    async pipeline(reader, prefix, depth) {
        let index = 0;
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.field === PIPELINE_MODELS && field.wireType === io_bytes/* WireType */.O0.LEN) {
                await this.model(reader.message(field, 'Model'), `${prefix}models/${index++}/`, depth + 1);
            }
        }
    }
    /** An updatable model's training inputs (features it takes only while training) are training-loop settings. */
    async description(reader, prefix) {
        let trainingInputs = 0;
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.field === DESCRIPTION_TRAINING_INPUT && field.wireType === io_bytes/* WireType */.O0.LEN) {
                this.collector.addField(`${prefix}description/trainingInput/${trainingInputs++}`, 'bytes', [], field, EVIDENCE.trainingLoop);
            }
        }
    }
}
function modelTypeName(field) {
    if (NEURAL_NETWORKS.has(field))
        return field === 403 ? 'neuralNetworkClassifier' : field === 303 ? 'neuralNetworkRegressor' : 'neuralNetwork';
    if (field === ML_PROGRAM)
        return 'mlProgram';
    if (field >= PIPELINE_CLASSIFIER && field <= PIPELINE)
        return ['pipelineClassifier', 'pipelineRegressor', 'pipeline'][field - PIPELINE_CLASSIFIER];
    return PARAMETER_MODELS.get(field) ?? `model type ${field}`;
}

// EXTERNAL MODULE: ./src/formats/coreml/sniff.ts
var sniff = __webpack_require__(3719);
;// CONCATENATED MODULE: ./src/formats/coreml/index.ts












/**
 * Core ML: a `.mlmodel` file (the protobuf spec, weights inside its layers) and the `.mlpackage`
 * folder (`Manifest.json`; `Data/com.apple.CoreML/model.mlmodel`, the spec; `weights/weight.bin`,
 * the blobs an ML Program's constants point at). The spec is walked with positioned reads (the
 * byte layer's ProtoReader), payloads stepped over: the walk is in model-walk.ts,
 * neural-network.ts and mil-program.ts; this module finds the files and resolves blob references.
 */
/** `@model_path` in a blob file name is the directory of the spec (coremltools' MIL serializer). */
const MODEL_PATH = '@model_path/';
async function readSpec(path, files) {
    const collector = new Collector(path);
    const walk = new ModelWalk(collector);
    const bytes = await (0,kit_open/* withSource */.g)(files, path, async (source) => {
        await walk.model(new io_bytes/* ProtoReader */.iP(new io_bytes/* Window */.p8(source), 0, source.size, 'Model'), '', 0);
        return source.size;
    });
    const blobFiles = await resolveBlobs(path, walk.mil.blobs, files);
    const weights = new companions/* Companions */.I(files, 'the spec');
    for (const [file, entry] of blobFiles) {
        if (entry.size === undefined)
            weights.absentFile(file, 'data', entry.described);
        else
            weights.present(file, 'data', entry.size);
    }
    collector.warnings.push(...weights.warnings());
    return { collector, walk, blobFiles, weightFiles: weights.files, bytes };
}
/**
 * Places each blob: its data follows its 64-byte record, as long as its type says. When the type
 * does not say (a dynamic shape), the record's `sizeInBytes` and `offset` are read instead.
 * References to one offset (weights shared between functions) share a storage.
 */
async function resolveBlobs(specPath, blobs, files) {
    const blobFiles = new Map();
    const offsets = new Map();
    let shared = false;
    let lastName;
    let file = '';
    for (const blob of blobs) {
        // Every constant names the same weight file, resolved once.
        if (blob.fileName !== lastName) {
            file = blobPath(specPath, blob.fileName);
            lastName = blob.fileName;
        }
        let entry = blobFiles.get(file);
        if (!entry) {
            entry = { size: await files.size(file), described: 0 };
            blobFiles.set(file, entry);
            offsets.set(file, new Set());
        }
        const seen = offsets.get(file);
        if (seen.has(blob.offset))
            shared = true;
        seen.add(blob.offset);
        const tensor = blob.tensor;
        tensor.file = file;
        if (blob.bytes === undefined && entry.size !== undefined) {
            const record = await readRecord(file, blob.offset, files);
            tensor.offset = record.offset;
            tensor.byteLength = record.bytes;
        }
        else {
            tensor.offset = blob.offset + BLOB_METADATA_BYTES;
            tensor.byteLength = blob.bytes ?? 0;
        }
        entry.described = Math.max(entry.described, tensor.offset + tensor.byteLength);
        if (entry.size !== undefined && tensor.offset + tensor.byteLength > entry.size) {
            throw new errors/* FormatError */.IF(file, `constant '${tensor.name}' needs bytes ${tensor.offset}..${tensor.offset + tensor.byteLength}, beyond the file's ${entry.size} bytes`, {
                fix: 'The weight file does not belong to this model or is truncated; re-save the model.'
            });
        }
    }
    if (shared)
        for (const blob of blobs)
            blob.tensor.storageKey = `${blob.tensor.file}@${blob.offset}`;
    return blobFiles;
}
function blobPath(specPath, fileName) {
    const relative = fileName.startsWith(MODEL_PATH) ? fileName.slice(MODEL_PATH.length) : fileName;
    const path = (0,safe_path/* pathInside */._)((0,checkpoint_files/* dirname */.pD)(specPath), relative);
    if (path === undefined) {
        throw new errors/* FormatError */.IF(specPath, `a constant points at the weight file '${fileName}', outside the model's folder`, {
            fix: 'Weight files are relative to the model (@model_path/weights/weight.bin); this one was not opened.'
        });
    }
    return path;
}
/** A `blob_metadata` record: sentinel 0xDEADBEEF, u32 dtype, u64 sizeInBytes, u64 data offset. */
async function readRecord(file, at, files) {
    return (0,kit_open/* withSource */.g)(files, file, async (source) => {
        const record = io_bytes/* Cursor */.bs.over(await source.read(at, BLOB_METADATA_BYTES), file, at, 'blob record');
        if (record.u32() !== 0xdeadbeef) {
            throw new errors/* FormatError */.IF(file, 'a constant points at a blob record without the 0xDEADBEEF sentinel', {
                offset: at,
                fix: 'The weight file is corrupt; re-save the model.'
            });
        }
        record.skip(4); // the blob's dtype
        const bytes = record.u64('the size of a blob');
        const offset = record.u64('the data offset of a blob');
        return { offset, bytes };
    });
}
function specFiles(path, spec, role) {
    return [{ path, role, bytes: spec.bytes, present: true }, ...spec.weightFiles];
}
function result(name, files, spec) {
    const { collector, walk } = spec;
    const parts = [
        `spec v${walk.specificationVersion} ${walk.modelType || 'model'}`,
        collector.layers > 0 ? `${collector.layers} layer${collector.layers === 1 ? '' : 's'}` : '',
        collector.operations > 0 ? `${collector.operations} program operations` : '',
        `feature descriptions and metadata (${(0,format_bytes/* formatBytes */.z3)(spec.bytes)} spec)`
    ];
    if (spec.blobFiles.size > 0)
        parts.push('weight-file header, blob records and alignment');
    return {
        format: 'coreml',
        name,
        files,
        tensors: collector.tensors,
        classifiedBy: 'format',
        warnings: collector.warnings,
        categoryNotes: {
            metadata: parts.filter((part) => part !== '').join(', '),
            ...(collector.updatable ? { bookkeeping: 'on-device training settings (updatable model)' } : {})
        }
    };
}
/** A `.mlmodel` on its own (a spec inside an `.mlpackage` is read with its package). */
const coremlModelReader = {
    ...sniff/* coremlModelSniffer */.b,
    async read(path, files) {
        const spec = await readSpec(path, files);
        return result(path, specFiles(path, spec, 'data'), spec);
    }
};
/** An `.mlpackage` folder, read from its `Manifest.json`: every file in the folder is the checkpoint's. */
const coremlPackageReader = {
    ...sniff/* coremlPackageSniffer */.e,
    async read(path, files) {
        const packageDir = (0,checkpoint_files/* dirname */.pD)(path);
        const specPath = (0,checkpoint_files/* joinPath */.uJ)(packageDir, `Data/${await rootModelPath(path, files)}`);
        const spec = await readSpec(specPath, files);
        const listed = [{ path, role: 'index', bytes: (await files.size(path)) ?? 0, present: true }, ...specFiles(specPath, spec, 'graph')];
        const known = new Set(listed.map((file) => file.path));
        for (const file of await filesBelow(packageDir, files)) {
            if (!known.has(file.path))
                listed.push({ path: file.path, role: 'asset', bytes: file.bytes, present: true });
        }
        return result(packageDir, listed, spec);
    }
};
/** The root model's path under `Data/`, from the manifest (coremltools' ModelPackage.cpp). */
async function rootModelPath(manifestPath, files) {
    const text = await (0,kit_open/* withSource */.g)(files, manifestPath, async (source) => {
        if (source.size > limits/* MAX_MLPACKAGE_MANIFEST_BYTES */.r6)
            throw new errors/* LimitExceededError */.lo(manifestPath, 'the size of Manifest.json', source.size, limits/* MAX_MLPACKAGE_MANIFEST_BYTES */.r6);
        return (0,io_bytes/* utf8 */.As)(await source.read(0, source.size));
    });
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        throw new errors/* FormatError */.IF(manifestPath, 'Manifest.json is not valid JSON', { fix: 'Re-save the .mlpackage with coremltools.' });
    }
    const root = typeof manifest?.rootModelIdentifier === 'string' ? manifest.itemInfoEntries?.[manifest.rootModelIdentifier]?.path : undefined;
    if (typeof root !== 'string' || root === '' || root.startsWith('/') || root.split('/').includes('..')) {
        throw new errors/* FormatError */.IF(manifestPath, "Manifest.json names no root model inside the package's Data folder", {
            fix: 'Re-save the .mlpackage with coremltools.'
        });
    }
    return root;
}
/** Every regular file under `dir`, with its size. */
async function filesBelow(dir, files) {
    const found = [];
    const pending = [dir];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        for (const name of await files.list(next)) {
            const path = (0,checkpoint_files/* joinPath */.uJ)(next, name);
            const size = await files.size(path);
            if (size === undefined)
                pending.push(path);
            else
                found.push({ path, bytes: size });
            if (found.length + pending.length > limits/* MAX_MLPACKAGE_FILES */.rX)
                throw new errors/* LimitExceededError */.lo(dir, 'the files of an .mlpackage', found.length + pending.length, limits/* MAX_MLPACKAGE_FILES */.rX);
        }
    }
    return found;
}


/***/ }),

/***/ 9416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ Companions),
/* harmony export */   X: () => (/* binding */ listSome)
/* harmony export */ });
/**
 * The files a checkpoint's primary file names beside itself (TF data shards, a shard index's
 * shards, GGUF splits, ONNX external data, an OpenVINO `.bin`, Core ML weight files, DCP data
 * files), with ONE policy for those that are absent (a download cut short, a Git LFS file not
 * fetched): an absent file is listed with `present: false` and the size the checkpoint describes
 * for it, or 0 when nothing describes it, and the checkpoint gets one warning, worded here for
 * every format, naming the absent files and how they were counted. An absent companion is never an
 * error: the sizes the checkpoint describes are still worth a report.
 */
class Companions {
    source;
    describedBy;
    /** Every companion, present or absent, in the order they were met. */
    files = [];
    absent = [];
    /**
     * @param describedBy what describes the companions' sizes, for the warning: `the index`, `the
     *   graph`, `the XML`: "counted at the N bytes the index describes".
     */
    constructor(source, describedBy) {
        this.source = source;
        this.describedBy = describedBy;
    }
    /**
     * The companion at `path`: present with its size on disk, or absent with `describedBytes` (0
     * when the checkpoint does not describe it).
     */
    async companion(path, role, options = {}) {
        const size = await this.source.size(path);
        return size === undefined ? this.absentFile(path, role, options.describedBytes) : this.present(path, role, size);
    }
    /** A companion the reader already found on disk (it opened it, or knows its size). */
    present(path, role, bytes) {
        const file = { path, role, bytes, present: true };
        this.files.push(file);
        return file;
    }
    /** A companion the reader already found absent, counted at `describedBytes` (or 0). */
    absentFile(path, role, describedBytes) {
        const bytes = describedBytes ?? 0;
        const file = { path, role, bytes, present: false };
        this.files.push(file);
        this.absent.push({ path, bytes, described: describedBytes !== undefined });
        return file;
    }
    /** The absent companions' paths. */
    absentPaths() {
        return this.absent.map((file) => file.path);
    }
    /** The one warning about absent companions (none when all are present). */
    warnings() {
        const described = this.absent.filter((file) => file.described);
        const undescribed = this.absent.filter((file) => !file.described);
        const warnings = [];
        if (described.length > 0) {
            const bytes = described.reduce((sum, file) => sum + file.bytes, 0);
            warnings.push(`${absentList(described)}: counted at the ${bytes} bytes ${this.describedBy} describes, so the total is what the complete checkpoint would hold`);
        }
        if (undescribed.length > 0) {
            const one = undescribed.length === 1;
            warnings.push(`${absentList(undescribed)}: ${this.describedBy} does not describe ${one ? 'its' : 'their'} size, so ${one ? 'it is' : 'they are'} counted as 0 bytes`);
        }
        return warnings;
    }
}
/** `2 files of the checkpoint are absent (a, b)`: the one way absent files are named. */
function absentList(files) {
    const names = listSome(files.map((file) => file.path));
    return files.length === 1 ? `1 file of the checkpoint is absent (${names})` : `${files.length} files of the checkpoint are absent (${names})`;
}
/** The first `count` names, and how many more. */
function listSome(names, count = 3) {
    return names.length <= count ? names.join(', ') : `${names.slice(0, count).join(', ')}, and ${names.length - count} more`;
}


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ LazySource),
/* harmony export */   g: () => (/* binding */ withSource)
/* harmony export */ });
/**
 * Opens `path`, runs `read` over it and closes it whatever happens: the one open/try/finally/close
 * of the readers, so that no reader leaks a file handle on a format error.
 */
async function withSource(files, path, read) {
    const source = await files.open(path);
    try {
        return await read(source);
    }
    finally {
        await source.close();
    }
}
/**
 * A file opened on its first use, for a reader that needs it only for some items (a DCP data file,
 * read only for an item whose size the metadata omits); `close()` closes it if it was opened.
 */
class LazySource {
    files;
    path;
    opened;
    constructor(files, path) {
        this.files = files;
        this.path = path;
    }
    source() {
        this.opened ??= this.files.open(this.path);
        return this.opened;
    }
    async close() {
        if (this.opened)
            await (await this.opened).close();
    }
}


/***/ }),

/***/ 1872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ pathInside)
/* harmony export */ });
/* harmony import */ var _io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9366);

/**
 * The path of a file that a checkpoint names (a shard in an index, an ONNX `location`, a Core ML
 * weight file, a DCP data file), inside `dir`, the checkpoint's directory; undefined when the
 * name could leave it: empty, absolute, with a drive letter, or with a `..` segment. A name read
 * from a file is untrusted: a hostile checkpoint must not make the tool open `/etc/passwd` or a
 * sibling repository. `/` and `\` both separate (exporters on Windows write `\`); empty and `.`
 * segments are dropped. The one check for names read from checkpoints; each reader words the
 * error in its own terms.
 */
function pathInside(dir, name) {
    if (name === '' || name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name))
        return undefined;
    const segments = name.split(/[\\/]/);
    if (segments.includes('..'))
        return undefined;
    const kept = segments.filter((segment) => segment !== '' && segment !== '.');
    return kept.length === 0 ? undefined : (0,_io_checkpoint_files_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(dir, kept.join('/'));
}


/***/ })

};

//# sourceMappingURL=2313.index.js.map