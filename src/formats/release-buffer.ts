/** @deprecated Moved to the byte layer: import `releaseArrayBuffer` from `src/io/bytes/`. */
export { releaseArrayBuffer } from '../io/bytes/release-buffer.js'
