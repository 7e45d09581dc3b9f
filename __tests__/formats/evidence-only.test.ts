import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { chooseReader, readCandidate } from '../../src/formats/kit/choose-reader.js'
import { READERS } from '../../src/formats/index.js'
import { DiskFiles } from '../../src/io/disk-files.js'
import { describeWithFixtures, fixture, PROJECT_ROOT } from '../helpers/fixtures.js'

/**
 * Issue 11: readers say what the file says about each tensor (evidence); core's classifier alone
 * decides categories (src/core/classify.ts). Checked twice: on what every format's reader returns
 * for a real file, and on the readers' source, where no category may be set.
 */
const ONE_FILE_PER_FORMAT = [
  'real/tf1/traffic-sign-cnn-adam/model.ckpt.index',
  'real/tf2/a2c-two-adam-checkpoint-save-counter/ckpt-9.index',
  'real/pytorch/yolov5n-ppe-stripped-whole-model-fp16/yolov5n.pt',
  'real/pytorch/mnist-cnn-torchscript/mnist_cnn.pt',
  'real/safetensors/tiny-mlp-with-metadata/model.safetensors',
  'real/onnx/mnist-cnn-torch-export/onnx_model.onnx',
  'real/keras/flownet-ann-keras3/model.keras',
  'real/keras/sprpcf-ann-h5/model.h5',
  'generated/gguf/llama-f32-f16-q8_0/model.gguf',
  'real/tflite/defectnet-float32/model_fp32.tflite',
  'real/executorch/xnnpack-cond-linear-named-data/model.pte',
  'real/openvino/pneumonia-cnn-tf-fp32-ir11/model.xml',
  'real/coreml/mnist-keras-nn-classifier-float32/MNIST.mlmodel',
  'real/numpy/dqn-params-and-target-network-jax-savez/params.npz',
  'real/flax/transformer-mpc-depth-trainstate-sgd-momentum/checkpoint_0',
  'generated/torch/export-pt2-convbn/model.pt2',
  'generated/torch/dcp-adamw-mlp-bn/.metadata'
]

describeWithFixtures('every reader leaves categories to the classifier', () => {
  it.each(ONE_FILE_PER_FORMAT)('%s: every tensor has evidence and none a category', async (path) => {
    const full = fixture(path)
    const files = new DiskFiles(dirname(full))
    const reader = chooseReader(await readCandidate(basename(full), files), READERS)
    expect(reader).toBeDefined()
    const result = await reader!.read(basename(full), files)
    expect(result.tensors.length).toBeGreaterThan(0)
    expect(result.tensors.filter((t) => t.category !== undefined).map((t) => t.name)).toEqual([])
    expect(result.tensors.filter((t) => t.evidence === undefined).map((t) => t.name)).toEqual([])
  })
})

describe("the readers' source", () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []
    )
  const files = sources(join(PROJECT_ROOT, 'src', 'formats'))

  it('sets no category on a tensor and imports no list of categories', () => {
    const offending: string[] = []
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '')
          if (
            /\bcategory\s*:\s*'(weights|optimizer|buffers|bookkeeping|metadata|unclassified)'/.test(code) ||
            /\.category\s*=[^=]/.test(code) ||
            /\bCATEGORIES\b/.test(code)
          ) {
            offending.push(`${file.slice(PROJECT_ROOT.length + 1)}:${i + 1}: ${line.trim()}`)
          }
        })
    }
    expect(offending).toEqual([])
  })

  it('finds the readers to check (the scan is really reading them)', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(files.some((file) => file.endsWith('gguf/index.ts'))).toBe(true)
  })
})
