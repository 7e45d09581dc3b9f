import type { ByteSource } from './byte-source.js';
/**
 * The file-system port a reader uses to find and open a checkpoint's files (its `.index`, data
 * shards, `.meta`, a SavedModel's `variables/`, a safetensors shard index...). Paths are POSIX
 * paths as the pipeline gives them (`exports/model.ckpt.index`). Implementations: the disk (CLI,
 * action), a git commit (baselines), memory (tests).
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
/** In-memory files, for tests and for building checkpoints inside a test. */
export declare class MemoryFiles implements CheckpointFiles {
    private readonly files;
    constructor(files: Map<string, Uint8Array>);
    open(path: string): Promise<ByteSource>;
    size(path: string): Promise<number | undefined>;
    list(dir: string): Promise<string[]>;
}
