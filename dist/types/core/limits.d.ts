/**
 * Every limit that protects the runner from a corrupt or hostile checkpoint, in one place,
 * each with its reason. Readers check these *before* allocating or looping.
 *
 * A limit is generous for real files (the largest real value we know of is noted) and small
 * enough that a file cannot make us allocate more than a few hundred MB or loop for minutes.
 */
/**
 * Tensors in one checkpoint. The largest real ones we know have ~10^5 (a 110,900-tensor TF index;
 * DeepSeek-V3's safetensors index lists ~91,000). A reader spends 3-10 µs a tensor (measured by the
 * fuzzer on ONNX, safetensors and TF indexes), so 10^6 keeps a hostile file under ~10 s a read,
 * where 10^7 would allow minutes.
 */
export declare const MAX_TENSORS = 1000000;
/** Dimensions of one tensor. TF allows 254 (kMaxDims); nothing real comes close. */
export declare const MAX_DIMS = 64;
/** Bytes of one tensor name. The longest real TF2 keys are a few hundred bytes. */
export declare const MAX_NAME_BYTES: number;
/**
 * Characters of all tensor names of one checkpoint together. The largest real checkpoints have
 * ~10^5 tensors with names of ~50-100 characters (5-10 MB); names (and the paths they are made of)
 * are held in memory and written to the report, so a file with many tensors at the end of a very
 * deep path must not make us build gigabytes of them (a 1.5 MB pickle did; reaching this limit
 * costs about a second).
 */
export declare const MAX_TOTAL_NAME_BYTES: number;
/**
 * Bytes of a file read whole to check whether it is a Git LFS pointer. Pointers are ~130 bytes
 * (git-lfs docs/spec.md: "less than 200 bytes"); git-lfs itself looks no further than 1024.
 */
export declare const MAX_LFS_POINTER_BYTES = 1024;
/** The first bytes read from every candidate file to sniff its format. */
export declare const SNIFF_BYTES = 64;
/** Directory entries visited at most by a walk (the CLI's, the action's), so that a runaway tree cannot stall a run. */
export declare const MAX_WALKED_ENTRIES = 1000000;
/**
 * Files matched at most by the action's globs: bounds what we keep and sniff when a pattern like
 * `**` meets a checkout with a huge generated tree.
 */
export declare const MAX_FOUND_FILES = 100000;
/**
 * Bytes of a baseline report JSON (a file, a committed report, an artifact), read whole. Reports
 * are a few KB per checkpoint; anything far larger is not one we wrote and is not downloaded.
 */
export declare const MAX_BASELINE_REPORT_BYTES: number;
/**
 * Pages of PR comments searched for our marker (100 per page: 10,000 comments). A PR past that
 * is pathological; we then create a new comment rather than page on for minutes.
 */
export declare const MAX_COMMENT_PAGES = 100;
/**
 * Bytes of a TF `.index` file, which is read whole. Real ones are KBs to a few MB (a 110,900-tensor
 * index is about 10 MB); 256 MiB of index would describe tens of millions of tensors.
 */
export declare const MAX_TF_INDEX_BYTES: number;
/**
 * Uncompressed bytes of one SSTable block after snappy. TF cuts blocks at 256 KiB
 * (table_options.h, block_size); one entry can make a block larger, but a BundleEntryProto is tiny.
 */
export declare const MAX_TF_BLOCK_BYTES: number;
/** Data shards of one bundle. The file names use %05d, so TF itself cannot name more than 99,999. */
export declare const MAX_TF_SHARDS = 99999;
/**
 * Bytes of the `_CHECKPOINTABLE_OBJECT_GRAPH` string tensor read from a data shard. The largest
 * real one we know (an Object Detection API export with 684 tensors) is 331 kB.
 */
export declare const MAX_TF_OBJECT_GRAPH_BYTES: number;
/**
 * Nodes plus items (children, attributes, slot references) of the object graph, counted before
 * its arrays are allocated (4-8 bytes per item). A model has a few objects per variable: 10^5
 * variables make ~5 * 10^5; empty nodes of 2 bytes each could otherwise claim 10^8 from the
 * largest graph allowed.
 */
export declare const MAX_TF_OBJECT_GRAPH_ITEMS: number;
/**
 * Bytes of the collections read from a `.meta` / `saved_model.pb` (the graph itself is skipped,
 * not read). Collections list names; a few MB is already a very large model.
 */
