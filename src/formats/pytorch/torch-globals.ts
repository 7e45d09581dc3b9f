import { MAX_DIMS } from '../../core/limits.js'
import type { AllowedGlobal } from '../pickle/unpickler.js'
import { PickleGlobal, type PickleValue } from '../pickle/values.js'
import { ShapeInterner } from '../../io/bytes/index.js'
import type { TensorInfo } from '../../core/types.js'
import type { PartialViews } from './result.js'

/**
 * What a `torch.save` pickle may name, and the pure builders that turn torch's rebuild calls into
 * tensor references. The list follows what torch itself lets `torch.load(weights_only=True)`
 * through (`pytorch/pytorch:torch/_weights_only_unpickler.py`) plus the plain data types that
 * Lightning and HF checkpoints carry in their bookkeeping (numpy RNG state, argparse/omegaconf
 * hyper-parameters). Nothing on it is ever called: "allowed" only means "understood as data".
 */

/**
 * A storage as a persistent id names it: `("storage", storage_type, key, location, numel)`. Only
 * what the tensor list needs stays on it; the reader checks the id's record key and element count
 * as it meets it (`persistentStorageId`) and keeps them itself if it needs them later: 10^5
 * storages live through the whole read, and two fields more on each were 1.6 MB at the peak.
 */
export class StorageRef {
  /**
   * The storage's position in its reader's list of storages, by which the reader finds its span
   * and record (typed arrays in the zip reader); -1 until listed. Not the span itself: an offset
   * past 2^30 held by an object is a heap number of its own, and 10^5 of them, promoted with the
   * storages, stayed to exit (~1.2 MB).
   */
  index = -1
  /**
   * The TensorList's bookkeeping for this storage (`result.ts`), kept here for the same reason:
   * a Map from 10^5 storages grew by copies into the large-object space (~7 MB never freed).
   * Undefined until a tensor views it; then the first tensor's entry in the list when that view
   * covers the whole storage, else that entry and the views so far.
   */
  views: TensorInfo | PartialViews | undefined = undefined
  constructor(
    /** Element dtype from the storage class (`torch.FloatStorage` → float32); uint8 for untyped. */
    readonly dtype: string
  ) {}
}

/** What a persistent id says about its storage. (Its device, the id's `location`, is not kept: nothing reads it.) */
export interface StorageId {
  /** The record key: `archive/data/<key>` in a zip, the root key in a legacy stream. */
  key: string
  dtype: string
  /** Elements of the (root) storage, in its dtype. */
  numel: number
}

/** A tensor that `_rebuild_tensor_v2` & co. would have built: a view of a storage. */
export class TensorRef {
  constructor(
    /** Undefined for tensors without data (meta tensors). */
    readonly storage: StorageRef | undefined,
    readonly dtype: string,
    readonly shape: number[],
    /**
     * Storage elements the view reaches from its offset (`viewExtent`). Kept instead of the
     * strides, which nothing else needs: one array less per tensor for 10^5 tensors.
     */
    readonly extent: number,
    readonly storageOffset: number,
    /** Rebuilt through `_rebuild_parameter*`: an `nn.Parameter`, so a trainable weight. */
    readonly parameter: boolean
  ) {}
  asParameter(): TensorRef {
    return new TensorRef(this.storage, this.dtype, this.shape, this.extent, this.storageOffset, true)
  }
}

/**
 * Storage elements a view of `shape` with `stride` (elements between neighbours along each
 * dimension; row-major: `[cols, 1]`) reaches: `Σ (size_i − 1) · stride_i + 1`, 0 when empty.
 */
export function viewExtent(shape: readonly number[], stride: readonly number[]): number {
  let last = 0
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] === 0) return 0
    last += (shape[i] - 1) * (stride[i] ?? 0)
  }
  return last + 1
}

/**
 * Storage class → dtype (`torch/storage.py` `_LegacyStorage` subclasses; netron's
 * `lutzroeder/netron:source/python.js` `torch.*Storage.dtype`).
 */
export const STORAGE_DTYPES: Readonly<Record<string, string>> = {
  ByteStorage: 'uint8',
  CharStorage: 'int8',
  ShortStorage: 'int16',
  IntStorage: 'int32',
  LongStorage: 'int64',
  HalfStorage: 'float16',
  FloatStorage: 'float32',
  DoubleStorage: 'float64',
  ComplexHalfStorage: 'complex32',
  ComplexFloatStorage: 'complex64',
  ComplexDoubleStorage: 'complex128',
  BoolStorage: 'bool',
  BFloat16Storage: 'bfloat16',
  QInt8Storage: 'qint8',
  QUInt8Storage: 'quint8',
  QInt32Storage: 'qint32',
  QUInt4x2Storage: 'quint4x2',
  QUInt2x4Storage: 'quint2x4',
  UInt16Storage: 'uint16',
  UInt32Storage: 'uint32',
  UInt64Storage: 'uint64',
  UntypedStorage: 'uint8',
  TypedStorage: 'uint8'
}

