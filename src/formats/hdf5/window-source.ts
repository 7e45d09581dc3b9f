/** @deprecated Moved to the byte layer: `SpanSource` in `src/io/bytes/span-source.ts`. */
export { SpanSource as WindowByteSource } from '../../io/bytes/span-source.js'
