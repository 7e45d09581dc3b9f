import { FormatError, LimitExceededError } from '../../core/errors.js'
import { formatBytes } from '../../core/format-bytes.js'
import { MAX_MLPACKAGE_FILES, MAX_MLPACKAGE_MANIFEST_BYTES } from '../../core/limits.js'
import type { CheckpointFile, FileRole, ReadResult } from '../../core/types.js'
import { Cursor, ProtoReader, utf8, Window } from '../../io/bytes/index.js'
import { dirname, joinPath, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { Companions } from '../kit/companions.js'
import { withSource } from '../kit/open.js'
import { pathInside } from '../kit/safe-path.js'
import type { CheckpointReader } from '../kit/types.js'
import { Collector } from './collector.js'
import { BLOB_METADATA_BYTES, type BlobReference } from './mil-program.js'
import { ModelWalk } from './model-walk.js'
import { coremlModelSniffer, coremlPackageSniffer } from './sniff.js'

/**
 * Core ML: a `.mlmodel` file (the protobuf spec, weights inside its layers) and the `.mlpackage`
 * folder (`Manifest.json`; `Data/com.apple.CoreML/model.mlmodel`, the spec; `weights/weight.bin`,
 * the blobs an ML Program's constants point at). The spec is walked with positioned reads (the
 * byte layer's ProtoReader), payloads stepped over: the walk is in model-walk.ts,
 * neural-network.ts and mil-program.ts; this module finds the files and resolves blob references.
 */

/** `@model_path` in a blob file name is the directory of the spec (coremltools' MIL serializer). */
const MODEL_PATH = '@model_path/'

interface Spec {
  collector: Collector
  walk: ModelWalk
  /** Weight files the blobs point into, with their size on disk (undefined: absent). */
  blobFiles: Map<string, { size: number | undefined; described: number }>
  /** The same weight files as the checkpoint lists them (an absent one at its described size). */
  weightFiles: CheckpointFile[]
  bytes: number
}

async function readSpec(path: string, files: CheckpointFiles): Promise<Spec> {
  const collector = new Collector(path)
  const walk = new ModelWalk(collector)
  const bytes = await withSource(files, path, async (source) => {
    await walk.model(new ProtoReader(new Window(source), 0, source.size, 'Model'), '', 0)
    return source.size
  })
  const blobFiles = await resolveBlobs(path, walk.mil.blobs, files)
  const weights = new Companions(files, 'the spec')
  for (const [file, entry] of blobFiles) {
    if (entry.size === undefined) weights.absentFile(file, 'data', entry.described)
    else weights.present(file, 'data', entry.size)
  }
  collector.warnings.push(...weights.warnings())
  return { collector, walk, blobFiles, weightFiles: weights.files, bytes }
}

/**
 * Places each blob: its data follows its 64-byte record, as long as its type says. When the type
 * does not say (a dynamic shape), the record's `sizeInBytes` and `offset` are read instead.
 * References to one offset (weights shared between functions) share a storage.
 */
async function resolveBlobs(specPath: string, blobs: readonly BlobReference[], files: CheckpointFiles): Promise<Spec['blobFiles']> {
  const blobFiles: Spec['blobFiles'] = new Map()
  const offsets = new Map<string, Set<number>>()
  let shared = false
  let lastName: string | undefined
  let file = ''
  for (const blob of blobs) {
    // Every constant names the same weight file, resolved once.
    if (blob.fileName !== lastName) {
      file = blobPath(specPath, blob.fileName)
      lastName = blob.fileName
    }
    let entry = blobFiles.get(file)
    if (!entry) {
      entry = { size: await files.size(file), described: 0 }
      blobFiles.set(file, entry)
      offsets.set(file, new Set())
    }
    const seen = offsets.get(file) as Set<number>
    if (seen.has(blob.offset)) shared = true
    seen.add(blob.offset)
    const tensor = blob.tensor
    tensor.file = file
    if (blob.bytes === undefined && entry.size !== undefined) {
      const record = await readRecord(file, blob.offset, files)
      tensor.offset = record.offset
      tensor.byteLength = record.bytes
    } else {
      tensor.offset = blob.offset + BLOB_METADATA_BYTES
      tensor.byteLength = blob.bytes ?? 0
    }
    entry.described = Math.max(entry.described, tensor.offset + tensor.byteLength)
    if (entry.size !== undefined && tensor.offset + tensor.byteLength > entry.size) {
      throw new FormatError(
        file,
        `constant '${tensor.name}' needs bytes ${tensor.offset}..${tensor.offset + tensor.byteLength}, beyond the file's ${entry.size} bytes`,
        {
          fix: 'The weight file does not belong to this model or is truncated; re-save the model.'
        }
      )
    }
  }
  if (shared) for (const blob of blobs) blob.tensor.storageKey = `${blob.tensor.file}@${blob.offset}`
  return blobFiles
}

function blobPath(specPath: string, fileName: string): string {
  const relative = fileName.startsWith(MODEL_PATH) ? fileName.slice(MODEL_PATH.length) : fileName
  const path = pathInside(dirname(specPath), relative)
  if (path === undefined) {
    throw new FormatError(specPath, `a constant points at the weight file '${fileName}', outside the model's folder`, {
      fix: 'Weight files are relative to the model (@model_path/weights/weight.bin); this one was not opened.'
    })
  }
  return path
}

/** A `blob_metadata` record: sentinel 0xDEADBEEF, u32 dtype, u64 sizeInBytes, u64 data offset. */
async function readRecord(file: string, at: number, files: CheckpointFiles): Promise<{ offset: number; bytes: number }> {
  return withSource(files, file, async (source) => {
    const record = Cursor.over(await source.read(at, BLOB_METADATA_BYTES), file, at, 'blob record')
    if (record.u32() !== 0xdeadbeef) {
      throw new FormatError(file, 'a constant points at a blob record without the 0xDEADBEEF sentinel', {
        offset: at,
        fix: 'The weight file is corrupt; re-save the model.'
      })
    }
    record.skip(4) // the blob's dtype
    const bytes = record.u64('the size of a blob')
    const offset = record.u64('the data offset of a blob')
    return { offset, bytes }
  })
}

function specFiles(path: string, spec: Spec, role: FileRole): CheckpointFile[] {
  return [{ path, role, bytes: spec.bytes, present: true }, ...spec.weightFiles]
}

function result(name: string, files: CheckpointFile[], spec: Spec): ReadResult {
  const { collector, walk } = spec
  const parts = [
    `spec v${walk.specificationVersion} ${walk.modelType || 'model'}`,
    collector.layers > 0 ? `${collector.layers} layer${collector.layers === 1 ? '' : 's'}` : '',
    collector.operations > 0 ? `${collector.operations} program operations` : '',
    `feature descriptions and metadata (${formatBytes(spec.bytes)} spec)`
  ]
  if (spec.blobFiles.size > 0) parts.push('weight-file header, blob records and alignment')
  return {
    format: 'coreml',
    name,
    files,
    tensors: collector.tensors,
    classifiedBy: 'format',
    warnings: collector.warnings,
    categoryNotes: {
      metadata: parts.filter((part) => part !== '').join(', '),
      ...(collector.updatable ? { bookkeeping: 'on-device training settings (updatable model)' } : {})
    }
  }
}

/** A `.mlmodel` on its own (a spec inside an `.mlpackage` is read with its package). */
export const coremlModelReader: CheckpointReader = {
  ...coremlModelSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const spec = await readSpec(path, files)
    return result(path, specFiles(path, spec, 'data'), spec)
  }
}

