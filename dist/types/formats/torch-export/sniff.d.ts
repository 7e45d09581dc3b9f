import type { CheckpointSniffer } from '../kit/types.js';
/**
 * torch.export archives (`torch.export.save`, `torch/export/pt2_archive/`): a zip named `.pt2`.
 * The name decides between it and other zips (a torch.save archive is never named `.pt2`).
 */
export declare const torchExportSniffer: CheckpointSniffer;
