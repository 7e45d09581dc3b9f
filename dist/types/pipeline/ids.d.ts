/**
 * A checkpoint's stable id: its name with what changes from run to run removed, so that base and
 * head match up. `exports/ckpt-1000` and `exports/ckpt-2000` are one checkpoint; so are
 * `model-00001-of-00003.safetensors` shards and their set, and `out/checkpoint-500/model.safetensors`
 * and `out/checkpoint-1000/model.safetensors`.
 */
export declare function checkpointId(name: string): string;
/**
 * Makes ids unique: when several checkpoints of one run normalise to the same id (a checkpoint
 * manager keeping its last N steps in one directory), each keeps its full name instead, and the
 * one named `latest` (by the directory's `checkpoint` state file) is marked.
 */
export declare function assignIds<T extends {
    name: string;
}>(checkpoints: T[], latestNames: ReadonlySet<string>): (T & {
    id: string;
    latest?: boolean;
})[];
