import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs'

/**
 * A synthetic file as a list of chunks: bytes written by the builder, and holes (payload bytes
 * that are never written). In memory a hole is zeros; on disk it stays a hole of a sparse file,
 * so a test or the bench can describe gigabytes of weights without filling the disk.
 */
export type Chunk = Uint8Array | { hole: number }

export function chunkLength(chunk: Chunk): number {
  return chunk instanceof Uint8Array ? chunk.length : chunk.hole
}

export function chunksLength(chunks: readonly Chunk[]): number {
  return chunks.reduce((sum, chunk) => sum + chunkLength(chunk), 0)
}

/** The chunks as one buffer, holes as zeros (only for files small enough to hold in memory). */
export function chunksToBytes(chunks: readonly Chunk[]): Uint8Array {
  const out = new Uint8Array(chunksLength(chunks))
  let at = 0
  for (const chunk of chunks) {
    if (chunk instanceof Uint8Array) out.set(chunk, at)
    at += chunkLength(chunk)
  }
  return out
}

/** Writes the chunks to `path` as a sparse file: written bytes at their offsets, holes left unwritten. */
export function writeSparseFile(path: string, chunks: readonly Chunk[]): number {
  const fd = openSync(path, 'w')
  try {
    let at = 0
    for (const chunk of chunks) {
      if (chunk instanceof Uint8Array && chunk.length > 0) writeSync(fd, chunk, 0, chunk.length, at)
      at += chunkLength(chunk)
    }
    ftruncateSync(fd, at)
    return at
  } finally {
    closeSync(fd)
  }
}
