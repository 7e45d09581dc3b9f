/** @deprecated Moved to the byte layer: import `BlockCache` (or a `Window` with the 'blocks' policy) from `src/io/bytes/`. */
export { BlockCache } from '../../io/bytes/block-cache.js'
