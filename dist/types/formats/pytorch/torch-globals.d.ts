import type { AllowedGlobal } from '../pickle/unpickler.js';
import { type PickleValue } from '../pickle/values.js';
import { ShapeInterner } from '../../io/bytes/index.js';
import type { TensorInfo } from '../../core/types.js';
import type { PartialViews } from './result.js';
/**
 * What a `torch.save` pickle may name, and the pure builders that turn torch's rebuild calls into
 * tensor references. The list follows what torch itself lets `torch.load(weights_only=True)`
 * through (`pytorch/pytorch:torch/_weights_only_unpickler.py`) plus the plain data types that
 * Lightning and HF checkpoints carry in their bookkeeping (numpy RNG state, argparse/omegaconf
 * hyper-parameters). Nothing on it is ever called: "allowed" only means "understood as data".
 */
/**
 * A storage as a persistent id names it: `("storage", storage_type, key, location, numel)`. Only
 * what the tensor list needs stays on it; the reader checks the id's record key and element count
 * as it meets it (`persistentStorageId`) and keeps them itself if it needs them later: 10^5
 * storages live through the whole read, and two fields more on each were 1.6 MB at the peak.
 */
export declare class StorageRef {
    /** Element dtype from the storage class (`torch.FloatStorage` → float32); uint8 for untyped. */
    readonly dtype: string;
    /**
     * The storage's position in its reader's list of storages, by which the reader finds its span
     * and record (typed arrays in the zip reader); -1 until listed. Not the span itself: an offset
     * past 2^30 held by an object is a heap number of its own, and 10^5 of them, promoted with the
     * storages, stayed to exit (~1.2 MB).
     */
    index: number;
    /**
     * The TensorList's bookkeeping for this storage (`result.ts`), kept here for the same reason:
     * a Map from 10^5 storages grew by copies into the large-object space (~7 MB never freed).
     * Undefined until a tensor views it; then the first tensor's entry in the list when that view
     * covers the whole storage, else that entry and the views so far.
     */
    views: TensorInfo | PartialViews | undefined;
    constructor(
    /** Element dtype from the storage class (`torch.FloatStorage` → float32); uint8 for untyped. */
    dtype: string);
}
/** What a persistent id says about its storage. (Its device, the id's `location`, is not kept: nothing reads it.) */
export interface StorageId {
    /** The record key: `archive/data/<key>` in a zip, the root key in a legacy stream. */
    key: string;
    dtype: string;
    /** Elements of the (root) storage, in its dtype. */
    numel: number;
}
/** A tensor that `_rebuild_tensor_v2` & co. would have built: a view of a storage. */
export declare class TensorRef {
    /** Undefined for tensors without data (meta tensors). */
    readonly storage: StorageRef | undefined;
    readonly dtype: string;
    readonly shape: number[];
    /**
     * Storage elements the view reaches from its offset (`viewExtent`). Kept instead of the
     * strides, which nothing else needs: one array less per tensor for 10^5 tensors.
     */
    readonly extent: number;
    readonly storageOffset: number;
    /** Rebuilt through `_rebuild_parameter*`: an `nn.Parameter`, so a trainable weight. */
    readonly parameter: boolean;
    constructor(
    /** Undefined for tensors without data (meta tensors). */
    storage: StorageRef | undefined, dtype: string, shape: number[], 
    /**
     * Storage elements the view reaches from its offset (`viewExtent`). Kept instead of the
     * strides, which nothing else needs: one array less per tensor for 10^5 tensors.
     */
    extent: number, storageOffset: number, 
    /** Rebuilt through `_rebuild_parameter*`: an `nn.Parameter`, so a trainable weight. */
    parameter: boolean);
    asParameter(): TensorRef;
}
/**
 * Storage elements a view of `shape` with `stride` (elements between neighbours along each
 * dimension; row-major: `[cols, 1]`) reaches: `Σ (size_i − 1) · stride_i + 1`, 0 when empty.
 */
export declare function viewExtent(shape: readonly number[], stride: readonly number[]): number;
/**
 * Storage class → dtype (`torch/storage.py` `_LegacyStorage` subclasses; netron's
 * `lutzroeder/netron:source/python.js` `torch.*Storage.dtype`).
 */
export declare const STORAGE_DTYPES: Readonly<Record<string, string>>;
/** Bytes per element of the dtypes storages can have (sub-byte packed types count whole bytes). */
export declare const STORAGE_ELEMENT_BYTES: Readonly<Record<string, number>>;
/** The storage class a persistent id names, as a dtype; undefined when it is not a storage class. */
export declare function storageDtype(storageType: PickleValue): string | undefined;
/**
 * The storage a torch.save persistent id names, in a zip archive and a legacy stream alike:
 * `("storage", storage_type, key, location, numel[, view_metadata])`
 * (`pytorch/pytorch:torch/serialization.py`, persistent_id). The errors are plain: the unpickler
 * reports them as an invalid persistent id at its offset.
 */
export declare function persistentStorageId(pid: PickleValue): StorageId;
/**
 * Builds the allow-list, for one read (its rebuilders share the read's shapes). TorchScript
 * archives additionally allow their own `__torch__.` classes.
 */
export declare function torchGlobals(shapes?: ShapeInterner): Map<string, AllowedGlobal>;
/** TorchScript's pickles name the archive's own compiled classes (`__torch__.mnist.Net`), never Python code. */
export declare const TORCHSCRIPT_MODULE_PREFIXES: readonly ["__torch__."];
