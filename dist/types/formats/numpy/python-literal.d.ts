/**
 * The Python literals a `.npy` header is written in (`numpy/lib/format.py` writes
 * `repr(dict(descr=..., fortran_order=..., shape=...))`, and reads it back with
 * `ast.literal_eval`): dicts, lists, tuples, strings, integers, True/False/None. Parsed here by a
 * small recursive-descent parser, never evaluated. Anything else (a call, a name, an expression)
 * is refused, as `literal_eval` refuses it.
 */
export type PyValue = string | number | boolean | null | PyValue[] | PyDict;
/** A dict literal; numpy's header keys are strings, so only string keys are kept. */
export interface PyDict {
    readonly dict: ReadonlyMap<string, PyValue>;
}
export declare function isPyDict(value: PyValue): value is PyDict;
/** Parses `text` as one Python literal; throws an Error naming what was wrong and where. */
export declare function parsePythonLiteral(text: string): PyValue;
