import { SNIFF_BYTES } from '../../core/limits.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'
import type { Candidate, CheckpointReader } from './types.js'

/** The first bytes of a file, for sniffing. */
export async function readCandidate(path: string, files: CheckpointFiles): Promise<Candidate> {
  const source = await files.open(path)
  try {
    const head = await source.read(0, Math.min(SNIFF_BYTES, source.size))
    return { path, size: source.size, head }
  } finally {
    await source.close()
  }
}

/**
 * The reader for a file: the first whose name filter and content check both accept it, else the
 * first whose content check does (a `.bin` that is an ONNX model's external data, a renamed file).
 */
export function chooseReader(candidate: Candidate, readers: readonly CheckpointReader[]): CheckpointReader | undefined {
  return readers.find((reader) => reader.matchesName(candidate.path) && reader.sniff(candidate)) ?? readers.find((reader) => reader.sniff(candidate))
}
