import { writeFileSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { buildHdf5, dataset, group, kerasAttribute, type Hdf5GroupSpec } from '../../scripts/builders/hdf5.js'
import { float32Shape, type FormatScenario, type Scale } from './types.js'

/** A Keras 2 `model.h5`-style HDF5 file (`model_weights/<layer>/<layer>/kernel:0`); payloads are holes. */
export const hdf5Scenario: FormatScenario = {
  format: 'hdf5',
  write(dir: string, scale: Scale): string[] {
    const shape = float32Shape(scale.bytes / scale.tensors)
    const layers: Hdf5GroupSpec['children'] = {}
    for (let i = 0; i < scale.tensors; i++) {
      const name = `dense_${i}`
      layers[name] = group({ [name]: group({ 'kernel:0': dataset('float32', shape) }) }, { weight_names: [`${name}/kernel:0`] })
    }
    const root = group({ model_weights: group(layers, kerasAttribute('layer_names', Object.keys(layers))) }, { keras_version: '2.15.0', backend: 'tensorflow' })
    const built = buildHdf5(root, { holes: true })
    const path = join(dir, 'model.h5')
    writeFileSync(path, built.bytes)
    truncateSync(path, built.size)
    return ['model.h5']
  }
}
