/**
 * The plain data that flows through model-size-budget: what a reader finds in a checkpoint,
 * and the report that the analyzer builds from it. Pure types, no I/O.
 */
import type { Evidence } from './classify.js';
/** Where a byte of a checkpoint goes. Every byte on disk lands in exactly one of these. */
export type Category = 'weights' | 'optimizer' | 'buffers' | 'bookkeeping' | 'metadata' | 'unclassified';
/** The categories in the order they are reported. */
export declare const CATEGORIES: readonly Category[];
/** Identifiers of the formats the readers understand. */
export type FormatId = 'tensorflow-checkpoint' | 'tensorflow-savedmodel' | 'pytorch' | 'pytorch-legacy' | 'torchscript' | 'safetensors' | 'onnx' | 'keras' | 'hdf5' | 'gguf' | 'numpy' | 'flax' | 'orbax' | 'torch-dcp' | 'hf-trainer-checkpoint' | 'accelerate-state' | 'deepspeed-checkpoint' | 'openvino' | 'coreml' | 'tflite' | 'executorch' | 'torch-export';
/**
 * The source that decided the categories of a checkpoint's tensors, most authoritative first
 * (DESIGN.md, "Byte accounting"):
 * - `object-graph`: the TF2 `_CHECKPOINTABLE_OBJECT_GRAPH` (names every slot variable)
 * - `meta-graph`: the TF1 `.meta` graph's `trainable_variables` collection
 * - `dict-layout`: the checkpoint's own structure (PyTorch `{model, optimizer}`, Keras `optimizer` group)
 * - `format`: the format defines it (every ONNX initializer and GGUF tensor is a weight)
 * - `slot-structure`: `X/<suffix>` with the shape and dtype of `X` is a slot of `X`
 * - `name-rules`: the per-framework table of names
 */
export type ClassifiedBy = 'object-graph' | 'meta-graph' | 'dict-layout' | 'format' | 'slot-structure' | 'name-rules';
/** What a file is to its checkpoint. */
export type FileRole = 'index' | 'data' | 'graph' | 'asset' | 'state' | 'model' | 'optimizer' | 'loop-state' | 'rng-state' | 'config' | 'object';
/** One file of a checkpoint. */
export interface CheckpointFile {
    /** Path as given to the reader (the pipeline makes it relative to the workspace). */
    path: string;
    role: FileRole;
    /**
     * Bytes on disk; for an absent file, the bytes its index describes (then `present` is false
     * and the reader adds a warning).
     */
    bytes: number;
    present: boolean;
}
/**
 * One tensor as a reader found it: its name, type and shape, and the span of its payload inside
 * one of the checkpoint's files. Readers never load the payload, they only record where it is.
 */
export interface TensorInfo {
    /** Name as the checkpoint spells it (TF key, state-dict key, ONNX initializer name...). */
    name: string;
    /** Framework dtype name, lower-case (`float32`, `bfloat16`, `q4_k`, `string`). */
    dtype: string;
    shape: number[];
    /** `path` of the CheckpointFile that holds the payload. */
    file: string;
    /** Byte offset of the payload within `file`. */
    offset: number;
    /** Bytes the payload occupies on disk (the container's own figure, not dtype × shape). */
    byteLength: number;
    /**
     * What the file says this tensor is (core/classify.ts). The classifier decides `category` and
     * `reason` from it when the checkpoint is analysed; readers share one array between tensors
     * that the file describes alike.
     */
    evidence?: readonly Evidence[];
    /**
     * Decided by core's classifier from `evidence` during analysis; readers never set it (a test
     * scans them). Hand-made checkpoints in tests may set it instead of giving evidence.
     */
    category?: Category;
    /**
     * Why this tensor got its category (e.g. "Adam slot m of dense/kernel"). Only the largest
     * tensors' reasons reach the report (`--top`), so a reader may build the text when it is read.
     */
    reason?: string;
    /**
     * Tensors that view one storage (PyTorch tied weights, shared storages) carry the same key;
     * their bytes are counted once, under the category of the first tensor with that key.
     */
    storageKey?: string;
}
/** What a reader returns for one checkpoint. */
export interface ReadResult {
    format: FormatId;
    /**
     * The checkpoint's own name: a TF prefix (`exports/model.ckpt-1000`), a SavedModel directory,
     * or the primary file's path. The pipeline derives the stable report `id` from it.
     */
    name: string;
    /** Every file that belongs to the checkpoint, including the primary file. */
    files: CheckpointFile[];
    tensors: TensorInfo[];
    classifiedBy: ClassifiedBy;
    /** Things the user should know: absent shards, unclassified tensors, unusual layouts. */
    warnings: string[];
    /** One-line explanations the reader can give beyond the generic ones (e.g. TorchScript code size). */
    explanations?: string[];
    /** A short note per category for the table (e.g. optimizer: "Adam slots (m, v) for 8 variables"). */
    categoryNotes?: Partial<Record<Category, string>>;
    /** The globals the checkpoint's pickles reference (pickle formats only). */
    pickleGlobals?: PickleGlobalReference[];
    /**
     * The format's own marker names this checkpoint the latest of its directory (TF's `checkpoint`
     * state file): the pipeline marks it among checkpoints that share an id.
     */
    latest?: boolean;
}
/**
 * What loading a pickle that names a global would do: `safe`, a tensor rebuilder or plain data
 * type; `unknown`, a class we do not know (a model's own class: loading imports it); `dangerous`,
 * a callable that runs code or touches the system (`os.system`, `builtins.eval`), as pickle
 * scanners flag them. Nothing is ever imported or called by this tool, whatever the verdict.
 */
