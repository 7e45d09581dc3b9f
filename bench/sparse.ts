import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs'

/** A file as written bytes and holes (`{ hole: n }`: n bytes never written, zeros in a sparse file). */
export type Chunk = Uint8Array | { hole: number }

/** Writes the chunks to `path`, leaving holes unwritten; returns the file size. */
export function writeSparseFile(path: string, chunks: readonly Chunk[]): number {
  const fd = openSync(path, 'w')
  try {
    let at = 0
    for (const chunk of chunks) {
      if (chunk instanceof Uint8Array) {
        if (chunk.length > 0) writeSync(fd, chunk, 0, chunk.length, at)
        at += chunk.length
      } else {
        at += chunk.hole
      }
    }
    ftruncateSync(fd, at)
    return at
  } finally {
    closeSync(fd)
  }
}
