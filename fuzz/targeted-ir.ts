import { ascii, concat, pbBytes, pbVarint, varint } from './encode.js'
import type { TargetedMutator } from './targeted.js'

/**
 * Mutators for the graph formats of issue 13: OpenVINO IR's XML (the parser must refuse DTDs:
 * entity expansion, external entities; Const slices with hostile offsets and sizes; nesting and
 * unterminated tags) and Core ML's protobuf (length fields, and an ML Program whose blob references
 * leave the folder or the file).
 */

const TWO_63 = 1n << 63n
const pick = <T>(values: readonly T[], param: number): T => values[param % values.length]
const text = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes)
const latin1 = (value: string): Uint8Array => Uint8Array.from(value, (char) => char.charCodeAt(0) & 0xff)

// --- OpenVINO IR XML -------------------------------------------------------------------------------

const isIrXml = (path: string, bytes: Uint8Array): boolean => path.endsWith('.xml') && text(bytes.subarray(0, 256)).includes('<net')

/** DTDs a hostile IR could carry, each placed before `<net` (and its entity used in an attribute). */
const DTDS: readonly string[] = [
  // billion laughs: 10^9 expansions from a few hundred bytes
  `<!DOCTYPE net [<!ENTITY l0 "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>`,
  '<!DOCTYPE net [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE net SYSTEM "http://127.0.0.1:1/ir.dtd">',
  '<!DOCTYPE net [<!ENTITY % p SYSTEM "http://127.0.0.1:1/p.dtd"> %p;]>',
  '<!DOCTYPE net [<!ELEMENT net ANY><!ATTLIST layer type CDATA "Const">]>',
  '<!ENTITY xxe SYSTEM "file:///etc/passwd">'
]
const ENTITY_USES = ['&l9;', '&xxe;', '&undefined;', '&#0;', '&#x110000;', '&amp']

/** Edits of a Const layer's `<data ... offset= size= shape= element_type=>`. */
const CONST_EDITS: readonly [RegExp, string][] = [
  [/offset="\d+"/, `offset="${TWO_63}"`],
  [/size="\d+"/, 'size="18446744073709551615"'],
  [/size="\d+"/, 'size="-4"'],
  [/offset="\d+"/, 'offset="0x10"'],
  [/size="\d+"/, 'size=""'],
  [/shape="[^"]*"/, `shape="${Array.from({ length: 5000 }, () => '1').join(',')}"`],
  [/shape="[^"]*"/, 'shape="99999999999999999999,99999999999999999999"'],
  [/element_type="[^"]*"/, 'element_type="&xxe;"'],
  [/offset="\d+"/, 'offset="1"  offset="2"'],
  [/ size="\d+"/, '']
]

