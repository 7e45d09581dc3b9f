/**
 * The two UTF-8 decoders every reader shares. Lenient replaces invalid sequences (names shown in
 * a report); strict refuses them, for formats whose strings must be valid (JSON headers, proto3
 * strings), so that a corrupt name is an error rather than a silently different key.
 */
export declare const UTF8: import("util").TextDecoder;
export declare const STRICT_UTF8: import("util").TextDecoder;
/** Latin-1 (each byte one character): .npy v1/v2 headers, pickle protocol-0/1 strings, zip names without the UTF-8 flag. */
export declare const LATIN1: import("util").TextDecoder;
/** `bytes` as UTF-8, invalid sequences replaced. */
export declare function utf8(bytes: Uint8Array): string;
/** `bytes` as UTF-8, or a FormatError naming `what` when they are not valid UTF-8. */
export declare function strictUtf8(bytes: Uint8Array, file: string, what: string, offset?: number): string;