/** An `.mlpackage` folder, read from its `Manifest.json`: every file in the folder is the checkpoint's. */
export const coremlPackageReader: CheckpointReader = {
  ...coremlPackageSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    const packageDir = dirname(path)
    const specPath = joinPath(packageDir, `Data/${await rootModelPath(path, files)}`)
    const spec = await readSpec(specPath, files)
    const listed = [{ path, role: 'index' as const, bytes: (await files.size(path)) ?? 0, present: true }, ...specFiles(specPath, spec, 'graph')]
    const known = new Set(listed.map((file) => file.path))
    for (const file of await filesBelow(packageDir, files)) {
      if (!known.has(file.path)) listed.push({ path: file.path, role: 'asset', bytes: file.bytes, present: true })
    }
    return result(packageDir, listed, spec)
  }
}

/** The root model's path under `Data/`, from the manifest (coremltools' ModelPackage.cpp). */
async function rootModelPath(manifestPath: string, files: CheckpointFiles): Promise<string> {
  const text = await withSource(files, manifestPath, async (source) => {
    if (source.size > MAX_MLPACKAGE_MANIFEST_BYTES)
      throw new LimitExceededError(manifestPath, 'the size of Manifest.json', source.size, MAX_MLPACKAGE_MANIFEST_BYTES)
    return utf8(await source.read(0, source.size))
  })
  let manifest: { rootModelIdentifier?: unknown; itemInfoEntries?: Record<string, { path?: unknown }> }
  try {
    manifest = JSON.parse(text)
  } catch {
    throw new FormatError(manifestPath, 'Manifest.json is not valid JSON', { fix: 'Re-save the .mlpackage with coremltools.' })
  }
  const root = typeof manifest?.rootModelIdentifier === 'string' ? manifest.itemInfoEntries?.[manifest.rootModelIdentifier]?.path : undefined
  if (typeof root !== 'string' || root === '' || root.startsWith('/') || root.split('/').includes('..')) {
    throw new FormatError(manifestPath, "Manifest.json names no root model inside the package's Data folder", {
      fix: 'Re-save the .mlpackage with coremltools.'
    })
  }
  return root
}

/** Every regular file under `dir`, with its size. */
async function filesBelow(dir: string, files: CheckpointFiles): Promise<{ path: string; bytes: number }[]> {
  const found: { path: string; bytes: number }[] = []
  const pending = [dir]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    for (const name of await files.list(next)) {
      const path = joinPath(next, name)
      const size = await files.size(path)
      if (size === undefined) pending.push(path)
      else found.push({ path, bytes: size })
      if (found.length + pending.length > MAX_MLPACKAGE_FILES)
        throw new LimitExceededError(dir, 'the files of an .mlpackage', found.length + pending.length, MAX_MLPACKAGE_FILES)
    }
  }
  return found
}
