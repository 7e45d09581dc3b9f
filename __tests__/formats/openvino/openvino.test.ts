import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { FormatError, LimitExceededError } from '../../../src/core/errors.js'
import { openvinoReader } from '../../../src/formats/openvino/index.js'
import { tokenizeXml } from '../../../src/formats/openvino/xml-tokenizer.js'
import { BufferByteSource } from '../../../src/io/byte-source.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildOpenvinoXml, consecutiveConsts, type IrLayer } from '../../../scripts/builders/openvino.js'
import { writeSparseFile } from '../../../scripts/builders/sparse.js'
import { describeWithFixtures } from '../../helpers/fixtures.js'
import { expectEveryByteAccounted, measureFolder, provenanceFiles, useTempDir } from '../provenance.js'

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text)
const memory = (files: Record<string, Uint8Array | string>): MemoryFiles =>
  new MemoryFiles(new Map(Object.entries(files).map(([path, bytes]) => [path, typeof bytes === 'string' ? ascii(bytes) : bytes])))
const constant = (name: string, elementType: string, shape: number[], offset: number, size: number): IrLayer => ({
  name,
  type: 'Const',
  constant: { elementType, shape, offset, size }
})

describeWithFixtures('openvino: real IRs', () => {
  it('pneumonia IR v11: the 16 f32 Const ranges are the weights; the 3 i64 shape constants and the XML are metadata', async () => {
    const folder = 'real/openvino/pneumonia-cnn-tf-fp32-ir11'
    const report = await measureFolder(folder)
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expectEveryByteAccounted(
      report,
      provenanceFiles(folder).reduce((sum, file) => sum + file.bytes, 0)
    )
    expect(checkpoint.format).toBe('openvino')
    expect(checkpoint.bytes.weights).toBe(3_323_396)
    expect(checkpoint.bytes.metadata).toBe(26_233 + 80)
    expect(checkpoint.bytes.unclassified).toBe(0)
    expect(checkpoint.tensors).toBe(19)
    expect(checkpoint.tensorCounts).toEqual({ weights: 16, metadata: 3 })
    expect(checkpoint.files.map((file) => file.role)).toEqual(['graph', 'data'])
  })

  it('landmarks IR v10: 99 Const layers over 72 distinct ranges cover the whole .bin once; the 40 bytes of i64 are metadata', async () => {
    const folder = 'real/openvino/omz-landmarks-ir10-fp16-int8-fakequantize'
    const report = await measureFolder(folder)
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expectEveryByteAccounted(report, 77_650 + 244_886)
    expect(checkpoint.tensors).toBe(99)
    // every .bin byte is some range's, counted once: weights + i64 = the .bin
    expect(checkpoint.bytes.weights).toBe(244_886 - 40)
    expect(checkpoint.bytes.metadata).toBe(77_650 + 40)
    expect(checkpoint.categoryNotes?.weights).toContain('27 Const layers share a range with another')
  })
})

