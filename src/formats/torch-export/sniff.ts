import type { Candidate, CheckpointSniffer } from '../kit/types.js'
import { looksLikeZip } from '../zip/signature.js'

/**
 * torch.export archives (`torch.export.save`, `torch/export/pt2_archive/`): a zip named `.pt2`.
 * The name decides between it and other zips (a torch.save archive is never named `.pt2`).
 */
export const torchExportSniffer: CheckpointSniffer = {
  format: 'torch-export',
  namePatterns: ['*.pt2'],
  matchesName: (path) => /\.pt2$/i.test(path),
  sniff: (candidate: Candidate) => looksLikeZip(candidate.head) && /\.pt2$/i.test(candidate.path)
}
