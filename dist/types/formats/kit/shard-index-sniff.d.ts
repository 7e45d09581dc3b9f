import type { CheckpointSniffer } from './types.js';
/**
 * The sniffer of a shard index (shard-index.ts) named by `name`: `*.safetensors.index.json`,
 * `pytorch_model.bin.index.json`. A JSON file is recognised by its name and its opening `{`; the
 * reader says what is wrong with one that is not an index. Kept apart from shard-index.ts, which
 * the CLI loads only when it reads one.
 */
export declare function shardIndexSniffer(format: CheckpointSniffer['format'], name: RegExp, namePatterns: readonly string[]): CheckpointSniffer;
