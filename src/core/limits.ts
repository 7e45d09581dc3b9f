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

/**
 * Bytes of a safetensors JSON header, checked before the header is read. The reference reader
 * refuses headers over 100 MB (`huggingface/safetensors:safetensors/src/tensor.rs`, MAX_HEADER_SIZE);
 * a header with 10^5 tensors is about 10 MB.
 */
export const MAX_SAFETENSORS_HEADER_BYTES = 100_000_000

/**
 * Bytes of a `*.safetensors.index.json`. Its `weight_map` has one short line per tensor: a
 * 10^5-tensor model's index is a few MB.
 */
export const MAX_SAFETENSORS_INDEX_BYTES = 64 * 1024 * 1024

// --- ONNX --------------------------------------------------------------------------------------

/**
 * Nesting of ONNX graphs (If/Loop/Scan bodies inside bodies). Real models nest a few levels; the
 * limit stops a crafted file from recursing without bound.
 */
export const MAX_ONNX_GRAPH_DEPTH = 32

/**
 * Bytes of one ONNX string field that is read (a tensor name, an `external_data` key or value).
 * Names are short; an `external_data` location is a relative path.
 */
export const MAX_ONNX_STRING_BYTES = 64 * 1024

// --- Keras / HDF5 ------------------------------------------------------------------------------

// --- GGUF --------------------------------------------------------------------------------------

/** Dimensions of a GGUF tensor: GGML_MAX_DIMS (`ggml-org/llama.cpp:ggml/include/ggml.h`). */
export const MAX_GGUF_DIMS = 4

/**
 * Bytes of a GGUF string that is read rather than skipped (KV keys, tensor names, and the
 * `general.alignment` key's neighbours). llama.cpp limits tensor names to 64 bytes
 * (GGML_MAX_NAME); KV keys are dotted identifiers.
 */
export const MAX_GGUF_KEY_BYTES = 64 * 1024

/**
 * Nesting of GGUF arrays (an array of arrays...). Real files use flat arrays; the limit stops a
 * crafted file from recursing without bound.
 */
export const MAX_GGUF_ARRAY_DEPTH = 8
