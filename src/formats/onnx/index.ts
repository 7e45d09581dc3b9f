import { evidenceOf, type Evidence } from '../../core/classify.js'
import { denseBytes } from '../../core/dtypes.js'
import { formatBytes, formatPercent } from '../../core/format-bytes.js'
import { LimitExceededError } from '../../core/errors.js'
import { MAX_ONNX_GRAPH_DEPTH, MAX_ONNX_STRING_BYTES, MAX_TENSORS } from '../../core/limits.js'
import type { ReadResult, TensorInfo } from '../../core/types.js'
import { basename, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { ProtoReader, WireType, Window } from '../../io/bytes/index.js'
import type { CheckpointReader } from '../types.js'
import { onnxDtype } from './data-types.js'
import { ExternalData } from './external-data.js'
import { onnxSniffer } from './sniff.js'
import { readDims, readTensorProto, type TensorProtoInfo } from './tensor-proto.js'

/**
 * ONNX models (`.onnx`), with embedded or external tensor data.
 *
 * The protobuf is walked field by field with positioned reads (src/io/bytes/protobuf.ts):
 * only the messages that can hold weights are opened, and every payload (`raw_data`, the typed
 * `*_data` fields) is recorded as a span and stepped over, never read. Field numbers from
 * `onnx/onnx:onnx/onnx.proto` (FORMATS.md §6).
 *
 * Evidence comes from the format (core/classify.ts decides): ONNX has no trainable flag and no
 * optimizer state in an inference graph, so the tensors a graph computes with are its weights,
 * wherever the exporter put them:
 * - initializers: of the main graph, of subgraphs of If/Loop/Scan nodes, of `training_info`
 *   graphs, and sparse initializers (values and indices);
 * - the `value` (or `sparse_value`) tensor of a `Constant` node, in any graph: exporters fold
 *   weights into Constant nodes (onnx's own test models hold 460 such files). Only tensors of
 *   floating or ≤ 8-bit integer types are weights (the types parameters and quantized parameters
 *   are stored in); a wider integer, bool or string Constant is a shape, an axis list or an index
 *   for Reshape/Gather/Slice: graph structure, which stays metadata with the rest of the `.onnx`.
 * Other tensor attributes (a ConstantOfShape fill value) are graph structure too.
 */

// ModelProto
const MODEL_DOC_STRING = 6
const MODEL_GRAPH = 7
const MODEL_TRAINING_INFO = 20
// TrainingInfoProto
const TRAINING_INITIALIZATION = 1
const TRAINING_ALGORITHM = 2
// GraphProto
const GRAPH_NODE = 1
const GRAPH_INITIALIZER = 5
const GRAPH_SPARSE_INITIALIZER = 15
const GRAPH_DOC_STRING = 10
// NodeProto
const NODE_OUTPUT = 2
const NODE_NAME = 3
const NODE_OP_TYPE = 4
const NODE_ATTRIBUTE = 5
const NODE_DOC_STRING = 6
const NODE_DOMAIN = 7
// AttributeProto
const ATTRIBUTE_NAME = 1
const ATTRIBUTE_TENSOR = 5
const ATTRIBUTE_GRAPH = 6
const ATTRIBUTE_GRAPHS = 11
const ATTRIBUTE_SPARSE_TENSOR = 22
// SparseTensorProto
const SPARSE_VALUES = 1
const SPARSE_INDICES = 2
const SPARSE_DIMS = 3

/**
 * Element types a Constant holds weights in: floats of every width, complex, and the ≤ 8-bit
 * integers quantized weights are stored in (TensorProto.DataType codes, data-types.ts).
 */
const WEIGHT_CONSTANT_TYPES = new Set([1, 2, 3, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26])

/** A Constant node's tensor attribute, held until the node's op_type and domain are known. */
interface ConstantValue {
  tensor?: TensorProtoInfo
  /** The bytes of a `sparse_value` attribute, read when the node turns out to be a Constant. */
  sparse?: ProtoReader
}

class OnnxWalk {
  readonly tensors: TensorInfo[] = []
  readonly warnings: string[] = []
  readonly external: ExternalData
  nodes = 0
  /** Bytes of doc_string fields (model, graphs, nodes): measured from their lengths, never read. */
  docStringBytes = 0

  constructor(
    readonly path: string,
    files: CheckpointFiles
  ) {
    this.external = new ExternalData(path, files, this.tensors)
  }

  async model(reader: ProtoReader): Promise<void> {
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.field === MODEL_DOC_STRING && field.wireType === WireType.LEN) this.docStringBytes += field.length
      else if (field.field === MODEL_GRAPH && field.wireType === WireType.LEN) {
        await this.graph(reader.message(field, 'GraphProto'), 'graph', 0)
      } else if (field.field === MODEL_TRAINING_INFO && field.wireType === WireType.LEN) {
        await this.trainingInfo(reader.message(field, 'TrainingInfoProto'))
      }
    }
  }

  private async trainingInfo(reader: ProtoReader): Promise<void> {
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.wireType !== WireType.LEN) continue
      if (field.field === TRAINING_INITIALIZATION) {
        await this.graph(reader.message(field, 'GraphProto'), 'training_info initialization graph', 1)
      } else if (field.field === TRAINING_ALGORITHM) {
        await this.graph(reader.message(field, 'GraphProto'), 'training_info algorithm graph', 1)
      }
    }
  }

  private async graph(reader: ProtoReader, where: string, depth: number): Promise<void> {
    if (depth > MAX_ONNX_GRAPH_DEPTH) {
      throw new LimitExceededError(this.path, 'ONNX graph nesting', depth, MAX_ONNX_GRAPH_DEPTH)
    }
    // Hot loops take the next field without an await when the window holds it (io/bytes/protobuf.ts).
    while (!reader.done) {
      const field = reader.nextInWindow() ?? (await reader.next())
      if (!field || field.wireType !== WireType.LEN) continue
      if (field.field === GRAPH_INITIALIZER) {
        const tensor = await readTensorProto(reader.message(field, 'TensorProto'))
        await this.add(tensor, tensor.name, this.initializerEvidence(where), 'initializer')
      } else if (field.field === GRAPH_SPARSE_INITIALIZER) {
        await this.sparse(reader.message(field, 'SparseTensorProto'), '', (dense) => this.initializerEvidence(`${where}, ${dense}`))
      } else if (field.field === GRAPH_NODE) {
        this.nodes++
        await this.node(reader.message(field, 'NodeProto'), where, depth)
      } else if (field.field === GRAPH_DOC_STRING) {
        this.docStringBytes += field.length
      }
    }
  }

  /**
   * A node's subgraph attributes (If/Loop/Scan bodies) hold graphs of their own; a Constant's
   * `value`/`sparse_value` holds a tensor. Fields may come in any order, so the tensor waits
   * for the whole node (op_type, domain, output name) before it is counted.
   */
  private async node(reader: ProtoReader, where: string, depth: number): Promise<void> {
    let name = ''
    let output: string | undefined
    let opType = ''
    let domain = ''
    let constant: ConstantValue | undefined
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.wireType !== WireType.LEN) continue
      if (field.field === NODE_DOC_STRING) this.docStringBytes += field.length
      else if (field.field === NODE_NAME) name = await reader.string(field, MAX_ONNX_STRING_BYTES, 'node name')
      else if (field.field === NODE_OP_TYPE) opType = await reader.string(field, MAX_ONNX_STRING_BYTES, 'node op_type')
      else if (field.field === NODE_DOMAIN) domain = await reader.string(field, MAX_ONNX_STRING_BYTES, 'node domain')
      else if (field.field === NODE_OUTPUT && output === undefined) output = await reader.string(field, MAX_ONNX_STRING_BYTES, 'node output')
      else if (field.field === NODE_ATTRIBUTE) {
        const value = await this.attribute(reader.message(field, 'AttributeProto'), () => `subgraph of node '${name}' in the ${where}`, depth)
        if (value) constant = value
      }
    }
    if (!constant || opType !== 'Constant' || (domain !== '' && domain !== 'ai.onnx')) return
    const tensorName = output || constant.tensor?.name || name || '(unnamed Constant)'
    const evidence = this.constantEvidence(where)
    if (constant.tensor && WEIGHT_CONSTANT_TYPES.has(constant.tensor.dataType)) await this.add(constant.tensor, tensorName, evidence, 'Constant')
    if (constant.sparse) await this.sparse(constant.sparse, tensorName, () => evidence)
  }

  /** Walks an attribute's subgraphs; returns its tensor when it is one a Constant holds its value in. */
  private async attribute(reader: ProtoReader, where: () => string, depth: number): Promise<ConstantValue | undefined> {
    let name = ''
    let value: ConstantValue | undefined
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.wireType !== WireType.LEN) continue
      if (field.field === ATTRIBUTE_NAME) name = await reader.string(field, MAX_ONNX_STRING_BYTES, 'attribute name')
      else if (field.field === ATTRIBUTE_GRAPH || field.field === ATTRIBUTE_GRAPHS) {
        await this.graph(reader.message(field, 'GraphProto'), where(), depth + 1)
      } else if (field.field === ATTRIBUTE_TENSOR) value = { tensor: await readTensorProto(reader.message(field, 'TensorProto')) }
      else if (field.field === ATTRIBUTE_SPARSE_TENSOR) value = { sparse: reader.message(field, 'SparseTensorProto') }
    }
    if (value?.tensor && name !== 'value') return undefined
    if (value?.sparse && name !== 'sparse_value') return undefined
    return value
  }

  /**
   * Both parts of a sparse tensor are stored weight bytes: the values and their indices. `name`
   * overrides the values' own name (a Constant's output).
   */
  private async sparse(reader: ProtoReader, name: string, evidence: (dense: string) => readonly Evidence[]): Promise<void> {
    let values: TensorProtoInfo | undefined
    let indices: TensorProtoInfo | undefined
    let dims: number[] = []
    for (let field = await reader.next(); field; field = await reader.next()) {
      if (field.field === SPARSE_VALUES) values = await readTensorProto(reader.message(field, 'TensorProto'))
      else if (field.field === SPARSE_INDICES) indices = await readTensorProto(reader.message(field, 'TensorProto'))
      else if (field.field === SPARSE_DIMS) dims = await readDims(reader, field, dims)
    }
    const tensorName = name || values?.name || indices?.name || '(unnamed sparse initializer)'
    const dense = `sparse ${dims.length ? `[${dims.join(', ')}]` : ''}`.trim()
    if (values) await this.add(values, tensorName, evidence(`${dense} values`), 'initializer')
    if (indices) await this.add(indices, `${tensorName} (indices)`, evidence(`${dense} indices`), 'initializer')
  }

  /** One evidence array per place, shared by its tensors (not one string per tensor). */
  private readonly evidenceByPlace = new Map<string, readonly Evidence[]>()

  private initializerEvidence(where: string): readonly Evidence[] {
    return this.placeEvidence(`initializer ${where}`, () => `ONNX initializer (${where}): initializers are the model's weights`)
  }

  private constantEvidence(where: string): readonly Evidence[] {
    return this.placeEvidence(
      `Constant ${where}`,
      () => `ONNX Constant node (${where}): a tensor the graph computes with is a weight wherever the exporter put it`
    )
  }

  private placeEvidence(key: string, detail: () => string): readonly Evidence[] {
    let evidence = this.evidenceByPlace.get(key)
    if (!evidence) this.evidenceByPlace.set(key, (evidence = evidenceOf('parameter', 'format', detail())))
    return evidence
  }

  private async add(tensor: TensorProtoInfo, name: string, evidence: readonly Evidence[], kind: string): Promise<void> {
    if (this.tensors.length >= MAX_TENSORS) {
      throw new LimitExceededError(this.path, 'the number of ONNX weight tensors', this.tensors.length + 1, MAX_TENSORS)
    }
    const dtype = onnxDtype(tensor.dataType)
    if (tensor.external) {
      const span = await this.external.span(tensor, kind, name, dtype)
      this.tensors.push({ name, dtype, shape: tensor.dims, evidence, ...span })
      return
    }
    const payload = tensor.payload
    const byteLength = payload ? payload.end - payload.offset : 0
    if (payload?.raw) {
      const expected = denseBytes(dtype, tensor.dims)
      if (expected !== undefined && expected !== byteLength) {
        this.warnings.push(`${kind} '${name}': raw_data holds ${byteLength} bytes but ${dtype}[${tensor.dims.join(', ')}] needs ${expected}`)
      }
    }
    this.tensors.push({ name, dtype, shape: tensor.dims, file: this.path, offset: payload?.offset ?? tensor.at, byteLength, evidence })
  }
}

