import { expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DiskFiles } from '../../../src/io/disk-files.js'
import { walk } from '../../../src/io/walk.js'
import { measure } from '../../../src/pipeline/measure.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'

/**
 * Tensor by tensor, what TensorFlow itself says each variable of its checkpoints is: every
 * `truth.json` under generated/tensorflow whose checkpoint is a tensor bundle (`.index`) names its
 * keys in `detail`, each with the category the framework computed (its `trainable_variables`,
 * `optimizer.variables`), or the categories an ambiguous one may take. The totals are checked for
 * every generated case by __tests__/truth/framework-truth.test.ts; this says which tensor is wrong.
 */

interface Truth {
  files: Record<string, number>
  detail: Record<string, { bytes: number; category: string | string[] }>
}

const ROOT = 'generated/tensorflow'
const cases = existsSync(fixture(ROOT))
  ? readdirSync(fixture(ROOT))
      .filter((name) => existsSync(join(fixture(ROOT), name, 'truth.json')))
      .filter((name) => Object.keys(truthOf(name).files).some((file) => file.endsWith('.index')))
  : []

function truthOf(name: string): Truth {
  return JSON.parse(readFileSync(join(fixture(ROOT), name, 'truth.json'), 'utf8')) as Truth
}

describeWithFixtures('TensorFlow truth, tensor by tensor', () => {
  it('finds the tensor-bundle cases (tf.train.Checkpoint and SavedModel)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4)
  })

  it.each(cases)('%s: every variable gets the category TensorFlow gave it', async (name) => {
    const found = await walk(fixture(ROOT), [name])
    const report = await measure(
      found.files.filter((path) => !path.endsWith('truth.json')),
      new DiskFiles(fixture(ROOT)),
      { top: 10_000 }
    )
    expect(report.errors).toEqual([])
    const got = Object.fromEntries((report.checkpoints[0]?.top ?? []).map((tensor) => [tensor.name, tensor.category]))
    const wrong = Object.entries(truthOf(name).detail)
      .filter(([key, { category }]) => !(Array.isArray(category) ? category : [category]).includes(got[key] ?? 'absent'))
      .map(([key, { category }]) => `${key}: ${got[key] ?? 'absent'}, TensorFlow says ${String(category)}`)
    expect(wrong).toEqual([])
  })
})