export declare const MAX_TF_COLLECTION_BYTES: number;
/** Top-level fields scanned in a `.meta` / `saved_model.pb` (each is a tag and a length). */
export declare const MAX_TF_PROTO_FIELDS = 1000000;
/**
 * Bytes of a `checkpoint` state file, which is read whole. It lists one line per kept checkpoint
 * (`max_to_keep`, 5 by default); a larger file is not a state file and is left alone.
 */
export declare const MAX_TF_STATE_FILE_BYTES: number;
/** Files under a SavedModel's `assets/` and `assets.extra/` (vocabularies, a few files in practice). */
export declare const MAX_SAVEDMODEL_ASSET_FILES = 100000;
/** Central-directory entries of one zip archive. A PyTorch archive has one per storage (~10^4 for an LLM). */
export declare const MAX_ZIP_ENTRIES = 1000000;
/** Bytes of a zip central directory, read in one piece: 46 bytes + name (+ extras) per entry, ~100 MB at the entry limit. */
export declare const MAX_ZIP_DIRECTORY_BYTES: number;
/**
 * Bytes of one pickle (`data.pkl`, `constants.pkl`, a legacy stream's object pickle). It is
 * metadata: ~100 bytes per tensor (a 70B-parameter `pytorch_model.bin` has a few hundred KB);
 * Lightning checkpoints add hyper-parameters and RNG state (a few KB).
 */
export declare const MAX_PICKLE_BYTES: number;
/** Memo entries (BINPUT/MEMOIZE) of one pickle. Real pickles memoize ~3 objects per tensor. */
export declare const MAX_PICKLE_MEMO = 10000000;
/** Values on the unpickler's stack at once (a MARKed tuple/list/dict lives there before it is built). */
export declare const MAX_PICKLE_STACK = 10000000;
/** Open MARKs at once: the nesting depth. Python's own pickler recurses, so real pickles stay < 1000. */
export declare const MAX_PICKLE_MARK_DEPTH = 10000;
/** Items of one list, dict or set built by APPEND(S)/SETITEM(S)/ADDITEMS. */
export declare const MAX_PICKLE_CONTAINER_ITEMS = 10000000;
/** Bytes of one pickled string or bytes object. RNG state arrays are a few KB; hparams rarely more. */
export declare const MAX_PICKLE_STRING_BYTES: number;
/** Bytes of one LONG1/LONG4 integer. Storage sizes and counters fit in 8; Python's own ints rarely exceed 64. */
export declare const MAX_PICKLE_LONG_BYTES = 1024;
/** Nesting of a tuple used as a dict key, written out in tensor names. Real keys are strings or ints. */
export declare const MAX_PICKLE_KEY_DEPTH = 16;
/** Nesting depth walked when collecting the tensors of an unpickled value (cycles are cut separately). */
export declare const MAX_PICKLE_WALK_DEPTH = 10000;
/**
 * Distinct globals one checkpoint's scan lists. A real pickle names a few dozen (torch rebuilders,
 * storage classes, a model's classes); a hostile one could name millions, which the list must not copy.
 */
export declare const MAX_PICKLE_GLOBALS_LISTED = 1000;
/**
 * Bytes of a safetensors JSON header, checked before the header is read. The reference reader
 * refuses headers over 100 MB (`huggingface/safetensors:safetensors/src/tensor.rs`, MAX_HEADER_SIZE);
 * a header with 10^5 tensors is about 10 MB.
 */
export declare const MAX_SAFETENSORS_HEADER_BYTES = 100000000;
/**
 * Bytes of a shard index (`*.safetensors.index.json`, `pytorch_model.bin.index.json`). Its
 * `weight_map` has one short line per tensor: a 10^5-tensor model's index is a few MB.
 */
export declare const MAX_SHARD_INDEX_BYTES: number;
/**
 * Nesting of ONNX graphs (If/Loop/Scan bodies inside bodies). Real models nest a few levels; the
 * limit stops a crafted file from recursing without bound.
 */
export declare const MAX_ONNX_GRAPH_DEPTH = 32;
/**
 * Bytes of one ONNX string field that is read (a tensor name, an `external_data` key or value).
 * Names are short; an `external_data` location is a relative path.
 */
export declare const MAX_ONNX_STRING_BYTES: number;
/**
 * Bytes of one `.pt2` weights or constants config (`data/weights/<model>_weights_config.json`),
 * read whole. It has ~400 bytes of JSON per tensor: a 10^5-tensor model's is ~40 MB.
 */
