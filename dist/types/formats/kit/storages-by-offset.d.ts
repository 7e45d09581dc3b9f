import type { TensorInfo } from '../../core/types.js';
/**
 * Tensors whose payloads start at the same byte are views of one storage, counted once: the same
 * constant used by several methods, a buffer shared by several TFLite tensors, or a hostile file
 * pointing many tensors at one payload.
 */
export declare class StoragesByOffset {
    private readonly first;
    add(tensor: TensorInfo): void;
}
