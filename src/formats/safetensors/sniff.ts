import { looksLikeLfsPointer } from '../../core/errors.js'
import { uint64At } from '../../io/bytes/int64.js'
import { MAX_SAFETENSORS_HEADER_BYTES } from '../../core/limits.js'
import { shardIndexSniffer } from '../shard-index-sniff.js'
import type { Candidate, CheckpointSniffer } from '../types.js'

const SAFETENSORS_NAME = /\.safetensors$/i
const INDEX_NAME = /\.safetensors\.index\.json$/i

/** A single `.safetensors` file. */
export const safetensorsSniffer: CheckpointSniffer = {
  format: 'safetensors',

  matchesName: (path) => SAFETENSORS_NAME.test(path),

  /**
   * By content: a u64 header length that fits the limit, then `{` (as netron's
   * `safetensors.js`). A `.safetensors` name is enough on its own, so that a broken file (empty,
   * or a header claiming 2^63 bytes) gets the reader's precise error instead of "unrecognised".
   */
  sniff(candidate: Candidate): boolean {
    const head = candidate.head
    // A Git LFS pointer is left to the pipeline, which reports it as one.
    if (looksLikeLfsPointer(head)) return false
    if (SAFETENSORS_NAME.test(candidate.path)) return true
    if (head.length < 9 || head[8] !== 0x7b) return false
    let length: number
    try {
      length = uint64At(head, 0, candidate.path, 'the header length')
    } catch {
      return false // past 2^53: not a header length
    }
    return length <= MAX_SAFETENSORS_HEADER_BYTES && 8 + length <= candidate.size
  }
}

/** A sharded checkpoint's `*.safetensors.index.json`. */
export const safetensorsIndexSniffer: CheckpointSniffer = shardIndexSniffer('safetensors', INDEX_NAME)
