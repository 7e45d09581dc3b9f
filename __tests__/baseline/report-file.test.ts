import { describe, expect, it } from '@jest/globals'
import { loadBaselineReport } from '../../src/baseline/report-file.js'
import { ConfigError } from '../../src/core/errors.js'
import { readFileSync } from 'node:fs'
import { DiskFiles } from '../../src/io/disk-files.js'
import { measure } from '../../src/pipeline/measure.js'
import { PROJECT_ROOT } from '../helpers/fixtures.js'
import { reportOf, tfCheckpoint } from '../helpers/reports.js'

describe('loadBaselineReport', () => {
  const report = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 4000, optimizer: 8000 }), tfCheckpoint('exports/other.ckpt', { weights: 100 }))

  it('reads back a report the CLI or the action wrote', () => {
    const loaded = loadBaselineReport(JSON.stringify(report, null, 2), 'base.json')
    expect(loaded.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.bytes])).toEqual(
      report.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.bytes])
    )
    expect(loaded.total).toEqual(report.total)
    expect(loaded.checkpoints[0].explanations).toEqual(report.checkpoints[0].explanations)
  })
  it('recomputes the totals from the checkpoints', () => {
    const edited = { ...report, total: { bytes: { ...report.total.bytes, total: 1 } } }
    expect(loadBaselineReport(JSON.stringify(edited), 'base.json').total.bytes.total).toBe(report.total.bytes.total)
  })
  it('keeps the name and latest mark of checkpoints that share an id', () => {
    const named = { ...report, checkpoints: [{ ...report.checkpoints[0], id: 'runs/ckpt-2000', name: 'runs/ckpt-2000', latest: true }] }
    expect(loadBaselineReport(JSON.stringify(named), 'base.json').checkpoints[0]).toMatchObject({ name: 'runs/ckpt-2000', latest: true })
  })

  const failures: [string, string, string][] = [
    ['invalid JSON', '{"schema": 1,', 'base.json: the baseline report is not valid JSON ('],
    ['not an object', '[1, 2]', 'base.json: the baseline report is not a JSON object.'],
    ['another schema version', '{"schema": 2, "checkpoints": []}', 'base.json: the baseline report has schema 2; this version reads schema 1.'],
    ['no schema', '{"checkpoints": []}', 'base.json: the baseline report has no schema field; this version reads schema 1.'],
    ['checkpoints not a list', '{"schema": 1, "checkpoints": {}}', "base.json: the baseline report is malformed: 'checkpoints' is not a list."],
    ['an entry without id', '{"schema": 1, "checkpoints": [{"format": "onnx"}]}', 'malformed: checkpoints[0].id is not a non-empty string.'],
    [
      'a negative byte count',
      JSON.stringify({
        schema: 1,
        checkpoints: [
          {
            ...reportOf(tfCheckpoint('a', { weights: 4 })).checkpoints[0],
            bytes: { ...reportOf(tfCheckpoint('a', { weights: 4 })).checkpoints[0].bytes, weights: -4 }
          }
        ]
      }),
      'malformed: checkpoints[0].bytes.weights is -4, not a whole number of bytes.'
    ],
    ['a missing category', '{"schema": 1, "checkpoints": [{"id": "a", "format": "onnx", "bytes": {"total": 1}}]}', 'checkpoints[0].bytes.weights is undefined'],
    [
      'two entries with one id',
      JSON.stringify({ schema: 1, checkpoints: [report.checkpoints[0], report.checkpoints[0]] }),
      "malformed: two checkpoints have the id 'exports/model.ckpt'."
    ]
  ]
  it.each(failures)('rejects %s with a ConfigError that names the file and the fix', (_, text, message) => {
    expect(() => loadBaselineReport(text, 'base.json')).toThrow(ConfigError)
    expect(() => loadBaselineReport(text, 'base.json')).toThrow(message)
    expect(() => loadBaselineReport(text, 'base.json')).toThrow(/Regenerate it with `model-size-budget --json`/)
  })
})

describe('a schema-1 report written by an earlier release', () => {
  // Written by `model-size-budget examples/ --json --top 3` at f28593c (0.1.0, before readers
  // reported evidence): a baseline artifact of main made then must still compare with today's head.
  const written = readFileSync(new URL('./report-written-by-0.1.0.json', import.meta.url), 'utf8')

  it('loads as a baseline and matches what this version measures on the same example', async () => {
    const baseline = loadBaselineReport(written, 'report-written-by-0.1.0.json')
    const head = await measure(
      ['examples/mnist-cnn-adam/checkpoint', 'examples/mnist-cnn-adam/model.ckpt.data-00000-of-00001', 'examples/mnist-cnn-adam/model.ckpt.index'],
      new DiskFiles(PROJECT_ROOT)
    )
    expect(baseline.checkpoints.map((c) => [c.id, c.bytes])).toEqual(head.checkpoints.map((c) => [c.id, c.bytes]))
    expect(baseline.checkpoints[0].classifiedBy).toBe('slot-structure')
    expect(baseline.checkpoints[0].explanations[0]).toMatch(/^optimizer state is 66.7% of this checkpoint/)
  })
})
