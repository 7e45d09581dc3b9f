import { basename } from '../../io/checkpoint-files.js'
import type { Candidate, CheckpointSniffer } from '../kit/types.js'

/** Where V1 names end: `model.ckpt`, `model.ckpt-1000`, `export-00000-of-00001` (sharded V1), never a V2 `.data-` shard. */
const V1_NAME = /(\.ckpt(-\d+)?|-\d{5}-of-\d{5})$/
const V2_DATA_SHARD = /\.data-\d{5}-of-\d{5}$/

/**
 * The value of the first entry of an SSTable from its first bytes, when that entry has the empty
 * key (a bundle header, or a V1 table's SavedTensorSliceMeta). Handles a snappy-compressed first
 * block, whose first element is a literal holding the same bytes.
 */
export function firstHeaderValueByte(head: Uint8Array): number | undefined {
  const rawHeader = (at: number): number | undefined =>
    head[at] === 0 && head[at + 1] === 0 && head[at + 2] !== undefined && head[at + 2] > 0 && head[at + 2] < 0x80 ? head[at + 3] : undefined
  const raw = rawHeader(0)
  if (raw !== undefined) return raw
  // Snappy: varint32 uncompressed length, then a literal tag (low bits 00).
  let p = 0
  while (p < 5 && head[p] !== undefined && head[p] >= 0x80) p++
  p++
  const tag = head[p]
  if (tag === undefined || (tag & 3) !== 0) return undefined
  const extra = tag >> 2 >= 60 ? (tag >> 2) - 59 : 0
  return rawHeader(p + 1 + extra)
}

/** BundleHeaderProto starts with num_shards (08), endianness (10) or version (1a). */
const looksLikeBundleIndex = (head: Uint8Array): boolean => [0x08, 0x10, 0x1a].includes(firstHeaderValueByte(head) ?? -1)
/** SavedTensorSlices starts with its meta (0a). */
const looksLikeV1 = (head: Uint8Array): boolean => firstHeaderValueByte(head) === 0x0a

/** V2 checkpoints (`P.index`) and V1 checkpoints (one SSTable, recognised to be refused). */
export const tensorflowCheckpointSniffer: CheckpointSniffer = {
  format: 'tensorflow-checkpoint',
  namePatterns: ['*.index', '*.ckpt', '*.ckpt-*', '*-?????-of-?????'],
  matchesName: (path) => path.endsWith('.index') || (V1_NAME.test(basename(path)) && !V2_DATA_SHARD.test(path)),
  sniff: (candidate: Candidate) => (candidate.path.endsWith('.index') ? looksLikeBundleIndex(candidate.head) : looksLikeV1(candidate.head))
}

export const SAVED_MODEL_FILES = ['saved_model.pb', 'saved_model.pbtxt']
export const VARIABLES_INDEX = /(^|\/)variables\/variables\.index$/

/** SavedModel directories, by their graph file or their `variables/variables.index`. */
export const tensorflowSavedModelSniffer: CheckpointSniffer = {
  format: 'tensorflow-savedmodel',
  namePatterns: ['saved_model.pb', 'saved_model.pbtxt', 'variables/variables.index'],
  matchesName: (path) => SAVED_MODEL_FILES.includes(basename(path)) || VARIABLES_INDEX.test(path),
  sniff(candidate: Candidate) {
    const name = basename(candidate.path)
    if (name === 'saved_model.pb') return candidate.head[0] === 0x08 || candidate.head[0] === 0x12
    if (name === 'saved_model.pbtxt') return /^\s*(saved_model_schema_version|meta_graphs)\b/.test(new TextDecoder().decode(candidate.head))
    return looksLikeBundleIndex(candidate.head)
  }
}
