import type { FormatId, ReadResult } from '../../core/types.js';
import type { CheckpointFiles } from '../../io/checkpoint-files.js';
/** What the pipeline knows about a file before choosing a reader for it. */
export interface Candidate {
    /** POSIX path relative to the workspace. */
    path: string;
    size: number;
    /** The first bytes of the file (up to SNIFF_BYTES; fewer for a small file). */
    head: Uint8Array;
}
/**
 * One reader per format, all with the same two-phase shape (as netron's readers):
 * a cheap `sniff` on a file's name and first bytes, then `read`, which parses metadata only
 * (headers, indexes, a zip's central directory) into the common tensor list with byte spans.
 */
export interface CheckpointReader {
    readonly format: FormatId;
    /**
     * Cheap name filter: could a file with this path be the primary file of such a checkpoint?
     * Files that no reader's filter accepts are never opened (a checkout with thousands of
     * sources is searched without reading them).
     */
    matchesName(path: string): boolean;
    /**
     * The file names `matchesName` accepts, as globs of the `path` input (`*.safetensors`,
     * `saved_model.pb`), matched in any directory. The registry's union of them is the action's
     * default `path` (action/constants.ts, action.yml); a test keeps each list and its filter in step.
     */
    readonly namePatterns?: readonly string[];
    /**
     * True when the names `matchesName` accepts are common for files that are not checkpoints
     * (`*.xml`): a file that only such readers' filters accept, and whose content none claims, is
     * left alone instead of being reported as a checkpoint that cannot be read.
     */
    readonly genericName?: boolean;
    /** Content check on the first bytes: is this file the primary file of such a checkpoint? */
    sniff(candidate: Candidate): boolean;
    /**
     * Reads the checkpoint whose primary file is `path`, opening its companion files through
     * `files`. Every file it attributes to the checkpoint is listed in the result's `files`, so the
     * pipeline does not read a companion again as a checkpoint of its own.
     * Throws FormatError / UnsupportedFormatError / MissingFileError for bad input.
     */
    read(path: string, files: CheckpointFiles): Promise<ReadResult>;
}
/**
 * The cheap half of a reader: its name filter and content check. Each format keeps it in its own
 * `sniff.ts`, apart from the reading code, so that the registry (formats/index.ts) can sniff every
 * candidate with only these small modules loaded and load a format's reader, as a separate chunk
 * of the bundle, the first time a file of that format is read.
 */
export type CheckpointSniffer = Pick<CheckpointReader, 'format' | 'matchesName' | 'sniff' | 'genericName' | 'namePatterns'>;
