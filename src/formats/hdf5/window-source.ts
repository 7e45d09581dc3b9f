/** @deprecated Moved to the byte layer: `SpanSource` in `src/io/bytes/span-source.ts` (kept for dcp/ until it is ported). */
export { SpanSource as WindowByteSource } from '../../io/bytes/span-source.js'
