import { formatBytes } from '../../core/format-bytes.js'
import { readSingleFile } from '../kit/single-file.js'
import type { CheckpointReader } from '../kit/types.js'
import { readFlatTensor } from './flat-tensor.js'
import { programNote, readExecutorchProgram } from './program.js'
import { executorchDataSniffer, executorchProgramSniffer } from './sniff.js'

/** `.pte` programs (program.ts). */
export const executorchProgramReader: CheckpointReader = {
  ...executorchProgramSniffer,
  read: (path, files) =>
    readSingleFile('executorch', path, files, async (source) => {
      const program = await readExecutorchProgram(source)
      const explanations =
        program.externalTensors > 0
          ? [`${program.externalTensors} tensor(s) are stored outside this program (a .ptd external data file, analysed on its own)`]
          : []
      if (program.delegateBytes > 0) {
        explanations.push(
          `${formatBytes(program.delegateBytes)} of backend delegate blobs (${[...new Set(program.delegateIds)].join(', ')}) are compiled graphs, counted as metadata`
        )
      }
      return { tensors: program.tensors, explanations, categoryNotes: { metadata: programNote(program) } }
    })
}

/** `.ptd` external data files (flat-tensor.ts). */
export const executorchDataReader: CheckpointReader = {
  ...executorchDataSniffer,
  read: (path, files) =>
    readSingleFile('executorch', path, files, async (source) => ({
      tensors: await readFlatTensor(source),
      categoryNotes: { metadata: 'the FlatTensor header and flatbuffer, segment padding' }
    }))
}
