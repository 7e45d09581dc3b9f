import { type Evidence, type EvidenceSource, type TensorRole } from '../../core/classify.js';
import type { Hdf5Dataset } from '../hdf5/index.js';
/**
 * What the Keras 3 layout (`.weights.h5`, also inside a `.keras` archive) says of a dataset:
 * `layers/<class_snake>/vars/N` are a layer's variables, trainable first, and the layer's class
 * (from `config.json`, else from the group's name) says which are non-trainable statistics;
 * `optimizer/vars/N` are the optimizer's. keras-layout.ts applies it as the walk goes.
 */
/** What the layout says of a dataset: a role, the source that says it, and why. */
export type Statement = readonly [TensorRole, EvidenceSource, string];
/** What a `.keras` archive's `config.json` says about its layers, when it is there. */
export interface KerasConfigLayers {
    /** `to_snake_case(class_name)` → class_name for every layer class in the config, nested ones included. */
    classesBySnakeName: Map<string, string>;
}
/** Number of `vars/N` datasets per vars group (`layers/batch_normalization/vars` → 4). */
export declare function countVarsPerGroup(datasets: Hdf5Dataset[]): Map<string, number>;
export declare function classifyKeras3(path: string, varsCount: Map<string, number>, config?: KerasConfigLayers): Statement | readonly Evidence[] | undefined;
/** Keras' `to_snake_case` (keras-team/keras:keras/src/utils/naming.py). */
export declare function toSnakeCase(name: string): string;
/** Layer classes named in a `.keras` archive's `config.json` (nested models included). */
export declare function configLayers(config: unknown): KerasConfigLayers;
