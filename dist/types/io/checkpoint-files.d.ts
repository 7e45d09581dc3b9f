import type { ByteSource } from './byte-source.js';
/**
 * The file-system port a reader uses to find and open a checkpoint's files (its `.index`, data
 * shards, `.meta`, a SavedModel's `variables/`, a safetensors shard index...). Paths are POSIX
 * paths as the pipeline gives them (`exports/model.ckpt.index`). Implementations: the disk (CLI,
 * action), a git commit (baselines), memory (MemoryFiles: the fuzzer, tests).
 */
export interface CheckpointFiles {
    /** Opens a file for positioned reads. Throws when it does not exist. */
    open(path: string): Promise<ByteSource>;
    /** The size of a file in bytes, or undefined when it does not exist (or is not a regular file). */
    size(path: string): Promise<number | undefined>;
    /** Names (not paths) of the entries of a directory; empty when it does not exist. */
    list(dir: string): Promise<string[]>;
}
/** POSIX helpers so that readers never need node:path (which would differ on Windows). */
export declare function dirname(path: string): string;
export declare function basename(path: string): string;
export declare function joinPath(dir: string, name: string): string;
/**
 * The memory adapter of the port, beside the disk (DiskFiles) and a git commit (GitTreeFiles):
 * checkpoint files held as bytes by path. The fuzzer (fuzz/) and the tests read crafted bytes
 * through it exactly as the CLI reads a disk, and a caller that already holds a file's bytes can
 * measure them without writing them out.
 */
export declare class MemoryFiles implements CheckpointFiles {
    private readonly files;
    private readonly sources;
    constructor(files: Map<string, Uint8Array>);
    /** Bytes read so far through every file this opened (as DiskFiles.bytesRead). */
    get bytesRead(): number;
    open(path: string): Promise<ByteSource>;
    size(path: string): Promise<number | undefined>;
    list(dir: string): Promise<string[]>;
}
