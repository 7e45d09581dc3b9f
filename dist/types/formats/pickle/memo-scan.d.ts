/**
 * The memo indexes a pickle ever fetches (GET, BINGET, LONG_BINGET), found by a pass over its
 * opcodes that builds nothing.
 *
 * Why: Python's pickler memoizes nearly every object it writes (a torch state_dict: the key, the
 * persistent-id tuple, the size and stride tuples, the hooks dict and the argument tuple of every
 * tensor), but fetches few of them again (the globals, `'storage'`, `'cpu'`, a tied weight). An
 * unpickler that keeps every memoized object keeps all of those intermediate values alive to the
 * end: for 10^5 tensors, ~40 MB that the garbage collector copies twice before it can free
 * nothing. Keeping only what is fetched lets them die young.
 *
 * The pass decodes opcode arguments exactly as the interpreter does, so both see the same opcode
 * boundaries; it stops at STOP, or where the interpreter would throw (an unknown opcode, a
 * truncated or oversized argument). If it were ever wrong, the interpreter notices the fetch of
 * an entry it did not keep and parses again keeping everything (`unpickler.ts`), so the result
 * never depends on this pass.
 *
 * Opcode arguments: `python/cpython:Lib/pickletools.py` (the `opcodes` table).
 */
/** The memo indexes fetched before the pickle's STOP (or before the point where it is invalid). */
export declare function fetchedMemoIndexes(bytes: Uint8Array): Set<number>;
