import { FormatError, UnsupportedFormatError } from '../../core/errors.js'
import { formatBytes } from '../../core/format-bytes.js'
import { MAX_PICKLE_BYTES } from '../../core/limits.js'
import type { ReadResult } from '../../core/types.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'
import { unpickle } from '../pickle/unpickler.js'
import type { PickleValue } from '../pickle/values.js'
import type { Candidate, CheckpointReader } from '../types.js'
import { looksLikeZip, openZip, type ZipArchive, type ZipEntry } from '../zip.js'
import { classifyTorchSave, classifyTorchScript } from './classify.js'
import { hasPytorchExtension } from './names.js'
import { tensorInfos, type StorageSpan } from './result.js'
import { StorageRef, storageDtype, torchGlobals, TORCHSCRIPT_MODULE_PREFIXES } from './torch-globals.js'
import { findTensors } from './walk.js'

/**
 * `torch.save` zip archives (PyTorch ≥ 1.6; Lightning `.ckpt`, HF `pytorch_model.bin`) and
 * TorchScript archives (`torch.jit.save`).
 *
 * Layout (`pytorch/pytorch:torch/serialization.py` `_save`, `caffe2/serialize/inline_container.cc`):
 * every record sits under one folder whose name varies (the file stem, or `archive`):
 * `<a>/data.pkl` the pickled object, `<a>/data/<key>` one record per storage (stored, not
 * compressed, 64-byte aligned through a local-header extra field), `<a>/byteorder`,
 * `<a>/version` or `<a>/.data/version`. TorchScript adds `<a>/code/` (Python-like source and
 * `.debug_pkl` debug info) and `<a>/constants.pkl`.
 *
 * Read: the central directory, `data.pkl` (and `constants.pkl`), one local header per storage
 * (its payload starts after the variable-length padding). Storage payloads are never read.
 */

/** Records a torch archive starts with (the first local header's name, seen in the sniff bytes). */
const TORCH_FIRST_RECORD = /^[^/]+\/(data\.pkl|data\/\d|\.data\/|version|byteorder|\.format_version|\.storage_alignment|code\/|constants\.pkl|constants\/|extra\/)/

/** The first local header's file name as far as the sniff window shows it; `truncated` when cut off. */
function firstRecordName(head: Uint8Array): { name: string; truncated: boolean } | undefined {
  if (head.length < 30 || !(head[2] === 3 && head[3] === 4)) return undefined
  const length = head[26] | (head[27] << 8)
  const visible = head.subarray(30, Math.min(head.length, 30 + length))
  return { name: new TextDecoder().decode(visible), truncated: visible.length < length }
}

export const pytorchZipReader: CheckpointReader = {
  format: 'pytorch',
  matchesName: hasPytorchExtension,
  sniff(candidate: Candidate): boolean {
    if (!looksLikeZip(candidate.head)) return false
    const first = firstRecordName(candidate.head)
    if (!first) return false
    if (TORCH_FIRST_RECORD.test(first.name)) return true
    // A long archive folder name can push the record name past the sniff window; read() then
    // checks for data.pkl and says clearly when the zip is something else.
    return first.truncated && !first.name.includes('/') && /\.(pt|pth)$/i.test(candidate.path)
  },
  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const source = await files.open(path)
    try {
      return await readTorchZip(path, source.size, await openZip(source))
    } finally {
      await source.close()
    }
  }
}

/** Entries by name, built once per archive: a lookup per storage must not scan 100,000 entries. */
const entriesByName = new WeakMap<ZipArchive, Map<string, ZipEntry>>()

function findRecord(archive: ZipArchive, prefix: string, name: string): ZipEntry | undefined {
  let byName = entriesByName.get(archive)
  if (!byName) {
    byName = new Map()
    // The first entry of a name wins, as a linear search would find it.
    for (const entry of archive.entries) if (!byName.has(entry.name)) byName.set(entry.name, entry)
    entriesByName.set(archive, byName)
  }
  return byName.get(prefix + name)
}

/** `archive/data.pkl` → `archive/`: the folder with the shortest path holding a data.pkl. */
function archivePrefix(archive: ZipArchive): string | undefined {
  let best: string | undefined
  for (const entry of archive.entries) {
    if (entry.name !== 'data.pkl' && !entry.name.endsWith('/data.pkl')) continue
    const prefix = entry.name.slice(0, entry.name.length - 'data.pkl'.length)
    if (best === undefined || prefix.length < best.length) best = prefix
  }
  return best
}

async function readSmallText(archive: ZipArchive, entry: ZipEntry | undefined): Promise<string | undefined> {
  if (!entry || entry.uncompressedSize > 64) return undefined
  return new TextDecoder().decode(await archive.readEntry(entry, 64)).trim()
}

