import { DUPLICATE_SAMPLE_BYTES, MAX_DUPLICATE_GROUPS_SAMPLED, MAX_DUPLICATE_TENSORS_SAMPLED, MIN_DUPLICATE_TENSOR_BYTES } from '../core/limits.js'
import type { DuplicateGroup, ReadResult, TensorInfo } from '../core/types.js'
import type { ByteSource } from '../io/byte-source.js'
import type { CheckpointFiles } from '../io/checkpoint-files.js'

/*
 * The `duplicates:` rule's scan (issue 14): tensors stored twice, such as tied embeddings saved
 * untied or a second copy of the model under another key. Candidates come from metadata alone
 * (same dtype, shape and stored size; a storage shared by several tensors is one tensor, not a
 * copy); only then is content read, and only a little: three samples of 64 bytes per tensor, for
 * at most MAX_DUPLICATE_GROUPS_SAMPLED groups of MAX_DUPLICATE_TENSORS_SAMPLED tensors. So the
 * cost never grows with the payload. Sampling can call two tensors equal that differ between the
 * samples; two copies of one tensor always match, and a real model's distinct weights of one
 * shape differ at their first bytes.
 */

/** Groups of tensors of one checkpoint whose samples are equal; largest copies first. */
export async function findDuplicates(result: ReadResult, files: CheckpointFiles): Promise<DuplicateGroup[]> {
  const present = new Set(result.files.filter((file) => file.present).map((file) => file.path))
  const candidates = new Map<string, TensorInfo[]>()
  const seenStorages = new Set<string>()
  const seenSpans = new Set<string>()
  for (const tensor of result.tensors) {
    if (tensor.byteLength < MIN_DUPLICATE_TENSOR_BYTES || !present.has(tensor.file)) continue
    // One storage seen through several names (PyTorch tied weights) is stored once: no copy.
    if (tensor.storageKey !== undefined) {
      if (seenStorages.has(tensor.storageKey)) continue
      seenStorages.add(tensor.storageKey)
    }
    const span = `${tensor.file}\u0000${tensor.offset}`
    if (seenSpans.has(span)) continue
    seenSpans.add(span)
    const key = `${tensor.dtype}\u0000${tensor.shape.join(',')}\u0000${tensor.byteLength}`
    const group = candidates.get(key)
    if (group) group.push(tensor)
    else candidates.set(key, [tensor])
  }
  const groups = [...candidates.values()]
    .filter((group) => group.length > 1)
    .sort((a, b) => b[0].byteLength - a[0].byteLength)
    .slice(0, MAX_DUPLICATE_GROUPS_SAMPLED)
  if (groups.length === 0) return []

  const sources = new Map<string, ByteSource>()
  const open = async (path: string) => {
    let source = sources.get(path)
    if (!source) sources.set(path, (source = await files.open(path)))
    return source
  }
  const found: DuplicateGroup[] = []
  try {
    for (const group of groups) {
      const bySample = new Map<string, TensorInfo[]>()
      for (const tensor of group.slice(0, MAX_DUPLICATE_TENSORS_SAMPLED)) {
        const sample = await sampleOf(await open(tensor.file), tensor)
        if (sample === undefined) continue
        const same = bySample.get(sample)
        if (same) same.push(tensor)
        else bySample.set(sample, [tensor])
      }
      for (const copies of bySample.values()) {
        if (copies.length < 2) continue
        const [first] = copies
        found.push({ dtype: first.dtype, shape: [...first.shape], bytes: first.byteLength, tensors: copies.map((tensor) => tensor.name) })
      }
    }
  } finally {
    await Promise.all([...sources.values()].map((source) => source.close()))
  }
  return found
}

/**
 * The tensor's start, middle and end bytes as one string; undefined when they are one byte value
 * repeated (zeros, ones of a fresh norm, a LoRA B matrix before training): equal by
 * initialisation, not copies anyone saved twice.
 */
async function sampleOf(source: ByteSource, tensor: TensorInfo): Promise<string | undefined> {
  const length = DUPLICATE_SAMPLE_BYTES
  const last = tensor.byteLength - length
  const offsets = [0, Math.floor(last / 2), last]
  let text = ''
  let constant = true
  let first: number | undefined
  for (const offset of offsets) {
    const bytes = await source.read(tensor.offset + offset, length)
    for (const byte of bytes) {
      first ??= byte
      if (byte !== first) constant = false
      text += String.fromCharCode(byte)
    }
  }
  return constant ? undefined : text
}