/** Doc strings above this share of the .onnx get an explanation line. */
const DOC_STRINGS_WORTH_EXPLAINING = 0.1

export const onnxReader: CheckpointReader = {
  ...onnxSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const source = await files.open(path)
    const walk = new OnnxWalk(path, files)
    try {
      await walk.model(new ProtoReader(new Window(source), 0, source.size, 'ModelProto'))
    } finally {
      await source.close()
    }
    const checkpointFiles = walk.external.checkpointFilesWith(source.size, walk.warnings)
    const explanations: string[] = []
    if (walk.docStringBytes >= DOC_STRINGS_WORTH_EXPLAINING * source.size) {
      explanations.push(
        `doc strings take ${formatBytes(walk.docStringBytes)} (${formatPercent(walk.docStringBytes / source.size)}) of ${basename(path)}: ` +
          "exporters such as torch.onnx.export record each node's Python stack trace there; " +
          'clearing the doc_string fields shrinks the file without changing the model'
      )
    }
    return {
      format: 'onnx',
      name: path,
      files: checkpointFiles,
      tensors: walk.tensors,
      classifiedBy: 'format',
      warnings: walk.warnings,
      explanations,
      categoryNotes: {
        metadata: [
          `graph of ${walk.nodes} node${walk.nodes === 1 ? '' : 's'}`,
          'names',
          ...(walk.docStringBytes > 0 ? [`doc strings (${formatBytes(walk.docStringBytes)})`] : []),
          'protobuf framing'
        ].join(', ')
      }
    }
  }
}
