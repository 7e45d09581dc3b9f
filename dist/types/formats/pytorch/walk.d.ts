import { type PickleValue } from '../pickle/values.js';
import { TensorRef } from './torch-globals.js';
/** One step from a container to a value inside it. */
export interface PathStep {
    key: string;
    /** `attr`: an object's attribute (TorchScript module tree), joined with `.` like state_dict names. */
    via: 'item' | 'attr';
}
/** `model/wc1.weight`, `optimizer/state/0/exp_avg`, `conv_block_1.conv_1.weight` (TorchScript). */
export declare function pathName(path: readonly PathStep[]): string;
/**
 * Hands every tensor reachable from `root` to `onTensor` with the path of keys that leads to it
 * (its own array), in pickle order (dict insertion order, list order, an object's arguments then
 * its state). Each container is walked once, so a cyclic or heavily shared structure cannot make
 * the walk loop or explode; a tensor object reached under two names (tied weights in a
 * state_dict) is handed over under both. Nothing is collected: a reader that classifies tensors
 * as they come keeps no list of 10^5 paths (~15 MB the garbage collector would copy to the old
 * generation before it could free it).
 */
export declare function forEachTensor(root: PickleValue, file: string, onTensor: (path: PathStep[], tensor: TensorRef) => void): void;
