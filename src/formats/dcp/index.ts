import { LimitExceededError } from '../../core/errors.js'
import { MAX_PICKLE_BYTES } from '../../core/limits.js'
import { denseBytes } from '../../core/dtypes.js'
import type { CheckpointFile, ReadResult, TensorInfo } from '../../core/types.js'
import type { ByteSource } from '../../io/byte-source.js'
import { dirname, joinPath, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { SpanSource } from '../../io/bytes/index.js'
import { Companions } from '../kit/companions.js'
import type { CheckpointReader } from '../kit/types.js'
import { openZip } from '../zip/index.js'
import { looksLikeZip } from '../zip/signature.js'
import { DcpEvidence } from './evidence.js'
import { offsetsKey, parseDcpMetadata, type DcpItem, type DcpMetadata } from './metadata.js'
import { dcpSniffer } from './sniff.js'
import { LazySource, withSource } from '../kit/open.js'

/**
 * A `torch.distributed.checkpoint` folder: `.metadata` plus one `__<rank>_<n>.distcp` data file
 * per writer (metadata.ts). The checkpoint is the folder. Only `.metadata` is read: it gives each
 * tensor chunk's dtype and sizes and the item (file, offset, length) that stores it.
 *
 * Each item is written by `torch.save` (`filesystem.py`, `_write_item`): a small zip whose one
 * storage record is the chunk's payload, `numel × element size` bytes (the writer clones a view
 * whose storage is larger, so the storage is the chunk). That many bytes of the item are the
 * tensor's, placed at the item's start (where in the item the record sits does not change any
 * count, and finding it would cost three reads per tensor); the rest of the item, its zip
 * structure and pickle, is metadata, as in any torch.save file. Only for a dtype without a known
 * size is the item's zip directory read for the record's span, and an item in another form
 * (compressed by a storage transform) counts whole. Non-tensor values (optimizer `param_groups`,
 * Python scalars) are torch.save'd objects: metadata.
 */
export const dcpReader: CheckpointReader = {
  ...dcpSniffer,
  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const dir = dirname(path)
    const metadata = parseDcpMetadata(await readWhole(path, files), path)
    const { files: dataFiles, warnings } = await listDataFiles(path, metadata, files)
    const evidence = new DcpEvidence(metadata.tensors.keys())
    const tensors: TensorInfo[] = []
    let wholeItems = 0

    // Tensor items by data file, in one pass: each file's items are then read in order.
    const itemsByFile = new Map<string, DcpItem[]>()
    for (const item of metadata.items) {
      if (item.chunkOffsets === undefined) continue
      const dataPath = joinPath(dir, item.file)
      const items = itemsByFile.get(dataPath)
      if (items) items.push(item)
      else itemsByFile.set(dataPath, [item])
    }
    for (const file of dataFiles) {
      const items = itemsByFile.get(file.path)
      if (!items) continue
      // Opened only for an item whose payload size the metadata does not give.
      const data = new LazySource(files, file.path)
      try {
        for (const item of items) {
          const chunk = chunkOf(item, metadata)
          let span = payloadBySize(item, chunk)
          if (!span && file.present) span = await payloadSpan(await data.source(), item)
          if (!span) wholeItems++
          tensors.push(tensorOf(item, chunk, file.path, span ?? { offset: item.offset, byteLength: item.length }, evidence))
        }
      } finally {
        await data.close()
      }
    }
    if (wholeItems > 0) {
      warnings.push(
        `${wholeItems} tensor chunk(s) are not stored as plain torch.save records (compressed, or another serialization): each item's whole stored bytes are counted as its tensor's`
      )
    }
    return {
      format: 'torch-dcp',
      name: dir,
      files: [{ path, role: 'index', bytes: (await files.size(path)) ?? 0, present: true }, ...dataFiles],
      tensors,
      classifiedBy: 'dict-layout',
      warnings
    }
  }
}

