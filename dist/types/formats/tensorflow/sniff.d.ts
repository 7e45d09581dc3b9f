import type { CheckpointSniffer } from '../kit/types.js';
/**
 * The value of the first entry of an SSTable from its first bytes, when that entry has the empty
 * key (a bundle header, or a V1 table's SavedTensorSliceMeta). Handles a snappy-compressed first
 * block, whose first element is a literal holding the same bytes.
 */
export declare function firstHeaderValueByte(head: Uint8Array): number | undefined;
/** V2 checkpoints (`P.index`) and V1 checkpoints (one SSTable, recognised to be refused). */
export declare const tensorflowCheckpointSniffer: CheckpointSniffer;
export declare const SAVED_MODEL_FILES: string[];
export declare const VARIABLES_INDEX: RegExp;
/** SavedModel directories, by their graph file or their `variables/variables.index`. */
export declare const tensorflowSavedModelSniffer: CheckpointSniffer;
