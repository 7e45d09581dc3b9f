/**
 * Every limit that protects the runner from a corrupt or hostile checkpoint, in one place,
 * each with its reason. Readers check these *before* allocating or looping.
 *
 * A limit is generous for real files (the largest real value we know of is noted) and small
 * enough that a file cannot make us allocate more than a few hundred MB or loop for minutes.
 */

// --- General ---------------------------------------------------------------------------------

/** Tensors in one checkpoint. Large LLM checkpoints have ~10^4; 10^7 entries of metadata would already be GBs. */
export const MAX_TENSORS = 10_000_000

/** Dimensions of one tensor. TF allows 254 (kMaxDims); nothing real comes close. */
export const MAX_DIMS = 64

/** Bytes of one tensor name. The longest real TF2 keys are a few hundred bytes. */
export const MAX_NAME_BYTES = 64 * 1024

/** The first bytes read from every candidate file to sniff its format. */
export const SNIFF_BYTES = 64

// --- TensorFlow --------------------------------------------------------------------------------

// --- PyTorch / pickle / zip ---------------------------------------------------------------------

// --- safetensors -------------------------------------------------------------------------------

// --- ONNX --------------------------------------------------------------------------------------

// --- Keras / HDF5 ------------------------------------------------------------------------------

/** Groups and datasets walked in one HDF5 file. A Keras model has a few per layer; 10^6 layers is absurd. */
export const MAX_HDF5_OBJECTS = 1_000_000

/** v1 B-tree nodes read in one file (group and chunk indexes); bounds a hostile tree, cycles are caught separately. */
export const MAX_HDF5_BTREE_NODES = 1_000_000

/** Chunks listed for one dataset by a fixed-array index (read in one block). */
export const MAX_HDF5_CHUNKS = 10_000_000

/**
 * One index block read whole: a v2 B-tree node (h5py: 512 bytes), a fixed-array data block
 * (10^6 chunks × 16 bytes), a fractal-heap object (a link message: under 64 KiB).
 */
export const MAX_HDF5_INDEX_BLOCK_BYTES = 64 * 1024 * 1024

/** Group nesting depth. Keras nests a few levels per sub-model; deeper means a cyclic or hostile file. */
export const MAX_HDF5_DEPTH = 256

/** Bytes of one object header, all continuation blocks together. Keras keeps attributes under 64 KiB each (HDF5_OBJECT_HEADER_LIMIT). */
export const MAX_HDF5_HEADER_BYTES = 16 * 1024 * 1024

/** A group's local heap (its link names). Real heaps hold a few KB of names. */
export const MAX_HDF5_HEAP_BYTES = 64 * 1024 * 1024

/** One attribute value decoded (layer_names, weight_names are chunked by Keras below 64 KiB). */
export const MAX_HDF5_ATTRIBUTE_VALUE_BYTES = 1024 * 1024

/** `config.json` / `metadata.json` read from a `.keras` archive. Real configs are a few KB to a few MB. */
export const MAX_KERAS_CONFIG_BYTES = 64 * 1024 * 1024

// --- GGUF --------------------------------------------------------------------------------------
