import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { dcpMetadata, type DcpStoredChunk } from '../../scripts/builders/dcp.js'
import { pickle } from '../../scripts/builders/pickle.js'
import { tensor, type StorageSpec } from '../../scripts/builders/pytorch.js'
import { chunksLength, writeSparseFile, type Chunk } from '../../scripts/builders/sparse.js'
import { sparseZip64 } from '../../scripts/builders/zip.js'
import { elementCount, float32Shape, type FormatScenario, type Scale } from './types.js'

/** Data files of a DCP save: one per writer rank. */
const RANKS = 2

/**
 * A `torch.distributed.checkpoint` folder (`ckpt/`): `.metadata` and one `__<rank>_0.distcp` per
 * rank, each tensor a torch.save item (a ZIP64 whose one storage is a hole) written back to back,
 * as FileSystemWriter writes them.
 */
export const dcpScenario: FormatScenario = {
  format: 'torch-dcp',
  write: (dir, scale) => writeDcpFolder(dir, scale)
}

/**
 * The scenario's folder; with a `dtype` whose element size the reader does not know, which makes
 * it read each item's zip directory for the payload's span instead of sizing it from the shape.
 */
export function writeDcpFolder(dir: string, scale: Scale, dtype = 'float32'): string[] {
  const shape = float32Shape(scale.bytes / scale.tensors)
  const storage: StorageSpec = { key: '0', storageClass: 'FloatStorage', numel: elementCount(shape) }
  const item = sparseZip64([
    { name: 'archive/data.pkl', data: pickle(tensor(storage, shape)) },
    { name: 'archive/byteorder', data: new TextEncoder().encode('little') },
    { name: 'archive/data/0', hole: storage.numel * 4 },
    { name: 'archive/version', data: new TextEncoder().encode('3\n') }
  ])
  const itemBytes = chunksLength(item)
  const folder = join(dir, 'ckpt')
  mkdirSync(folder)
  const stored: DcpStoredChunk[] = []
  for (let rank = 0; rank < RANKS; rank++) {
    const file = `__${rank}_0.distcp`
    const chunks: Chunk[] = []
    for (let i = rank, offset = 0; i < scale.tensors; i += RANKS, offset += itemBytes) {
      stored.push({ fqn: `model.layers.${i}.weight`, dtype, shape, offsets: shape.map(() => 0), sizes: shape, file, offset, length: itemBytes })
      chunks.push(...item)
    }
    writeSparseFile(join(folder, file), chunks)
  }
  writeSparseFile(join(folder, '.metadata'), [dcpMetadata(stored)])
  return ['ckpt']
}
