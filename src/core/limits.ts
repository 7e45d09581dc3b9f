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

/**
 * Bytes of one pickle (`data.pkl`, `constants.pkl`, a legacy stream's object pickle). It is
 * metadata: ~100 bytes per tensor (a 70B-parameter `pytorch_model.bin` has a few hundred KB);
 * Lightning checkpoints add hyper-parameters and RNG state (a few KB).
 */
export const MAX_PICKLE_BYTES = 256 * 1024 * 1024

/** Memo entries (BINPUT/MEMOIZE) of one pickle. Real pickles memoize ~3 objects per tensor. */
export const MAX_PICKLE_MEMO = 10_000_000

/** Values on the unpickler's stack at once (a MARKed tuple/list/dict lives there before it is built). */
export const MAX_PICKLE_STACK = 10_000_000

/** Open MARKs at once: the nesting depth. Python's own pickler recurses, so real pickles stay < 1000. */
export const MAX_PICKLE_MARK_DEPTH = 10_000

/** Items of one list, dict or set built by APPEND(S)/SETITEM(S)/ADDITEMS. */
export const MAX_PICKLE_CONTAINER_ITEMS = 10_000_000

/** Bytes of one pickled string or bytes object. RNG state arrays are a few KB; hparams rarely more. */
export const MAX_PICKLE_STRING_BYTES = 64 * 1024 * 1024

/** Bytes of one LONG1/LONG4 integer. Storage sizes and counters fit in 8; Python's own ints rarely exceed 64. */
export const MAX_PICKLE_LONG_BYTES = 1024

/** Nesting depth walked when collecting the tensors of an unpickled value (cycles are cut separately). */
export const MAX_PICKLE_WALK_DEPTH = 10_000

// --- safetensors -------------------------------------------------------------------------------

// --- ONNX --------------------------------------------------------------------------------------

// --- Keras / HDF5 ------------------------------------------------------------------------------

// --- GGUF --------------------------------------------------------------------------------------
