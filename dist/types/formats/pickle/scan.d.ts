import type { PickleGlobalReference, PickleGlobalVerdict } from '../../core/types.js';
/** Whether loading a pickle that names `module.name` could run code. */
export declare function isDangerousGlobal(module: string, name: string): boolean;
/** The verdict on one global: dangerous first (an allow-list never holds those), then safe when allowed. */
export declare function verdictOf(module: string, name: string, allowed: boolean): PickleGlobalVerdict;
/**
 * Collects a checkpoint's global references: each distinct global once, at the offset it is first
 * named, in the order met; at most MAX_PICKLE_GLOBALS_LISTED (then `truncated`).
 */
export declare class PickleGlobalScan {
    private readonly file;
    private readonly seen;
    readonly references: PickleGlobalReference[];
    truncated: boolean;
    constructor(file: string);
    add(module: string, name: string, allowed: boolean, offset: number): void;
}
/** The warning a checkpoint's report carries when its pickles name globals that would run code. */
export declare function scanWarnings(scan: PickleGlobalScan): string[];
/**
 * What the user can do about classes loading would import: a state_dict needs none of them, and
 * `torch.load(weights_only=True)` (torch's default since 2.6) refuses a pickle that names them.
 */
export declare function scanExplanations(scan: PickleGlobalScan): string[];
