import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHECKPOINT_METADATA_JSON, treeMetadataJson, type OrbaxLeaf } from '../../scripts/builders/orbax.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import { elementCount, float32Shape, type FormatScenario, type Scale } from './types.js'

/**
 * An Orbax `CheckpointManager` step folder (`run/3/`): `_CHECKPOINT_METADATA`, the item's
 * `_METADATA` tree (params and an Adam `mu` mirroring them), an OCDBT manifest and data files
 * of 1 GB at most (as holes) holding the arrays' bytes.
 */
export const orbaxScenario: FormatScenario = {
  format: 'orbax',
  write(dir: string, scale: Scale): string[] {
    const layers = Math.max(1, Math.floor(scale.tensors / 2))
    const shape = float32Shape(scale.bytes / (2 * layers))
    const leaves: OrbaxLeaf[] = []
    for (let i = 0; i < layers; i++)
      leaves.push({ keys: ['params', `layer_${i}`, 'kernel'], shape }, { keys: ['opt_state', '0', 'mu', `layer_${i}`, 'kernel'], shape })
    const item = join(dir, 'run', '3', 'default')
    mkdirSync(join(item, 'd'), { recursive: true })
    writeFileSync(join(dir, 'run', '3', '_CHECKPOINT_METADATA'), CHECKPOINT_METADATA_JSON)
    writeFileSync(join(item, '_METADATA'), treeMetadataJson(leaves))
    writeFileSync(join(item, 'manifest.ocdbt'), new Uint8Array(114))
    // Whole arrays per data file, as OCDBT writes values whole, plus a little room for its b-tree.
    const arrayBytes = 4 * elementCount(shape)
    const perFile = Math.max(1, Math.floor(1e9 / arrayBytes))
    for (let first = 0, n = 0; first < leaves.length; first += perFile, n++) {
      writeSparseFile(join(item, 'd', `data${n}`), [{ hole: Math.min(perFile, leaves.length - first) * arrayBytes + 4096 }])
    }
    return ['run']
  }
}
