export const id = 430;
export const ids = [430];
export const modules = {

/***/ 9430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  executorchDataReader: () => (/* binding */ executorchDataReader),
  executorchProgramReader: () => (/* binding */ executorchProgramReader)
});

// EXTERNAL MODULE: ./src/core/format-bytes.ts
var format_bytes = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/formats/single-file.ts
var single_file = __webpack_require__(4269);
// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/formats/flatbuffer.ts
var flatbuffer = __webpack_require__(9423);
;// CONCATENATED MODULE: ./src/formats/executorch/layout.ts



const HEADER_AT = 8;
/** Opens the flatbuffer of a `.pte` (`eh00`) or `.ptd` (`FH01`) file, bounded by its header. */
async function openSegmentedFlatbuffer(source, magic) {
    const head = await source.read(0, Math.min(source.size, 48));
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const hasHeader = head.length >= HEADER_AT + 24 && [...magic].every((char, i) => head[HEADER_AT + i] === char.charCodeAt(0));
    if (!hasHeader) {
        if (magic === 'FH01')
            throw new errors/* FormatError */.IF(source.name, 'no FlatTensor header ("FH01" at byte 8)', { offset: HEADER_AT, fix: 'The file is corrupt or not a .ptd file.' });
        return { fb: new flatbuffer/* FlatbufferReader */.p(source, 0, source.size), segmentBase: 0 };
    }
    const length = view.getUint32(HEADER_AT + 4, true);
    const u64 = (at, what) => {
        const high = view.getUint32(at + 4, true);
        const value = high * 0x100000000 + view.getUint32(at, true);
        if (high >= 0x200000 || value > source.size) {
            throw new errors/* FormatError */.IF(source.name, `the header's ${what} is ${value}, beyond the file's ${source.size} bytes`, { offset: at, fix: 'The file is truncated or corrupt.' });
        }
        return value;
    };
    if (magic === 'eh00') {
        if (length < 24)
            throw new errors/* FormatError */.IF(source.name, `the extended header is ${length} bytes, shorter than its 24-byte minimum`, { offset: HEADER_AT + 4 });
        return { fb: new flatbuffer/* FlatbufferReader */.p(source, 0, u64(HEADER_AT + 8, 'program_size')), segmentBase: u64(HEADER_AT + 16, 'segment_base_offset') };
    }
    if (length < 40 || head.length < HEADER_AT + 40)
        throw new errors/* FormatError */.IF(source.name, `the FlatTensor header is ${length} bytes, shorter than its 40-byte minimum`, { offset: HEADER_AT + 4 });
    const segmentBase = u64(HEADER_AT + 24, 'segment_base_offset');
    // The header is inserted into the flatbuffer after its identifier; the flatbuffer (with its
    // padding) runs up to the segments.
    return { fb: new flatbuffer/* FlatbufferReader */.p(source, 0, segmentBase > 0 ? segmentBase : source.size), segmentBase };
}
/** The `segments` vector of a Program or FlatTensor (field `id`), as file spans checked against the file. */
async function readSegments(layout, root, id) {
    const { fb, segmentBase } = layout;
    const at = root.ref(id);
    if (at === undefined)
        return [];
    const segments = [];
    for (const [i, tableAt] of (await fb.tables(at, 'the segments', limits/* MAX_TENSORS */.am)).entries()) {
        const segment = await fb.table(tableAt, `segment ${i}`);
        const offset = segmentBase + segment.u64(0);
        const size = segment.u64(1);
        if (segmentBase === 0 && size > 0)
            throw fb.corrupt(`segment ${i} has ${size} bytes but the file has no header giving the segments' base`, tableAt);
        if (offset + size > fb.source.size) {
            throw fb.corrupt(`segment ${i} claims bytes ${offset}..${offset + size}, beyond the file's ${fb.source.size} bytes`, tableAt);
        }
        segments.push({ offset, size });
    }
    return segments;
}
/** The segment at `index`, or a FormatError naming who referred to it. */
function segmentAt(fb, segments, index, what) {
    const segment = segments[index];
    if (!segment)
        throw fb.corrupt(`${what} refers to segment ${index}, but the file has ${segments.length}`);
    return segment;
}
/**
 * c10 `ScalarType` codes (ExecuTorch keeps c10's numbering: `schema/scalar_type.fbs`,
 * `runtime/core/portable_type/scalar_type.h`) with their element bytes.
 */
