import type { Candidate, CheckpointSniffer } from '../kit/types.js'

const MLMODEL_NAME = /\.mlmodel$/i
const PACKAGE_MANIFEST = /(^|\/)[^/]+\.mlpackage\/Manifest\.json$/i
/** Highest `specificationVersion` accepted (10 is current: iOS 26; leave room). */
const MAX_PLAUSIBLE_SPEC_VERSION = 32

/**
 * A Core ML `.mlmodel`: a protobuf `Model` without a magic number. Every writer starts it with
 * `specificationVersion` (field 1, varint), or, when that is 0, with the description (field 2).
 */
export const coremlModelSniffer: CheckpointSniffer = {
  format: 'coreml',

  namePatterns: ['*.mlmodel'],
  matchesName: (path) => MLMODEL_NAME.test(path),

  sniff(candidate: Candidate): boolean {
    const head = candidate.head
    if (head.length < 2) return false
    if (head[0] === 0x08) return head[1] > 0 && head[1] <= MAX_PLAUSIBLE_SPEC_VERSION
    return head[0] === 0x12
  }
}

/** A Core ML `.mlpackage` folder, found by its `Manifest.json` (a JSON object). */
export const coremlPackageSniffer: CheckpointSniffer = {
  format: 'coreml',

  namePatterns: ['*.mlpackage'],
  matchesName: (path) => PACKAGE_MANIFEST.test(path),

  sniff: (candidate: Candidate) => /^\s*\{/.test(new TextDecoder('latin1').decode(candidate.head))
}
