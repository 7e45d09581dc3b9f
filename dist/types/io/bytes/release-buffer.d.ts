/**
 * Frees an ArrayBuffer's memory now rather than at the next full collection. A buffer that lived
 * through a long parse (a 10 MB pickle or safetensors header, a zip directory's columns) is in the
 * old generation by the end of it, and V8 runs no full collection before a short process exits:
 * merely dropped, it stayed in memory to the end, beside what the reader built next. Transferring it
 * (structuredClone's `transfer`) detaches it, and moves its memory to a clone that is dropped at
 * once and freed by the next young-generation collection. Every view of the buffer becomes empty,
 * so only a buffer nothing reads any more may be released. Small buffers are left to the
 * collector (not worth the call); buffers that cannot be transferred (a SharedArrayBuffer, a
 * Node Buffer's pool) are left alone.
 */
export declare function releaseArrayBuffer(buffer: ArrayBufferLike): void;
