import { evidenceOf, type Evidence, type TensorRole } from '../../core/classify.js'

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
  path: string
  dtype: string
  shape: readonly number[]
}

const group = (role: TensorRole, detail: string): readonly Evidence[] => evidenceOf(role, 'group', detail)

/** The top-level groups of a train state and variables dict (other than `opt_state`, handled by structure). */
const GROUPS: Readonly<Record<string, readonly Evidence[]>> = {
  params: group('parameter', "under 'params': the model's trained parameters"),
  batch_stats: group('model-state', "under 'batch_stats': batch-norm statistics (a Flax variable collection, not trained)"),
  step: group('loop-state', "the train state's step counter"),
  metrics: group('loop-state', "under 'metrics': metric accumulators of the training loop"),
  rng: group('rng-state', 'random-number-generator key'),
  dropout_rng: group('rng-state', 'random-number-generator key'),
  key: group('rng-state', 'random-number-generator key'),
  ema_params: group('copy', "under 'ema_params': an exponential moving average of the parameters"),
  params_ema: group('copy', "under 'params_ema': an exponential moving average of the parameters"),
  target_params: group('copy', "under 'target_params': a target network (a lagged copy of the parameters)")
}
const OPTIMIZER_STATE = group('optimizer-state', "under 'opt_state', shaped like no parameter: the optimizer's own state (optax count, schedule state)")
const PARAMETER_TREE = evidenceOf('parameter', 'format', 'a Flax parameter tree (no train-state groups): model parameters')
const TRAIN_STATE_GROUPS = new Set([...Object.keys(GROUPS), 'opt_state'])

/** The evidence of each leaf, in order; arrays shared between leaves that the tree describes alike. */
export function stateTreeEvidence(leaves: readonly StateLeaf[]): (readonly Evidence[])[] {
  const tops = leaves.map((leaf) => topOf(leaf.path))
  if (!tops.some((top) => TRAIN_STATE_GROUPS.has(top))) return leaves.map(() => PARAMETER_TREE)
  const params = new Map<string, string>()
  for (const leaf of leaves) if (leaf.path.startsWith('params/')) params.set(leaf.path.slice('params/'.length), signature(leaf))
  const slotEvidence = new Map<string, readonly Evidence[]>()
  return leaves.map((leaf, i) => {
    const top = tops[i]
    if (top !== 'opt_state') return GROUPS[top] ?? NOTHING
    const slot = slotOf(leaf, params)
    if (!slot) return OPTIMIZER_STATE
    let evidence = slotEvidence.get(slot)
    if (!evidence) {
      evidence = group('optimizer-slot', `optimizer slot '${slot}' under 'opt_state': one per parameter, with its shape and dtype`)
      slotEvidence.set(slot, evidence)
    }
    return evidence
  })
}

const NOTHING: readonly Evidence[] = Object.freeze([])

function topOf(path: string): string {
  const slash = path.indexOf('/')
  return slash < 0 ? path : path.slice(0, slash)
}

function signature(leaf: StateLeaf): string {
  return `${leaf.dtype}:${leaf.shape.join(',')}`
}

/**
 * The slot name (`mu`, `trace`) of an optimizer leaf whose path ends with a parameter's path and
 * matches its shape and dtype: `opt_state/0/mu/Dense_0/kernel` is `mu` of `Dense_0/kernel`.
 */
function slotOf(leaf: StateLeaf, params: ReadonlyMap<string, string>): string | undefined {
  const own = signature(leaf)
  // Suffixes after the second level (`opt_state/0/…`), from the longest; no arrays built per leaf.
  let slotStart = leaf.path.indexOf('/', leaf.path.indexOf('/') + 1) + 1
  if (slotStart === 0) return undefined
  for (let cut = leaf.path.indexOf('/', slotStart); cut >= 0; slotStart = cut + 1, cut = leaf.path.indexOf('/', slotStart)) {
    if (params.get(leaf.path.slice(cut + 1)) === own) return leaf.path.slice(slotStart, cut)
  }
  return undefined
}
