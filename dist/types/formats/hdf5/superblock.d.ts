import type { ByteSource } from '../../io/byte-source.js';
import { type Hdf5File, type Superblock } from './file.js';
/**
 * The superblock (spec II.A): where the file's addresses start, how wide its address and length
 * fields are, and where the root group's object header is.
 */
/**
 * Where the superblock is: HDF5 looks for its signature at byte 0, then at 512, 1024, 2048, … (a
 * user block of a power-of-two size from 512 comes first; spec II.A "Superblock"). The search stops
 * at the end of the file, so it reads at most ~40 signatures.
 */
export declare function findSuperblock(source: ByteSource): Promise<number>;
/** Superblock versions 0–3, read from the start of `file`'s source (where the superblock is). */
export declare function readSuperblock(file: Hdf5File): Promise<Superblock>;
