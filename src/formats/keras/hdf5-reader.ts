import type { ReadResult } from '../../core/types.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'
import type { CheckpointReader } from '../kit/types.js'
import { readHdf5Tree } from '../hdf5/index.js'
import { isLayoutAttribute, KerasClassifier } from './keras-layout.js'
import { hdf5Sniffer } from './sniff.js'
import { withSource } from '../kit/open.js'

/**
 * HDF5 files: Keras legacy `.h5` (`model.save('x.h5')`), `save_weights('x.h5')`, Keras 3
 * `.weights.h5`. Recognised by the HDF5 signature, whatever the name (`.h5`, `.hdf5`, `.keras`
 * saved by old tf.keras in HDF5 form). Only object headers, group nodes and heaps are read.
 *
 * An HDF5 file without a Keras layout is still reported (format `hdf5`, its datasets
 * `unclassified` with a warning) rather than rejected: the user pointed the action at it, its
 * bytes are real, and "unclassified" keeps them visible without guessing; a data file that should
 * not be measured is excluded by the `path` glob.
 */
export const hdf5Reader: CheckpointReader = {
  ...hdf5Sniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    return withSource(files, path, async (source) => {
      // Classified as the walk finds them: the tree of a 10^5-layer file is never held whole.
      const classifier = new KerasClassifier(path, 0)
      const tree = await readHdf5Tree(source, {
        decodeAttribute: isLayoutAttribute,
        onGroup: (group, linkNames) => classifier.group(group, linkNames),
        onDataset: (dataset) => classifier.dataset(dataset)
      })
      const keras = classifier.finish()
      return {
        format: keras.layout === 'plain-hdf5' ? 'hdf5' : 'keras',
        name: path,
        files: [{ path, role: 'data', bytes: source.size, present: true }],
        tensors: keras.tensors,
        classifiedBy: keras.classifiedBy,
        warnings: [...tree.warnings, ...keras.warnings],
        categoryNotes: keras.categoryNotes
      }
    })
  }
}
