import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildBundleLayout, DT, type BundleTensorSpec, type ShardLayout } from '../../scripts/builders/tensorflow.js'
import { writeSparseFile, type Chunk } from '../../scripts/builders/sparse.js'
import { float32Shape, type FormatScenario, type Scale } from './types.js'

/**
 * A TF1 `tf.train.Saver` checkpoint trained with Adam, as the seed case: per variable the
 * variable and its two slots (`/Adam`, `/Adam_1`), plus `beta1_power`, `beta2_power` and
 * `global_step`; `P.index`, one data shard written as a sparse file, and the `checkpoint` state file.
 */
export const tensorflowScenario: FormatScenario = {
  format: 'tensorflow-checkpoint',
  write(dir: string, scale: Scale): string[] {
    const variables = Math.max(1, Math.floor((scale.tensors - 3) / 3))
    const shape = float32Shape(scale.bytes / (3 * variables))
    const tensors: BundleTensorSpec[] = []
    for (let i = 0; i < variables; i++) {
      const name = `block_${i}/dense/kernel`
      tensors.push({ name, dtype: DT.FLOAT, shape }, { name: `${name}/Adam`, dtype: DT.FLOAT, shape }, { name: `${name}/Adam_1`, dtype: DT.FLOAT, shape })
    }
    tensors.push({ name: 'beta1_power', dtype: DT.FLOAT, shape: [] }, { name: 'beta2_power', dtype: DT.FLOAT, shape: [] })
    tensors.push({ name: 'global_step', dtype: DT.INT64, shape: [] })
    const layout = buildBundleLayout(tensors)
    writeFileSync(join(dir, 'model.ckpt.index'), layout.index)
    writeSparseFile(join(dir, 'model.ckpt.data-00000-of-00001'), shardChunks(layout.shards[0]))
    writeFileSync(join(dir, 'checkpoint'), 'model_checkpoint_path: "model.ckpt"\nall_model_checkpoint_paths: "model.ckpt"\n')
    return ['.']
  }
}

function shardChunks(shard: ShardLayout): Chunk[] {
  const chunks: Chunk[] = []
  let at = 0
  for (const piece of [...shard.pieces].sort((a, b) => a.offset - b.offset)) {
    if (piece.offset > at) chunks.push({ hole: piece.offset - at })
    chunks.push(piece.data)
    at = piece.offset + piece.data.length
  }
  if (shard.size > at) chunks.push({ hole: shard.size - at })
  return chunks
}
