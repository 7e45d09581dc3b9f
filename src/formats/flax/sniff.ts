import { utf8 } from '../../io/bytes/index.js'
import type { Candidate, CheckpointSniffer } from '../kit/types.js'

/**
 * Flax msgpack files: `flax.serialization.to_bytes` output saved as `*.msgpack` (Hugging Face's
 * `flax_model.msgpack`), and the files of `flax.training.checkpoints.save_checkpoint`, which
 * have no extension: `checkpoint_<step>` (its default prefix), `ckpt_<step>`.
 */
const MSGPACK_NAME = /\.msgpack$/i
const FLAX_CHECKPOINT_NAME = /(^|\/)(checkpoint|ckpt)_\d+$/i

/** Keys of a train state or variables dict (`TrainState`, `{'params', 'batch_stats'}`). */
const TRAIN_STATE_KEYS = ['params', 'opt_state', 'step', 'batch_stats', 'target', 'state', 'model']

/** A msgpack map: fixmap, map16, map32. */
function isMsgpackMap(byte: number): boolean {
  return (byte >= 0x81 && byte <= 0x8f) || byte === 0xde || byte === 0xdf
}

/** The first key of the root map, when it is a short string the head shows. */
function firstKey(head: Uint8Array): string | undefined {
  const at = head[0] === 0xde ? 3 : head[0] === 0xdf ? 5 : 1
  const tag = head[at]
  if (tag === undefined || tag < 0xa0 || tag > 0xbf) return undefined
  const length = tag & 0x1f
  if (at + 1 + length > head.length) return undefined
  return utf8(head.subarray(at + 1, at + 1 + length))
}

export const flaxMsgpackSniffer: CheckpointSniffer = {
  format: 'flax',
  namePatterns: ['*.msgpack', 'checkpoint_*', 'ckpt_*'],
  matchesName: (path) => MSGPACK_NAME.test(path) || FLAX_CHECKPOINT_NAME.test(path),
  sniff(candidate: Candidate): boolean {
    if (candidate.head.length === 0 || !isMsgpackMap(candidate.head[0])) return false
    // A `.msgpack` name says what the file is; an extension-less `checkpoint_N` must show a train state's key.
    if (MSGPACK_NAME.test(candidate.path)) return true
    const key = firstKey(candidate.head)
    return key !== undefined && TRAIN_STATE_KEYS.includes(key)
  }
}
