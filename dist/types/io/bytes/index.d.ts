/**
 * The byte layer: the one way readers touch bytes (issue 17). A ByteSource (io/byte-source.ts) is
 * read through a Window (one type; its policy says how it refills), decoded by a Cursor
 * (synchronous reads over the window, explicit async `ensure`), with one truncation error, one
 * policy for 64-bit values past 2^53, one varint loop and one pair of UTF-8 decoders.
 */
export { Cursor, MAX_VARINT_BYTES, NOT_IN_WINDOW } from './cursor.js';
export { Window, MIN_WINDOW_BYTES, MAX_WINDOW_BYTES, type WindowPolicy } from './window.js';
export { SpanSource } from './span-source.js';
export { BlockCache } from './block-cache.js';
export { checkSpan, truncatedError, tooLargeError, TRUNCATED_FIX } from './errors.js';
export { uint64Number, int64Number, bigintNumber, uint64At } from './int64.js';
export { UTF8, STRICT_UTF8, LATIN1, utf8, strictUtf8 } from './utf8.js';
export { ProtoReader, WireType, type ProtoField } from './protobuf.js';
export { NameIndex, hashUtf8, isAscii } from './name-index.js';
export { ShapeInterner } from './shape-interner.js';
export { releaseArrayBuffer } from './release-buffer.js';
