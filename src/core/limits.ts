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

// --- GGUF --------------------------------------------------------------------------------------