export async function readTorchZip(path: string, fileSize: number, archive: ZipArchive): Promise<ReadResult> {
  const prefix = archivePrefix(archive)
  if (prefix === undefined) {
    throw new UnsupportedFormatError(
      path,
      'a zip archive without a data.pkl record, so not a torch.save or TorchScript file',
      'PyTorch checkpoints saved with torch.save hold <folder>/data.pkl; other zips (.keras, .npz) are read by their own readers.'
    )
  }
  const torchscript = archive.entries.some((e) => e.name.startsWith(prefix + 'code/')) || findRecord(archive, prefix, 'constants.pkl') !== undefined
  const warnings: string[] = []
  const byteorder = await readSmallText(archive, findRecord(archive, prefix, 'byteorder'))
  if (byteorder === 'big') warnings.push('storages are big-endian (byteorder record); sizes are unaffected')
  const version = await readSmallText(archive, findRecord(archive, prefix, '.data/version') ?? findRecord(archive, prefix, 'version'))

  const storages = new Map<string, StorageRef>()
  const unpickleRecord = async (name: string, dataDir: string): Promise<PickleValue> => {
    const entry = findRecord(archive, prefix, name)
    if (!entry) return undefined
    const bytes = await archive.readEntry(entry, MAX_PICKLE_BYTES)
    return unpickle(bytes, {
      file: path,
      globals: GLOBALS,
      allowedModulePrefixes: torchscript ? TORCHSCRIPT_MODULE_PREFIXES : [],
      persistentLoad: (pid) => {
        const storage = zipStorage(pid, dataDir)
        const known = storages.get(storage.key)
        if (known) return known
        storages.set(storage.key, storage)
        return storage
      }
    }).value
  }

  const root = await unpickleRecord('data.pkl', 'data/')
  let found = findTensors(root, path)
  if (torchscript) {
    // TorchScript constants (tensors baked into the code) live in their own pickle and folder.
    const constants = await unpickleRecord('constants.pkl', 'constants/')
    found = found.concat(findTensors(constants, path).map((f) => ({ ...f, path: [{ key: 'constants', via: 'item' as const }, ...f.path] })))
  }
  const classification = torchscript ? classifyTorchScript(found) : classifyTorchSave(root, found)

  const spans = new Map<string, StorageSpan>()
  for (const [key] of storages) {
    const entry = findRecord(archive, prefix, key)
    if (!entry) {
      throw new FormatError(path, `the pickle refers to storage '${key}', but the archive has no record '${prefix}${key}'`, {
        fix: 'The archive is incomplete; re-save it.'
      })
    }
    spans.set(key, { offset: await archive.dataStart(entry), byteLength: entry.compressedSize, storageKey: `${path}:${entry.name}` })
  }
  const { tensors, explanations } = tensorInfos(path, classification, (key) => spans.get(key) as StorageSpan)

  if (torchscript) explanations.push(torchScriptCodeLine(archive, prefix))
  if (version !== undefined && !/^\d+$/.test(version)) warnings.push(`unexpected archive version record '${version}'`)
  return {
    format: torchscript ? 'torchscript' : 'pytorch',
    name: path,
    files: [{ path, role: 'data', bytes: fileSize, present: true }],
    tensors,
    classifiedBy: classification.classifiedBy,
    warnings,
    explanations,
    categoryNotes: classification.categoryNotes
  }
}

const GLOBALS = torchGlobals()

/** `("storage", storage_type, key, location, numel)` → the storage, found at `<dataDir><key>`. */
function zipStorage(pid: PickleValue, dataDir: string): StorageRef {
  if (!Array.isArray(pid) || pid[0] !== 'storage' || pid.length < 5) throw new Error('not a ("storage", type, key, location, numel) tuple')
  const dtype = storageDtype(pid[1])
  if (!dtype) throw new Error('unknown storage type')
  const key = pid[2]
  const numel = pid[4]
  if (typeof key !== 'string' || !/^[\w.-]+$/.test(key)) throw new Error('storage key is not a plain name')
  if (typeof numel !== 'number' || !Number.isSafeInteger(numel) || numel < 0) throw new Error('storage size is not a count')
  return new StorageRef(dataDir + key, dtype, numel, typeof pid[3] === 'string' ? pid[3] : 'cpu')
}

function torchScriptCodeLine(archive: ZipArchive, prefix: string): string {
  let code = 0
  let codeFiles = 0
  let debug = 0
  let onDisk = 0
  for (const entry of archive.entries) {
    if (!entry.name.startsWith(prefix + 'code/')) continue
    onDisk += entry.compressedSize
    if (entry.name.endsWith('.debug_pkl')) debug += entry.uncompressedSize
    else {
      code += entry.uncompressedSize
      codeFiles++
    }
  }
  return (
    `TorchScript archive: ${codeFiles} code file(s), ${formatBytes(code)} of code and ${formatBytes(debug)} of debug info ` +
    `(${formatBytes(onDisk)} on disk, counted as metadata); a plain state_dict carries no code`
  )
}
