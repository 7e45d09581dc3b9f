import { WireType } from '../../io/bytes/protobuf-wire-type.js'
import type { Candidate, CheckpointSniffer } from '../types.js'

const { VARINT, LEN } = WireType

/** ModelProto fields a file can start with, and the wire type each must have. */
const MODEL_FIELD_WIRE_TYPES = new Map<number, number>([
  [1, VARINT], // ir_version
  [2, LEN], // producer_name
  [3, LEN], // producer_version
  [4, LEN], // domain
  [5, VARINT], // model_version
  [6, LEN], // doc_string
  [7, LEN], // graph
  [8, LEN], // opset_import
  [14, LEN], // metadata_props
  [20, LEN], // training_info
  [25, LEN] // functions
])

/** Highest `ir_version` accepted by the content-only sniff (IR 11 is current; leave room). */
const MAX_PLAUSIBLE_IR_VERSION = 32

export const onnxSniffer: CheckpointSniffer = {
  format: 'onnx',

  matchesName: (path) => /\.onnx$/i.test(path),

  /**
   * ONNX has no magic number. A `.onnx` file is accepted when its first byte is a ModelProto tag;
   * any other name only when it starts the way every exporter writes it: `ir_version` (field 1)
   * with a small value, then another ModelProto field.
   */
  sniff(candidate: Candidate): boolean {
    const head = candidate.head
    // Every field a model starts with in practice has a number below 16: a one-byte tag.
    if (head.length < 2 || (head[0] & 0x80) !== 0) return false
    const firstField = head[0] >> 3
    if (MODEL_FIELD_WIRE_TYPES.get(firstField) !== (head[0] & 7)) return false
    if (/\.onnx$/i.test(candidate.path)) return true
    if (head[0] !== 0x08 || head[1] === 0 || head[1] > MAX_PLAUSIBLE_IR_VERSION || head.length < 3) return false
    return MODEL_FIELD_WIRE_TYPES.get(head[2] >> 3) === (head[2] & 7)
  }
}
