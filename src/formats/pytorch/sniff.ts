import { shardIndexSniffer } from '../kit/shard-index-sniff.js'
import type { Candidate, CheckpointSniffer } from '../kit/types.js'
import { looksLikeZip } from '../zip/signature.js'
import { hasPytorchExtension, PYTORCH_NAME_PATTERNS } from './names.js'

/**
 * Records a torch archive may start with (`<folder>/<record>`): the first local header's name is
 * in the sniff bytes, cut short when the folder name is long.
 */
const TORCH_RECORDS = [
  'data.pkl',
  'data/',
  '.data/',
  'version',
  'byteorder',
  '.format_version',
  '.storage_alignment',
  'code/',
  'constants.pkl',
  'constants/',
  'extra/'
]

/** The first local header's file name as far as the sniff window shows it; `truncated` when cut off. */
function firstRecordName(head: Uint8Array): { name: string; truncated: boolean } | undefined {
  if (head.length < 30 || !(head[2] === 3 && head[3] === 4)) return undefined
  const length = head[26] | (head[27] << 8)
  const visible = head.subarray(30, Math.min(head.length, 30 + length))
  return { name: new TextDecoder().decode(visible), truncated: visible.length < length }
}

function looksLikeTorchRecord(name: string, truncated: boolean): boolean {
  const slash = name.indexOf('/')
  if (slash <= 0) return false
  const record = name.slice(slash + 1)
  return TORCH_RECORDS.some((known) => (known.endsWith('/') ? record.startsWith(known) : record === known) || (truncated && known.startsWith(record)))
}

/** `torch.save` zip archives and TorchScript archives (see zip-reader.ts). */
export const pytorchZipSniffer: CheckpointSniffer = {
  format: 'pytorch',
  namePatterns: PYTORCH_NAME_PATTERNS,
  matchesName: hasPytorchExtension,
  sniff(candidate: Candidate): boolean {
    if (!looksLikeZip(candidate.head)) return false
    const first = firstRecordName(candidate.head)
    if (!first) return false
    if (looksLikeTorchRecord(first.name, first.truncated)) return true
    // A long archive folder name can push even the slash past the sniff window: claimed for the
    // names only torch uses; read() then checks for data.pkl and says clearly what else it is.
    return first.truncated && !first.name.includes('/') && /\.(pt|pth)$/i.test(candidate.path)
  }
}

/** The legacy magic as the first pickle spells it: PROTO n, LONG1 10, the magic's 10 bytes LE. */
const LEGACY_MAGIC_BYTES = [0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]

export function looksLikeLegacyTorch(head: Uint8Array): boolean {
  return head.length >= 14 && head[0] === 0x80 && LEGACY_MAGIC_BYTES.every((byte, i) => head[2 + i] === byte)
}

/**
 * The oldest torch.save format (early PyTorch, 0.1.x) is a tar archive of `sys_info`, `pickle`,
 * `storages` and `tensors` members (netron's `legacy_load`, `lutzroeder/netron:source/python.js`);
 * a tar header starts with the first member's NUL-terminated name.
 */
const TAR_MEMBERS = ['sys_info', 'pickle', 'storages', 'tensors']
export function looksLikeTorchTar(head: Uint8Array): boolean {
  return TAR_MEMBERS.some((name) => head.length > name.length && head[name.length] === 0 && new TextDecoder().decode(head.subarray(0, name.length)) === name)
}

/** The legacy (pre-1.6) `torch.save` stream, and the tar format before it (refused by read). */
export const pytorchLegacySniffer: CheckpointSniffer = {
  format: 'pytorch-legacy',
  namePatterns: PYTORCH_NAME_PATTERNS,
  matchesName: hasPytorchExtension,
  sniff: (candidate: Candidate) => looksLikeLegacyTorch(candidate.head) || looksLikeTorchTar(candidate.head)
}

const SHARD_INDEX_NAME = /\.(bin|pt|pth)\.index\.json$/i

/** A sharded PyTorch checkpoint's index, as transformers writes it: `pytorch_model.bin.index.json`. */
export const pytorchShardIndexSniffer: CheckpointSniffer = shardIndexSniffer('pytorch', SHARD_INDEX_NAME, [
  '*.bin.index.json',
  '*.pt.index.json',
  '*.pth.index.json'
])
