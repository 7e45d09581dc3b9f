import { FormatError } from '../../core/errors.js'
import { MAX_KERAS_CONFIG_BYTES } from '../../core/limits.js'
import type { ReadResult, TensorInfo } from '../../core/types.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'
import { readHdf5Tree } from '../hdf5/index.js'
import type { CheckpointReader } from '../kit/types.js'
import { openZip, type ZipArchive, type ZipEntry } from '../zip/index.js'
import { isLayoutAttribute, KerasClassifier } from './keras-layout.js'
import { SpanSource, UTF8 } from '../../io/bytes/index.js'
import { configLayers, type KerasConfigLayers } from './keras3-layout.js'
import { kerasArchiveSniffer } from './sniff.js'
import { withSource } from '../kit/open.js'

/**
 * Keras 3 `.keras` archives (`keras-team/keras:keras/src/saving/saving_lib.py`): a zip holding
 * `metadata.json`, `config.json` and `model.weights.h5`. Keras writes the entries stored
 * (uncompressed), so the weights file is walked in place through a window on the archive and each
 * dataset's span is a span of the `.keras` file. The zip structure, the two JSON files and the
 * weights file's own HDF5 metadata are metadata.
 */
export const kerasArchiveReader: CheckpointReader = {
  ...kerasArchiveSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    return withSource(files, path, async (source) => {
      const archive = await openZip(source)
      const byName = new Map(archive.entries.map((entry) => [entry.name, entry]))
      const weights = byName.get('model.weights.h5')
      const config = await readConfig(path, archive, byName.get('config.json'))
      const result: ReadResult = {
        format: 'keras',
        name: path,
        files: [{ path, role: 'data', bytes: source.size, present: true }],
        tensors: [],
        classifiedBy: 'dict-layout',
        warnings: []
      }
      if (!weights) {
        const other = archive.entries.find((entry) => /^model\.weights\./.test(entry.name))
        if (!other) {
          result.warnings.push('the archive has no model.weights.h5: it holds no weights')
          return result
        }
        result.tensors.push(await wholeEntry(path, archive, other))
        result.warnings.push(`${other.name} is not an HDF5 weights file; its ${other.compressedSize} bytes are reported as unclassified`)
        return result
      }
      const start = await archive.dataStart(weights)
      if (weights.method !== 0) {
        // A deflated entry's datasets have no span in the archive; inflating it would read every
        // payload byte. Keras never writes it so (saving_lib uses ZIP_STORED); a re-zipped file might.
        result.tensors.push(await wholeEntry(path, archive, weights))
        result.warnings.push(
          'model.weights.h5 is compressed inside the archive, so its tensors cannot be located without inflating every weight; ' +
            'its bytes are reported as unclassified. Save with model.save("x.keras") (entries stored uncompressed).'
        )
        return result
      }
      const window = new SpanSource(source, start, weights.compressedSize, `${path}:model.weights.h5`)
      // Classified as the walk finds them: the tree of a 10^5-layer file is never held whole.
      const classifier = new KerasClassifier(path, start, config)
      const tree = await readHdf5Tree(window, {
        decodeAttribute: isLayoutAttribute,
        onGroup: (group, linkNames) => classifier.group(group, linkNames),
        onDataset: (dataset) => classifier.dataset(dataset)
      })
      const keras = classifier.finish()
      result.tensors = keras.tensors
      result.classifiedBy = keras.classifiedBy
      result.warnings.push(...tree.warnings, ...keras.warnings)
      result.categoryNotes = keras.categoryNotes
      return result
    })
  }
}

async function readConfig(path: string, archive: ZipArchive, entry: ZipEntry | undefined): Promise<KerasConfigLayers | undefined> {
  if (!entry) return undefined
  const bytes = await archive.readEntry(entry, MAX_KERAS_CONFIG_BYTES)
  try {
    return configLayers(JSON.parse(UTF8.decode(bytes)))
  } catch (error) {
    throw new FormatError(path, `config.json is not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
      fix: 'Re-save the model with model.save("x.keras").'
    })
  }
}

/**
 * One pseudo-tensor for a whole entry whose content cannot be walked in place. Nothing can be
 * said about what it holds, so it has no evidence: unclassified, listed by name.
 */
async function wholeEntry(path: string, archive: ZipArchive, entry: ZipEntry): Promise<TensorInfo> {
  return {
    name: entry.name,
    dtype: 'bytes',
    shape: [entry.compressedSize],
    file: path,
    offset: await archive.dataStart(entry),
    byteLength: entry.compressedSize,
    evidence: []
  }
}
