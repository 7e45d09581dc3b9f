import { FormatError } from '../../src/core/errors.js'
import type { ReadResult, TensorInfo } from '../../src/core/types.js'
import type { CheckpointReader } from '../../src/formats/kit/types.js'
import { dirname, joinPath, type CheckpointFiles } from '../../src/io/checkpoint-files.js'

/**
 * Minimal readers for tests of the plumbing around the readers (git baselines, discovery), so
 * those tests do not depend on which real readers are merged. They are not format readers: the
 * truth about formats is tested on the real fixtures by each reader's own tests.
 */

/** A safetensors file: u64 LE header length, JSON header, payload (tensors' bytes are zeros). */
export function buildSafetensors(tensors: Record<string, { dtype: 'F32' | 'F16'; shape: number[] }>): Uint8Array {
  const header: Record<string, unknown> = {}
  let offset = 0
  for (const [name, { dtype, shape }] of Object.entries(tensors)) {
    const bytes = shape.reduce((a, b) => a * b, 1) * (dtype === 'F32' ? 4 : 2)
    header[name] = { dtype, shape, data_offsets: [offset, offset + bytes] }
    offset += bytes
  }
  const json = new TextEncoder().encode(JSON.stringify(header))
  const file = new Uint8Array(8 + json.length + offset)
  new DataView(file.buffer).setBigUint64(0, BigInt(json.length), true)
  file.set(json, 8)
  return file
}

const categoryOf = (name: string): TensorInfo['category'] => (name.startsWith('optimizer.') ? 'optimizer' : 'weights')

/** safetensors' dtype codes as the real reader names them (the framework's lower-case names). */
const DTYPE_NAMES: Record<string, string> = { F16: 'float16', BF16: 'bfloat16', F32: 'float32', F64: 'float64' }

/** Reads the header of a safetensors file (enough for these tests; no validation beyond spans). */
export const TEST_SAFETENSORS_READER: CheckpointReader = {
  format: 'safetensors',
  matchesName: (path) => path.endsWith('.safetensors'),
  sniff: ({ head }) => head.length > 8 && head[8] === 0x7b,
  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const source = await files.open(path)
    try {
      const length = Number(new DataView((await source.read(0, 8)).slice().buffer).getBigUint64(0, true))
      const header = JSON.parse(new TextDecoder().decode(await source.read(8, length))) as Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>
      const tensors = Object.entries(header).map(([name, info]) => ({
        name,
        dtype: DTYPE_NAMES[info.dtype] ?? info.dtype.toLowerCase(),
        shape: info.shape,
        file: path,
        offset: 8 + length + info.data_offsets[0],
        byteLength: info.data_offsets[1] - info.data_offsets[0],
        category: categoryOf(name)
      }))
      return { format: 'safetensors', name: path, files: [{ path, role: 'data', bytes: source.size, present: true }], tensors, classifiedBy: 'name-rules', warnings: [] }
    } finally {
      await source.close()
    }
  }
}

/**
 * A TF-like pair: `NAME.tidx` (JSON: `{"data": file, "tensors": [[name, offset, length]]}`) that
 * describes the payload in a separate data file, whose size it takes from `files.size()` (as the
 * TF reader does for data shards), so a data file stored in Git LFS is sized by its pointer.
 */
export const TEST_INDEX_READER: CheckpointReader = {
  format: 'tensorflow-checkpoint',
  matchesName: (path) => path.endsWith('.tidx'),
  sniff: ({ head }) => head[0] === 0x7b,
  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const source = await files.open(path)
    const index = JSON.parse(new TextDecoder().decode(await source.read(0, source.size))) as { data: string; tensors: [string, number, number][] }
    await source.close()
    const data = joinPath(dirname(path), index.data)
    const dataBytes = await files.size(data)
    if (dataBytes === undefined) throw new FormatError(data, 'missing')
    return {
      format: 'tensorflow-checkpoint',
      name: path.replace(/\.tidx$/, ''),
      files: [
        { path, role: 'index', bytes: source.size, present: true },
        { path: data, role: 'data', bytes: dataBytes, present: true }
      ],
      tensors: index.tensors.map(([name, offset, byteLength]) => ({ name, dtype: 'float32', shape: [byteLength / 4], file: data, offset, byteLength, category: categoryOf(name) })),
      classifiedBy: 'name-rules',
      warnings: []
    }
  }
}
