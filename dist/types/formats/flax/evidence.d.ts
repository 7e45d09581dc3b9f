import { type Evidence } from '../../core/classify.js';
/**
 * What a Flax/Orbax state tree says about each leaf. The tree's top-level groups are the train
 * state's own fields (`flax.training.train_state.TrainState`: `step`, `params`, `opt_state`) and
 * the model's variable collections (`params`, `batch_stats`): framework metadata, source `group`.
 *
 * Under `opt_state`, optax keeps per-parameter trees (Adam's `mu`/`nu`, SGD momentum's `trace`)
 * that mirror `params` leaf for leaf, and scalars (`count`). A leaf whose path ends with a
 * parameter's path, with its shape and dtype, is that parameter's slot; the rest is the
 * optimizer's own state. A tree with none of the train-state groups (`to_bytes(params)`, Hugging
 * Face's `flax_model.msgpack`) is a parameter tree.
 */
export interface StateLeaf {
    /** Keys from the root joined with '/': `opt_state/0/mu/Dense_0/kernel`. */
    path: string;
    dtype: string;
    shape: readonly number[];
}
/** The evidence of each leaf, in order; arrays shared between leaves that the tree describes alike. */
export declare function stateTreeEvidence(leaves: readonly StateLeaf[]): (readonly Evidence[])[];
