import type { CheckpointFiles } from '../../io/checkpoint-files.js';
/**
 * An Orbax item's `_METADATA` (`orbax/checkpoint/_src/metadata/tree.py`): the saved pytree, one
 * entry per leaf, keyed by the tuple of its keys' reprs:
 *
 *   {"tree_metadata": {"('params', 'Dense_0', 'kernel')": {
 *      "key_metadata": [{"key": "params", "key_type": 2}, …],
 *      "value_metadata": {"value_type": "jax.Array", "skip_deserialize": false, "write_shape": [8, 32]}}},
 *    "use_ocdbt": true, "use_zarr3": false, …}
 *
 * Leaves are arrays (`jax.Array`, `np.ndarray`), Python scalars (`scalar`), strings or `None`.
 * The dtype is not here: it is in each array's zarr metadata (see index.ts).
 */
export interface TreeLeaf {
    /** Keys from the root joined with '/': `opt_state/0/mu/Dense_0/kernel`. */
    path: string;
    /** Keys joined with '.', the name of the array in the OCDBT store or its zarr folder. */
    paramName: string;
    shape: number[];
    valueType: string;
}
export interface TreeMetadata {
    /** Array and scalar leaves (what holds payload bytes); `None` and skipped leaves are left out. */
    leaves: TreeLeaf[];
    useOcdbt: boolean;
    useZarr3: boolean;
}
export declare function parseTreeMetadata(text: string, file: string): TreeMetadata;
/** A JSON metadata file of the checkpoint, as text. */
export declare function readText(path: string, files: CheckpointFiles): Promise<string>;
