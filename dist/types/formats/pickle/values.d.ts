/**
 * The plain values an unpickled stream becomes. Nothing here can run: a class or function named by
 * the pickle is only its name (`PickleGlobal`), and calling it (`REDUCE`, `NEWOBJ`, `BUILD`) only
 * records what would have been called with what (`PickleObject`), unless the allow-list gives a
 * pure builder for it (an OrderedDict becomes a Map, a torch rebuild function a tensor reference).
 *
 * Python → JavaScript: None → null, bool → boolean, int → number (bigint beyond 2^53), float →
 * number, str → string, bytes → Uint8Array, list and tuple → array, dict → Map, set → Set.
 */
export type PickleValue = unknown;
/** A `module.name` the pickle refers to (GLOBAL / STACK_GLOBAL / INST / OBJ). */
export declare class PickleGlobal {
    readonly module: string;
    readonly name: string;
    /** `module.name`, the allow-list's key; built once, as each REDUCE of the global looks it up. */
    readonly qualifiedName: string;
    constructor(module: string, name: string);
}
/**
 * What a REDUCE / NEWOBJ / OBJ / INST of a global without a builder would have made: the callable,
 * its arguments, and the state a later BUILD gave it. Kept so tensors nested inside (a module's
 * `_parameters`, an `argparse.Namespace`) are still found.
 */
export declare class PickleObject {
    readonly callable: PickleGlobal;
    readonly args: PickleValue[];
    state: PickleValue;
    constructor(callable: PickleGlobal, args: PickleValue[]);
}
