import { coremlScenario } from './coreml.js'
import { dcpScenario } from './dcp.js'
import { executorchScenario } from './executorch.js'
import { flaxScenario } from './flax.js'
import { ggufScenario } from './gguf.js'
import { hdf5Scenario } from './hdf5.js'
import { numpyScenario } from './numpy.js'
import { onnxScenario } from './onnx.js'
import { openvinoScenario } from './openvino.js'
import { orbaxScenario } from './orbax.js'
import { pytorchScenario } from './pytorch.js'
import { safetensorsScenario } from './safetensors.js'
import { tensorflow2Scenario, tensorflowScenario } from './tensorflow.js'
import { tfliteScenario } from './tflite.js'
import { torchExportScenario } from './torch-export.js'
import { trainingFolderScenario } from './training-folder.js'
import type { FormatScenario } from './types.js'

/**
 * Every bench scenario by its short name, in the order `npm run bench` runs them: the one list
 * run.ts, write.ts and compare.ts take their scenarios from.
 */
export const SCENARIOS_BY_NAME: Readonly<Record<string, FormatScenario>> = {
  tensorflow: tensorflowScenario,
  tensorflow2: tensorflow2Scenario,
  pytorch: pytorchScenario,
  safetensors: safetensorsScenario,
  onnx: onnxScenario,
  gguf: ggufScenario,
  hdf5: hdf5Scenario,
  numpy: numpyScenario,
  flax: flaxScenario,
  orbax: orbaxScenario,
  openvino: openvinoScenario,
  coreml: coremlScenario,
  tflite: tfliteScenario,
  executorch: executorchScenario,
  'torch-export': torchExportScenario,
  dcp: dcpScenario,
  'training-folder': trainingFolderScenario
}
