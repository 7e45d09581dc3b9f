/**
 * Writes the example checkpoint the README's CLI example runs on:
 *
 *   examples/mnist-cnn-adam/model.ckpt.index
 *   examples/mnist-cnn-adam/model.ckpt.data-00000-of-00001
 *   examples/mnist-cnn-adam/checkpoint
 *
 * Run: npx tsx scripts/make-examples.ts
 *
 * It is the case that started this project: a TF1 `tf.train.Saver` checkpoint of the MNIST CNN
 * of TensorFlow's "Deep MNIST for experts" tutorial (conv 5x5x1x32, conv 5x5x32x64, fc 3136x1024,
 * fc 1024x10, each with a bias: 3,274,634 parameters, 13.1 MB of float32) trained with
 * `tf.train.AdamOptimizer`, whose data file is 3x what the layer shapes suggest.
 *
 * It mirrors what TensorFlow writes for that graph (see scripts/builders/tensorflow.ts for the
 * file format):
 * - the tutorial creates its variables with `tf.Variable(...)` and no name, so they are named
 *   `Variable`, `Variable_1`, ... `Variable_7`;
 * - AdamOptimizer (default name "Adam") adds two slots per trainable variable, named
 *   `<var>/Adam` (m) and `<var>/Adam_1` (v), and two float32 scalars `beta1_power`, `beta2_power`
 *   (tensorflow/tensorflow:tensorflow/python/training/adam.py, slot_creator.py);
 * - `global_step` is the int64 scalar of tf.train.get_or_create_global_step();
 * - the V2 saver writes one `.index` table (header + one BundleEntryProto per tensor, uncompressed
 *   blocks) and one data shard with the tensors back to back in key order, then the `checkpoint`
 *   state file naming the latest prefix.
 * The payloads are zeros (sizes, not values, are what the example is about; git compresses them),
 * so the output is byte-for-byte deterministic. No `.meta` is written: the categories then come
 * from the slot structure, as for a checkpoint whose graph was not kept.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildBundle, bundleFiles, DT, type BundleTensorSpec } from './builders/tensorflow.js'

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The tutorial's layers, in creation order (so `Variable` .. `Variable_7`). */
const MNIST_CNN_SHAPES: number[][] = [
  [5, 5, 1, 32], // W_conv1
  [32], // b_conv1
  [5, 5, 32, 64], // W_conv2
  [64], // b_conv2
  [7 * 7 * 64, 1024], // W_fc1
  [1024], // b_fc1
  [1024, 10], // W_fc2
  [10] // b_fc2
]

export function mnistCnnAdamTensors(): BundleTensorSpec[] {
  const tensors: BundleTensorSpec[] = []
  MNIST_CNN_SHAPES.forEach((shape, i) => {
    const name = i === 0 ? 'Variable' : `Variable_${i}`
    tensors.push({ name, dtype: DT.FLOAT, shape })
    tensors.push({ name: `${name}/Adam`, dtype: DT.FLOAT, shape })
    tensors.push({ name: `${name}/Adam_1`, dtype: DT.FLOAT, shape })
  })
  tensors.push({ name: 'beta1_power', dtype: DT.FLOAT, shape: [] })
  tensors.push({ name: 'beta2_power', dtype: DT.FLOAT, shape: [] })
  tensors.push({ name: 'global_step', dtype: DT.INT64, shape: [] })
  return tensors
}

function writeMnistCnnAdam(dir: string): void {
  mkdirSync(dir, { recursive: true })
  const files = bundleFiles('model.ckpt', buildBundle(mnistCnnAdamTensors()))
  // tf.train.Saver's state file (a CheckpointState text proto).
  files.set('checkpoint', new TextEncoder().encode('model_checkpoint_path: "model.ckpt"\nall_model_checkpoint_paths: "model.ckpt"\n'))
  for (const [name, bytes] of files) {
    writeFileSync(join(dir, name), bytes)
    console.log(`wrote ${join(dir, name)} (${bytes.length} bytes)`)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeMnistCnnAdam(join(PROJECT_ROOT, 'examples', 'mnist-cnn-adam'))
}