export type PickleGlobalVerdict = 'safe' | 'unknown' | 'dangerous';
/** One global a checkpoint's pickles reference (the pickle security scan). */
export interface PickleGlobalReference {
    /** The file whose pickle names it (a checkpoint may have several). */
    file: string;
    module: string;
    name: string;
    verdict: PickleGlobalVerdict;
    /** Byte offset, in `file`, of the opcode that first names it. */
    offset: number;
}
/** Bytes per category, plus their sum. */
export type CategoryBytes = Record<Category | 'total', number>;
/** A checkpoint in the report (schema 1, DESIGN.md). */
export interface CheckpointReport {
    /** Stable across runs: workspace-relative path with step numbers and shard suffixes removed. */
    id: string;
    /** The checkpoint's own name when several checkpoints share an id (e.g. `ckpt-1000`). */
    name?: string;
    /** True for the checkpoint the directory's `checkpoint` state file names as latest. */
    latest?: boolean;
    format: FormatId;
    files: {
        path: string;
        bytes: number;
        role: FileRole;
        present?: boolean;
    }[];
    bytes: CategoryBytes;
    parameters: number;
    tensors: number;
    /** Tensors per category (categories without tensors are omitted). */
    tensorCounts: Partial<Record<Category, number>>;
    /** Short notes per category from the reader (e.g. "Adam slots (m, v) for 8 variables"). */
    categoryNotes?: Partial<Record<Category, string>>;
    classifiedBy: ClassifiedBy;
    warnings: string[];
    explanations: string[];
    /** Tensors that no rule classified, by name (never silently counted as weights). */
    unclassifiedTensors?: string[];
    /** The largest tensors, when asked for (`--top N`). */
    top?: TopTensor[];
    /**
     * Stored bytes per category and dtype (each shared storage once), when asked for: what a
     * `dtype:` budget rule judges. Optional, so reports without it stay valid (schema 1).
     */
    dtypes?: DtypeBytes[];
    /**
     * The globals its pickles reference, with a verdict each (pickle formats only; absent in reports
     * written before the scan, which read as "nothing known").
     */
    pickleGlobals?: PickleGlobalReference[];
    /**
     * Tensors stored more than once (same dtype, shape and sampled content; shared storages are not
     * copies), when asked for: what a `duplicates:` budget rule judges. Optional (schema 1).
     */
    duplicates?: DuplicateGroup[];
}
/** One tensor stored several times in a checkpoint (tied weights saved untied, a second copy of the model). */
export interface DuplicateGroup {
    dtype: string;
    shape: number[];
    /** Bytes of one copy. */
    bytes: number;
    /** The names of the copies, in file order (at most MAX_DUPLICATE_TENSORS_SAMPLED). */
    tensors: string[];
}
/** The tensors of one dtype in one category of a checkpoint. */
export interface DtypeBytes {
    category: Category;
    dtype: string;
    tensors: number;
    bytes: number;
    /** The largest few of them, largest first: named when a dtype rule fails. */
    largest: {
        name: string;
        bytes: number;
    }[];
}
export interface TopTensor {
    name: string;
    dtype: string;
    shape: number[];
    bytes: number;
    category: Category;
    /** Why it got its category, as the reader gave it (e.g. "Adam slot (m) of dense/kernel: same shape and dtype"). */
    reason?: string;
}
/** A file that could not be analysed; the rest of the report goes on. */
export interface ReportError {
    path: string;
    /** Error class name (`FormatError`, `UnsupportedFormatError`, `LfsPointerError`...). */
    kind: string;
    message: string;
}
/**
 * A file a search came across (a directory walk, the action's default globs) whose name looks
 * like a checkpoint's but whose content is no checkpoint format: nanoGPT's `data/<dataset>/train.bin`
 * token arrays, a FAISS `.index`, a tokenizer `.bin`. Skipped, not an error; a file the user
 * named, or matched with their own globs, is an error instead.
 */
export interface SkippedFile {
    path: string;
    reason: string;
}
/** The whole report: the CLI's `--json` and the action's report file. Also a valid baseline. */
export interface Report {
    schema: 1;
    checkpoints: CheckpointReport[];
    errors: ReportError[];
    /** Files found by a search that are plainly not checkpoints (absent when there are none). */
    skipped?: SkippedFile[];
    total: {
        bytes: CategoryBytes;
    };
    /** Requests made and bytes received to read remote checkpoints (absent when every file was local). */
    transfer?: {
        requests: number;
        bytes: number;
    };
}
/** Where the baseline came from, or where it would have come from. */
export interface BaselineOrigin {
    /**
     * - `report`: a report JSON file (a `baseline:` path, or one committed at the base);
     *   `directory`: base checkpoints measured from disk;
     * - `git`: checkpoint files git tracks at the base (a PR's base commit, a push's previous commit);
     *   `artifact`: the latest base-branch run's report;
     * - `none`: no baseline (growth limits say "no baseline")
     */
    kind: 'report' | 'directory' | 'git' | 'artifact' | 'none';
    /**
     * Plain text (escaped by the renderer), e.g. `base commit 1a2b3c4`, `baseline/model-size-report.json`,
     * `"model-size-report" of run 123 on main`. For `none`: where a baseline would come from,
     * e.g. `no report artifact on main yet; set baseline: PATH or upload the report from the default branch`.
     */
    description: string;
    /** Optional link (http(s) only) to the baseline's source, e.g. the run that produced the artifact. */
    url?: string;
}
