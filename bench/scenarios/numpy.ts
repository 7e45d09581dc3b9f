import { join } from 'node:path'
import { buildNpz, npyHeader, type NpzMember } from '../../scripts/builders/numpy.js'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import { elementCount, float32Shape, type FormatScenario, type Scale } from './types.js'

/** An `np.savez` archive (`weights.npz`: stored ZIP64 members, one per array); payloads are holes. */
export const numpyScenario: FormatScenario = {
  format: 'numpy',
  write(dir: string, scale: Scale): string[] {
    const shape = float32Shape(scale.bytes / scale.tensors)
    const header = npyHeader('<f4', shape)
    const members: NpzMember[] = []
    for (let i = 0; i < scale.tensors; i++) members.push({ key: `layers.${i}.weight`, chunks: [header, { hole: 4 * elementCount(shape) }] })
    writeSparseFile(join(dir, 'weights.npz'), buildNpz(members))
    return ['weights.npz']
  }
}
