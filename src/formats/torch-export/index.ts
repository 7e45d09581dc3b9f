import { evidenceOf } from '../../core/classify.js'
import { FormatError, UnsupportedFormatError } from '../../core/errors.js'
import { formatBytes } from '../../core/format-bytes.js'
import { MAX_DIMS, MAX_TENSORS, MAX_TORCH_EXPORT_CONFIG_BYTES } from '../../core/limits.js'
import type { TensorInfo } from '../../core/types.js'
import type { ByteSource } from '../../io/byte-source.js'
import { NameIndex, ShapeInterner, SpanSource, utf8, Window } from '../../io/bytes/index.js'
import { readSingleFile } from '../kit/single-file.js'
import type { CheckpointReader } from '../kit/types.js'
import { openZip, type ZipArchive } from '../zip/index.js'
import { torchExportSniffer } from './sniff.js'

/**
 * torch.export archives (`.pt2`, `torch.export.save`; layout in `torch/export/pt2_archive/
 * constants.py` and `_package.py`): a zip under one root folder holding `archive_format` ("pt2"),
 * `models/<model>.json` (the serialized graph), and per model a weights config
 * `data/weights/<model>_weights_config.json` and a constants config
 * `data/constants/<model>_constants_config.json`: `{"config": {fqn: {"path_name", "is_param",
 * "use_pickle", "tensor_meta": {dtype, sizes, …}}}}`, each `path_name` a file of the folder.
 *
 * The configs are the archive's own statement of what each payload is: `is_param` entries are the
 * module's parameters (weights), the other weights entries its buffers, the constants its lifted
 * tensor constants and script objects (buffers). Each entry's stored bytes are attributed (tied
 * weights share one file, counted once); the graph, sample inputs and the zip are metadata.
 */

const WEIGHTS_CONFIG = /^(.*?)data\/weights\/(.+)_weights_config\.json$/
const CONSTANTS_CONFIG = /^(.*?)data\/constants\/(.+)_constants_config\.json$/
const SAMPLE_INPUTS = /data\/sample_inputs\//

const PARAMETER = evidenceOf('parameter', 'dict-layout', 'torch.export weights config: a parameter of the exported module (is_param)')
const BUFFER = evidenceOf('model-state', 'dict-layout', 'torch.export weights config: a buffer of the exported module (not is_param)')
const CONSTANT = evidenceOf('model-state', 'dict-layout', 'torch.export constants config: a tensor constant or script object the exported program holds')

/** `torch/_export/serde/schema.py`, `class ScalarType`. */
const SERDE_DTYPES: Record<number, string> = {
  1: 'uint8',
  2: 'int8',
  3: 'int16',
  4: 'int32',
  5: 'int64',
  6: 'float16',
  7: 'float32',
  8: 'float64',
  9: 'complex32',
  10: 'complex64',
  11: 'complex128',
  12: 'bool',
  13: 'bfloat16',
  28: 'uint16',
  29: 'float8_e4m3fn',
  30: 'float8_e5m2',
  31: 'float8_e4m3fnuz',
  32: 'float8_e5m2fnuz'
}

interface PayloadEntry {
  path_name?: unknown
  is_param?: unknown
  tensor_meta?: { dtype?: unknown; sizes?: unknown }
}

