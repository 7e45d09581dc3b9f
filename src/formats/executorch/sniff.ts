import { hasFileIdentifier } from '../kit/flatbuffer-identifier.js'
import type { Candidate, CheckpointSniffer } from '../kit/types.js'

/**
 * ExecuTorch programs (`.pte`): a flatbuffer of `pytorch/executorch:schema/program.fbs` whose file
 * identifier is `ET` and two version characters (`ET12` today; the serializer checks
 * /ET[0-9a-zA-Z][0-9a-zA-Z]/, `exir/_serialize/_program.py`).
 */
export const executorchProgramSniffer: CheckpointSniffer = {
  format: 'executorch',
  namePatterns: ['*.pte'],
  matchesName: (path) => /\.pte$/i.test(path),
  sniff: (candidate: Candidate) => hasFileIdentifier(candidate.head, 'ET??')
}

/** ExecuTorch external tensor data (`.ptd`): a FlatTensor flatbuffer, identifier `FT01` (`extension/flat_tensor/serialize/flat_tensor.fbs`). */
export const executorchDataSniffer: CheckpointSniffer = {
  format: 'executorch',
  namePatterns: ['*.ptd'],
  matchesName: (path) => /\.ptd$/i.test(path),
  sniff: (candidate: Candidate) => hasFileIdentifier(candidate.head, 'FT??')
}
