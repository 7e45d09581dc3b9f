import type { ByteSource } from './byte-source.js';
import type { CheckpointFiles } from './checkpoint-files.js';
/**
 * CheckpointFiles on the local disk, with paths relative to `root` (the workspace). Synchronous
 * calls behind the async port, for the reason FileByteSource gives.
 */
export declare class DiskFiles implements CheckpointFiles {
    readonly root: string;
    private readonly opened;
    constructor(root: string);
    /** Bytes read so far through every file this opened: the reading discipline, measured. */
    get bytesRead(): number;
    private abs;
    open(path: string): Promise<ByteSource>;
    size(path: string): Promise<number | undefined>;
    list(dir: string): Promise<string[]>;
}