export const torchExportReader: CheckpointReader = {
  ...torchExportSniffer,
  read: (path, files) =>
    readSingleFile('torch-export', path, files, async (source) => {
      const archive = await openZip(source)
      const names = archive.directory.names
      const configs = names
        .map((name, index) => ({ index, weights: WEIGHTS_CONFIG.exec(name), constants: CONSTANTS_CONFIG.exec(name) }))
        .filter((config) => config.weights || config.constants)
      if (!configs.some((config) => config.weights)) {
        throw new UnsupportedFormatError(
          path,
          'a .pt2 archive without a data/weights/<model>_weights_config.json (an older torch.export.save layout, or an AOTInductor package)',
          'Save it again with torch.export.save from a recent PyTorch.'
        )
      }
      const models = new Set(configs.map((config) => (config.weights ?? config.constants)![2]))
      const byName = NameIndex.of(names)
      const shapes = new ShapeInterner()
      const tensors: TensorInfo[] = []
      const entryIndexes: number[] = []
      for (const config of configs) {
        const [, root, model] = (config.weights ?? config.constants)!
        const folder = `${root}data/${config.weights ? 'weights' : 'constants'}/`
        const payloads = await readConfig(path, source, archive, config.index)
        for (const [fqn, payload] of payloads) {
          const file = typeof payload.path_name === 'string' ? payload.path_name : undefined
          const index = file === undefined ? undefined : byName.get(folder + file)
          if (index === undefined)
            throw new FormatError(path, `the config ${names[config.index]} lists '${fqn}' in '${folder}${file}', which the archive does not have`, {
              fix: 'The archive is incomplete; save it again.'
            })
          const meta = payload.tensor_meta
          tensors.push({
            name: models.size > 1 ? `${model}/${fqn}` : fqn,
            dtype: SERDE_DTYPES[Number(meta?.dtype)] ?? `torch_export_dtype_${String(meta?.dtype)}`,
            shape: shapes.intern(shapeOf(meta?.sizes)),
            file: path,
            offset: 0,
            byteLength: archive.directory.compressedSizes[index],
            evidence: config.constants ? CONSTANT : payload.is_param === true ? PARAMETER : BUFFER,
            // Tied weights are written once and listed under each name.
            storageKey: `pt2:${index}`
          })
          entryIndexes.push(index)
        }
      }
      if (tensors.length > MAX_TENSORS) throw new FormatError(path, `the configs list ${tensors.length} tensors, over the limit of ${MAX_TENSORS}`)
      const starts = await archive.dataStarts(entryIndexes)
      for (let i = 0; i < tensors.length; i++) tensors[i].offset = starts[i]
      const sampleBytes = names.reduce((sum, name, i) => sum + (SAMPLE_INPUTS.test(name) ? archive.directory.compressedSizes[i] : 0), 0)
      archive.release()
      return {
        tensors,
        explanations:
          sampleBytes > 0 ? [`${formatBytes(sampleBytes)} of example inputs saved with the program (data/sample_inputs/), counted as metadata`] : [],
        categoryNotes: { metadata: 'the serialized exported program (models/*.json), weights configs, sample inputs, zip structure' }
      }
    })
}

/**
 * One entry as `torch.export.save` writes it (`json.dumps` of its dataclasses: fixed key order,
 * `", "` and `": "` separators), with what the reader needs captured: the name, path_name,
 * is_param, dtype and the sizes.
 */
