import type { Candidate, CheckpointSniffer } from '../kit/types.js'

/** `file_identifier "TFL3"` of `tensorflow/compiler/mlir/lite/schema/schema.fbs`: bytes 4..8, after the root offset. */
export const TFLITE_IDENTIFIER = 'TFL3'

/** Whether bytes 4..8 of a file are a flatbuffer file identifier matching `identifier` (`?` matches any character). */
export function hasFileIdentifier(head: Uint8Array, identifier: string): boolean {
  return head.length >= 8 && [...identifier].every((char, i) => char === '?' || head[4 + i] === char.charCodeAt(0))
}

export const tfliteSniffer: CheckpointSniffer = {
  format: 'tflite',
  namePatterns: ['*.tflite'],
  matchesName: (path) => /\.tflite$/i.test(path),
  sniff: (candidate: Candidate) => hasFileIdentifier(candidate.head, TFLITE_IDENTIFIER)
}
