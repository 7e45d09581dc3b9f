import { evidenceOf } from '../../core/classify.js'
import { MAX_DIMS, MAX_NAME_BYTES, MAX_TENSORS } from '../../core/limits.js'
import type { TensorInfo } from '../../core/types.js'
import type { ByteSource } from '../../io/byte-source.js'
import { openSegmentedFlatbuffer, readSegments, readSizesNow, scalarType, segmentAt } from './layout.js'
import { StoragesByOffset } from '../kit/storages-by-offset.js'

/**
 * ExecuTorch external data (`.ptd`, `extension/flat_tensor/serialize/flat_tensor.fbs`, root
 * `FlatTensor`): the weights a program moved out of its `.pte` (`extra_tensor_info.location =
 * EXTERNAL`), each a `named_data` entry (key = the tensor's fully qualified name) pointing at a
 * segment, with the tensor's layout. Every entry is a weight; the flatbuffer, the header and
 * segment padding are metadata.
 */

const FLAT_TENSOR_SEGMENTS = 1
const FLAT_TENSOR_NAMED_DATA = 2
const NAMED_DATA_KEY = 0
const NAMED_DATA_SEGMENT = 1
const NAMED_DATA_LAYOUT = 2
const LAYOUT_SCALAR_TYPE = 0
const LAYOUT_SIZES = 1

const EXTERNAL = evidenceOf('parameter', 'format', 'ExecuTorch external data (.ptd): tensors a program loads by name, its weights')

export async function readFlatTensor(source: ByteSource): Promise<TensorInfo[]> {
  const layout = await openSegmentedFlatbuffer(source, 'FH01')
  const { fb } = layout
  const root = await fb.root('the FlatTensor')
  const namedDataAt = root.ref(FLAT_TENSOR_NAMED_DATA)
  const segments = await readSegments(layout, root, FLAT_TENSOR_SEGMENTS)
  const tensors: TensorInfo[] = []
  const storages = new StoragesByOffset()
  for (const [i, at] of (namedDataAt === undefined ? [] : await fb.tables(namedDataAt, 'FlatTensor.named_data', MAX_TENSORS)).entries()) {
    const entry = await fb.table(at, `named data ${i}`)
    const keyAt = entry.ref(NAMED_DATA_KEY)
    const layoutAt = entry.ref(NAMED_DATA_LAYOUT)
    const segment = segmentAt(fb, segments, entry.u32(NAMED_DATA_SEGMENT), `named data ${i}`)
    const name = keyAt === undefined ? `named data ${i}` : await fb.string(keyAt, MAX_NAME_BYTES, `the key of named data ${i}`)
    let dtype = 'uint8'
    let shape = [segment.size]
    if (layoutAt !== undefined) {
      const tensorLayout = await fb.table(layoutAt, `the layout of '${name}'`)
      const sizesAt = tensorLayout.ref(LAYOUT_SIZES)
      dtype = scalarType(tensorLayout.u8(LAYOUT_SCALAR_TYPE)).dtype
      shape = readSizesNow(fb, sizesAt, MAX_DIMS, `'${name}'`) ?? (await fb.until(() => readSizesNow(fb, sizesAt, MAX_DIMS, `'${name}'`)))
    }
    const tensor: TensorInfo = { name, dtype, shape, file: source.name, offset: segment.offset, byteLength: segment.size, evidence: EXTERNAL }
    storages.add(tensor)
    tensors.push(tensor)
  }
  return tensors
}