const PLAIN_ENTRY =
  /"((?:[^"\\]|\\.)*)": \{"path_name": "((?:[^"\\]|\\.)*)", "is_param": (true|false), "use_pickle": (?:true|false), "tensor_meta": \{"dtype": (\d+), "sizes": \[((?:\{"as_int": \d+\}(?:, )?)*)\]/g

/** Bytes of a stored config decoded and matched at a time. */
const CONFIG_WINDOW = 1 << 20

/**
 * The `config` object of a payload config, as [fqn, entry] pairs. A config of 10^5 weights is
 * ~40 MB of JSON; its bytes, its text and its tree (an object per entry, its tensor_meta, sizes,
 * strides, device) took the CLI past 200 MB. A stored config is read a window at a time and the
 * entries, as the writer lays them out, matched in each window's text; anything else (another
 * writer, a deflated entry) goes through JSON.parse.
 */
async function readConfig(path: string, source: ByteSource, archive: ZipArchive, index: number): Promise<[string, PayloadEntry][]> {
  const entry = archive.directory.entry(index)
  if (entry.method === 0 && entry.compressedSize <= MAX_TORCH_EXPORT_CONFIG_BYTES) {
    const plain = await matchPlainEntries(new SpanSource(source, await archive.dataStart(entry), entry.compressedSize, `${path} (${entry.name})`))
    if (plain) return plain
  }
  const text = utf8(await archive.readEntry(entry, MAX_TORCH_EXPORT_CONFIG_BYTES))
  let config: unknown
  try {
    config = (JSON.parse(text) as { config?: unknown }).config
  } catch (error) {
    throw new FormatError(path, `${entry.name} is not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
      fix: 'The archive is corrupt; save it again.'
    })
  }
  if (typeof config !== 'object' || config === null) throw new FormatError(path, `${entry.name} has no "config" object`)
  return Object.entries(config as Record<string, PayloadEntry>).filter(([, value]) => typeof value === 'object' && value !== null)
}

/** The entries of a stored config (the span of the archive it is) matched window by window; undefined when not every entry is in the plain layout. */
async function matchPlainEntries(config: ByteSource): Promise<[string, PayloadEntry][] | undefined> {
  const size = config.size
  const found: [string, PayloadEntry][] = []
  let entries = 0
  let carry = ''
  // One buffer refilled: a new buffer per window left ~40 MB of dead ones for the collector.
  const window = new Window(config, { kind: 'reuse', readBytes: CONFIG_WINDOW })
  for (let at = 0; at < size;) {
    const length = Math.min(CONFIG_WINDOW, size - at)
    await window.load(at, length)
    const bytes = window.buffer.subarray(at - window.bufferStart, at - window.bufferStart + length)
    // A character the window's end splits waits for the next window (which keeps its bytes):
    // the text is cut after the last ASCII byte, always a character's end.
    let cut = length
    if (at + length < size) while (cut > 0 && bytes[cut - 1] >= 0x80) cut--
    if (cut === 0) return undefined
    const text = carry + utf8(bytes.subarray(0, cut))
    at += cut
    let end = 0
    for (const match of text.matchAll(PLAIN_ENTRY)) {
      const entry = plainEntry(match)
      // A string JSON would refuse (a control character): JSON.parse of the whole config says so.
      if (!entry) return undefined
      found.push(entry)
      end = match.index + match[0].length
    }
    entries += countOf(text.slice(0, end), '"path_name": ')
    carry = text.slice(end)
    // An entry longer than a window is not one the writer lays out.
    if (carry.length > CONFIG_WINDOW) return undefined
  }
  entries += countOf(carry, '"path_name": ')
  return found.length > 0 && found.length === entries ? found : undefined
}

/**
 * A matched entry. Its strings are parsed as JSON strings: that unescapes them, and makes them
 * strings of their own (a substring would keep the whole window's text alive with the tensor).
 */
function plainEntry(match: RegExpMatchArray): [string, PayloadEntry] | undefined {
  const [, rawName, rawPath, isParam, dtype, sizes] = match
  const name = jsonString(rawName)
  const pathName = jsonString(rawPath)
  if (name === undefined || pathName === undefined) return undefined
  const dims = sizes === '' ? [] : sizes.split(', ').map((size) => ({ as_int: Number(size.slice(11, -1)) }))
  return [name, { path_name: pathName, is_param: isParam === 'true', tensor_meta: { dtype: Number(dtype), sizes: dims } }]
}

/** The JSON string literal whose body is `raw`, or undefined when JSON refuses it. */
function jsonString(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return undefined
  }
}

function countOf(text: string, needle: string): number {
  let count = 0
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++
  return count
}

/** `tensor_meta.sizes`: `[{"as_int": 4}, …]` (symbolic sizes, which a saved weight never has, count as 0). */
function shapeOf(sizes: unknown): number[] {
  if (!Array.isArray(sizes)) return []
  return sizes.slice(0, MAX_DIMS).map((size: { as_int?: unknown }) => (typeof size?.as_int === 'number' && size.as_int >= 0 ? size.as_int : 0))
}
