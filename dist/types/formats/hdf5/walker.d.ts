import type { ByteSource } from '../../io/byte-source.js';
import type { Hdf5ReadOptions, Hdf5Tree } from './types.js';
/**
 * A metadata-only HDF5 reader: superblock, object headers, group links and the few messages that
 * say where a dataset's bytes are (dataspace, datatype, data layout). It never reads a dataset's
 * payload, so its cost follows the number of objects, not the size of the weights
 * (bench/hdf5-approach.ts compares it with h5wasm).
 *
 * Byte layouts are from the HDF5 File Format Specification v3 (`HDFGroup/hdf5:doxygen/dox/FileFormatSpec*`,
 * "Level 0/1/2"), cross-checked against netron's reader (`lutzroeder/netron:source/hdf5.js`) and
 * the real Keras files in fixtures/real/keras. Each level of the spec has its file: superblock.ts,
 * object-header.ts, symbol-table.ts / links.ts / fractal-heap.ts (groups), btree-v1.ts and
 * btree-v2.ts, dataspace.ts / datatype.ts / data-layout.ts / chunk-index.ts (datasets),
 * attributes.ts / global-heap.ts; file.ts reads bytes for all of them.
 *
 * Supported: superblock v0–v3, object headers v1 and v2 (with continuation blocks), old-style
 * groups (symbol table: v1 B-tree + local heap + SNOD nodes), new-style groups (link messages,
 * and dense storage in a fractal heap indexed by a v2 B-tree), attributes v1–v3 (fixed-length
 * string and numeric values are decoded), data layout v1–v5 (compact, contiguous, chunked through
 * a v1 B-tree, a fixed array, a v2 B-tree, single-chunk and implicit indexes). Extensible-array
 * chunk indexes and huge or filtered link heaps are rejected with an UnsupportedFormatError: h5py
 * writes none of them with its default settings, which is what Keras uses.
 */
/**
 * Reads the whole tree of groups and datasets below the root group, metadata only. A file with a
 * user block (superblock at 512, 1024, …) is walked through a window that starts at the superblock,
 * where its addresses start; dataset spans are given as offsets in `source` all the same.
 */
export declare function readHdf5Tree(source: ByteSource, options?: Hdf5ReadOptions): Promise<Hdf5Tree>;
