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

/**
 * A TF2 `tf.train.Checkpoint(model=..., optimizer=Adam)`: keys are object-graph paths
 * (`model/layer_7/kernel/.ATTRIBUTES/VARIABLE_VALUE`, slots under `.OPTIMIZER_SLOT/optimizer/m`),
 * and `_CHECKPOINTABLE_OBJECT_GRAPH` names every slot, so the reader classifies from the object
 * graph (decoded as it is read: object-graph-proto.ts).
 */
export const tensorflow2Scenario: FormatScenario = {
  format: 'tensorflow-checkpoint (TF2)',
  write(dir: string, scale: Scale): string[] {
    const variables = Math.max(1, Math.floor(scale.tensors / 3))
    const shape = float32Shape(scale.bytes / (3 * variables))
    const value = (key: string): Record<string, unknown> => ({
      attributes: [{ name: 'VARIABLE_VALUE', full_name: key, checkpoint_key: `${key}/.ATTRIBUTES/VARIABLE_VALUE` }]
    })
    // Nodes: 0 root, 1 model, 2 optimizer, then per variable: layer, kernel, slot m, slot v.
    const nodes: Record<string, unknown>[] = [
      {
        children: [
          { node_id: 1, local_name: 'model' },
          { node_id: 2, local_name: 'optimizer' }
        ]
      },
      { children: [] as unknown[] },
      { children: [], slot_variables: [] as unknown[] }
    ]
    const tensors: BundleTensorSpec[] = []
    for (let i = 0; i < variables; i++) {
      const layer = nodes.length
      const kernel = layer + 1
      const key = `model/layer_${i}/kernel`
      ;(nodes[1].children as unknown[]).push({ node_id: layer, local_name: `layer_${i}` })
      nodes.push({ children: [{ node_id: kernel, local_name: 'kernel' }] }, value(key))
      tensors.push({ name: `${key}/.ATTRIBUTES/VARIABLE_VALUE`, dtype: DT.FLOAT, shape })
      for (const slot of ['m', 'v']) {
        const slotKey = `${key}/.OPTIMIZER_SLOT/optimizer/${slot}`
        ;(nodes[2].slot_variables as unknown[]).push({ original_variable_node_id: kernel, slot_name: slot, slot_variable_node_id: nodes.length })
        nodes.push(value(slotKey))
        tensors.push({ name: `${slotKey}/.ATTRIBUTES/VARIABLE_VALUE`, dtype: DT.FLOAT, shape })
      }
    }
    const layout = buildBundleLayout(tensors, { objectGraph: { nodes } })
    writeFileSync(join(dir, 'ckpt-1.index'), layout.index)
    writeSparseFile(join(dir, 'ckpt-1.data-00000-of-00001'), shardChunks(layout.shards[0]))
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
