/**
 * A one-pass scanner for safetensors headers as writers produce them, over the header bytes.
 *
 * Why not `JSON.parse`: a header of 100,000 tensors is 10 MB of JSON; parsing it whole keeps the
 * bytes, a 10 MB string and a tree of 300,000 objects alive at once, which took the CLI's peak
 * RSS past 150 MiB (issue 5). This scanner hands each tensor entry to the caller as it passes it,
 * so only the entries the reader keeps stay alive.
 *
 * It accepts only the plain shape: `{"<name>": {"dtype": "F32", "shape": [..], "data_offsets":
 * [a, b]}, ..., "__metadata__": {...}}` with unescaped names, non-negative integers and nothing
 * else. On anything else (escapes, other keys, fractions, duplicate names, index-like names, which
 * JSON objects reorder, malformed JSON) it gives up and the caller parses the header with
 * `JSON.parse`: the fallback keeps one source of truth for JSON's semantics and its error messages.
 */
export interface RawEntry {
    dtype: string | undefined;
    shape: number[] | undefined;
    data_offsets: number[] | undefined;
}
/**
 * Calls `onEntry` for each tensor entry in document order. Returns whether the header has a
 * `__metadata__` map, or undefined when the header must be parsed with JSON.parse instead
 * (`onEntry` may have been called for some entries before: the caller then discards them).
 */
export declare function scanHeader(bytes: Uint8Array, onEntry: (name: string, entry: RawEntry) => void): {
    hasMetadata: boolean;
} | undefined;