export declare const MAX_TORCH_EXPORT_CONFIG_BYTES: number;
/** Groups and datasets walked in one HDF5 file. A Keras model has a few per layer; 10^6 layers is absurd. */
export declare const MAX_HDF5_OBJECTS = 1000000;
/** v1 B-tree nodes read in one file (group and chunk indexes); bounds a hostile tree, cycles are caught separately. */
export declare const MAX_HDF5_BTREE_NODES = 1000000;
/** Chunks listed for one dataset by a fixed-array index (read in one block). */
export declare const MAX_HDF5_CHUNKS = 10000000;
/**
 * One index block read whole: a v2 B-tree node (h5py: 512 bytes), a fixed-array data block
 * (10^6 chunks × 16 bytes), a fractal-heap object (a link message: under 64 KiB).
 */
export declare const MAX_HDF5_INDEX_BLOCK_BYTES: number;
/** Group nesting depth. Keras nests a few levels per sub-model; deeper means a cyclic or hostile file. */
export declare const MAX_HDF5_DEPTH = 256;
/** Bytes of one object header, all continuation blocks together. Keras keeps attributes under 64 KiB each (HDF5_OBJECT_HEADER_LIMIT). */
export declare const MAX_HDF5_HEADER_BYTES: number;
/** A group's local heap (its link names). Real heaps hold a few KB of names. */
export declare const MAX_HDF5_HEAP_BYTES: number;
/** One attribute value decoded (layer_names, weight_names are chunked by Keras below 64 KiB). */
export declare const MAX_HDF5_ATTRIBUTE_VALUE_BYTES: number;
/** `config.json` / `metadata.json` read from a `.keras` archive. Real configs are a few KB to a few MB. */
export declare const MAX_KERAS_CONFIG_BYTES: number;
/** Dimensions of a GGUF tensor: GGML_MAX_DIMS (`ggml-org/llama.cpp:ggml/include/ggml.h`). */
export declare const MAX_GGUF_DIMS = 4;
/**
 * Bytes of a GGUF string that is read rather than skipped (KV keys, tensor names, and the
 * `general.alignment` key's neighbours). llama.cpp limits tensor names to 64 bytes
 * (GGML_MAX_NAME); KV keys are dotted identifiers.
 */
export declare const MAX_GGUF_KEY_BYTES: number;
/**
 * Nesting of GGUF arrays (an array of arrays...). Real files use flat arrays; the limit stops a
 * crafted file from recursing without bound.
 */
export declare const MAX_GGUF_ARRAY_DEPTH = 8;
/**
 * Bytes of one XML tag, comment or CDATA section, held whole while it is tokenized (text between
 * tags is stepped over, never held). An IR's tags are under 1 KB; its longest comment-like blocks
 * (`<quantization_parameters>` configs) are text, a few KB.
 */
export declare const MAX_XML_TOKEN_BYTES: number;
/**
 * Nesting of XML elements. An IR nests 3 elements per body (`layer/body/layers`): 512 allows
 * over 100 levels of Loop / TensorIterator bodies, where real models have a few.
 */
export declare const MAX_XML_DEPTH = 512;
/**
 * Nesting of Core ML models and networks: pipelines of models, branch and loop layers holding
 * networks, MIL blocks inside operations. Real models nest a few levels.
 */
export declare const MAX_COREML_DEPTH = 64;
/** Bytes of one Core ML string that is read (a layer or op name, a blob file name). */
export declare const MAX_COREML_STRING_BYTES: number;
/** Bytes of an `.mlpackage`'s `Manifest.json`, read whole. Real ones list 2-3 items in under 1 KB. */
export declare const MAX_MLPACKAGE_MANIFEST_BYTES: number;
/** Files in one `.mlpackage` folder (a manifest, a spec, a weight file or a few in practice). */
export declare const MAX_MLPACKAGE_FILES = 10000;
/**
 * Tensors smaller than this are never candidates: biases and norms of one shape are many, often
 * equal by initialisation, and their copies would cost a reviewer more reading than bytes.
 */
export declare const MIN_DUPLICATE_TENSOR_BYTES = 4096;
/**
 * Candidate groups (same dtype, shape and size) whose content is sampled, largest first: the scan
 * stays a few hundred small reads per checkpoint whatever its size (metadata-only discipline).
 */
export declare const MAX_DUPLICATE_GROUPS_SAMPLED = 64;
/** Tensors sampled per candidate group (a model has at most a handful of copies of one tensor). */
export declare const MAX_DUPLICATE_TENSORS_SAMPLED = 8;
/** Bytes read per sample; three samples (start, middle, end) per tensor. */
export declare const DUPLICATE_SAMPLE_BYTES = 64;
