import { denseBytes } from '../../core/dtypes.js'
import { FormatError } from '../../core/errors.js'
import type { CheckpointFile, TensorInfo } from '../../core/types.js'
import { basename, dirname, joinPath, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { UTF8 } from '../../io/bytes/index.js'
import { sameBytes, type TensorProtoInfo } from './tensor-proto.js'

/**
 * ONNX external data (`onnx/onnx:docs/ExternalData.md`): a tensor's `external_data` names a file
 * (`location`, relative to the model's directory) and, optionally, an `offset` and a `length` in
 * it. This class places such tensors in their files and lists the files with the checkpoint.
 */

/** An external data file referenced by `location`, relative to the model's directory. */
interface ExternalFile {
  path: string
  /** Bytes on disk, or undefined when the file is absent. */
  size: number | undefined
  /** End of the furthest span the graph describes in it (the size of an absent file). */
  describedBytes: number
  /** Whether its tensors carry storage keys: set once a span starts before the end of an earlier one. */
  keyed: boolean
}

export type ExternalSpan = Pick<TensorInfo, 'file' | 'offset' | 'byteLength' | 'storageKey'>

export class ExternalData {
  private readonly files = new Map<string, ExternalFile>()
  private lastLocation: { bytes: Uint8Array; file: ExternalFile } | undefined

  /**
   * @param modelPath the `.onnx` file, for errors and to resolve locations
   * @param tensors the tensors read so far: when a file's spans go back, its earlier tensors get keys
   */
  constructor(
    private readonly modelPath: string,
    private readonly checkpointFiles: CheckpointFiles,
    private readonly tensors: readonly TensorInfo[]
  ) {}

  /**
   * Where `tensor`'s bytes are: `offset` and `length` default to the file's start and rest. `kind`
   * and `name` name the tensor in errors ("initializer 'w'").
   */
  async span(tensor: TensorProtoInfo, kind: string, name: string, dtype: string): Promise<ExternalSpan> {
    const externalData = tensor.externalData ?? {}
    const file = await this.file(externalData.location ?? new Uint8Array(0), kind, name, tensor.at)
    const offset = parseDecimal(externalData.offset, 'offset', kind, name, this.modelPath, tensor.at) ?? 0
    // Without `length`, onnx reads from `offset` to the end of the file (onnx/onnx:
    // onnx/external_data_helper.py, load_external_data_for_tensor); for an absent file the dense
    // size is the best description there is.
    const length =
      parseDecimal(externalData.length, 'length', kind, name, this.modelPath, tensor.at) ??
      (file.size !== undefined ? Math.max(0, file.size - offset) : (denseBytes(dtype, tensor.dims) ?? 0))
    if (!Number.isSafeInteger(offset + length)) {
      throw new FormatError(this.modelPath, `${kind} '${name}' describes ${offset + length} bytes of external data, more than any file holds`, {
        offset: tensor.at,
        fix: 'The model is corrupt or hostile.'
      })
    }
    // Two tensors naming the same bytes (deduplicated exports) share one storage, which a storage
    // key tells analyzeCheckpoint. Exporters write spans one after the other, and a span that
    // starts past every earlier one cannot repeat one: keys (100,000 strings, and a set of them in
    // the analysis) are only made once a file's spans go back, for all its spans.
    if (offset < file.describedBytes && !file.keyed) {
      file.keyed = true
      for (const earlier of this.tensors) {
        if (earlier.file === file.path) earlier.storageKey = storageKey(earlier.file, earlier.offset, earlier.byteLength)
      }
    }
    file.describedBytes = Math.max(file.describedBytes, offset + length)
    const span = { file: file.path, offset, byteLength: length }
    return file.keyed ? { ...span, storageKey: storageKey(file.path, offset, length) } : span
  }

  /** The checkpoint's files: the graph, then each external data file (absent ones with their described size). */
  checkpointFilesWith(modelBytes: number, warnings: string[]): CheckpointFile[] {
    const list: CheckpointFile[] = [{ path: this.modelPath, role: 'graph', bytes: modelBytes, present: true }]
    for (const file of this.files.values()) {
      if (file.size === undefined) {
        warnings.push(`external data file '${basename(file.path)}' is missing; its ${file.describedBytes} bytes are counted as the graph describes them`)
        list.push({ path: file.path, role: 'data', bytes: file.describedBytes, present: false })
      } else {
        list.push({ path: file.path, role: 'data', bytes: file.size, present: true })
      }
    }
    return list
  }

  /** The file a `location` names; every tensor of an export names the same one, checked once. */
  private async file(locationBytes: Uint8Array, kind: string, name: string, at: number): Promise<ExternalFile> {
    if (this.lastLocation && sameBytes(this.lastLocation.bytes, locationBytes)) return this.lastLocation.file
    const location = UTF8.decode(locationBytes)
    if (!location) {
      throw new FormatError(this.modelPath, `${kind} '${name}' has external data without a 'location'`, {
        offset: at,
        fix: 'Re-save the model with onnx.save_model(..., save_as_external_data=True).'
      })
    }
    const file = await this.fileAt(location, kind, name, at)
    this.lastLocation = { bytes: locationBytes, file }
    return file
  }

  private async fileAt(location: string, kind: string, name: string, at: number): Promise<ExternalFile> {
    const segments = location.split(/[\\/]/)
    if (location.startsWith('/') || /^[A-Za-z]:/.test(location) || segments.includes('..')) {
      throw new FormatError(this.modelPath, `${kind} '${name}' puts its data at '${location}', outside the model's directory`, {
        offset: at,
        fix: 'External data must be a relative path next to the model; this file was not opened.'
      })
    }
    const path = joinPath(dirname(this.modelPath), segments.filter((s) => s !== '' && s !== '.').join('/'))
    let file = this.files.get(path)
    if (!file) {
      file = { path, size: await this.checkpointFiles.size(path), describedBytes: 0, keyed: false }
      this.files.set(path, file)
    }
    return file
  }
}

function storageKey(file: string, offset: number, byteLength: number): string {
  return `${file}@${offset}+${byteLength}`
}

/** A decimal byte count given as ASCII digits, parsed without making a string of it. */
function parseDecimal(bytes: Uint8Array | undefined, key: string, kind: string, name: string, file: string, at: number): number | undefined {
  if (bytes === undefined) return undefined
  let value = bytes.length > 0 ? 0 : NaN
  for (let i = 0; i < bytes.length; i++) {
    const digit = bytes[i] - 0x30
    value = digit >= 0 && digit <= 9 ? value * 10 + digit : NaN
  }
  if (!Number.isSafeInteger(value)) {
    throw new FormatError(file, `${kind} '${name}' has external_data ${key} '${UTF8.decode(bytes)}', not a decimal byte count`, {
      offset: at
    })
  }
  return value
}
