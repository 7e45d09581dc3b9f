import type { CheckpointSniffer } from '../kit/types.js';
/**
 * A `torch.distributed.checkpoint` folder, by its `.metadata` file: a pickle (protocol 2+, so it
 * starts with the PROTO opcode) of the checkpoint's `Metadata` (dcp/index.ts).
 */
export declare const dcpSniffer: CheckpointSniffer;
