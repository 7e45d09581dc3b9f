/**
 * The `.metadata` file of a `torch.distributed.checkpoint` (DCP) folder: a pickle of
 * `torch.distributed.checkpoint.metadata.Metadata` (`pytorch/pytorch:torch/distributed/checkpoint/
 * metadata.py`, written by `filesystem.py`'s `FileSystemWriter.finish`). Its dataclasses pickle
 * as NEWOBJ + BUILD with a dict of fields:
 *
 * - `state_dict_metadata`: FQN → `TensorStorageMetadata(properties, size, chunks)` for a tensor
 *   (`properties` pickles as the tuple `(dtype, layout, requires_grad, memory_format, pin_memory)`,
 *   `size` and each chunk's `offsets`/`sizes` as `torch.Size(tuple)`), or `BytesStorageMetadata()`
 *   for any other value (saved with torch.save into the data file);
 * - `storage_data`: `MetadataIndex(fqn, offset, index)` → `_StorageInfo(relative_path, offset,
 *   length[, transform_descriptors])`: where each chunk's bytes are, in which `__<rank>_<n>.distcp`.
 *
 * Parsed without running anything: the classes stay opaque objects (only `torch.` and `pathlib.`
 * globals are admitted, and none is called).
 */
export interface DcpTensor {
    dtype: string;
    shape: number[];
    /**
     * Each chunk's sizes by its offsets within the whole tensor (`"0,512"`): looked up once per
     * stored item, so a tensor of many chunks costs no scan per item.
     */
    chunks: Map<string, number[]>;
}
/** One stored item: a tensor chunk, or a non-tensor value. */
export interface DcpItem {
    fqn: string;
    /** The chunk's offsets within its tensor; undefined for a non-tensor value. */
    chunkOffsets?: number[];
    /** Data file, relative to the folder. */
    file: string;
    offset: number;
    length: number;
    /** Transforms applied to the stored bytes (compression, encryption): the item is not a plain torch.save. */
    transformed: boolean;
}
export interface DcpMetadata {
    tensors: Map<string, DcpTensor>;
    items: DcpItem[];
}
export declare function parseDcpMetadata(bytes: Uint8Array, file: string): DcpMetadata;
/** The key of a chunk in `DcpTensor.chunks`. */
export declare function offsetsKey(offsets: readonly number[]): string;
