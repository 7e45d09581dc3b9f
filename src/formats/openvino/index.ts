import { evidenceOf, type Evidence } from '../../core/classify.js'
import { FormatError, LimitExceededError } from '../../core/errors.js'
import { formatBytes } from '../../core/format-bytes.js'
import { MAX_DIMS, MAX_TENSORS } from '../../core/limits.js'
import type { ReadResult, TensorInfo } from '../../core/types.js'
import { basename, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { Companions } from '../kit/companions.js'
import { withSource } from '../kit/open.js'
import type { CheckpointReader } from '../kit/types.js'
import { openvinoSniffer } from './sniff.js'
import { tokenizeXml, type XmlHandler, type XmlTag } from './xml-tokenizer.js'

/**
 * OpenVINO IR (`model.xml` + `model.bin`; docs.openvino.ai, "OpenVINO IR format"): the XML is the
 * graph; the `.bin` is nothing but the constants' bytes, which the XML locates. Each `Const` layer
 * names its slice, `<data element_type shape offset size>` (IR v10/v11), also inside the bodies of
 * `Loop` / `TensorIterator` layers; older IRs give a layer's slices as `<blobs><weights|biases|
 * custom offset size/></blobs>`. Nothing else points into the `.bin`.
 *
 * The ranges are weights (the format: an inference graph's constants are its trained values),
 * except integer constants of 32/64 bits: in an IR those are shapes, axes, orders and indices that
 * the converter folded into the graph (`Reshape` targets, `Transpose` orders), never trained
 * values; quantized weights are 8 bits or fewer (`u8`, `i4`, `nf4`...). They are graph metadata.
 * Converters share one range between Const layers that hold the same values (FakeQuantize
 * limits): such ranges are one storage, counted once; `.bin` bytes no range covers are metadata.
 */

const WEIGHTS = evidenceOf('parameter', 'format', "OpenVINO Const layer: an inference graph's constants in the .bin are its weights")
const GRAPH_CONSTANT = evidenceOf('config', 'format', 'OpenVINO integer Const (32/64-bit): a shape, axis or index folded into the graph, not a trained value')
const GRAPH_CONSTANT_TYPES = new Set(['int32', 'int64', 'uint32', 'uint64'])

/** `element_type` (IR v10+) and upper-case `precision` (older IRs) names, to ours. */
const ELEMENT_TYPES: Record<string, string> = {
  f64: 'float64',
  f32: 'float32',
  fp32: 'float32',
  f16: 'float16',
  fp16: 'float16',
  bf16: 'bfloat16',
  f8e4m3: 'float8_e4m3fn',
  f8e5m2: 'float8_e5m2',
  f8e8m0: 'float8_e8m0',
  f4e2m1: 'float4_e2m1',
  i64: 'int64',
  i32: 'int32',
  i16: 'int16',
  i8: 'int8',
  i4: 'int4',
  u64: 'uint64',
  u32: 'uint32',
  u16: 'uint16',
  u8: 'uint8',
  u4: 'uint4',
  u2: 'uint2',
  u1: 'uint1',
  nf4: 'nf4',
  boolean: 'bool',
  bool: 'bool',
  string: 'string'
}

/** One slice of the `.bin` as the XML names it. */
interface Range {
  name: string
  dtype: string
  shape: number[]
  offset: number
  size: number
}

/** What the XML walk collects: the IR version, the layer count and the `.bin` ranges. */
class IrWalk implements XmlHandler {
  version = ''
  layers = 0
  readonly ranges: Range[] = []
  /** Open elements, innermost last, and the layers among them. */
  private readonly elements: string[] = []
  private readonly layerStack: { name: string; type: string; path: string }[] = []

  constructor(private readonly path: string) {}

  start(name: string, tag: XmlTag): void {
    const parent = this.elements[this.elements.length - 1]
    this.elements.push(name)
    if (parent === undefined) {
      if (name !== 'net') throw new FormatError(this.path, `the root element is <${name}>, not an OpenVINO IR's <net>`)
      this.version = tag.attribute('version') ?? ''
    } else if (name === 'layer') {
      this.layers++
      const layerName = tag.attribute('name') ?? tag.attribute('id') ?? `layer ${this.layers}`
      const outer = this.layerStack[this.layerStack.length - 1]
      this.layerStack.push({ name: layerName, type: tag.attribute('type') ?? '', path: outer ? `${outer.path}/${layerName}` : layerName })
    } else if (name === 'data' && parent === 'layer') {
      const layer = this.layerStack[this.layerStack.length - 1]
      if (layer.type === 'Const') this.addRange(tag, layer.path, tag.attribute('element_type'))
    } else if (parent === 'blobs' && this.layerStack.length > 0) {
      this.addRange(tag, `${this.layerStack[this.layerStack.length - 1].path}/${name}`, tag.attribute('precision'))
    }
  }

  end(name: string): void {
    this.elements.pop()
    if (name === 'layer') this.layerStack.pop()
  }

  private addRange(tag: XmlTag, name: string, elementType: string | undefined): void {
    const offset = tag.integer('offset')
    const size = tag.integer('size')
    // A Const without a slice (a value given inline by some writers) holds no `.bin` bytes.
    if (offset === undefined && size === undefined) return
    if (this.ranges.length >= MAX_TENSORS) throw new LimitExceededError(this.path, 'the number of OpenVINO Const ranges', this.ranges.length + 1, MAX_TENSORS)
    const type = elementType?.toLowerCase() ?? ''
    this.ranges.push({
      name,
      dtype: ELEMENT_TYPES[type] ?? (type || 'unknown'),
      shape: this.shape(tag.attribute('shape') ?? '', name),
      offset: this.byteCount(tag, offset, 'offset', name),
      size: this.byteCount(tag, size, 'size', name)
    })
  }

  private byteCount(tag: XmlTag, value: number | undefined, what: string, name: string): number {
    if (value === undefined || !Number.isSafeInteger(value)) {
      throw new FormatError(this.path, `layer '${name}' has ${what}="${tag.attribute(what) ?? ''}", not a byte count`, {
        fix: 'The IR is corrupt; re-export it.'
      })
    }
    return value
  }

  /** `"32, 1, 3, 3"`; empty for a scalar. Dynamic dimensions (`?`, `-1`) leave the shape unknown. */
  private shape(text: string, name: string): number[] {
    if (text.trim() === '') return []
    const dims = text.split(',')
    if (dims.length > MAX_DIMS) throw new LimitExceededError(this.path, `the dimensions of layer '${name}'`, dims.length, MAX_DIMS)
    const shape = dims.map((dim) => (/^\s*\d{1,15}\s*$/.test(dim) ? Number(dim) : NaN))
    return shape.every(Number.isSafeInteger) ? shape : []
  }
}

/** The weights file OpenVINO pairs with `model.xml`: `model.bin` beside it. */
export function weightsPathOf(xmlPath: string): string {
  return xmlPath.replace(/\.xml$/i, '') + '.bin'
}

/**
 * The ranges as tensors. A range that starts before an earlier one ends (a shared range, or one
 * inside another) gives every tensor a storage key, the range it names: equal ranges are one
 * storage; a range overlapping a different one is cut to the bytes no earlier range covered, so
 * each `.bin` byte is counted once.
 */
function tensorsOf(ranges: readonly Range[], bin: string): { tensors: TensorInfo[]; shared: number } {
  const tensors: TensorInfo[] = ranges.map((range) => ({
    name: range.name,
    dtype: range.dtype,
    shape: range.shape,
    file: bin,
    offset: range.offset,
    byteLength: range.size,
    evidence: evidenceFor(range.dtype)
  }))
  let end = 0
  let ordered = true
  for (const range of ranges) {
    if (range.offset < end) ordered = false
    end = Math.max(end, range.offset + range.size)
  }
  if (ordered) return { tensors, shared: 0 }
  const order = tensors.map((_, i) => i).sort((a, b) => ranges[a].offset - ranges[b].offset || ranges[b].size - ranges[a].size)
  let covered = 0
  let shared = 0
  let previous: Range | undefined
  let previousSpan = { offset: 0, byteLength: 0 }
  for (const i of order) {
    const range = ranges[i]
    const tensor = tensors[i]
    tensor.storageKey = `${bin}@${range.offset}+${range.size}`
    if (previous && previous.offset === range.offset && previous.size === range.size) {
      shared++
      tensor.offset = previousSpan.offset
      tensor.byteLength = previousSpan.byteLength
      continue
    }
    const start = Math.max(range.offset, covered)
    tensor.offset = start
    tensor.byteLength = Math.max(0, range.offset + range.size - start)
    if (start > range.offset) shared++
    covered = Math.max(covered, range.offset + range.size)
    previous = range
    previousSpan = { offset: tensor.offset, byteLength: tensor.byteLength }
  }
  return { tensors, shared }
}

function evidenceFor(dtype: string): readonly Evidence[] {
  return GRAPH_CONSTANT_TYPES.has(dtype) ? GRAPH_CONSTANT : WEIGHTS
}

export const openvinoReader: CheckpointReader = {
  ...openvinoSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const walk = new IrWalk(path)
    const xmlBytes = await withSource(files, path, async (source) => {
      await tokenizeXml(source, walk)
      return source.size
    })
    const bin = weightsPathOf(path)
    const binBytes = await files.size(bin)
    const weights = new Companions(files, 'the XML')
    if (binBytes !== undefined) {
      weights.present(bin, 'data', binBytes)
      const outside = walk.ranges.find((range) => range.offset + range.size > binBytes)
      if (outside) {
        throw new FormatError(
          bin,
          `layer '${outside.name}' names bytes ${outside.offset}..${outside.offset + outside.size}, beyond the file's ${binBytes} bytes`,
          { fix: `The .bin does not belong to ${basename(path)} or is truncated; re-export the IR.` }
        )
      }
    } else if (walk.ranges.length > 0) {
      weights.absentFile(
        bin,
        'data',
        walk.ranges.reduce((end, range) => Math.max(end, range.offset + range.size), 0)
      )
    }
    const { tensors, shared } = tensorsOf(walk.ranges, bin)
    const version = walk.version ? `IR v${walk.version} ` : ''
    const weightsNote = `${tensors.length} Const range${tensors.length === 1 ? '' : 's'} in ${basename(bin)}`
    return {
      format: 'openvino',
      name: path,
      files: [{ path, role: 'graph', bytes: xmlBytes, present: true }, ...weights.files],
      tensors,
      classifiedBy: 'format',
      warnings: weights.warnings(),
      categoryNotes: {
        weights: shared > 0 ? `${weightsNote}; ${shared} Const layers share a range with another (counted once)` : weightsNote,
        metadata: `${version}XML graph of ${walk.layers} layer${walk.layers === 1 ? '' : 's'} (${formatBytes(xmlBytes)}), .bin bytes no Const range covers`
      }
    }
  }
}
