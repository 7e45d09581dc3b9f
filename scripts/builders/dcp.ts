import { pickle, type Py } from './pickle.js'
import { buildTorchZip, tensor, type StorageSpec } from './pytorch.js'

/**
 * `torch.distributed.checkpoint` folders for tests: the `.metadata` pickle
 * (`torch/distributed/checkpoint/metadata.py` dataclasses, as pickle writes them) and the
 * `__<rank>_<n>.distcp` data files, each tensor chunk a torch.save zip as FileSystemWriter writes it.
 */

/** A dataclass as pickle writes it: the class called, then BUILD with its fields. */
const dataclass = (name: string, fields: [string, Py][], module = 'torch.distributed.checkpoint.metadata'): Py => ({
  build: { reduce: { global: `${module}.${name}` }, args: [] },
  state: { dict: fields }
})
const size = (dims: number[]): Py => ({ reduce: { global: 'torch.Size' }, args: [{ tuple: dims }] })

export interface DcpChunk {
  fqn: string
  shape: number[]
  offsets: number[]
  sizes: number[]
  file: string
  /** The dtype `.metadata` names (`torch.<dtype>`); the payload is float32 either way. Default float32. */
  dtype?: string
}

/** Where `.metadata` says a chunk's bytes are: its data file, and its item's span there. */
export interface DcpStoredChunk extends DcpChunk {
  offset: number
  length: number
}

/** A DCP folder: each chunk a torch.save'd float32 tensor in its data file, and the `.metadata` pickle of where each is. */
export function buildDcp(dir: string, chunks: DcpChunk[], options: { omitFiles?: string[] } = {}): Map<string, Uint8Array> {
  const data = new Map<string, Uint8Array[]>()
  const stored: DcpStoredChunk[] = []
  for (const chunk of chunks) {
    const storage: StorageSpec = { key: '0', storageClass: 'FloatStorage', numel: chunk.sizes.reduce((a, b) => a * b, 1) }
    const item = buildTorchZip({ archive: 'archive', root: tensor(storage, chunk.sizes), storages: [storage] })
    const parts = data.get(chunk.file) ?? []
    const offset = parts.reduce((sum, part) => sum + part.length, 0)
    parts.push(item)
    data.set(chunk.file, parts)
    stored.push({ ...chunk, offset, length: item.length })
  }
  const files = new Map<string, Uint8Array>([[`${dir}/.metadata`, dcpMetadata(stored)]])
  for (const [file, parts] of data) {
    if (options.omitFiles?.includes(file)) continue
    files.set(`${dir}/${file}`, Uint8Array.from(parts.flatMap((part) => [...part])))
  }
  return files
}

/** The `.metadata` pickle (a `Metadata` of `state_dict_metadata` and `storage_data`) for chunks stored where they say. */
export function dcpMetadata(chunks: readonly DcpStoredChunk[]): Uint8Array {
  const storageData: [Py, Py][] = []
  const byTensor = new Map<string, DcpChunk[]>()
  for (const chunk of chunks) {
    storageData.push([
      dataclass('MetadataIndex', [
        ['fqn', chunk.fqn],
        ['offset', size(chunk.offsets)],
        ['index', null]
      ]),
      dataclass(
        '_StorageInfo',
        [
          ['relative_path', chunk.file],
          ['offset', chunk.offset],
          ['length', chunk.length]
        ],
        'torch.distributed.checkpoint.filesystem'
      )
    ])
    const parts = byTensor.get(chunk.fqn)
    if (parts) parts.push(chunk)
    else byTensor.set(chunk.fqn, [chunk])
  }
  const stateDict: [Py, Py][] = [...byTensor].map(([fqn, parts]) => [
    fqn,
    dataclass('TensorStorageMetadata', [
      [
        'properties',
        {
          build: { reduce: { global: 'torch.distributed.checkpoint.metadata.TensorProperties' }, args: [] },
          state: { tuple: [{ global: `torch.${parts[0].dtype ?? 'float32'}` }, null, false, null, false] }
        }
      ],
      ['size', size(parts[0].shape)],
      [
        'chunks',
        parts.map((part) =>
          dataclass('ChunkStorageMetadata', [
            ['offsets', size(part.offsets)],
            ['sizes', size(part.sizes)]
          ])
        )
      ]
    ])
  ])
  return pickle(
    dataclass('Metadata', [
      ['state_dict_metadata', { dict: stateDict }],
      ['storage_data', { dict: storageData }]
    ]),
    { protocol: 4 }
  )
}
