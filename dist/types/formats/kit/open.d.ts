import type { ByteSource } from '../../io/byte-source.js';
import type { CheckpointFiles } from '../../io/checkpoint-files.js';
/**
 * Opens `path`, runs `read` over it and closes it whatever happens: the one open/try/finally/close
 * of the readers, so that no reader leaks a file handle on a format error.
 */
export declare function withSource<T>(files: CheckpointFiles, path: string, read: (source: ByteSource) => Promise<T>): Promise<T>;
/**
 * A file opened on its first use, for a reader that needs it only for some items (a DCP data file,
 * read only for an item whose size the metadata omits); `close()` closes it if it was opened.
 */
export declare class LazySource {
    private readonly files;
    private readonly path;
    private opened;
    constructor(files: CheckpointFiles, path: string);
    source(): Promise<ByteSource>;
    close(): Promise<void>;
}
