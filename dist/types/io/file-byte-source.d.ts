import { type ByteSource } from './byte-source.js';
/**
 * A ByteSource over a file on disk: `pread` at the asked offsets, nothing cached or mapped.
 *
 * Every call is synchronous behind the async port. Readers ask for many small spans (a local
 * header per storage, a header per HDF5 object), and a round trip through libuv's thread pool
 * costs far more than the read itself; the CLI and the action have nothing else to do while they
 * wait. Not importing `node:fs/promises` also keeps it (and the stream and readline modules it
 * loads) out of the CLI's start-up.
 */
export declare class FileByteSource implements ByteSource {
    readonly name: string;
    readonly size: number;
    /** Bytes read from disk by every FileByteSource of this process (the CLI's stats for the bench). */
    static totalBytesRead: number;
    /** Files opened by every FileByteSource of this process. */
    static totalOpened: number;
    bytesRead: number;
    private fd;
    private constructor();
    static open(path: string, name?: string): Promise<FileByteSource>;
    read(offset: number, length: number): Promise<Uint8Array>;
    readInto(offset: number, target: Uint8Array): Promise<void>;
    private fill;
    close(): Promise<void>;
    private openFd;
}