/** torch dtype objects (`torch.float32`…) as they appear in `_rebuild_tensor_v3` and meta tensors. */
const TORCH_DTYPES: Readonly<Record<string, string>> = {
  uint8: 'uint8',
  int8: 'int8',
  int16: 'int16',
  short: 'int16',
  int32: 'int32',
  int: 'int32',
  int64: 'int64',
  long: 'int64',
  uint16: 'uint16',
  uint32: 'uint32',
  uint64: 'uint64',
  float16: 'float16',
  half: 'float16',
  float32: 'float32',
  float: 'float32',
  float64: 'float64',
  double: 'float64',
  bfloat16: 'bfloat16',
  complex32: 'complex32',
  complex64: 'complex64',
  complex128: 'complex128',
  bool: 'bool',
  qint8: 'qint8',
  quint8: 'quint8',
  qint32: 'qint32',
  quint4x2: 'quint4x2',
  float8_e4m3fn: 'float8_e4m3fn',
  float8_e4m3fnuz: 'float8_e4m3fnuz',
  float8_e5m2: 'float8_e5m2',
  float8_e5m2fnuz: 'float8_e5m2fnuz',
  float8_e8m0fnu: 'float8_e8m0',
  float4_e2m1fn_x2: 'float4_e2m1'
}

/** Bytes per element of the dtypes storages can have (sub-byte packed types count whole bytes). */
export const STORAGE_ELEMENT_BYTES: Readonly<Record<string, number>> = {
  uint8: 1,
  int8: 1,
  int16: 2,
  int32: 4,
  int64: 8,
  uint16: 2,
  uint32: 4,
  uint64: 8,
  float16: 2,
  float32: 4,
  float64: 8,
  bfloat16: 2,
  complex32: 4,
  complex64: 8,
  complex128: 16,
  bool: 1,
  qint8: 1,
  quint8: 1,
  qint32: 4,
  quint4x2: 1,
  quint2x4: 1,
  float8_e4m3fn: 1,
  float8_e4m3fnuz: 1,
  float8_e5m2: 1,
  float8_e5m2fnuz: 1,
  float8_e8m0: 1,
  float4_e2m1: 1
}

/** The storage class a persistent id names, as a dtype; undefined when it is not a storage class. */
export function storageDtype(storageType: PickleValue): string | undefined {
  if (!(storageType instanceof PickleGlobal)) return undefined
  if (storageType.module !== 'torch' && storageType.module !== 'torch.cuda' && storageType.module !== 'torch.storage') return undefined
  return STORAGE_DTYPES[storageType.name]
}

/**
 * The storage a torch.save persistent id names, in a zip archive and a legacy stream alike:
 * `("storage", storage_type, key, location, numel[, view_metadata])`
 * (`pytorch/pytorch:torch/serialization.py`, persistent_id). The errors are plain: the unpickler
 * reports them as an invalid persistent id at its offset.
 */
export function persistentStorageId(pid: PickleValue): StorageId {
  if (!Array.isArray(pid) || pid[0] !== 'storage' || pid.length < 5) throw new Error('not a ("storage", type, key, location, numel) tuple')
  const dtype = storageDtype(pid[1])
  if (!dtype) throw new Error('unknown storage type')
  const key = pid[2]
  const numel = pid[4]
  if (typeof key !== 'string') throw new Error('storage key is not a string')
  if (typeof numel !== 'number' || !Number.isSafeInteger(numel) || numel < 0) throw new Error('storage size is not a count')
  return { key, dtype, numel }
}

function int(value: PickleValue, what: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value
  if (typeof value === 'boolean') return value ? 1 : 0
  throw new Error(`${what} is not an integer`)
}

