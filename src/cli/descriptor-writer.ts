import { writeSync } from 'node:fs'

/** The system calls a DescriptorWriter makes; tests pass their own. */
export interface DescriptorWriterDeps {
  /** `fs.writeSync(fd, bytes, offset)`: bytes written, or throws with an errno `code`. */
  writeSync: (fd: number, bytes: Uint8Array, offset: number) => number
  /** The descriptor's Node stream (`process.stdout`), only made when a write would block. */
  stream: () => { write: (bytes: Uint8Array) => unknown }
}

/**
 * Writes the CLI's output straight to file descriptor `fd` with `writeSync`.
 *
 * Why not `process.stdout.write`: the first touch of `process.stdout` builds a stream and loads
 * Node's stream modules, about 7 ms of the 40 ms the CLI spends beyond Node's own start-up on the
 * seed example. A synchronous write is also flushed when the process exits, as a stream to a file
 * or a Linux pipe is.
 *
 * Two cases a plain `writeSync` gets wrong are handled:
 * - EAGAIN: the descriptor is a non-blocking pipe (some parents make it so) that is full. The
 *   rest, and every later write, goes through the stream, which waits for the reader; order is kept.
 * - EPIPE: the reader is gone (`model-size-budget . | head -1`). Nothing more can be delivered, so
 *   later writes are dropped instead of failing the run (the exit code still says how it went).
 */
export function descriptorWriter(fd: number, deps: DescriptorWriterDeps = defaultDeps(fd)): (text: string) => void {
  let mode: 'direct' | 'stream' | 'closed' = 'direct'
  return (text) => {
    if (mode === 'closed' || text.length === 0) return
    const bytes = Buffer.from(text, 'utf8')
    if (mode === 'stream') {
      deps.stream().write(bytes)
      return
    }
    let written = 0
    try {
      while (written < bytes.length) written += deps.writeSync(fd, bytes, written)
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (code === 'EPIPE') {
        mode = 'closed'
      } else if (code === 'EAGAIN') {
        mode = 'stream'
        deps.stream().write(bytes.subarray(written))
      } else {
        throw error
      }
    }
  }
}

function defaultDeps(fd: number): DescriptorWriterDeps {
  return {
    writeSync: (target, bytes, offset) => writeSync(target, bytes, offset),
    stream: () => (fd === 2 ? process.stderr : process.stdout)
  }
}
