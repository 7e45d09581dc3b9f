import { FormatError } from '../../core/errors.js';
import type { PickleGlobalScan } from './scan.js';
import { PickleGlobal, type PickleValue } from './values.js';
/**
 * A pickle interpreter that never executes anything (protocols 0–5).
 *
 * It runs the pickle virtual machine's opcodes (`python/cpython:Lib/pickle.py`, `_Unpickler`;
 * opcode table in `Lib/pickletools.py`) over a stack of plain values. The only points where a
 * real unpickler would import and call code — GLOBAL, STACK_GLOBAL, INST, OBJ, REDUCE, NEWOBJ,
 * BUILD, EXT* and persistent ids — only record what would have happened: a global is its name
 * (`PickleGlobal`), a call of it the callable and its arguments (`PickleObject`), a BUILD the state
 * it would have set. Globals on the caller's allow-list may have a pure builder (OrderedDict →
 * Map, torch rebuild functions → tensor references); every other global, known or not, stays an
 * opaque placeholder, so a model's own classes (`models.yolo.Model`) are read as data. Each global
 * is reported to the caller's scan (`scan.ts`) with the offset that names it: that a pickle names
 * `os.system` is a finding, and nothing here can call it.
 */
/** How a global on the allow-list is treated. */
export interface AllowedGlobal {
    /** A pure builder for `REDUCE`/`NEWOBJ` of this callable; without one the call stays a PickleObject. */
    build?: (args: PickleValue[], global: PickleGlobal) => PickleValue;
    /** The value the global itself stands for (a dtype object such as `torch.float32`). */
    value?: PickleValue;
}
export interface UnpickleOptions {
    /** File name for errors. */
    file: string;
    /** Offset of the pickle in the file, so errors give file offsets. */
    baseOffset?: number;
    /** The allow-list, keyed by `module.name` (with `__builtin__`/`copy_reg` already mapped to py3 names). */
    globals: ReadonlyMap<string, AllowedGlobal>;
    /** Module prefixes whose globals the scan counts as safe (TorchScript's own `__torch__.` classes). */
    allowedModulePrefixes?: readonly string[];
    /** Receives every global the pickle names, with its offset (the security scan). */
    scan?: PickleGlobalScan;
    /** Resolves a persistent id (BINPERSID/PERSID); absent → the pickle is refused. */
    persistentLoad?: (pid: PickleValue) => PickleValue;
    /**
     * Keep every memo entry, not only those the pickle fetches again (`memo-scan.ts`): the plain
     * reading of the protocol, which tests compare the default against.
     */
    keepWholeMemo?: boolean;
}
export interface UnpickleResult {
    value: PickleValue;
    /** Offset just past the STOP opcode, relative to the start of `bytes`. */
    end: number;
}
/** The pickle ended before its STOP opcode: a truncated file, or (legacy streams) a window too small. */
export declare class PickleTruncatedError extends FormatError {
}
export declare function unpickle(bytes: Uint8Array, options: UnpickleOptions): UnpickleResult;