async function readWhole(path: string, files: CheckpointFiles): Promise<Uint8Array> {
  return withSource(files, path, async (source) => {
    if (source.size > MAX_PICKLE_BYTES) throw new LimitExceededError(path, 'the size of the DCP metadata pickle', source.size, MAX_PICKLE_BYTES)
    return await source.read(0, source.size)
  })
}

/**
 * The data files: those `.metadata` names (an absent one is sized by its items) and any other
 * `.distcp` in the folder (written by the same save, so part of it even when nothing points in).
 */
// Names were checked when .metadata was parsed (metadata.ts: plain file names of the folder).
async function listDataFiles(metadataPath: string, metadata: DcpMetadata, files: CheckpointFiles): Promise<{ files: CheckpointFile[]; warnings: string[] }> {
  const dir = dirname(metadataPath)
  const named = new Map<string, number>()
  for (const item of metadata.items) named.set(item.file, Math.max(named.get(item.file) ?? 0, item.offset + item.length))
  for (const name of await files.list(dir)) if (name.endsWith('.distcp') && !named.has(name)) named.set(name, 0)
  const companions = new Companions(files, '.metadata')
  for (const [name, extent] of [...named].sort(([a], [b]) => a.localeCompare(b))) {
    await companions.companion(joinPath(dir, name), 'data', { describedBytes: extent })
  }
  return { files: companions.files, warnings: companions.warnings() }
}

/** The EOCD and the ZIP64 locator torch's writer puts before it: all of an item's tail worth reading first. */
const ITEM_TAIL_BYTES = 22 + 20

/**
 * The payload span of a tensor item written by torch.save, read from its zip directory (the EOCD,
 * the directory, one local header: under a kilobyte): its one `data/<key>` record, stored.
 * Undefined for an item in any other form (compressed, another serialization), whose whole stored
 * bytes then count as the tensor's.
 */
async function payloadSpan(source: ByteSource, item: DcpItem): Promise<{ offset: number; byteLength: number } | undefined> {
  if (item.transformed || item.offset + item.length > source.size) return undefined
  const span = new SpanSource(source, item.offset, item.length, `${source.name} (item '${item.fqn}')`)
  if (!looksLikeZip(await span.read(0, Math.min(4, item.length)))) return undefined
  const archive = await openZip(span, { tailBytes: ITEM_TAIL_BYTES })
  const records = archive.entries.filter((entry) => /(^|\/)data\/\d+$/.test(entry.name))
  if (records.length !== 1 || records[0].method !== 0) return undefined
  return { offset: item.offset + (await archive.dataStart(records[0])), byteLength: records[0].compressedSize }
}

/** The chunk an item stores: its tensor's dtype, and its sizes from the tensor's chunk list. */
interface StoredChunk {
  name: string
  dtype: string
  shape: number[]
}

function chunkOf(item: DcpItem, metadata: DcpMetadata): StoredChunk {
  const tensor = metadata.tensors.get(item.fqn)
  const offsets = offsetsKey(item.chunkOffsets ?? [])
  const chunked = (tensor?.chunks.size ?? 0) > 1
  return {
    name: chunked ? `${item.fqn}[${offsets}]` : item.fqn,
    dtype: tensor?.dtype ?? 'unknown',
    shape: tensor?.chunks.get(offsets) ?? tensor?.shape ?? []
  }
}

/** The payload of a plain torch.save item from its dtype and sizes, placed at the item's start. */
function payloadBySize(item: DcpItem, chunk: StoredChunk): { offset: number; byteLength: number } | undefined {
  if (item.transformed) return undefined
  const bytes = denseBytes(chunk.dtype, chunk.shape)
  return bytes !== undefined && bytes <= item.length ? { offset: item.offset, byteLength: bytes } : undefined
}

function tensorOf(item: DcpItem, chunk: StoredChunk, file: string, span: { offset: number; byteLength: number }, evidence: DcpEvidence): TensorInfo {
  return { ...chunk, file, offset: span.offset, byteLength: span.byteLength, evidence: evidence.of(item.fqn) }
}
