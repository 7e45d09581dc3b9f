export const id = 9430;
export const ids = [9430];
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
// EXTERNAL MODULE: ./src/formats/kit/single-file.ts
var single_file = __webpack_require__(1766);
// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(8193);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __webpack_require__(3031);
// EXTERNAL MODULE: ./src/formats/kit/flatbuffer.ts
var flatbuffer = __webpack_require__(1886);
;// CONCATENATED MODULE: ./src/formats/executorch/layout.ts




const HEADER_AT = 8;
/** Opens the flatbuffer of a `.pte` (`eh00`) or `.ptd` (`FH01`) file, bounded by its header. */
async function openSegmentedFlatbuffer(source, magic) {
    const head = await source.read(0, Math.min(source.size, 48));
    const hasHeader = head.length >= HEADER_AT + 24 && [...magic].every((char, i) => head[HEADER_AT + i] === char.charCodeAt(0));
    if (!hasHeader) {
        if (magic === 'FH01')
            throw new errors/* FormatError */.IF(source.name, 'no FlatTensor header ("FH01" at byte 8)', { offset: HEADER_AT, fix: 'The file is corrupt or not a .ptd file.' });
        return { fb: new flatbuffer/* FlatbufferReader */.p(source, 0, source.size), segmentBase: 0 };
    }
    const header = io_bytes/* Cursor */.bs.over(head, source.name, 0, 'header');
    header.seek(HEADER_AT + 4);
    const length = header.u32();
    const u64 = (at, what) => {
        header.seek(at);
        const value = header.u64(`the header's ${what}`);
        if (value > source.size) {
            throw new errors/* FormatError */.IF(source.name, `the header's ${what} is ${value}, beyond the file's ${source.size} bytes`, {
                offset: at,
                fix: 'The file is truncated or corrupt.'
            });
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
    ['uint8', 1],
    ['int8', 1],
    ['int16', 2],
    ['int32', 4],
    ['int64', 8],
    ['float16', 2],
    ['float32', 4],
    ['float64', 8],
    ['complex32', 4],
    ['complex64', 8],
    ['complex128', 16],
    ['bool', 1],
    ['qint8', 1],
    ['quint8', 1],
    ['qint32', 4],
    ['bfloat16', 2],
    ['quint4x2', 1],
    ['quint2x4', 1],
    undefined,
    undefined,
    undefined,
    ['bits8', 1],
    ['bits16', 2],
    ['float8_e5m2', 1],
    ['float8_e4m3fn', 1],
    ['float8_e5m2fnuz', 1],
    ['float8_e4m3fnuz', 1],
    ['uint16', 2],
    ['uint32', 4],
    ['uint64', 8]
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

// EXTERNAL MODULE: ./src/formats/kit/storages-by-offset.ts
var storages_by_offset = __webpack_require__(1195);
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
    const shapes = new io_bytes/* ShapeInterner */.R0();
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
            const shape = shapes.intern(readSizesNow(fb, sizesAt, limits/* MAX_DIMS */.VW, what) ?? (await fb.until(() => readSizesNow(fb, sizesAt, limits/* MAX_DIMS */.VW, what))));
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
            const info = {
                name: name ?? `${planNames[p]}/${mutable ? 'mutable' : 'constant'} ${index}`,
                dtype,
                shape,
                file: fb.file,
                offset,
                byteLength,
                evidence
            };
            context.storages.add(info);
            context.tensors.push(info);
        }
        for (const [d, delegateAt] of (delegatesAt === undefined
            ? []
            : await fb.tables(delegatesAt, `the delegates of '${planNames[p]}'`, limits/* MAX_TENSORS */.am)).entries()) {
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
        const info = {
            name: `${what} (${id}) constant data`,
            dtype: 'uint8',
            shape: [constants.size],
            file: fb.file,
            offset: constants.offset,
            byteLength: constants.size,
            evidence: DELEGATE_CONSTANTS
        };
        context.storages.add(info);
        context.tensors.push(info);
    }
    return { id, size: blob.size - (constants?.size ?? 0) };
}
/** The constant data section an `XH00` header describes (`backends/xnnpack/serialization/xnnpack_graph_serialize.py`), when non-empty and inside the blob. */
async function xnnpackConstants(source, blob) {
    const bytes = await source.read(blob.offset, XNNPACK_HEADER_BYTES);
    if (![...XNNPACK_HEADER].every((char, i) => bytes[4 + i] === char.charCodeAt(0)))
        return undefined;
    const header = io_bytes/* Cursor */.bs.over(bytes, source.name, blob.offset, 'XNNPACK header');
    header.seek(blob.offset + 18);
    const offset = header.u32();
    const size = header.u64('the constant data size of an XNNPACK blob');
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


/***/ }),

