/**
 * The UTF-8 string in bytes[start, end), less trailing NULs. Names are made in one
 * String.fromCharCode call from their codes, without a view or a TextDecoder call (a string built
 * a character at a time was a new string per character); anything else goes to the decoder.
 */
export declare function shortString(bytes: Uint8Array, start: number, end: number): string;
/** Whether bytes[start, end), less trailing NULs, are ASCII and spell `text` (what shortString would return). */
export declare function isString(bytes: Uint8Array, start: number, end: number, text: string): boolean;