describe('openvino: IRs built in the test', () => {
  it('counts Const layers inside Loop / TensorIterator bodies and older IRs\u2019 <blobs> slices', async () => {
    const xml = buildOpenvinoXml([
      constant('top', 'f32', [4], 0, 16),
      {
        name: 'loop',
        type: 'TensorIterator',
        body: [constant('inner', 'f16', [8], 16, 16), { name: 'deeper', type: 'Loop', body: [constant('deepest', 'u8', [8], 32, 8)] }]
      },
      {
        name: 'conv',
        type: 'Convolution',
        blobs: [
          { tag: 'weights', offset: 40, size: 24, precision: 'FP32' },
          { tag: 'biases', offset: 64, size: 8 }
        ]
      }
    ])
    const result = await openvinoReader.read('m.xml', memory({ 'm.xml': xml, 'm.bin': new Uint8Array(80) }))
    expect(result.tensors.map((t) => [t.name, t.dtype, t.offset, t.byteLength])).toEqual([
      ['top', 'float32', 0, 16],
      ['loop/inner', 'float16', 16, 16],
      ['loop/deeper/deepest', 'uint8', 32, 8],
      ['conv/weights', 'float32', 40, 24],
      ['conv/biases', 'unknown', 64, 8]
    ])
    const report = await measure(['m.xml', 'm.bin'], memory({ 'm.xml': xml, 'm.bin': new Uint8Array(80) }))
    expect(report.checkpoints[0].bytes.weights).toBe(72)
    expect(report.checkpoints[0].bytes.metadata).toBe(ascii(xml).length + 8)
  })

  it('a range inside another, or overlapping it, is counted once', async () => {
    const xml = buildOpenvinoXml([
      constant('a', 'f32', [8], 0, 32),
      constant('inside', 'f32', [2], 8, 8),
      constant('overlap', 'f32', [8], 24, 32),
      constant('again', 'f32', [8], 0, 32)
    ])
    const report = await measure(['m.xml'], memory({ 'm.xml': xml, 'm.bin': new Uint8Array(64) }))
    expect(report.errors).toEqual([])
    expect(report.checkpoints[0].bytes.weights).toBe(56)
    expect(report.checkpoints[0].bytes.metadata).toBe(ascii(xml).length + 8)
  })

  it('without its .bin: a warning, and the bytes the XML describes', async () => {
    const report = await measure(['m.xml'], memory({ 'm.xml': buildOpenvinoXml([constant('w', 'f32', [100], 0, 400)]) }))
    const [checkpoint] = report.checkpoints
    expect(checkpoint.warnings).toEqual([
      '1 file of the checkpoint is absent (m.bin): counted at the 400 bytes the XML describes, so the total is what the complete checkpoint would hold'
    ])
    expect(checkpoint.files[1]).toEqual({ path: 'm.bin', bytes: 400, role: 'data', present: false })
    expect(checkpoint.bytes.weights).toBe(400)
  })

  it('a range past the end of the .bin is an error naming the layer', async () => {
    const files = memory({ 'm.xml': buildOpenvinoXml([constant('w', 'f32', [100], 0, 400)]), 'm.bin': new Uint8Array(100) })
    await expect(openvinoReader.read('m.xml', files)).rejects.toThrow("layer 'w' names bytes 0..400, beyond the file's 100 bytes")
  })

  it('its .bin is claimed with the .xml, not read as a PyTorch file; other XML files are left alone', async () => {
    // The .bin starts like a pickle, which the PyTorch legacy reader would otherwise try.
    const bin = new Uint8Array(16)
    bin.set([0x80, 0x02, 0x8a, 0x0a])
    const files = memory({ 'm.xml': buildOpenvinoXml([constant('w', 'f32', [4], 0, 16)]), 'm.bin': bin, 'pom.xml': '<?xml version="1.0"?>\n<project/>' })
    const report = await measure(['m.bin', 'm.xml', 'pom.xml'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints.map((c) => [c.format, c.files.map((f) => f.path)])).toEqual([['openvino', ['m.xml', 'm.bin']]])
  })

  it('an IR carrying a DTD is claimed and refused by name, not passed over as some other XML', async () => {
    const xml = buildOpenvinoXml([constant('w', 'f32', [4], 0, 16)], { prolog: '<!DOCTYPE net [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' })
    const report = await measure(['m.xml', 'm.bin'], memory({ 'm.xml': xml, 'm.bin': new Uint8Array(16) }))
    expect(report.checkpoints).toEqual([])
    expect(report.errors.map((e) => [e.path, e.kind])).toEqual([
      ['m.bin', 'UnsupportedFormatError'],
      ['m.xml', 'FormatError']
    ])
    expect(report.errors[1].message).toContain('document type declaration')
  })

  it('a 5 GB sparse .bin is analysed reading under 64 KiB', async () => {
    const dir = tempDir()
    const layers = consecutiveConsts(20, 256 * 1024 * 1024)
    writeSparseFile(join(dir, 'big.xml'), [ascii(buildOpenvinoXml(layers))])
    writeSparseFile(join(dir, 'big.bin'), [{ hole: 20 * 256 * 1024 * 1024 }])
    const files = new DiskFiles(dir)
    const report = await measure(['big.xml', 'big.bin'], files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints[0].bytes.weights).toBe(20 * 256 * 1024 * 1024)
    expect(files.bytesRead).toBeLessThan(64 * 1024)
  })
  const tempDir = useTempDir('msb-openvino-')
})

describe('openvino: the XML tokenizer', () => {
  const tokenize = async (xml: string | Uint8Array): Promise<string[]> => {
    const seen: string[] = []
    await tokenizeXml(new BufferByteSource('t.xml', typeof xml === 'string' ? ascii(xml) : xml), {
      start: (name, tag) => seen.push(`<${name}${tag.attribute('a') === undefined ? '' : ` a=${tag.attribute('a')}`}>`),
      end: (name) => seen.push(`</${name}>`)
    })
    return seen
  }

  it('refuses a DTD: entity expansion and external entities are never read', async () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE net [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<net a="&b;"/>'
    const external = '<?xml version="1.0"?><!DOCTYPE net SYSTEM "file:///etc/passwd"><net/>'
    const entityOnly = '<net><!ENTITY x SYSTEM "http://example.com/x"></net>'
    for (const xml of [laughs, external, entityOnly]) {
      await expect(tokenize(xml)).rejects.toThrow(FormatError)
      await expect(tokenize(xml)).rejects.toThrow('document type declaration')
    }
  })

  it('resolves the predefined entities and character references, and refuses any other entity', async () => {
    expect(await tokenize('<net a="x&lt;&amp;&#65;&#x42;&quot;"/>')).toEqual(['<net a=x<&AB">', '</net>'])
    await expect(tokenize('<net a="&undefined;"/>')).rejects.toThrow("the undefined entity '&undefined;'")
  })

  it('steps over comments, CDATA, processing instructions and text, quotes holding > and /', async () => {
    const xml = '<?xml version="1.0"?><!-- <layer> --><net a="1>2/"><![CDATA[<data/>]]>text &unknown; text<data a=\'q"\'/></net>'
    expect(await tokenize(xml)).toEqual(['<net a=1>2/>', '<data a=q">', '</data>', '</net>'])
  })

  it('reads tags that straddle the 1 MiB read window', async () => {
    const filler = ' '.repeat(1024 * 1024 - 20)
    const xml = `<net>${filler}<data a="straddles the window"/><!--${'x'.repeat(2000)}--></net>`
    expect(await tokenize(xml)).toEqual(['<net>', '<data a=straddles the window>', '</data>', '</net>'])
  })

  it('rejects malformed XML with a typed error', async () => {
    for (const xml of ['<net><layer></net>', '<net>', '<net a="1', '<net a=1/>', '<net/><net/>', '', '<net><!-- never ends']) {
      await expect(tokenize(xml)).rejects.toThrow(FormatError)
    }
    await expect(tokenize('<a>'.repeat(600))).rejects.toThrow(LimitExceededError)
  })
})
