import { expect, it } from '@jest/globals'
import { basename, dirname } from 'node:path'
import type { CheckpointReader } from '../../src/formats/types.js'
import { hdf5Reader } from '../../src/formats/hdf5/hdf5-reader.js'
import { kerasArchiveReader } from '../../src/formats/keras/keras-archive-reader.js'
import { onnxReader } from '../../src/formats/onnx/index.js'
import { safetensorsReader } from '../../src/formats/safetensors/index.js'
import { DiskFiles } from '../../src/io/disk-files.js'
import { describeWithFixtures, fixture } from '../helpers/fixtures.js'

/**
 * Issue 11: readers say what the file says about each tensor (evidence); core's classifier alone
 * decides categories. These readers must leave `category` and `reason` to it.
 */
const CASES: [string, CheckpointReader][] = [
  ['real/safetensors/tiny-mlp-with-metadata/model.safetensors', safetensorsReader],
  ['real/onnx/mnist-cnn-torch-export/onnx_model.onnx', onnxReader],
  ['real/keras/flownet-ann-keras3/model.keras', kerasArchiveReader],
  ['real/keras/sprpcf-ann-h5/model.h5', hdf5Reader],
  ['generated/tensorflow/weights-h5-mlp-bn/model.weights.h5', hdf5Reader]
]

describeWithFixtures('readers moved to evidence decide no category', () => {
  it.each(CASES)('%s: every tensor has evidence and no category', async (path, reader) => {
    const full = fixture(path)
    const result = await reader.read(basename(full), new DiskFiles(dirname(full)))
    expect(result.tensors.length).toBeGreaterThan(0)
    expect(result.tensors.filter((t) => t.category !== undefined || t.reason !== undefined)).toEqual([])
    expect(result.tensors.filter((t) => t.evidence === undefined)).toEqual([])
  })
})