const SCALAR_TYPES = [
    ['uint8', 1], ['int8', 1], ['int16', 2], ['int32', 4], ['int64', 8], ['float16', 2], ['float32', 4], ['float64', 8],
    ['complex32', 4], ['complex64', 8], ['complex128', 16], ['bool', 1], ['qint8', 1], ['quint8', 1], ['qint32', 4],
    ['bfloat16', 2], ['quint4x2', 1], ['quint2x4', 1], undefined, undefined, undefined, ['bits8', 1], ['bits16', 2],
    ['float8_e5m2', 1], ['float8_e4m3fn', 1], ['float8_e5m2fnuz', 1], ['float8_e4m3fnuz', 1], ['uint16', 2], ['uint32', 4], ['uint64', 8]
];
function scalarType(code) {
    const known = SCALAR_TYPES[code];
    return known ? { dtype: known[0], bytes: known[1] } : { dtype: `scalar_type_${code}`, bytes: undefined };
}
/** The dims of an int32 `sizes` vector, checked to be non-negative; undefined until loaded. */
function readSizesNow(fb, at, maxDims, what) {
    if (at === undefined)
        return [];
    const vector = fb.vectorNow(at, 4, `the sizes of ${what}`);
    if (!vector)
        return undefined;
    if (vector.length > maxDims)
        throw fb.corrupt(`the sizes of ${what} have ${vector.length} dimensions; at most ${maxDims} are read`, at);
    const dims = new Array(vector.length);
    for (let i = 0; i < vector.length; i++) {
        dims[i] = fb.i32(vector.start + 4 * i);
        if (dims[i] < 0)
            throw fb.corrupt(`the sizes of ${what} have a negative dimension ${dims[i]}`, vector.start + 4 * i);
    }
    return dims;
}

// EXTERNAL MODULE: ./src/formats/storages-by-offset.ts
var storages_by_offset = __webpack_require__(8998);
;// CONCATENATED MODULE: ./src/formats/executorch/flat-tensor.ts




/**
 * ExecuTorch external data (`.ptd`, `extension/flat_tensor/serialize/flat_tensor.fbs`, root
 * `FlatTensor`): the weights a program moved out of its `.pte` (`extra_tensor_info.location =
 * EXTERNAL`), each a `named_data` entry (key = the tensor's fully qualified name) pointing at a
 * segment, with the tensor's layout. Every entry is a weight; the flatbuffer, the header and
 * segment padding are metadata.
 */
const FLAT_TENSOR_SEGMENTS = 1;
const FLAT_TENSOR_NAMED_DATA = 2;
const NAMED_DATA_KEY = 0;
const NAMED_DATA_SEGMENT = 1;
const NAMED_DATA_LAYOUT = 2;
const LAYOUT_SCALAR_TYPE = 0;
const LAYOUT_SIZES = 1;
const EXTERNAL = (0,classify/* evidenceOf */.X1)('parameter', 'format', 'ExecuTorch external data (.ptd): tensors a program loads by name, its weights');
async function readFlatTensor(source) {
    const layout = await openSegmentedFlatbuffer(source, 'FH01');
    const { fb } = layout;
    const root = await fb.root('the FlatTensor');
    const namedDataAt = root.ref(FLAT_TENSOR_NAMED_DATA);
    const segments = await readSegments(layout, root, FLAT_TENSOR_SEGMENTS);
    const tensors = [];
    const storages = new storages_by_offset/* StoragesByOffset */.X();
    for (const [i, at] of (namedDataAt === undefined ? [] : await fb.tables(namedDataAt, 'FlatTensor.named_data', limits/* MAX_TENSORS */.am)).entries()) {
        const entry = await fb.table(at, `named data ${i}`);
        const keyAt = entry.ref(NAMED_DATA_KEY);
        const layoutAt = entry.ref(NAMED_DATA_LAYOUT);
        const segment = segmentAt(fb, segments, entry.u32(NAMED_DATA_SEGMENT), `named data ${i}`);
        const name = keyAt === undefined ? `named data ${i}` : await fb.string(keyAt, limits/* MAX_NAME_BYTES */.pg, `the key of named data ${i}`);
        let dtype = 'uint8';
        let shape = [segment.size];
        if (layoutAt !== undefined) {
            const tensorLayout = await fb.table(layoutAt, `the layout of '${name}'`);
            const sizesAt = tensorLayout.ref(LAYOUT_SIZES);
            dtype = scalarType(tensorLayout.u8(LAYOUT_SCALAR_TYPE)).dtype;
            shape = readSizesNow(fb, sizesAt, limits/* MAX_DIMS */.VW, `'${name}'`) ?? (await fb.until(() => readSizesNow(fb, sizesAt, limits/* MAX_DIMS */.VW, `'${name}'`)));
        }
        const tensor = { name, dtype, shape, file: source.name, offset: segment.offset, byteLength: segment.size, evidence: EXTERNAL };
        storages.add(tensor);
        tensors.push(tensor);
    }
    return tensors;
}

// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/formats/shared-shapes.ts
var shared_shapes = __webpack_require__(8606);
;// CONCATENATED MODULE: ./src/formats/executorch/program.ts








/**
 * An ExecuTorch program (`.pte`, `pytorch/executorch:schema/program.fbs`, root `Program`). Where
 * a tensor's bytes are (the `Tensor` table's comment in program.fbs):
 * - a constant (`data_buffer_idx` > 0, no `allocation_info`): `constant_segment.offsets[idx]` in
 *   its segment, or the deprecated inline `constant_buffer[idx].storage`; with
 *   `extra_tensor_info.location` EXTERNAL, in a `.ptd` file instead;
 * - a mutable tensor with an initial value (`data_buffer_idx` > 0 and `allocation_info`):
 *   `mutable_data_segments[extra_tensor_info.mutable_data_segments_idx].offsets[idx]`.
 * `named_data` maps keys to whole segments that backends load by key (XNNPACK's weights), and a
 * delegate's `processed` blob is a segment or inline data. Everything else is metadata: the
 * flatbuffer (plans, operators, values), delegate blobs apart from the constants they embed, and
 * segment padding. The memory-planned arenas (`non_const_buffer_sizes`) are not in the file.
 */
// Program
const PROGRAM_PLANS = 1;
const PROGRAM_CONSTANT_BUFFER = 2;
const PROGRAM_DELEGATE_DATA = 3;
const PROGRAM_SEGMENTS = 4;
const PROGRAM_CONSTANT_SEGMENT = 5;
const PROGRAM_MUTABLE_SEGMENTS = 6;
const PROGRAM_NAMED_DATA = 7;
// ExecutionPlan, EValue (union: type byte, then the value), Tensor, ExtraTensorInfo
const PLAN_NAME = 0;
const PLAN_VALUES = 2;
const PLAN_DELEGATES = 7;
const EVALUE_TYPE = 0;
const EVALUE_VALUE = 1;
const KERNEL_TYPE_TENSOR = 5;
const KERNEL_TYPE_STRING = 6;
const TENSOR_SCALAR_TYPE = 0;
const TENSOR_SIZES = 2;
const TENSOR_REQUIRES_GRAD = 4;
const TENSOR_DATA_BUFFER_IDX = 5;
const TENSOR_ALLOCATION_INFO = 6;
const TENSOR_EXTRA_INFO = 9;
const EXTRA_MUTABLE_SEGMENT_IDX = 0;
const EXTRA_FQN = 1;
const EXTRA_LOCATION = 2;
const LOCATION_EXTERNAL = 1;
// SubsegmentOffsets, NamedData, BackendDelegate, BackendDelegateDataReference, inline data
const SUBSEGMENT_INDEX = 0;
const SUBSEGMENT_OFFSETS = 1;
const program_NAMED_DATA_KEY = 0;
const program_NAMED_DATA_SEGMENT = 1;
const DELEGATE_ID = 0;
const DELEGATE_PROCESSED = 1;
const REFERENCE_LOCATION = 0;
const REFERENCE_INDEX = 1;
const LOCATION_SEGMENT = 1;
/** `exir/training`: a method `__et_training_fqn_<method>` returns the names of the parameters it trains, in order. */
const TRAINING_FQN_PREFIX = '__et_training_fqn_';
/** XNNPACK blobs start with an `XH00` header: flatbuffer offset/size, then constant data offset (u32 at 18) and size (u64 at 22). */
const XNNPACK_HEADER = 'XH00';
const XNNPACK_HEADER_BYTES = 30;
const CONSTANT = (0,classify/* evidenceOf */.X1)('parameter', 'format', 'ExecuTorch constant tensor: a program stores only its model, so its constants are weights');
const TRAINABLE = (0,classify/* evidenceOf */.X1)('parameter', 'format', 'ExecuTorch mutable tensor with requires_grad: a weight the program trains on device');
const MUTABLE = (0,classify/* evidenceOf */.X1)('model-state', 'format', 'ExecuTorch mutable tensor: state the program updates in place, stored with its initial value');
const NAMED = (0,classify/* evidenceOf */.X1)('parameter', 'format', 'ExecuTorch named data: constant data a backend loads by key (its weights)');
const DELEGATE_CONSTANTS = (0,classify/* evidenceOf */.X1)('parameter', 'format', 'XNNPACK delegate constant data: weights packed into the delegate blob');
async function readExecutorchProgram(source) {
    const layout = await openSegmentedFlatbuffer(source, 'eh00');
    const { fb } = layout;
    const program = await fb.root('the ExecuTorch Program');
    const refs = [PROGRAM_PLANS, PROGRAM_CONSTANT_BUFFER, PROGRAM_DELEGATE_DATA, PROGRAM_CONSTANT_SEGMENT, PROGRAM_MUTABLE_SEGMENTS, PROGRAM_NAMED_DATA].map((id) => program.ref(id));
    const [plansAt, constantBufferAt, delegateDataAt, constantSegmentAt, mutableSegmentsAt, namedDataAt] = refs;
    const context = { fb, segments: await readSegments(layout, program, PROGRAM_SEGMENTS), tensors: [], storages: new storages_by_offset/* StoragesByOffset */.X() };
    const constantBuffers = constantBufferAt === undefined ? [] : await fb.tables(constantBufferAt, 'Program.constant_buffer', limits/* MAX_TENSORS */.am);
    const constantSegment = constantSegmentAt === undefined ? undefined : await subsegment(context, constantSegmentAt, 'Program.constant_segment');
    const mutableSegments = [];
    for (const [i, at] of (mutableSegmentsAt === undefined ? [] : await fb.tables(mutableSegmentsAt, 'Program.mutable_data_segments', limits/* MAX_TENSORS */.am)).entries()) {
        mutableSegments.push(await subsegment(context, at, `Program.mutable_data_segments[${i}]`));
    }
    const delegateData = delegateDataAt === undefined ? [] : await fb.tables(delegateDataAt, 'Program.backend_delegate_data', limits/* MAX_TENSORS */.am);
    const plans = plansAt === undefined ? [] : await fb.tables(plansAt, 'Program.execution_plan', limits/* MAX_TENSORS */.am);
    const planNames = [];
    for (const [p, at] of plans.entries()) {
        const plan = await fb.table(at, `execution plan ${p}`);
        const nameAt = plan.ref(PLAN_NAME);
        planNames.push(nameAt === undefined ? `plan ${p}` : await fb.string(nameAt, limits/* MAX_NAME_BYTES */.pg, `the name of execution plan ${p}`));
    }
    const trainedNames = await trainingParameterNames(fb, plans, planNames);
    let externalTensors = 0;
    let delegateBytes = 0;
    const delegateIds = [];
    const seen = new Set();
    for (const [p, at] of plans.entries()) {
        if (planNames[p].startsWith('__et_training_'))
            continue;
        const plan = await fb.table(at, `execution plan '${planNames[p]}'`);
        const valuesAt = plan.ref(PLAN_VALUES);
        const delegatesAt = plan.ref(PLAN_DELEGATES);
        const names = trainedNames.get(planNames[p]);
        let trained = 0;
        for (const [v, valueAt] of (valuesAt === undefined ? [] : await fb.tables(valuesAt, `the values of '${planNames[p]}'`, limits/* MAX_TENSORS */.am)).entries()) {
            // Synchronous while the pages are loaded (`…Now`), awaiting only to load one.
            const value = fb.tableNow(valueAt, 'a value') ?? (await fb.table(valueAt, `value ${v} of '${planNames[p]}'`));
            const tensorAt = value.u8(EVALUE_TYPE) === KERNEL_TYPE_TENSOR ? value.ref(EVALUE_VALUE) : undefined;
            if (tensorAt === undefined)
                continue;
            const what = `tensor value ${v} of '${planNames[p]}'`;
            const tensor = fb.tableNow(tensorAt, what) ?? (await fb.table(tensorAt, what));
            const index = tensor.u32(TENSOR_DATA_BUFFER_IDX);
            const mutable = tensor.ref(TENSOR_ALLOCATION_INFO) !== undefined;
            const requiresGrad = tensor.u8(TENSOR_REQUIRES_GRAD) !== 0;
            const { dtype, bytes: elementBytes } = scalarType(tensor.u8(TENSOR_SCALAR_TYPE));
            const sizesAt = tensor.ref(TENSOR_SIZES);
            const extraAt = tensor.ref(TENSOR_EXTRA_INFO);
            // Index 0 is reserved for tensors without data: inputs, activations, planned buffers. A
            // constant used by several values (or methods) is listed once.
            if (index === 0)
                continue;
            const extra = extraAt === undefined ? undefined : (extraInfoNow(fb, extraAt, what) ?? (await fb.until(() => extraInfoNow(fb, extraAt, what))));
            if (extra?.external) {
                externalTensors++;
                continue;
            }
            const key = mutable ? `mutable ${extra?.mutableSegment ?? 0}/${index}` : `constant ${index}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const shape = (0,shared_shapes/* sharedShape */.j)(readSizesNow(fb, sizesAt, limits/* MAX_DIMS */.VW, what) ?? (await fb.until(() => readSizesNow(fb, sizesAt, limits/* MAX_DIMS */.VW, what))));
            if (elementBytes === undefined)
                throw new errors/* UnsupportedFormatError */.N$(fb.file, `${what} has scalar type ${dtype}, which this reader does not know`);
            const byteLength = (0,dtypes/* elementCount */.KX)(shape) * elementBytes;
            let offset;
            let evidence;
            let name = extra?.name;
            if (mutable) {
                offset = placeInSubsegment(fb, mutableSegments[extra?.mutableSegment ?? 0], index, byteLength, what, 'mutable_data_segments');
                evidence = requiresGrad ? TRAINABLE : MUTABLE;
                if (requiresGrad && names)
                    name ??= names[trained++];
            }
            else if (constantBuffers.length > 0) {
                offset = await inlineConstant(fb, constantBuffers, index, byteLength, what);
                evidence = CONSTANT;
            }
            else {
                offset = placeInSubsegment(fb, constantSegment, index, byteLength, what, 'constant_segment');
                evidence = CONSTANT;
            }
            const info = { name: name ?? `${planNames[p]}/${mutable ? 'mutable' : 'constant'} ${index}`, dtype, shape, file: fb.file, offset, byteLength, evidence };
            context.storages.add(info);
            context.tensors.push(info);
        }
        for (const [d, delegateAt] of (delegatesAt === undefined ? [] : await fb.tables(delegatesAt, `the delegates of '${planNames[p]}'`, limits/* MAX_TENSORS */.am)).entries()) {
            const blob = await delegateBlob(context, delegateData, delegateAt, `delegate ${d} of '${planNames[p]}'`);
            delegateIds.push(blob.id);
            delegateBytes += blob.size;
        }
    }
    if (namedDataAt !== undefined)
        await addNamedData(context, namedDataAt);
    return { tensors: context.tensors, delegateBytes, delegateIds, externalTensors, plans: planNames };
}
async function subsegment(context, at, what) {
    const { fb } = context;
    const table = await fb.table(at, what);
    const index = table.u32(SUBSEGMENT_INDEX);
    const offsetsAt = table.ref(SUBSEGMENT_OFFSETS);
    const vector = offsetsAt === undefined ? { start: 0, length: 0 } : await fb.vector(offsetsAt, 8, `the offsets of ${what}`);
    const offsets = new Float64Array(vector.length);
    for (let i = 0; i < vector.length; i++)
        offsets[i] = fb.u64(vector.start + 8 * i, `offset ${i} of ${what}`);
    // A program whose constants are all inline (or absent) may name a segment it does not have.
    const segment = offsets.length <= 1 ? (context.segments[index] ?? { offset: 0, size: 0 }) : segmentAt(fb, context.segments, index, what);
    return { segment, offsets };
}
/** The file offset of entry `index` of a subsegment, checked to hold `byteLength` bytes inside its segment. */
function placeInSubsegment(fb, sub, index, byteLength, what, field) {
    if (!sub || index >= sub.offsets.length)
        throw fb.corrupt(`${what} refers to entry ${index} of ${field}, which has ${sub?.offsets.length ?? 0}`);
    const relative = sub.offsets[index];
    if (relative + byteLength > sub.segment.size) {
        throw fb.corrupt(`${what} (${byteLength} bytes at ${relative}) runs past the end of its ${sub.segment.size}-byte segment`);
    }
    return sub.segment.offset + relative;
}
async function inlineConstant(fb, buffers, index, byteLength, what) {
    if (index >= buffers.length)
        throw fb.corrupt(`${what} refers to constant buffer ${index}, but the program has ${buffers.length}`);
    const storageAt = (await fb.table(buffers[index], `constant buffer ${index}`)).ref(0);
    const storage = storageAt === undefined ? { start: 0, length: 0 } : await fb.vector(storageAt, 1, `constant buffer ${index}`, false);
    if (storage.length < byteLength)
        throw fb.corrupt(`${what} needs ${byteLength} bytes but constant buffer ${index} holds ${storage.length}`);
    return storage.start;
}
/** A tensor's ExtraTensorInfo, undefined until its pages are loaded. */
function extraInfoNow(fb, at, what) {
    const extra = fb.tableNow(at, `the extra info of ${what}`);
    if (!extra)
        return undefined;
    const nameAt = extra.ref(EXTRA_FQN);
    const external = extra.u8(EXTRA_LOCATION) === LOCATION_EXTERNAL;
    const mutableSegment = extra.u64(EXTRA_MUTABLE_SEGMENT_IDX);
    const name = nameAt === undefined ? undefined : fb.stringNow(nameAt, limits/* MAX_NAME_BYTES */.pg, `the name of ${what}`);
    if (nameAt !== undefined && name === undefined)
        return undefined;
    return { name: name || undefined, external, mutableSegment };
}
/** Per trained method, the parameter names its `__et_training_fqn_<method>` method returns. */
async function trainingParameterNames(fb, plans, names) {
    const found = new Map();
    for (const [p, at] of plans.entries()) {
        if (!names[p].startsWith(TRAINING_FQN_PREFIX))
            continue;
        const valuesAt = (await fb.table(at, `execution plan '${names[p]}'`)).ref(PLAN_VALUES);
        const strings = [];
        for (const valueAt of valuesAt === undefined ? [] : await fb.tables(valuesAt, `the values of '${names[p]}'`, limits/* MAX_TENSORS */.am)) {
            const value = await fb.table(valueAt, `a value of '${names[p]}'`);
            const stringAt = value.u8(EVALUE_TYPE) === KERNEL_TYPE_STRING ? value.ref(EVALUE_VALUE) : undefined;
            const textAt = stringAt === undefined ? undefined : (await fb.table(stringAt, `a string of '${names[p]}'`)).ref(0);
            if (textAt !== undefined)
                strings.push(await fb.string(textAt, limits/* MAX_NAME_BYTES */.pg, `a parameter name in '${names[p]}'`));
        }
        found.set(names[p].slice(TRAINING_FQN_PREFIX.length), strings);
    }
    return found;
}
/** Each named data entry is its whole segment; keys sharing a segment share its storage. */
async function addNamedData(context, at) {
    const { fb } = context;
    for (const [i, entryAt] of (await fb.tables(at, 'Program.named_data', limits/* MAX_TENSORS */.am)).entries()) {
        const entry = await fb.table(entryAt, `named data ${i}`);
        const keyAt = entry.ref(program_NAMED_DATA_KEY);
        const segment = segmentAt(fb, context.segments, entry.u32(program_NAMED_DATA_SEGMENT), `named data ${i}`);
        const name = keyAt === undefined ? `named data ${i}` : await fb.string(keyAt, limits/* MAX_NAME_BYTES */.pg, `the key of named data ${i}`);
        const info = { name, dtype: 'uint8', shape: [segment.size], file: fb.file, offset: segment.offset, byteLength: segment.size, evidence: NAMED };
        context.storages.add(info);
        context.tensors.push(info);
    }
}
/**
 * A delegate's blob: metadata (a compiled graph), except an XNNPACK blob's constant data section
 * (weights packed in by older exporters; newer ones put them in named data and leave it empty).
 */
async function delegateBlob(context, inline, at, what) {
    const { fb } = context;
    const delegate = await fb.table(at, what);
    const idAt = delegate.ref(DELEGATE_ID);
    const processedAt = delegate.ref(DELEGATE_PROCESSED);
    const id = idAt === undefined ? 'delegate' : await fb.string(idAt, limits/* MAX_NAME_BYTES */.pg, `the id of ${what}`);
    if (processedAt === undefined)
        return { id, size: 0 };
    const reference = await fb.table(processedAt, `the blob of ${what}`);
    const index = reference.u32(REFERENCE_INDEX);
    let blob;
    if (reference.u8(REFERENCE_LOCATION) === LOCATION_SEGMENT) {
        blob = segmentAt(fb, context.segments, index, what);
    }
    else {
        if (index >= inline.length)
            throw fb.corrupt(`${what} refers to inline delegate data ${index}, but the program has ${inline.length}`);
        const dataAt = (await fb.table(inline[index], `inline delegate data ${index}`)).ref(0);
        const data = dataAt === undefined ? { start: 0, length: 0 } : await fb.vector(dataAt, 1, `inline delegate data ${index}`, false);
        blob = { offset: data.start, size: data.length };
    }
    const constants = blob.size >= XNNPACK_HEADER_BYTES ? await xnnpackConstants(fb.source, blob) : undefined;
    if (constants) {
        const info = { name: `${what} (${id}) constant data`, dtype: 'uint8', shape: [constants.size], file: fb.file, offset: constants.offset, byteLength: constants.size, evidence: DELEGATE_CONSTANTS };
        context.storages.add(info);
        context.tensors.push(info);
    }
    return { id, size: blob.size - (constants?.size ?? 0) };
}
/** The constant data section an `XH00` header describes (`backends/xnnpack/serialization/xnnpack_graph_serialize.py`), when non-empty and inside the blob. */
async function xnnpackConstants(source, blob) {
    const header = await source.read(blob.offset, XNNPACK_HEADER_BYTES);
    if (![...XNNPACK_HEADER].every((char, i) => header[4 + i] === char.charCodeAt(0)))
        return undefined;
    const view = new DataView(header.buffer, header.byteOffset, XNNPACK_HEADER_BYTES);
    const offset = view.getUint32(18, true);
    const size = view.getUint32(22, true) + view.getUint32(26, true) * 0x100000000;
    if (size === 0 || offset + size > blob.size)
        return undefined;
    return { offset: blob.offset + offset, size };
}
/** A one-line summary of a program's non-weight parts, for the metadata note. */
function programNote(program) {
    const delegates = program.delegateIds.length
        ? `, ${program.delegateIds.length} delegate blob(s) (${[...new Set(program.delegateIds)].join(', ')}, ${(0,format_bytes/* formatBytes */.z3)(program.delegateBytes)})`
        : '';
    return `the program flatbuffer (${program.plans.length} method(s))${delegates}, segment padding`;
}

// EXTERNAL MODULE: ./src/formats/executorch/sniff.ts
var sniff = __webpack_require__(9419);
;// CONCATENATED MODULE: ./src/formats/executorch/index.ts





/** `.pte` programs (program.ts). */
const executorchProgramReader = {
    ...sniff/* executorchProgramSniffer */.W,
    read: (path, files) => (0,single_file/* readSingleFile */.v)('executorch', path, files, async (source) => {
        const program = await readExecutorchProgram(source);
        const explanations = program.externalTensors > 0
            ? [`${program.externalTensors} tensor(s) are stored outside this program (a .ptd external data file, analysed on its own)`]
            : [];
        if (program.delegateBytes > 0) {
            explanations.push(`${(0,format_bytes/* formatBytes */.z3)(program.delegateBytes)} of backend delegate blobs (${[...new Set(program.delegateIds)].join(', ')}) are compiled graphs, counted as metadata`);
        }
        return { tensors: program.tensors, explanations, categoryNotes: { metadata: programNote(program) } };
    })
};
/** `.ptd` external data files (flat-tensor.ts). */
const executorchDataReader = {
    ...sniff/* executorchDataSniffer */.e,
    read: (path, files) => (0,single_file/* readSingleFile */.v)('executorch', path, files, async (source) => ({
        tensors: await readFlatTensor(source),
        categoryNotes: { metadata: 'the FlatTensor header and flatbuffer, segment padding' }
    }))
};


/***/ })

};

//# sourceMappingURL=430.index.js.map