/***/ 1886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FlatbufferReader)
/* harmony export */ });
/* unused harmony export FlatTable */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _io_bytes_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3031);


/**
 * A bounds-checked reader of FlatBuffers tables (TFLite, ExecuTorch `.pte` / `.ptd`) through a
 * ByteSource, after `google/flatbuffers:docs/source/internals.md`: a table starts with an
 * soffset (i32) to its vtable; the vtable is u16 [vtable bytes, table bytes, field offsets…];
 * a field holding a table, vector or string holds a uoffset (u32) forward to it; a vector is a
 * u32 length and its elements.
 *
 * Why not the npm `flatbuffers` runtime: its ByteBuffer needs the whole file in memory (a TFLite
 * file keeps its weights inline, up to 2 GB) and checks no offset (the JS runtime has no
 * verifier), and its readers are generated per schema by flatc. We read a handful of fields of
 * four tables per format; this reader loads only the pages those fields are on, and every
 * offset, vtable and vector length is checked against the flatbuffer's extent before use.
 *
 * Fields are read synchronously from pages that an `await load()` made present: `table()`,
 * `vector()` and `string()` load what they return, so a caller reads a table's scalars, then
 * awaits its children. The page cache is bounded, so a file with inline payloads never holds them.
 */
/**
 * Small pages, so that reading a length word before an inline payload (a TFLite buffer) reads
 * little of the payload; a walk through consecutive tables reads ahead instead (`load`).
 */
