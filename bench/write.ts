/**
 * Writes one bench checkpoint into a directory and leaves it there, for profiling one case
 * without the whole grid:
 *
 *   npx tsx bench/write.ts hdf5 100000 100e9 /tmp/h5     # format, tensors, bytes described, dir
 *   node --cpu-prof dist/cli/index.js --json /tmp/h5/...  # the paths it prints
 */
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { executorchScenario } from './scenarios/executorch.js'
import { ggufScenario } from './scenarios/gguf.js'
import { hdf5Scenario } from './scenarios/hdf5.js'
import { onnxScenario } from './scenarios/onnx.js'
import { pytorchScenario } from './scenarios/pytorch.js'
import { safetensorsScenario } from './scenarios/safetensors.js'
import { tensorflow2Scenario, tensorflowScenario } from './scenarios/tensorflow.js'
import { tfliteScenario } from './scenarios/tflite.js'
import { torchExportScenario } from './scenarios/torch-export.js'

const SCENARIOS = {
  tensorflow: tensorflowScenario,
  tensorflow2: tensorflow2Scenario,
  pytorch: pytorchScenario,
  safetensors: safetensorsScenario,
  onnx: onnxScenario,
  gguf: ggufScenario,
  hdf5: hdf5Scenario,
  tflite: tfliteScenario,
  executorch: executorchScenario,
  'torch-export': torchExportScenario
}

const [format, tensors, bytes, dir] = process.argv.slice(2)
const scenario = SCENARIOS[format as keyof typeof SCENARIOS]
if (!scenario || !Number(tensors) || !Number(bytes) || !dir) {
  console.error(`usage: npx tsx bench/write.ts ${Object.keys(SCENARIOS).join('|')} TENSORS BYTES DIR`)
  process.exit(2)
}
mkdirSync(dir, { recursive: true })
if (readdirSync(dir).length > 0) {
  console.error(`${dir} is not empty; the scenario writes into an empty directory`)
  process.exit(2)
}
const paths = await scenario.write(dir, { tensors: Number(tensors), bytes: Number(bytes) })
console.log(paths.map((path) => join(dir, path)).join('\n'))
