import { hasFileIdentifier } from '../kit/flatbuffer-identifier.js'
import type { Candidate, CheckpointSniffer } from '../kit/types.js'

/** `file_identifier "TFL3"` of `tensorflow/compiler/mlir/lite/schema/schema.fbs`: bytes 4..8, after the root offset. */
export const TFLITE_IDENTIFIER = 'TFL3'

export const tfliteSniffer: CheckpointSniffer = {
  format: 'tflite',
  namePatterns: ['*.tflite'],
  matchesName: (path) => /\.tflite$/i.test(path),
  sniff: (candidate: Candidate) => hasFileIdentifier(candidate.head, TFLITE_IDENTIFIER)
}
