import { type PickleValue } from '../pickle/values.js';
import { TensorRef } from './torch-globals.js';
/**
 * A dict key as it appears in a name. Tuple keys are written out to MAX_PICKLE_KEY_DEPTH levels and
 * at most MAX_NAME_BYTES + 1 characters: a hostile key (a tuple nested 100k deep, or one that shares
 * a huge tuple many times) can neither recurse without bound nor make a huge string.
 */
export declare function keyText(key: PickleValue): string;
/** How a container's children are named: `model.conv.weight` in a module tree, `optimizer/state/0` elsewhere. */
export interface Entered<S> {
    /** What the container is (the caller's own description, handed back for its children). */
    scope: S;
    /** The container's name, which its children's names extend; the parent's own name makes it transparent. */
    name: string;
    /** Between the container's name and an item's key; an attribute's is always `.`. Default `/`. */
    separator?: '/' | '.';
}
/** The caller's part of the walk: what each container is, and what to do with each tensor. */
export interface TensorVisitor<S> {
    /**
     * What a container reached from `parent` under `key` is (`defaultName`: its name by the usual
     * rule); undefined: not walked (it holds only references to tensors found elsewhere).
     */
    enter(parent: Entered<S>, key: PickleValue, defaultName: string, value: object): Entered<S> | undefined;
    /** A tensor in `parent` under `key`, named `name`. */
    tensor(parent: Entered<S>, key: PickleValue, name: string, tensor: TensorRef): void;
}
/**
 * Hands every tensor reachable from `root` to the visitor, with its name, in pickle order (dict
 * insertion order, list order, an object's arguments then its state). Each container is walked
 * once, so a cyclic or heavily shared structure cannot make the walk loop or explode; a tensor
 * object reached under two names (tied weights) is handed over under both. Nothing is collected:
 * a reader that classifies tensors as they come keeps no list of 10^5 names.
 */
export declare function forEachTensor<S>(root: PickleValue, file: string, rootScope: Entered<S>, visitor: TensorVisitor<S>): void;
