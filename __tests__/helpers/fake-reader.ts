import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Category, FormatId, ReadResult } from '../../src/core/types.js'
import type { CheckpointReader } from '../../src/formats/kit/types.js'

/**
 * A test-only format, so that CLI tests run the real pipeline on real files on disk with tensors
 * of any category and size, stated in the file: a `*.fakeckpt` file is the line
 * `FAKECKPT <json>\n` (the tensors' names, categories and sizes) followed by the payloads back to
 * back. Its format id is its own, never a real format's, so no output can pass it off as one.
 */
const MAGIC = 'FAKECKPT '
const FAKE_FORMAT = 'test-fakeckpt' as FormatId

interface FakeTensor {
  name: string
  category: Category
  bytes: number
}

export const fakeReader: CheckpointReader = {
  format: FAKE_FORMAT,
  matchesName: (path) => path.endsWith('.fakeckpt'),
  sniff: (candidate) => new TextDecoder().decode(candidate.head.subarray(0, MAGIC.length)) === MAGIC,
  async read(path, files): Promise<ReadResult> {
    const source = await files.open(path)
    try {
      const head = new TextDecoder().decode(await source.read(0, Math.min(source.size, 64 * 1024)))
      const newline = head.indexOf('\n')
      const tensors = JSON.parse(head.slice(MAGIC.length, newline)) as FakeTensor[]
      let offset = Buffer.byteLength(head.slice(0, newline + 1))
      return {
        format: FAKE_FORMAT,
        name: path,
        files: [{ path, role: 'data', bytes: source.size, present: true }],
        tensors: tensors.map((tensor) => {
          const info = {
            name: tensor.name,
            dtype: 'float32',
            shape: [tensor.bytes / 4],
            file: path,
            offset,
            byteLength: tensor.bytes,
            category: tensor.category
          }
          offset += tensor.bytes
          return info
        }),
        classifiedBy: 'name-rules',
        warnings: []
      }
    } finally {
      await source.close()
    }
  }
}

/** Writes a `*.fakeckpt` file under `root`; returns its size in bytes. */
export function writeFakeCheckpoint(root: string, path: string, tensors: FakeTensor[]): number {
  const header = Buffer.from(`${MAGIC}${JSON.stringify(tensors)}\n`)
  const payload = Buffer.alloc(tensors.reduce((sum, tensor) => sum + tensor.bytes, 0))
  const file = join(root, path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, Buffer.concat([header, payload]))
  return header.length + payload.length
}
