import type { CheckpointFile, FileRole } from '../../core/types.js';
import type { CheckpointFiles } from '../../io/checkpoint-files.js';
/**
 * The files a checkpoint's primary file names beside itself (TF data shards, a shard index's
 * shards, GGUF splits, ONNX external data, an OpenVINO `.bin`, Core ML weight files, DCP data
 * files), with ONE policy for those that are absent (a download cut short, a Git LFS file not
 * fetched): an absent file is listed with `present: false` and the size the checkpoint describes
 * for it, or 0 when nothing describes it, and the checkpoint gets one warning, worded here for
 * every format, naming the absent files and how they were counted. An absent companion is never an
 * error: the sizes the checkpoint describes are still worth a report.
 */
export declare class Companions {
    private readonly source;
    private readonly describedBy;
    /** Every companion, present or absent, in the order they were met. */
    readonly files: CheckpointFile[];
    private readonly absent;
    /**
     * @param describedBy what describes the companions' sizes, for the warning: `the index`, `the
     *   graph`, `the XML`: "counted at the N bytes the index describes".
     */
    constructor(source: CheckpointFiles, describedBy: string);
    /**
     * The companion at `path`: present with its size on disk, or absent with `describedBytes` (0
     * when the checkpoint does not describe it).
     */
    companion(path: string, role: FileRole, options?: {
        describedBytes?: number;
    }): Promise<CheckpointFile>;
    /** A companion the reader already found on disk (it opened it, or knows its size). */
    present(path: string, role: FileRole, bytes: number): CheckpointFile;
    /** A companion the reader already found absent, counted at `describedBytes` (or 0). */
    absentFile(path: string, role: FileRole, describedBytes?: number): CheckpointFile;
    /** The absent companions' paths. */
    absentPaths(): string[];
    /** The one warning about absent companions (none when all are present). */
    warnings(): string[];
}
/** The first `count` names, and how many more. */
export declare function listSome(names: readonly string[], count?: number): string;