function intList(value: PickleValue, what: string): number[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a tuple`)
  // A shape or stride with more entries than any tensor has dimensions (limits.ts MAX_DIMS).
  if (value.length > MAX_DIMS) throw new Error(`${what} has ${value.length} dimensions, over the limit of ${MAX_DIMS}`)
  return value.map((item) => {
    const n = int(item, what)
    if (n < 0) throw new Error(`${what} has a negative entry`)
    return n
  })
}

function rebuildTensor(shapes: ShapeInterner, storage: PickleValue, offset: PickleValue, size: PickleValue, stride: PickleValue, dtype?: string): TensorRef {
  if (!(storage instanceof StorageRef)) throw new Error('the storage argument is not a storage')
  // One array per distinct shape: nothing modifies a tensor's shape after this.
  const shape = shapes.intern(intList(size, 'size'))
  // Old pickles may omit the stride; a dense row-major layout is what they then had.
  const strides = Array.isArray(stride) && stride.length === shape.length ? intList(stride, 'stride') : rowMajor(shape)
  return new TensorRef(storage, dtype ?? storage.dtype, shape, viewExtent(shape, strides), int(offset, 'storage offset'), false)
}

function rowMajor(shape: number[]): number[] {
  const stride = new Array<number>(shape.length)
  let step = 1
  for (let i = shape.length - 1; i >= 0; i--) {
    stride[i] = step
    step *= shape[i]
  }
  return stride
}

function asParameter(data: PickleValue): PickleValue {
  return data instanceof TensorRef ? data.asParameter() : data
}

function pairsToMap(args: PickleValue[]): Map<PickleValue, PickleValue> {
  const map = new Map<PickleValue, PickleValue>()
  const items = args[0]
  if (Array.isArray(items)) {
    for (const pair of items) if (Array.isArray(pair) && pair.length === 2) map.set(pair[0], pair[1])
  }
  return map
}

/**
 * Builds the allow-list, for one read (its rebuilders share the read's shapes). TorchScript
 * archives additionally allow their own `__torch__.` classes.
 */
export function torchGlobals(shapes = new ShapeInterner()): Map<string, AllowedGlobal> {
  const globals = new Map<string, AllowedGlobal>()
  const opaque = (...names: string[]): void => {
    for (const name of names) globals.set(name, {})
  }
  const build = (name: string, fn: (args: PickleValue[]) => PickleValue): void => {
    globals.set(name, { build: fn })
  }

  // torch._utils: tensor and parameter rebuilders (`pytorch/pytorch:torch/_utils.py`).
  build('torch._utils._rebuild_tensor', (a) => rebuildTensor(shapes, a[0], a[1], a[2], a[3]))
  build('torch._utils._rebuild_tensor_v2', (a) => rebuildTensor(shapes, a[0], a[1], a[2], a[3]))
  build('torch._utils._rebuild_tensor_v3', (a) => rebuildTensor(shapes, a[0], a[1], a[2], a[3], typeof a[6] === 'string' ? a[6] : undefined))
  // A quantized tensor's quantizer parameters (its args 4..) do not change where its bytes are.
  build('torch._utils._rebuild_qtensor', (a) => rebuildTensor(shapes, a[0], a[1], a[2], a[3]))
  build('torch._utils._rebuild_parameter', (a) => asParameter(a[0]))
  build('torch._utils._rebuild_parameter_with_state', (a) => asParameter(a[0]))
  build('torch._utils._rebuild_parameter_v2', (a) => asParameter(a[0]))
  build('torch._utils._rebuild_meta_tensor_no_storage', (a) => {
    const shape = intList(a[1], 'size')
    return new TensorRef(undefined, typeof a[0] === 'string' ? a[0] : 'float32', shape, viewExtent(shape, intList(a[2] ?? [], 'stride')), 0, false)
  })
  // Tensor subclasses: `_rebuild_from_type_v2(func, type, args, state)` rebuilds through `func`.
  const fromType = (a: PickleValue[]): PickleValue => {
    const func = a[0]
    const args = a[2]
    const inner = func instanceof PickleGlobal ? globals.get(func.qualifiedName)?.build : undefined
    return inner && Array.isArray(args) ? inner(args, func as PickleGlobal) : args
  }
  build('torch._tensor._rebuild_from_type_v2', fromType)
  build('torch._tensor._rebuild_from_type', fromType)
  // Kept opaque: the walk still finds the tensors nested in their arguments.
  opaque(
    'torch._utils._rebuild_sparse_tensor',
    'torch._utils._rebuild_sparse_csr_tensor',
    'torch._utils._rebuild_nested_tensor',
    'torch._utils._rebuild_wrapper_subclass',
    'torch._utils._rebuild_device_tensor_from_numpy',
    'torch._utils._rebuild_xla_tensor',
    'torch._utils._rebuild_mlc_tensor',
    'torch.serialization._get_layout',
    'torch.nn.parameter.Parameter',
    'torch.torch_version.TorchVersion'
  )
  build('torch.Size', (a) => (Array.isArray(a[0]) ? a[0] : []))
  build('torch.device', (a) => a.map(String).join(':'))

  // Storage classes, named by persistent ids; `torch.cuda.*` in legacy streams.
  for (const storage of Object.keys(STORAGE_DTYPES)) {
    opaque(`torch.${storage}`, `torch.cuda.${storage}`, `torch.storage.${storage}`)
  }
  // dtype objects stand for their name.
  for (const [name, dtype] of Object.entries(TORCH_DTYPES)) globals.set(`torch.${name}`, { value: dtype })
  for (const layout of ['strided', 'sparse_coo', 'sparse_csr', 'sparse_csc', 'sparse_bsr', 'sparse_bsc']) {
    globals.set(`torch.${layout}`, { value: layout })
  }
  for (const format of ['contiguous_format', 'channels_last', 'preserve_format']) globals.set(`torch.${format}`, { value: format })
  // Quantization schemes in `_rebuild_qtensor` quantizer params.
  for (const scheme of ['per_tensor_affine', 'per_channel_affine', 'per_channel_affine_float_qparams']) {
    globals.set(`torch.${scheme}`, { value: scheme })
  }

  // Python containers and scalars.
  build('collections.OrderedDict', pairsToMap)
  build('collections.defaultdict', () => new Map())
  build('builtins.set', (a) => new Set(Array.isArray(a[0]) ? a[0] : []))
  build('builtins.frozenset', (a) => new Set(Array.isArray(a[0]) ? a[0] : []))
  build('builtins.bytearray', (a) => (a[0] instanceof Uint8Array ? a[0] : new Uint8Array()))
  // Protocol-2 pickles spell bytes as `_codecs.encode(text, 'latin1')`.
  build('_codecs.encode', (a) => (typeof a[0] === 'string' ? Uint8Array.from(a[0], (c) => c.charCodeAt(0) & 0xff) : new Uint8Array()))
  opaque(
    'builtins.complex',
    'builtins.slice',
    'builtins.range',
    'builtins.object',
    'builtins.dict',
    'builtins.list',
    'builtins.tuple',
    'builtins.int',
    'builtins.float',
    'builtins.str',
    'builtins.bool',
    'builtins.bytes',
    'copyreg._reconstructor',
    'argparse.Namespace',
    'pathlib.Path',
    'pathlib.PosixPath',
    'pathlib.WindowsPath',
    'pathlib.PurePosixPath',
    'pathlib.PureWindowsPath',
    'datetime.datetime',
    'datetime.date',
    'datetime.time',
    'datetime.timedelta',
    'datetime.timezone',
    'typing.Any',
    // numpy scalars and arrays (Lightning/HF RNG state: `np.random.get_state()`), numpy 1 and 2.
    'numpy.core.multiarray._reconstruct',
    'numpy.core.multiarray.scalar',
    'numpy._core.multiarray._reconstruct',
    'numpy._core.multiarray.scalar',
    'numpy.core.numeric._frombuffer',
    'numpy._core.numeric._frombuffer',
    'numpy.ndarray',
    'numpy.dtype',
    'numpy.dtypes.Float64DType',
    'numpy.dtypes.Float32DType',
    'numpy.dtypes.Int64DType',
    'numpy.dtypes.UInt32DType',
    // Lightning / Hydra hyper-parameters: dict subclasses holding plain values.
    'pytorch_lightning.utilities.parsing.AttributeDict',
    'lightning.pytorch.utilities.parsing.AttributeDict',
    'lightning.fabric.utilities.data.AttributeDict',
    'lightning_fabric.utilities.data.AttributeDict',
    'omegaconf.dictconfig.DictConfig',
    'omegaconf.listconfig.ListConfig',
    'omegaconf.base.ContainerMetadata',
    'omegaconf.base.Metadata',
    'omegaconf.nodes.AnyNode',
    'omegaconf.nodes.StringNode',
    'omegaconf.nodes.IntegerNode',
    'omegaconf.nodes.FloatNode',
    'omegaconf.nodes.BooleanNode',
    'omegaconf.nodes.ValueNode'
  )
  return globals
}

/** TorchScript's pickles name the archive's own compiled classes (`__torch__.mnist.Net`), never Python code. */
export const TORCHSCRIPT_MODULE_PREFIXES = ['__torch__.'] as const
