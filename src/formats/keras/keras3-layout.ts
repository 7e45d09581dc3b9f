import { evidenceFromRules, evidenceOf, type Evidence, type EvidenceSource, type TensorRole } from '../../core/classify.js'
import { KERAS_MODEL_VARIABLE_RULES } from '../../core/rules/keras.js'
import type { Hdf5Dataset } from '../hdf5/index.js'

/**
 * What the Keras 3 layout (`.weights.h5`, also inside a `.keras` archive) says of a dataset:
 * `layers/<class_snake>/vars/N` are a layer's variables, trainable first, and the layer's class
 * (from `config.json`, else from the group's name) says which are non-trainable statistics;
 * `optimizer/vars/N` are the optimizer's. keras-layout.ts applies it as the walk goes.
 */

/** What the layout says of a dataset: a role, the source that says it, and why. */
export type Statement = readonly [TensorRole, EvidenceSource, string]

/** What a `.keras` archive's `config.json` says about its layers, when it is there. */
export interface KerasConfigLayers {
  /** `to_snake_case(class_name)` → class_name for every layer class in the config, nested ones included. */
  classesBySnakeName: Map<string, string>
}

/** Layer classes whose last two variables are non-trainable moving statistics. */
const BATCH_NORM_CLASSES = new Set(['BatchNormalization', 'SyncBatchNormalization'])
/** Layer classes whose variables are all adapt() state (mean, variance, count). */
const ADAPT_STATE_CLASSES = new Set(['Normalization'])

/** Whole constants, not a template per tensor (see keras-layout.ts). */
const LAYER_VARIABLE = evidenceOf('parameter', 'group', 'layer variable (layers group)')
const OPTIMIZER_ITERATIONS = evidenceOf('optimizer-state', 'group', 'optimizer iterations counter (optimizer/vars/0)')
const OPTIMIZER_VARIABLE = evidenceOf('optimizer-slot', 'group', 'optimizer variable (optimizer group: learning rate or slot)')

/** Number of `vars/N` datasets per vars group (`layers/batch_normalization/vars` → 4). */
export function countVarsPerGroup(datasets: Hdf5Dataset[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const dataset of datasets) {
    const match = /^(.*)\/vars\/\d+$/.exec(dataset.path)
    if (match) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1)
  }
  return counts
}

export function classifyKeras3(path: string, varsCount: Map<string, number>, config?: KerasConfigLayers): Statement | readonly Evidence[] | undefined {
  if (path.startsWith('optimizer/')) {
    // keras-team/keras:keras/src/optimizers/base_optimizer.py: variables[0] is `iterations`, then
    // `learning_rate` when it is a plain float (a scalar), then the slots, per model variable.
    const index = /\/vars\/(\d+)$/.exec(path)?.[1]
    return index === '0' ? OPTIMIZER_ITERATIONS : OPTIMIZER_VARIABLE
  }
  const byName = evidenceFromRules(path, KERAS_MODEL_VARIABLE_RULES)
  if (byName.length > 0) return byName
  const match = /^(.*)\/vars\/(\d+)$/.exec(path)
  if (!match || !(path.startsWith('layers/') || path.startsWith('vars/'))) return undefined
  const owner = match[1]
  const index = Number(match[2])
  // Groups are named to_snake_case(class name), made unique with _N (saving_lib._save_container_state).
  const snake = owner.split('/').pop()!.replace(/_\d+$/, '')
  const className = config?.classesBySnakeName.get(snake)
  const isBatchNorm = className ? BATCH_NORM_CLASSES.has(className) : snake === 'batch_normalization' || snake === 'sync_batch_normalization'
  // config.json names the layer's class (framework metadata); without it, the group's name is a name.
  const source: EvidenceSource = className ? 'group' : 'name-rules'
  const said = className ? `config.json class ${className}` : `group name ${snake}`
  const count = varsCount.get(owner) ?? 0
  if (isBatchNorm && count >= 2 && index >= count - 2) {
    // Trainable variables come first (layer.py save_own_variables): gamma, beta, then moving_mean, moving_variance.
    return ['model-state', source, `BatchNormalization moving ${index === count - 2 ? 'mean' : 'variance'} (non-trainable; ${said})`]
  }
  const isAdaptState = className ? ADAPT_STATE_CLASSES.has(className) : snake === 'normalization'
  if (isAdaptState) return ['model-state', source, `Normalization adapt() statistics (non-trainable; ${said})`]
  return LAYER_VARIABLE
}

/** Keras' `to_snake_case` (keras-team/keras:keras/src/utils/naming.py). */
export function toSnakeCase(name: string): string {
  return name
    .replace(/\W+/g, '')
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
}

/** Layer classes named in a `.keras` archive's `config.json` (nested models included). */
export function configLayers(config: unknown): KerasConfigLayers {
  const classesBySnakeName = new Map<string, string>()
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64 || node === null || typeof node !== 'object') return
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1)
      return
    }
    const record = node as Record<string, unknown>
    if (typeof record.class_name === 'string') classesBySnakeName.set(toSnakeCase(record.class_name), record.class_name)
    for (const value of Object.values(record)) visit(value, depth + 1)
  }
  visit(config, 0)
  return { classesBySnakeName }
}