const PAGE_BYTES = 512;
/** Pages kept (4 MiB): the tables a walk is reading, while payloads between them pass through. */
const MAX_CACHED_PAGES = 8192;
/** Largest read-ahead, reached while loads follow each other through the tables. */
const MAX_READ_AHEAD = 256 * 1024;
class FlatbufferReader {
    source;
    start;
    end;
    pages = new Map();
    lastIndex = -1;
    lastPage = new Uint8Array(0);
    /** The flatbuffer is bytes [start, end) of the source; offsets given and returned are file offsets. */
    constructor(source, start, end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }
    get file() {
        return this.source.name;
    }
    corrupt(what, offset) {
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(this.file, what, { offset, fix: 'The file is truncated or corrupt (or not a flatbuffer of this schema).' });
    }
    /** Refuses a span outside the flatbuffer. */
    inside(at, length, what) {
        if (!Number.isSafeInteger(at) || !Number.isSafeInteger(length) || length < 0 || at < this.start || at + length > this.end) {
            throw this.corrupt(`${what} (${length} bytes at ${at}) lies outside the flatbuffer's bytes ${this.start}..${this.end}`, at);
        }
    }
    /**
     * Whether bytes [at, at + length) (inside the flatbuffer, else a FormatError) are loaded. When
     * not, they are remembered as what the `…Now` reader that asked needs (`loadMissing`).
     */
    ready(at, length, what) {
        this.inside(at, length, what);
        if (length === 0 || this.has(at, length))
            return true;
        this.missing = { at, length, what };
        return false;
    }
    missing = { at: 0, length: 0, what: '' };
    /**
     * Runs a synchronous reader (one made of `…Now` calls) until it has what it needs, loading what
     * it found missing in between: `x = readNow() ?? (await fb.until(readNow))` awaits only when a
     * page must be read.
     */
    async until(readNow) {
        for (;;) {
            const value = readNow();
            if (value !== undefined)
                return value;
            await this.load(this.missing.at, this.missing.length, this.missing.what);
        }
    }
    /** Makes bytes [at, at + length) readable; refuses any span outside the flatbuffer. */
    async load(at, length, what) {
        this.inside(at, length, what);
        if (length === 0 || this.has(at, length))
            return;
        // Read ahead while loads continue where the last one ended (a walk through consecutive
        // tables): doubling, as SourceWindow does; a jump (over a payload) starts again at one page.
        const near = at >= this.lastEnd - PAGE_BYTES && at <= this.lastEnd + PAGE_BYTES;
        this.readAhead = near ? Math.min(this.readAhead * 2, MAX_READ_AHEAD) : PAGE_BYTES;
        const first = Math.floor(at / PAGE_BYTES);
        const last = Math.floor((Math.min(Math.max(at + length, at + this.readAhead), this.end) - 1) / PAGE_BYTES);
        const readStart = Math.max(first * PAGE_BYTES, this.start);
        const bytes = await this.source.read(readStart, Math.min((last + 1) * PAGE_BYTES, this.end) - readStart);
        // Evict the oldest pages first, so the pages just loaded stay until the next load.
        for (const index of this.pages.keys()) {
            if (this.pages.size + last - first < MAX_CACHED_PAGES)
                break;
            this.pages.delete(index);
        }
        for (let index = first; index <= last; index++) {
            const from = Math.max(index * PAGE_BYTES, this.start) - readStart;
            this.pages.set(index, bytes.subarray(from, Math.min((index + 1) * PAGE_BYTES - readStart, bytes.length)));
        }
        this.lastIndex = -1;
        this.lastEnd = readStart + bytes.length;
    }
    readAhead = PAGE_BYTES;
    lastEnd = -Infinity;
    has(at, length) {
        for (let index = Math.floor(at / PAGE_BYTES); index * PAGE_BYTES < at + length; index++)
            if (!this.pages.has(index))
                return false;
        return true;
    }
    /** One byte of a loaded page. */
    u8(at) {
        const index = Math.floor(at / PAGE_BYTES);
        if (index !== this.lastIndex) {
            const page = this.pages.get(index);
            if (!page)
                throw new Error(`flatbuffer byte ${at} read before it was loaded`);
            this.lastIndex = index;
            this.lastPage = page;
        }
        // The first page of a flatbuffer that starts mid-page begins at `start`.
        return this.lastPage[at - Math.max(index * PAGE_BYTES, this.start)];
    }
    u16(at) {
        return this.u8(at) | (this.u8(at + 1) << 8);
    }
    u32(at) {
        return (this.u8(at) | (this.u8(at + 1) << 8) | (this.u8(at + 2) << 16)) + this.u8(at + 3) * 0x1000000;
    }
    i32(at) {
        return this.u32(at) | 0;
    }
    /** A u64 as an exact number; larger than 2^53 is a FormatError naming the field. */
    u64(at, what) {
        return (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .uint64Number */ .eZ)(this.u32(at), this.u32(at + 4), this.file, what, at);
    }
    /** The object a uoffset at `at` points to (forward, inside the flatbuffer). */
    target(at, what) {
        const offset = this.u32(at);
        // Builders write children before parents, so a uoffset is never 0: a 0 would make a table its own child.
        if (offset === 0 || at + offset >= this.end)
            throw this.corrupt(`${what} points to ${at + offset}, not forward inside the flatbuffer`, at);
        return at + offset;
    }
    /** The root table, whose uoffset is the flatbuffer's first word. */
    async root(what) {
        await this.load(this.start, 8, `the root of ${what}`);
        return this.table(this.target(this.start, `the root of ${what}`), what);
    }
    /**
     * The table at `at`, its vtable and its inline fields checked, without an await when their
     * pages are loaded (undefined when not: then `table()`). A walk over 10^5 tables awaits only on
     * the few page loads, not on every table (an await per call was most of the read's time).
     */
    tableNow(at, what) {
        if (!this.ready(at, 4, what))
            return undefined;
        const vtable = at - this.i32(at);
        if (!this.ready(vtable, 4, `the vtable of ${what}`))
            return undefined;
        const vtableBytes = this.u16(vtable);
        const tableBytes = this.u16(vtable + 2);
        if (vtableBytes < 4 || vtableBytes % 2 !== 0 || tableBytes < 4) {
            throw this.corrupt(`${what} has a vtable of ${vtableBytes} bytes for a table of ${tableBytes}`, vtable);
        }
        if (!this.ready(vtable, vtableBytes, `the vtable of ${what}`))
            return undefined;
        // flatc can record a table size short of its last field (an 8-byte field at offset 4 of an
        // 8-byte table in ExecuTorch's DataSegment); the flatbuffers verifier checks fields against
        // the buffer, not the table size, so the extent read is up to the furthest field's end.
        let extent = tableBytes;
        for (let slot = 4; slot < vtableBytes; slot += 2)
            extent = Math.max(extent, this.u16(vtable + slot) + 8);
        extent = Math.min(extent, this.end - at);
        if (!this.ready(at, extent, what))
            return undefined;
        return new FlatTable(this, at, vtable, vtableBytes, extent, what);
    }
    /** The table at `at`, loading what it needs. */
    async table(at, what) {
        return this.tableNow(at, what) ?? (await this.until(() => this.tableNow(at, what)));
    }
    /**
     * A vector's element count and where its elements start, checked to fit; undefined until its
     * length (and, when `loadElements`, its elements) are loaded.
     */
    vectorNow(at, elementBytes, what, loadElements = true) {
        if (!this.ready(at, 4, `the length of ${what}`))
            return undefined;
        const length = this.u32(at);
        if (at + 4 + length * elementBytes > this.end) {
            throw this.corrupt(`${what} claims ${length} elements of ${elementBytes} bytes, more than the flatbuffer holds`, at);
        }
        if (loadElements && !this.ready(at + 4, length * elementBytes, what))
            return undefined;
        return { start: at + 4, length };
    }
    async vector(at, elementBytes, what, loadElements = true) {
        const vector = this.vectorNow(at, elementBytes, what, loadElements);
        if (vector)
            return vector;
        if (!loadElements) {
            // Only the length word, before a payload (a TFLite buffer's data): read alone, not as a
            // page, so that a model with many small inline buffers reads 4 bytes of each, not a page.
            const word = await this.source.read(at, 4);
            const length = (word[0] | (word[1] << 8) | (word[2] << 16)) + word[3] * 0x1000000;
            if (at + 4 + length * elementBytes > this.end) {
                throw this.corrupt(`${what} claims ${length} elements of ${elementBytes} bytes, more than the flatbuffer holds`, at);
            }
            return { start: at + 4, length };
        }
        return this.until(() => this.vectorNow(at, elementBytes, what, loadElements));
    }
    /** The positions of the tables a vector of tables points to. */
    async tables(at, what, maxCount) {
        const { start, length } = await this.vector(at, 4, what);
        if (length > maxCount)
            throw this.corrupt(`${what} has ${length} entries, over the limit of ${maxCount}`, at);
        const positions = new Array(length);
        for (let i = 0; i < length; i++)
            positions[i] = this.target(start + 4 * i, `${what}[${i}]`);
        return positions;
    }
    /** A UTF-8 string (u32 length, bytes, NUL), refused over `maxBytes`; undefined until loaded. */
    stringNow(at, maxBytes, what) {
        if (!this.ready(at, 4, what))
            return undefined;
        const length = this.u32(at);
        if (length > maxBytes)
            throw this.corrupt(`${what} is ${length} bytes long, over the limit of ${maxBytes}`, at);
        const vector = this.vectorNow(at, 1, what);
        if (!vector)
            return undefined;
        const index = Math.floor(vector.start / PAGE_BYTES);
        const pageStart = Math.max(index * PAGE_BYTES, this.start);
        // Names are ASCII and within one page nearly always: decoded straight from the page.
        if (vector.start + length <= (index + 1) * PAGE_BYTES) {
            const page = this.pages.get(index);
            return decodeText(page.subarray(vector.start - pageStart, vector.start - pageStart + length));
        }
        const bytes = new Uint8Array(length);
        for (let i = 0; i < length; i++)
            bytes[i] = this.u8(vector.start + i);
        return decodeText(bytes);
    }
    async string(at, maxBytes, what) {
        return this.stringNow(at, maxBytes, what) ?? (await this.until(() => this.stringNow(at, maxBytes, what)));
    }
}
/** Short ASCII strings without a TextDecoder call (a tenth of its cost); anything else through the layer's UTF-8 decoder. */
function decodeText(bytes) {
    if (bytes.length <= 128) {
        let ascii = true;
        for (let i = 0; i < bytes.length && ascii; i++)
            ascii = bytes[i] < 0x80;
        if (ascii)
            return String.fromCharCode.apply(null, bytes);
    }
    return (0,_io_bytes_index_js__WEBPACK_IMPORTED_MODULE_1__/* .utf8 */ .As)(bytes);
}
/** A table whose vtable and inline fields are loaded; fields are addressed by their schema id (0, 1, …). */
class FlatTable {
    reader;
    at;
    vtable;
    vtableBytes;
    extent;
    what;
    constructor(reader, at, vtable, vtableBytes, 
    /** Bytes of the table readable (loaded and inside the flatbuffer), from its start. */
    extent, what) {
        this.reader = reader;
        this.at = at;
        this.vtable = vtable;
        this.vtableBytes = vtableBytes;
        this.extent = extent;
        this.what = what;
    }
    /** File offset of field `id`, or 0 when the table does not store it (its default applies). */
    field(id, width) {
        const slot = 4 + 2 * id;
        if (slot + 2 > this.vtableBytes)
            return 0;
        const offset = this.reader.u16(this.vtable + slot);
        if (offset === 0)
            return 0;
        if (offset < 4 || offset + width > this.extent)
            throw this.reader.corrupt(`field ${id} of ${this.what} lies outside its table`, this.at);
        return this.at + offset;
    }
    u8(id, fallback = 0) {
        const at = this.field(id, 1);
        return at === 0 ? fallback : this.reader.u8(at);
    }
    u32(id, fallback = 0) {
        const at = this.field(id, 4);
        return at === 0 ? fallback : this.reader.u32(at);
    }
    u64(id, fallback = 0) {
        const at = this.field(id, 8);
        return at === 0 ? fallback : this.reader.u64(at, `field ${id} of ${this.what}`);
    }
    /** Where the table, vector or string in field `id` starts; undefined when absent. */
    ref(id) {
        const at = this.field(id, 4);
        return at === 0 ? undefined : this.reader.target(at, `field ${id} of ${this.what}`);
    }
}


