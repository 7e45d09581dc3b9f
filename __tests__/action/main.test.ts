/**
 * run() in process, with typed fakes at the two boundaries it has: @actions/core (inputs,
 * outputs, logs, summary) and @actions/github (event context and Octokit). The checkpoints are
 * read by the test safetensors reader (the registry is replaced), so this test exercises the
 * orchestration whichever real readers are merged; the end-to-end test runs the real bundle.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type * as core from '@actions/core'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { noWait } from '../helpers/fake-github.js'
import { buildSafetensorsBytes } from '../../scripts/builders/safetensors.js'
import { DEFAULT_PATH_PATTERNS } from '../../src/action/constants.js'

const inputs = new Map<string, string>()
const summaryText: string[] = []
const coreFake = {
  getInput: jest.fn<typeof core.getInput>((name) => inputs.get(name) ?? ''),
  setOutput: jest.fn<typeof core.setOutput>(),
  setFailed: jest.fn<typeof core.setFailed>(),
  warning: jest.fn<typeof core.warning>(),
  info: jest.fn<typeof core.info>(),
  debug: jest.fn<typeof core.debug>(),
  isDebug: jest.fn(() => false),
  summary: {
    addRaw(text: string) {
      summaryText.push(text)
      return this
    },
    async write() {
      return this
    }
  }
}

interface Comment {
  id: number
  body: string
  user: { login: string }
}
const comments: Comment[] = []
const octokitCalls: string[] = []
let createStatus: number | undefined
const fail = (status: number, message: string) => Object.assign(new Error(message), { status })
const octokit = {
  rest: {
    users: {
      getAuthenticated: async () => {
        octokitCalls.push('users.getAuthenticated')
        throw fail(403, 'Resource not accessible by integration')
      }
    },
    issues: {
      listComments: async ({ page, per_page }: { page: number; per_page: number }) => {
        octokitCalls.push(`issues.listComments page=${page}`)
        return { data: comments.slice((page - 1) * per_page, page * per_page) }
      },
      createComment: async ({ issue_number, body }: { issue_number: number; body: string }) => {
        octokitCalls.push(`issues.createComment #${issue_number}`)
        if (createStatus) throw fail(createStatus, 'Resource not accessible by integration')
        const comment = { id: 100 + comments.length, body, user: { login: 'github-actions[bot]' } }
        comments.push(comment)
        return { data: comment }
      },
      updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
        octokitCalls.push(`issues.updateComment ${comment_id}`)
        const comment = comments.find((candidate) => candidate.id === comment_id)!
        comment.body = body
        return { data: comment }
      },
      deleteComment: async ({ comment_id }: { comment_id: number }) => {
        octokitCalls.push(`issues.deleteComment ${comment_id}`)
        comments.splice(
          comments.findIndex((candidate) => candidate.id === comment_id),
          1
        )
        return { data: undefined }
      }
    },
    actions: {
      listWorkflowRunsForRepo: async () => {
        octokitCalls.push('actions.listWorkflowRunsForRepo')
        throw fail(403, 'Resource not accessible by integration')
      }
    }
  }
}
const context = { eventName: 'pull_request', payload: {} as Record<string, unknown>, repo: { owner: 'octo', repo: 'models' } }

jest.unstable_mockModule('@actions/core', () => coreFake)
jest.unstable_mockModule('@actions/github', () => ({ context, getOctokit: jest.fn(() => octokit) }))
const { run } = await import('../../src/action/main.js')

let workspace: string

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'msb-main-'))
  mkdirSync(join(workspace, 'exports'))
  writeFileSync(
    join(workspace, 'exports/model.safetensors'),
    buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [1000] }, 'optimizer.m': { dtype: 'F32', shape: [1000] } }, { padHeader: false })
  )
  process.env.GITHUB_WORKSPACE = workspace
})
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true })
  delete process.env.GITHUB_WORKSPACE
})

beforeEach(() => {
  jest.clearAllMocks()
  summaryText.length = 0
  octokitCalls.length = 0
  createStatus = undefined
  inputs.clear()
  for (const [name, value] of Object.entries({
    path: '**/*.safetensors',
    baseline: 'none',
    comment: 'true',
    'fail-on': 'budget',
    'github-token': 't',
    'report-path': 'out/report.json'
  })) {
    inputs.set(name, value)
  }
  context.eventName = 'pull_request'
  context.payload = { pull_request: { number: 5, base: { sha: 'a'.repeat(40), ref: 'main' }, head: { repo: { full_name: 'octo/models' } } } }
})

