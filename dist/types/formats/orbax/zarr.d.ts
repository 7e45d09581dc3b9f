import type { TensorInfo } from '../../core/types.js';
import { type CheckpointFiles } from '../../io/checkpoint-files.js';
import { type TreeLeaf } from './tree-metadata.js';
export interface ZarrItem {
    tensors: TensorInfo[];
    /** The chunk files: the arrays' data. */
    files: string[];
    warnings: string[];
}
export declare function readZarrItem(item: string, leaves: readonly TreeLeaf[], sizes: ReadonlyMap<string, number>, files: CheckpointFiles): Promise<ZarrItem>;
