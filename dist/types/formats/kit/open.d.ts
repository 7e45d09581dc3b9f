import type { ByteSource } from '../../io/byte-source.js';
import type { CheckpointFiles } from '../../io/checkpoint-files.js';
/**
 * Opens `path`, runs `read` over it and closes it whatever happens: the one open/try/finally/close
 * of the readers, so that no reader leaks a file handle on a format error.
 */
export declare function withSource<T>(files: CheckpointFiles, path: string, read: (source: ByteSource) => Promise<T>): Promise<T>;