/***/ }),

/***/ 1766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ readSingleFile)
/* harmony export */ });
/**
 * Reads a checkpoint that is one file whose categories come from the format (TFLite, ExecuTorch
 * `.pte` / `.ptd`): opens it, lets `read` walk it, and closes it whatever happens.
 */
async function readSingleFile(format, path, files, read) {
    const source = await files.open(path);
    try {
        const found = await read(source);
        return {
            format,
            name: path,
            files: [{ path, role: 'data', bytes: source.size, present: true }],
            classifiedBy: 'format',
            warnings: [],
            ...found
        };
    }
    finally {
        await source.close();
    }
}


/***/ }),

/***/ 1195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ StoragesByOffset)
/* harmony export */ });
/**
 * Tensors whose payloads start at the same byte are views of one storage, counted once: the same
 * constant used by several methods, a buffer shared by several TFLite tensors, or a hostile file
 * pointing many tensors at one payload.
 */
class StoragesByOffset {
    first = new Map();
    add(tensor) {
        const first = this.first.get(tensor.offset);
        if (first)
            tensor.storageKey = first.storageKey ??= `${tensor.file}@${tensor.offset}`;
        else
            this.first.set(tensor.offset, tensor);
    }
}


/***/ })

};

//# sourceMappingURL=9430.index.js.map