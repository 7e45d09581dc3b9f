import { describe, expect, it } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { buildBundle } from '../../../scripts/builders/tensorflow.js'
import { mnistCnnAdamTensors } from '../../../scripts/make-examples.js'
import { PROJECT_ROOT } from '../../helpers/fixtures.js'

const EXAMPLE = 'examples/mnist-cnn-adam'

describe('the shipped example (examples/mnist-cnn-adam)', () => {
  it('is what scripts/make-examples.ts writes', () => {
    const built = buildBundle(mnistCnnAdamTensors())
    expect(readFileSync(join(PROJECT_ROOT, EXAMPLE, 'model.ckpt.index'))).toEqual(Buffer.from(built.index))
    expect(statSync(join(PROJECT_ROOT, EXAMPLE, 'model.ckpt.data-00000-of-00001')).size).toBe(built.shards[0].length)
  })

  it("answers the seed question: 3,274,634 parameters, and Adam's m and v make the optimizer exactly 2x the weights plus the beta powers", async () => {
    const files = ['model.ckpt.index', 'model.ckpt.data-00000-of-00001', 'checkpoint'].map((name) => `${EXAMPLE}/${name}`)
    const report = await measure(files, new DiskFiles(PROJECT_ROOT))
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    expect(checkpoint.id).toBe(`${EXAMPLE}/model.ckpt`)
    expect(checkpoint.parameters).toBe(3_274_634)
    expect(checkpoint.bytes.weights).toBe(3_274_634 * 4)
    expect(checkpoint.bytes.optimizer).toBe(2 * checkpoint.bytes.weights + 8)
    expect(checkpoint.bytes.bookkeeping).toBe(8)
    expect(checkpoint.categoryNotes).toEqual({ optimizer: 'Adam slots (m, v) for 8 variables' })
    expect(checkpoint.explanations[0]).toMatch(/^optimizer state is 66\.7% of this checkpoint; a weights-only export would be about 13\.1 MB/)
  })
})
