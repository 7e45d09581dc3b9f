import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../../src/core/types.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildZip, type ZipBuilderEntry } from '../../../scripts/builders/zip.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'

const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value))
const payload = (path_name: string, is_param: boolean, sizes: number[]): unknown => ({
  path_name,
  is_param,
  use_pickle: false,
  tensor_meta: { dtype: 7, sizes: sizes.map((as_int) => ({ as_int })) }
})
const measureArchive = (entries: ZipBuilderEntry[]): Promise<Report> =>
  measure(['exported.pt2'], new MemoryFiles(new Map([['exported.pt2', buildZip(entries)]])))

describeWithFixtures('torch.export: the generated archive meets its truth.json', () => {
  const dir = 'generated/torch/export-pt2-convbn'

  it('parameters are weights, buffers buffers, the graph and sample inputs metadata', async () => {
    const truth = JSON.parse(readFileSync(join(fixture(dir), 'truth.json'), 'utf8')) as {
      weights: number
      buffers: [number, number]
      bookkeeping: [number, number]
      tensors: number
      files: Record<string, number>
    }
    const report = await measure(['model.pt2'], new DiskFiles(fixture(dir)))
    expect(report.errors).toEqual([])
    expect(report.checkpoints).toHaveLength(1)
    const [checkpoint] = report.checkpoints
    expect(checkpoint.format).toBe('torch-export')
    expect(checkpoint.bytes.total).toBe(truth.files['model.pt2'])
    expect(checkpoint.bytes.weights).toBe(truth.weights)
    expect(checkpoint.bytes.buffers).toBeGreaterThanOrEqual(truth.buffers[0])
    expect(checkpoint.bytes.buffers).toBeLessThanOrEqual(truth.buffers[1])
    expect(checkpoint.bytes.bookkeeping).toBeGreaterThanOrEqual(truth.bookkeeping[0])
    expect(checkpoint.bytes.bookkeeping).toBeLessThanOrEqual(truth.bookkeeping[1])
    expect(checkpoint.bytes.optimizer).toBe(0)
    expect(checkpoint.bytes.unclassified).toBe(0)
    expect(checkpoint.tensors).toBe(truth.tensors)
    expect(checkpoint.explanations).toContain('5.03 kB of example inputs saved with the program (data/sample_inputs/), counted as metadata')
  })
})

describe('torch.export: what the configs say', () => {
  const archive = (weights: Record<string, unknown>, files: ZipBuilderEntry[], constants: Record<string, unknown> = {}): ZipBuilderEntry[] => [
    ...files,
    { name: 'm/data/weights/model_weights_config.json', data: json({ config: weights }) },
    { name: 'm/data/constants/model_constants_config.json', data: json({ config: constants }) },
    { name: 'm/models/model.json', data: json({ graph_module: {} }) },
    { name: 'm/archive_format', data: new TextEncoder().encode('pt2') }
  ]

  it('counts tied weights (one file under two names) once, and constants as buffers', async () => {
    const report = await measureArchive(
      archive(
        {
          'embed.weight': payload('weight_0', true, [10, 4]),
          'head.weight': payload('weight_0', true, [10, 4]),
          'norm.running_mean': payload('weight_1', false, [4])
        },
        [
          { name: 'm/data/weights/weight_0', data: new Uint8Array(160) },
          { name: 'm/data/weights/weight_1', data: new Uint8Array(16) },
          { name: 'm/data/constants/tensor_0', data: new Uint8Array(8) }
        ],
        { lifted_tensor_0: payload('tensor_0', false, [2]) }
      )
    )
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expect(checkpoint.bytes.weights).toBe(160)
    expect(checkpoint.bytes.buffers).toBe(16 + 8)
    expect(checkpoint.tensors).toBe(4)
    expect(checkpoint.classifiedBy).toBe('dict-layout')
  })

  it('refuses a config that names a file the archive does not have', async () => {
    const report = await measureArchive(archive({ w: payload('weight_9', true, [4]) }, []))
    expect(report.errors[0].message).toMatch(/lists 'w' in 'm\/data\/weights\/weight_9', which the archive does not have/)
  })

  it('refuses a config that is not JSON', async () => {
    const report = await measureArchive([{ name: 'm/data/weights/model_weights_config.json', data: new TextEncoder().encode('{"config": ') }])
    expect(report.errors[0].kind).toBe('FormatError')
    expect(report.errors[0].message).toMatch(/model_weights_config\.json is not valid JSON/)
  })

  it("refuses a config in the writer's layout whose name holds a control character (a fuzzer finding)", async () => {
    const config =
      '{"config": {"w\u0001": {"path_name": "weight_0", "is_param": true, "use_pickle": false, "tensor_meta": {"dtype": 7, "sizes": [{"as_int": 4}]}}}}'
    const report = await measureArchive([
      { name: 'm/data/weights/weight_0', data: new Uint8Array(16) },
      { name: 'm/data/weights/model_weights_config.json', data: new TextEncoder().encode(config) }
    ])
    expect(report.errors.map((error) => error.kind)).toEqual(['FormatError'])
    expect(report.errors[0].message).toMatch(/model_weights_config\.json is not valid JSON \(Bad control character/)
  })

  it('reports an archive without a weights config as an unsupported layout', async () => {
    const report = await measureArchive([{ name: 'archive/serialized_state_dict.pt', data: new Uint8Array(10) }])
    expect(report.errors[0].kind).toBe('UnsupportedFormatError')
    expect(report.errors[0].message).toMatch(/without a data\/weights\/<model>_weights_config\.json/)
  })
})

describe('torch.export: a config as torch.export.save writes it', () => {
  /** `json.dumps` layout (", " and ": " separators, the entry's fields in its dataclass order). */
  const plainConfig = (names: string[]): string =>
    `{"config": {${names
      .map(
        (name) =>
          `"${name}": {"path_name": "weight_0", "is_param": true, "use_pickle": false, "tensor_meta": {"dtype": 7, "sizes": [{"as_int": 4}], "requires_grad": true}}`
      )
      .join(', ')}}}`

  it('decodes a name whose UTF-8 bytes the 1 MiB read window splits', async () => {
    // Names of two-byte characters, shifted so that one character's first byte is the window's last.
    const window = 1 << 20
    let names: string[]
    for (let shift = 0; ; shift++) {
      names = Array.from({ length: 6000 }, (_, i) => `${'x'.repeat(shift)}gewichtë${'ë'.repeat(60)}.${i}`)
      const bytes = new TextEncoder().encode(plainConfig(names))
      if (bytes[window - 1] === 0xc3 && bytes[window] === 0xab) break
    }
    const entries: ZipBuilderEntry[] = [
      { name: 'm/data/weights/weight_0', data: new Uint8Array(16) },
      { name: 'm/data/weights/model_weights_config.json', data: new TextEncoder().encode(plainConfig(names)) },
      { name: 'm/models/model.json', data: json({ graph_module: {} }) },
      { name: 'm/archive_format', data: new TextEncoder().encode('pt2') }
    ]
    const report = await measure(['exported.pt2'], new MemoryFiles(new Map([['exported.pt2', buildZip(entries)]])), { top: 6000 })
    expect(report.errors).toEqual([])
    expect(report.checkpoints[0].top?.map((tensor) => tensor.name).sort()).toEqual([...names].sort())
  })
})
