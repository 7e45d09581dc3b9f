import type { TensorInfo } from '../../core/types.js';
import type { FoundTensor } from './evidence.js';
import { type StorageRef } from './torch-globals.js';
/** Where one storage's bytes are: a zip entry's payload, or a span after a legacy size header. */
export interface StorageSpan {
    offset: number;
    byteLength: number;
}
/**
 * Turns classified tensors, as the classification hands them over, into the common tensor list.
 * Every tensor that views a storage gets the whole storage's span; the tensors of a storage that
 * several tensors view also get its key, so the analyzer counts a shared storage once (under the
 * first tensor that names it); the explanation says which were shared.
 *
 * Per-storage bookkeeping lives on the StorageRef object itself (the unpickler hands out one per
 * storage): with 10^5 storages, string-keyed maps were a tenth of the read, and Maps keyed by the
 * object grew by copies into the large-object space that stayed to the end.
 */
export declare class TensorList {
    private readonly file;
    private readonly spanOf;
    /**
     * Stable key of a storage for the analyzer's once-per-storage accounting (`archive/data/3`),
     * asked only for the storages that several tensors view.
     */
    private readonly keyOf;
    /**
     * Allocated at the expected count (`expected`, the number of storages) and trimmed by
     * `finish`: pushes to 10^5 left growth copies in the large-object space.
     */
    private readonly tensors;
    private count;
    /** The storages whose views, so far, do not cover them whole (rare: slices saved alone). */
    private readonly partial;
    /** The storages a second tensor viewed (rare: tied weights), their bytes added to the shared total once. */
    private readonly sharedStorages;
    private readonly shared;
    private sharedBytes;
    constructor(file: string, spanOf: (storage: StorageRef) => StorageSpan, 
    /**
     * Stable key of a storage for the analyzer's once-per-storage accounting (`archive/data/3`),
     * asked only for the storages that several tensors view.
     */
    keyOf: (storage: StorageRef) => string, expected?: number);
    /** An arrow property, so that `list.add` can be handed to the classification as it is. */
    readonly add: (item: FoundTensor) => void;
    finish(): {
        tensors: TensorInfo[];
        explanations: string[];
    };
}
/** The element ranges `[from, to)` that a storage's tensors view, while they do not cover it all. */
export declare class PartialViews {
    /** The first tensor that names the storage: its bytes are counted under this one. */
    readonly first: TensorInfo;
    readonly views: [number, number][];
    constructor(
    /** The first tensor that names the storage: its bytes are counted under this one. */
    first: TensorInfo, views: [number, number][]);
}