const XML: TargetedMutator[] = [
  {
    name: 'xml-dtd-and-entities',
    applies: isIrXml,
    mutate(bytes, param) {
      const source = text(bytes)
      const at = source.indexOf('<net')
      const use = pick(ENTITY_USES, param >> 3)
      const net = source.slice(at).replace(/name="[^"]*"/, `name="${use}"`)
      return latin1(source.slice(0, at) + pick(DTDS, param) + '\n' + net)
    }
  },
  {
    name: 'openvino-const-data',
    applies: (path, bytes) => isIrXml(path, bytes) && text(bytes).includes('type="Const"'),
    mutate(bytes, param) {
      const source = text(bytes)
      const datas = [...source.matchAll(/<data [^>]*offset="[^>]*>/g)]
      const data = pick(datas, Math.floor(param / CONST_EDITS.length))
      const [pattern, replacement] = pick(CONST_EDITS, param)
      const edited = data[0].replace(pattern, replacement)
      return latin1(source.slice(0, data.index) + edited + source.slice((data.index ?? 0) + data[0].length))
    }
  },
  {
    name: 'xml-structure',
    applies: isIrXml,
    mutate(bytes, param) {
      const source = text(bytes)
      const layers = source.indexOf('<layers>')
      const variants: (() => string)[] = [
        () => source.slice(0, layers + 8) + '<layer type="Const"><body><layers>'.repeat(5000) + source.slice(layers + 8), // deep bodies
        () => source.slice(0, layers + 8) + `<layer name="${'x'.repeat(20_000_000)}` + source.slice(layers + 8), // a tag over the limit
        () => source.slice(0, layers + 8) + '<layer name="never closed' + source.slice(layers + 8), // a quote to the end of the file
        () => source.slice(0, layers + 8) + '<!-- never closed' + source.slice(layers + 8),
        () => source.replace('</layers>', '</layer>'), // mismatched end tag
        () => source.slice(0, layers + 8) + '<layer type="Const"><data offset="0" size="4"/></layer>'.repeat(50_000) + source.slice(layers + 8) // many shared ranges
      ]
      return latin1(pick(variants, param)())
    }
  }
]

// --- Core ML protobuf ---------------------------------------------------------------------------

const isMlmodel = (path: string, bytes: Uint8Array): boolean => path.endsWith('.mlmodel') && bytes.length > 2

/** Offsets and widths of length varints of LEN fields, nested as far as their content parses as a message. */
export function protobufLengthFields(
  bytes: Uint8Array,
  start = 0,
  end = bytes.length,
  depth = 0,
  out: { at: number; width: number }[] = []
): { at: number; width: number }[] {
  let p = start
  while (p < end && out.length < 4096) {
    const tag = readVarint(bytes, p, end)
    if (!tag || tag.value === 0) return out
    p = tag.next
    const wireType = tag.value % 8
    if (wireType === 0) {
      const value = readVarint(bytes, p, end)
      if (!value) return out
      p = value.next
    } else if (wireType === 1) p += 8
    else if (wireType === 5) p += 4
    else if (wireType === 2) {
      const length = readVarint(bytes, p, end)
      if (!length || length.next + length.value > end) return out
      out.push({ at: p, width: length.next - p })
      if (depth < 8) protobufLengthFields(bytes, length.next, length.next + length.value, depth + 1, out)
      p = length.next + length.value
    } else return out
  }
  return out
}

function readVarint(bytes: Uint8Array, at: number, end: number): { value: number; next: number } | undefined {
  let value = 0
  let scale = 1
  for (let i = 0; i < 10 && at + i < end; i++) {
    value += (bytes[at + i] & 0x7f) * scale
    if (bytes[at + i] < 0x80) return { value, next: at + i + 1 }
    scale *= 128
  }
  return undefined
}

/** An ML Program with one const whose blob reference is hostile, appended to the model (fields may repeat). */
function hostileProgram(param: number): Uint8Array {
  const references: [string, bigint][] = [
    ['@model_path/../../../etc/passwd', 64n],
    ['/etc/passwd', 64n],
    ['@model_path/weights/weight.bin', TWO_63],
    ['@model_path/weights/weight.bin', 64n],
    ['', 0n]
  ]
  const [fileName, offset] = pick(references, param)
  const dims = Math.floor(param / references.length) % 2 === 0 ? [2 ** 40, 2 ** 40] : Array.from({ length: 100 }, () => 2)
  const type = pbBytes(1, concat([pbVarint(1, 11), ...dims.map((d) => pbBytes(3, pbBytes(1, pbVarint(1, d))))]))
  const value = concat([pbBytes(2, type), pbBytes(5, concat([pbBytes(1, ascii(fileName)), pbVarint(2, offset)]))])
  const op = concat([pbBytes(1, ascii('const')), pbBytes(3, pbBytes(1, ascii('w'))), pbBytes(5, concat([pbBytes(1, ascii('val')), pbBytes(2, value)]))])
  const fn = pbBytes(3, concat([pbBytes(1, ascii('CoreML6')), pbBytes(2, pbBytes(3, op))]))
  return pbBytes(502, pbBytes(2, concat([pbBytes(1, ascii('main')), pbBytes(2, fn)])))
}

const COREML: TargetedMutator[] = [
  {
    name: 'coreml-length-fields',
    applies: (path, bytes) => isMlmodel(path, bytes) && protobufLengthFields(bytes).length > 0,
    mutate(bytes, param) {
      const fields = protobufLengthFields(bytes)
      const field = pick(fields, param >> 2)
      const values = [varint(TWO_63), varint(0xffffffff), varint(bytes.length), new Uint8Array(11).fill(0x80)]
      return concat([bytes.subarray(0, field.at), pick(values, param), bytes.subarray(field.at + field.width)])
    }
  },
  {
    name: 'coreml-blob-reference',
    applies: isMlmodel,
    mutate: (bytes, param) => concat([bytes, hostileProgram(param)])
  }
]

export const TARGETED_IR: readonly TargetedMutator[] = [...XML, ...COREML]

/** Structural offsets for truncation: tag starts of the IR's first layers, length fields of a spec. */
export function irBoundaries(path: string, bytes: Uint8Array): number[] {
  if (isIrXml(path, bytes)) return [...text(bytes).matchAll(/<(layer|data|net|\/layers)\b/g)].slice(0, 64).map((match) => match.index ?? 0)
  if (isMlmodel(path, bytes))
    return protobufLengthFields(bytes)
      .slice(0, 64)
      .flatMap((field) => [field.at, field.at + field.width])
  return []
}
