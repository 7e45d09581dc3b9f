import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { scanHeader } from '../../../src/formats/safetensors/header-scan.js'
import { safetensorsReader } from '../../../src/formats/safetensors/index.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { safetensorsPrefix } from '../../../scripts/builders/safetensors.js'
import { chunksToBytes } from '../../../scripts/builders/sparse.js'
import { describeWithFixtures, fixture, fixtureFolders } from '../../helpers/fixtures.js'

/**
 * The streaming header scan (header-scan.ts) must give what JSON.parse gives. The oracle here is
 * JSON.parse itself: tensor names in Object.keys order, last duplicate winning, extra keys ignored.
 * Headers outside the scanner's plain shape must fall back (scanHeader: undefined) and still read
 * the same way.
 */

const utf8 = new TextEncoder()

function fileWith(header: string, dataBytes: number): Uint8Array {
  return chunksToBytes([...safetensorsPrefix(header), new Uint8Array(dataBytes)])
}

/** What JSON.parse makes of the header: each tensor's name, shape and data_offsets, in key order. */
function oracle(header: string): { name: string; shape: number[]; begin: number }[] {
  const json = JSON.parse(header) as Record<string, { shape: number[]; data_offsets: number[] }>
  return Object.keys(json)
    .filter((name) => name !== '__metadata__')
    .map((name) => ({ name, shape: json[name].shape, begin: json[name].data_offsets[0] }))
}

async function readAsTensors(header: string, dataBytes: number): Promise<{ name: string; shape: number[]; begin: number }[]> {
  const bytes = fileWith(header, dataBytes)
  const dataStart = bytes.length - dataBytes
  const result = await safetensorsReader.read('t.safetensors', new MemoryFiles(new Map([['t.safetensors', bytes]])))
  return result.tensors.map((tensor) => ({ name: tensor.name, shape: tensor.shape, begin: tensor.offset - dataStart }))
}

const entry = (dtype: string, shape: number[], begin: number, end: number): string =>
  `{"dtype":"${dtype}","shape":${JSON.stringify(shape)},"data_offsets":[${begin},${end}]}`

const CASES: { what: string; header: string; data: number; scanned: boolean }[] = [
  { what: 'a plain header', header: `{"a":${entry('F32', [2], 0, 8)},"b":${entry('F16', [], 8, 10)}}`, data: 10, scanned: true },
  {
    what: '__metadata__ holding escaped JSON with brackets in strings',
    header: `{"__metadata__":{"format":"pt","config":"{\\"a\\": [1, {\\"b\\": \\"]}\\"}]}","path":"C:\\\\dir\\\\"},"w":${entry('U8', [4], 0, 4)}}`,
    data: 4,
    scanned: true
  },
  {
    what: 'whitespace between every token',
    header: `{\n\t"w" :\r\n { "shape" : [ 2 , 2 ] ,\n "dtype" : "U8" , "data_offsets" : [ 0 , 4 ] } \n}   `,
    data: 4,
    scanned: true
  },
  { what: 'a non-ASCII name', header: `{"couche.é.poids":${entry('U8', [1], 0, 1)}}`, data: 1, scanned: true },
  { what: 'an empty header', header: '{}', data: 0, scanned: true },
  { what: 'an escaped name', header: `{"a\\u00e9\\"q":${entry('U8', [1], 0, 1)}}`, data: 1, scanned: false },
  {
    what: 'index-like names, which JSON objects list first',
    header: `{"b":${entry('U8', [1], 0, 1)},"1":${entry('U8', [1], 1, 2)},"0":${entry('U8', [1], 2, 3)}}`,
    data: 3,
    scanned: false
  },
  { what: 'a duplicate name (the last wins)', header: `{"w":${entry('U8', [1], 0, 1)},"w":${entry('U8', [2], 1, 3)}}`, data: 3, scanned: false },
  { what: 'an extra key in an entry', header: `{"w":{"dtype":"U8","shape":[1],"data_offsets":[0,1],"x":null}}`, data: 1, scanned: false },
  { what: 'a number with an exponent', header: `{"w":{"dtype":"U8","shape":[1e1],"data_offsets":[0,10]}}`, data: 10, scanned: false }
]

describe('safetensors header scan', () => {
  it.each(CASES)('reads $what as JSON.parse does', async ({ header, data, scanned }) => {
    const onEntry = (): void => {}
    expect(scanHeader(utf8.encode(header), onEntry) !== undefined).toBe(scanned)
    expect(await readAsTensors(header, data)).toEqual(oracle(header))
  })

  it('gives malformed JSON to JSON.parse, even after an invalid entry', async () => {
    // The entry is invalid (dtype 5) and the JSON ends in a trailing comma: JSON's error comes first.
    for (const header of [`{"w":{"dtype":5,"shape":[1],"data_offsets":[0,1]},}`, '{"w": 01}', '{"w": {}} x', '{"w"']) {
      expect(scanHeader(utf8.encode(header), () => {})).toBeUndefined()
      await expect(safetensorsReader.read('t.safetensors', new MemoryFiles(new Map([['t.safetensors', fileWith(header, 1)]])))).rejects.toThrow(
        /the header is not valid JSON/
      )
    }
  })

  it('reports the first invalid entry of a well-formed header, as the JSON.parse path does', async () => {
    const header = `{"a":${entry('U8', [1], 0, 1)},"b":${entry('U8', [3], 1, 2)},"c":{"dtype":"U8","shape":[-1],"data_offsets":[2,3]}}`
    await expect(safetensorsReader.read('t.safetensors', new MemoryFiles(new Map([['t.safetensors', fileWith(header, 3)]])))).rejects.toThrow(
      /tensor 'b' declares 1 bytes/
    )
  })
})

describeWithFixtures('safetensors header scan: real files', () => {
  it.each(fixtureFolders('real/safetensors'))('%s: every header is in the plain shape and scans to what JSON.parse reads', (folder) => {
    const dir = fixture(`real/safetensors/${folder}`)
    const files = readdirSync(dir).filter((name) => name.endsWith('.safetensors'))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const bytes = readFileSync(join(dir, file))
      const length = Number(bytes.readBigUInt64LE(0))
      const header = bytes.subarray(8, 8 + length)
      const names: string[] = []
      expect(scanHeader(header, (name) => names.push(name))).toBeDefined()
      expect(names).toEqual(oracle(new TextDecoder().decode(header)).map((tensor) => tensor.name))
    }
  })
})