const outputs = () => Object.fromEntries(coreFake.setOutput.mock.calls.map(([name, value]) => [name, String(value)]))
const warnings = () => coreFake.warning.mock.calls.map(([message]) => String(message))

describe('run()', () => {
  it('with upload-report, uploads the report, the HTML report and the context, and links them; a failed upload only warns', async () => {
    inputs.set('upload-report', 'true')
    process.env.GITHUB_SERVER_URL = 'https://github.com'
    process.env.GITHUB_REPOSITORY = 'octo/models'
    process.env.GITHUB_RUN_ID = '77'
    const uploads: { name: string; files: string[] }[] = []
    const artifacts = {
      upload: async (name: string, files: readonly string[], root: string) => {
        uploads.push({ name, files: files.map((file) => file.slice(root.length + 1)) })
        return 9
      },
      list: async () => [],
      download: async () => undefined
    }
    try {
      await run({ pause: noWait, artifacts })
      expect(uploads).toEqual([{ name: 'model-size-report', files: ['report.json', 'report.context.json', 'report.html'] }])
      expect(readFileSync(join(workspace, 'out/report.html'), 'utf8')).toMatch(/^<!doctype html>/)
      expect(outputs()).toMatchObject({ 'report-artifact-id': '9', 'report-artifact-url': 'https://github.com/octo/models/actions/runs/77/artifacts/9' })
      expect(outputs().markdown).toContain('(https://github.com/octo/models/actions/runs/77/artifacts/9)')

      jest.clearAllMocks()
      await run({ pause: noWait, artifacts: { ...artifacts, upload: () => Promise.reject(new Error('503 Service Unavailable')) } })
      expect(coreFake.setFailed).not.toHaveBeenCalled()
      expect(warnings()).toContain('Could not upload the report artifact "model-size-report" (503 Service Unavailable). The job summary has the full report.')
      expect(outputs()['report-artifact-id']).toBeUndefined()
    } finally {
      comments.length = 0
      delete process.env.GITHUB_SERVER_URL
      delete process.env.GITHUB_REPOSITORY
      delete process.env.GITHUB_RUN_ID
    }
  })

  it('measures, writes the report, summary and outputs, and creates then updates the PR comment', async () => {
    await run({ pause: noWait })
    expect(coreFake.setFailed).not.toHaveBeenCalled()
    // Listed again before creating (an overlapping run may be creating one) and after (it may have).
    expect(octokitCalls).toEqual([
      'users.getAuthenticated',
      'issues.listComments page=1',
      'issues.listComments page=1',
      'issues.createComment #5',
      'issues.listComments page=1'
    ])
    const report = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as { checkpoints: { id: string; bytes: { optimizer: number } }[] }
    expect(report.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.bytes.optimizer])).toEqual([['exports/model.safetensors', 4000]])
    expect(outputs()).toMatchObject({ report: join(workspace, 'out/report.json'), 'over-budget': 'false', 'comment-id': '100' })
    expect(summaryText.join('')).toContain('exports/model.safetensors')

    octokitCalls.length = 0
    await run({ pause: noWait })
    expect(octokitCalls).toEqual(['users.getAuthenticated', 'issues.listComments page=1', 'issues.updateComment 100'])
    expect(comments).toHaveLength(1)
  })

  it('fails the step over a hard limit with the rule and the excess, and still publishes', async () => {
    inputs.set('budget', 'optimizer: 0 B')
    await run({ pause: noWait })
    expect(coreFake.setFailed).toHaveBeenCalledTimes(1)
    expect(coreFake.setFailed.mock.calls[0][0]).toMatch(/^Over budget:\n {2}exports\/model\.safetensors: optimizer is 4\.00 kB, 4\.00 kB over the limit of 0 B/)
    expect(outputs()['over-budget']).toBe('true')
    expect(
      summaryText
        .join('')
        .replace(/\u00a0/g, ' ')
        .split('\n')[0]
    ).toBe('### ❌ Model size: optimizer 4.00 kB in <code>exports/model.safetensors</code>, 4.00 kB over <code>optimizer&#58; 0 B</code>; no baseline')
  })

  it('warns, and passes, when the comment is refused', async () => {
    createStatus = 403
    comments.length = 0
    await run({ pause: noWait })
    expect(coreFake.setFailed).not.toHaveBeenCalled()
    expect(warnings().some((message) => message.startsWith('Could not post the PR comment (403 Resource not accessible by integration).'))).toBe(true)
    expect(outputs()['comment-id']).toBe('')
  })

  it('on push makes no comment request and compares with nothing when actions: read is missing', async () => {
    context.eventName = 'push'
    context.payload = { ref: 'refs/heads/main', before: '0'.repeat(40) }
    inputs.set('baseline', 'auto')
    await run({ pause: noWait })
    expect(coreFake.setFailed).not.toHaveBeenCalled()
    expect(octokitCalls).toEqual(['actions.listWorkflowRunsForRepo'])
    expect(summaryText.join('')).toContain('The token may not read workflow runs (403)')
  })

  it('warns about a budget line that matches no checkpoint, with a hint that fits the line', async () => {
    inputs.set('budget', 'total: 1 MB\nmobile/**: weights: 1 MB')
    await run({ pause: noWait })
    expect(warnings()).toContain('Budget line 2 ("mobile/**: weights: 1 MB") matches no checkpoint; check its glob.')
    expect(warnings().filter((message) => message.startsWith('Budget line 1'))).toEqual([])
  })

  it('does not count a base checkout given as baseline: PATH as head checkpoints', async () => {
    mkdirSync(join(workspace, 'base/exports'), { recursive: true })
    writeFileSync(join(workspace, 'base/exports/model.safetensors'), buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [1000] } }))
    try {
      inputs.set('baseline', 'base')
      inputs.set('comment', 'false')
      await run({ pause: noWait })
      const report = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as { checkpoints: { id: string }[] }
      expect(report.checkpoints.map((checkpoint) => checkpoint.id)).toEqual(['exports/model.safetensors'])
      expect(summaryText.join('')).not.toContain('base/exports')
      expect(summaryText.join('')).toContain('**Baseline:** base checkpoints on disk: base')
    } finally {
      rmSync(join(workspace, 'base'), { recursive: true, force: true })
    }
  })

  it('fails the step when nothing is found, naming the globs, and keeps the numbers of the existing comment', async () => {
    comments.length = 0
    await run({ pause: noWait })
    const before = comments[0].body
    jest.clearAllMocks()
    octokitCalls.length = 0
    summaryText.length = 0
    inputs.set('path', 'exprots/**/*.safetensors')
    await run({ pause: noWait })
    expect(coreFake.setFailed).toHaveBeenCalledWith(
      "No checkpoint found matching 'exprots/**/*.safetensors': check the paths, or that the step that writes the checkpoints ran before this one."
    )
    expect(octokitCalls).toEqual(['users.getAuthenticated', 'issues.listComments page=1', `issues.updateComment ${comments[0].id}`])
    expect(comments[0].body.startsWith('> [!CAUTION]\n> ❌ The latest run measured nothing: No checkpoint found matching &#39;exprots/')).toBe(true)
    expect(comments[0].body.endsWith(before)).toBe(true)
    expect(summaryText.join('').split('\n')[0]).toBe('### ❌ Model size: no checkpoint found')
  })

  it('with if-no-checkpoints: warn, warns and passes; with ignore, says nothing', async () => {
    inputs.set('path', 'nothing/**')
    inputs.set('if-no-checkpoints', 'warn')
    await run({ pause: noWait })
    expect(coreFake.setFailed).not.toHaveBeenCalled()
    expect(warnings()).toContain(
      "No checkpoint found matching 'nothing/**': check the paths, or that the step that writes the checkpoints ran before this one."
    )
    jest.clearAllMocks()
    inputs.set('if-no-checkpoints', 'ignore')
    await run({ pause: noWait })
    expect(coreFake.setFailed).not.toHaveBeenCalled()
    expect(warnings()).toEqual([])
  })

  it('reads a path named without wildcards whatever its name, and fails for one no reader recognises', async () => {
    writeFileSync(join(workspace, 'exports/export'), buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [10] } }))
    writeFileSync(join(workspace, 'exports/frozen.pb'), 'not a checkpoint at all')
    try {
      inputs.set('path', 'exports/export\nexports/frozen.pb')
      inputs.set('comment', 'false')
      await run({ pause: noWait })
      const report = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as { checkpoints: { id: string }[]; errors: { path: string }[] }
      expect(report.checkpoints.map((checkpoint) => checkpoint.id)).toEqual(['exports/export'])
      expect(coreFake.setFailed.mock.calls[0][0]).toBe(
        '1 file could not be analysed:\n  exports/frozen.pb: unsupported format: it was named as a checkpoint, but its content matches no supported format. See the README for the supported formats.'
      )
    } finally {
      rmSync(join(workspace, 'exports/export'))
      rmSync(join(workspace, 'exports/frozen.pb'))
    }
  })

  it('judges dtype rules and floors on the measured checkpoints, failing the step with the tensors to cast', async () => {
    inputs.set('budget', 'dtype: float16\nweights: >= 1 kB\nwarn optimizer: >= 1 MB')
    await run({ pause: noWait })
    expect(coreFake.setFailed.mock.calls[0][0]).toBe(
      'Over budget:\n  exports/model.safetensors: 1 float32 weight tensor (4.00 kB: dense.weight) where the rule wants float16; as float16 they would take 2.00 kB, saving 2.00 kB. ' +
        'Cast the weights before saving (e.g. model.half(), torch_dtype=torch.float16). (budget line 1: dtype: float16)'
    )
    expect(warnings()).toContain('exports/model.safetensors: optimizer is 4.00 kB, 996 kB under the floor of >= 1 MB (budget line 3: warn optimizer: >= 1 MB)')
    expect(outputs()['over-budget']).toBe('true')
    expect(comments.at(-1)!.body).toContain('❌ <code>dtype&#58;\u00a0float16</code>: 1 float32 weight, 4.00\u00a0kB (2.00\u00a0kB to save)')
  })

  it('with min-change, a change under the noise floor is no news for comment: on-change', async () => {
    mkdirSync(join(workspace, 'base/exports'), { recursive: true })
    // A few header bytes apart from the head's checkpoint (a longer tensor name, header unpadded), the tensors alike.
    writeFileSync(
      join(workspace, 'base/exports/model.safetensors'),
      buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [1000] }, 'optimizer.mm': { dtype: 'F32', shape: [1000] } }, { padHeader: false })
    )
    try {
      comments.length = 0
      inputs.set('baseline', 'base')
      inputs.set('comment', 'on-change')
      inputs.set('min-change', '1 kB, 0.1%')
      await run({ pause: noWait })
      expect(comments).toHaveLength(0)
      expect(coreFake.info.mock.calls.map(([message]) => message)).toContain(
        'PR comment skipped: nothing changed against the baseline and no comment exists yet.'
      )
      inputs.set('min-change', '')
      await run({ pause: noWait })
      expect(comments).toHaveLength(1)
    } finally {
      rmSync(join(workspace, 'base'), { recursive: true, force: true })
    }
  })

  it('sets comment-id only when it wrote the comment', async () => {
    inputs.set('comment', 'on-change')
    await run({ pause: noWait })
    jest.clearAllMocks()
    octokitCalls.length = 0
    await run({ pause: noWait })
    expect(octokitCalls.some((call) => call.startsWith('issues.updateComment'))).toBe(false)
    expect(outputs()['comment-id']).toBe('')
  })

  it("skips files that only look like checkpoints under the default globs, and fails on them under the user's own", async () => {
    mkdirSync(join(workspace, 'data/shakespeare'), { recursive: true })
    // nanoGPT's token array: a `.bin`, named like a PyTorch checkpoint
    writeFileSync(join(workspace, 'data/shakespeare/train.bin'), Buffer.from(Uint16Array.from([50256, 464, 3290, 318, 11, 12]).buffer))
    try {
      inputs.set('path', [...DEFAULT_PATH_PATTERNS].join('\n'))
      await run({ pause: noWait })
      expect(coreFake.setFailed).not.toHaveBeenCalled()
      const report = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as { errors: unknown[]; skipped: { path: string }[] }
      expect([report.errors, report.skipped.map((file) => file.path)]).toEqual([[], ['data/shakespeare/train.bin']])
      expect(summaryText.join('')).toContain('1 file that looks like a checkpoint by name was skipped: not a checkpoint format')

      jest.clearAllMocks()
      inputs.set('path', '**/*.bin')
      await run({ pause: noWait })
      expect(coreFake.setFailed.mock.calls[0][0]).toMatch(/^1 file could not be analysed:\n {2}data\/shakespeare\/train\.bin: unsupported format/)
    } finally {
      rmSync(join(workspace, 'data'), { recursive: true, force: true })
    }
  })

  it('fails with the ConfigError of a bad input and does nothing else', async () => {
    inputs.set('comment', 'sometimes')
    await run({ pause: noWait })
    expect(coreFake.setFailed).toHaveBeenCalledWith("Input 'comment' is 'sometimes': expected one of 'true', 'false', 'on-change'.")
    expect(octokitCalls).toEqual([])
  })
})
