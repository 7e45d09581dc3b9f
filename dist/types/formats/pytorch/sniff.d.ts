import type { CheckpointSniffer } from '../kit/types.js';
/** `torch.save` zip archives and TorchScript archives (see zip-reader.ts). */
export declare const pytorchZipSniffer: CheckpointSniffer;
export declare function looksLikeLegacyTorch(head: Uint8Array): boolean;
export declare function looksLikeTorchTar(head: Uint8Array): boolean;
/** The legacy (pre-1.6) `torch.save` stream, and the tar format before it (refused by read). */
export declare const pytorchLegacySniffer: CheckpointSniffer;
/** A sharded PyTorch checkpoint's index, as transformers writes it: `pytorch_model.bin.index.json`. */
export declare const pytorchShardIndexSniffer: CheckpointSniffer;
