import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readGitBaseline } from '../../src/baseline/git-baseline.js'
import { resolveBaseline, type BaselineContext } from '../../src/action/resolve-baseline.js'
import { GitBlobBatch, GitBlobSource, GitTreeFiles, GIT_BLOB_INLINE_BYTES, lfsPointerSize } from '../../src/baseline/git.js'
import { tensorflowCheckpointReader } from '../../src/formats/tensorflow/index.js'
import { safetensorsReader } from '../../src/formats/safetensors/index.js'
import { buildSafetensorsBytes } from '../../scripts/builders/safetensors.js'
import { buildBundleLayout, DT } from '../../scripts/builders/tensorflow.js'

const readers = [tensorflowCheckpointReader, safetensorsReader]
/** A TF checkpoint whose one data shard (4 GB: 3 GB of weights, a 1 GB Adam slot) is stored in Git LFS. */
const BIG = buildBundleLayout([
  { name: 'dense/kernel', dtype: DT.FLOAT, shape: [500_000_000] },
  { name: 'dense/bias', dtype: DT.FLOAT, shape: [250_000_000] },
  { name: 'dense/bias/Adam', dtype: DT.FLOAT, shape: [250_000_000] }
])
let dir: string
let origin: string
let clone: string
let baseSha: string
let headSha: string

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()

const lfsPointer = (size: number): string => `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize ${size}\n`

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'msb-git-'))
  origin = join(dir, 'origin')
  mkdirSync(join(origin, 'exports'), { recursive: true })
  git(origin, 'init', '-q', '-b', 'main')
  // Base: a 1,000-float model, a TF checkpoint whose data shard is in LFS (a 4 GB object), a note.
  writeFileSync(join(origin, 'exports/model.safetensors'), buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [1000] } }))
  writeFileSync(join(origin, 'exports/big.index'), BIG.index)
  writeFileSync(join(origin, 'exports/big.data-00000-of-00001'), lfsPointer(BIG.shards[0].size))
  writeFileSync(join(origin, 'README.md'), 'hello')
  git(origin, 'add', '.')
  git(origin, 'commit', '-q', '-m', 'base')
  baseSha = git(origin, 'rev-parse', 'HEAD')
  // Head: the model grows to 3,000 floats and gains an optimizer tensor.
  writeFileSync(
    join(origin, 'exports/model.safetensors'),
    buildSafetensorsBytes({ 'dense.weight': { dtype: 'F32', shape: [3000] }, 'optimizer.m': { dtype: 'F32', shape: [3000] } })
  )
  git(origin, 'commit', '-q', '-am', 'head')
  headSha = git(origin, 'rev-parse', 'HEAD')
  // The CI checkout: a shallow clone of the head commit only, as actions/checkout makes it.
  clone = join(dir, 'clone')
  git(dir, 'clone', '-q', '--depth=1', '--no-local', `file://${origin}`, clone)
  git(origin, 'config', 'uploadpack.allowReachableSHA1InWant', 'true')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** readGitBaseline where the test expects a baseline: a miss fails with its reason. */
async function readFound(...args: Parameters<typeof readGitBaseline>) {
  const result = await readGitBaseline(...args)
  if (!result.found) throw new Error(`expected a baseline: ${result.reason}`)
  return result
}

describe('readGitBaseline', () => {
  it('fetches the base commit into a shallow checkout and measures the checkpoints tracked there', async () => {
    expect(() => git(clone, 'cat-file', '-e', `${baseSha}^{commit}`)).toThrow()
    const baseline = await readFound(clone, baseSha, { patterns: ['**/*.safetensors', '**/*.index'], measure: { readers } })
    expect(baseline.fetched).toBe(true)
    expect(baseline.source).toBe('checkpoints')
    const model = baseline.report.checkpoints.find((checkpoint) => checkpoint.id === 'exports/model.safetensors')
    expect(model?.bytes.weights).toBe(4000)
    expect(model?.bytes.optimizer).toBe(0)
  })

  it('reads the base, not the checked-out head: the head file is bigger', async () => {
    const head = await readFound(clone, headSha, { patterns: ['**/*.safetensors'], measure: { readers } })
    const base = await readFound(clone, baseSha, { patterns: ['**/*.safetensors'], measure: { readers } })
    const bytes = (found: typeof head) => found.report.checkpoints[0].bytes
    expect(bytes(head)?.weights).toBe(12000)
    expect(bytes(head)?.optimizer).toBe(12000)
    expect(bytes(base)?.weights).toBe(4000)
    expect(bytes(head)!.total).toBeGreaterThan(bytes(base)!.total)
  })

  it('sizes a data shard stored in Git LFS from its pointer, without the object', async () => {
    const baseline = await readFound(clone, baseSha, { patterns: ['**/*.index'], measure: { readers } })
    const big = baseline.report.checkpoints.find((checkpoint) => checkpoint.id === 'exports/big')
    expect(big?.files.find((file) => file.path === 'exports/big.data-00000-of-00001')?.bytes).toBe(4_000_000_000)
    expect(big?.bytes.weights).toBe(3_000_000_000)
    expect(big?.bytes.optimizer).toBe(1_000_000_000)
  })

  it('uses a report JSON committed at report-path as it is', async () => {
    const report = {
      schema: 1,
      checkpoints: [],
      errors: [],
      total: { bytes: { total: 0, weights: 0, optimizer: 0, buffers: 0, bookkeeping: 0, metadata: 0, unclassified: 0 } }
    }
    writeFileSync(join(origin, 'model-size-report.json'), JSON.stringify(report))
    git(origin, 'add', 'model-size-report.json')
    git(origin, 'commit', '-q', '-m', 'report')
    const withReport = git(origin, 'rev-parse', 'HEAD')
    const baseline = await readFound(clone, withReport, { patterns: ['**/*.safetensors'], reportPath: 'model-size-report.json', measure: { readers } })
    expect(baseline.source).toBe('report')
    expect(baseline.report.checkpoints).toEqual([])

    const context: BaselineContext = {
      workspace: clone,
      input: { kind: 'auto' },
      patterns: ['**/*.safetensors'],
      reportPath: 'model-size-report.json',
      base: { commit: withReport, label: 'base commit' },
      artifactName: 'model-size-report',
      measure: { readers },
      log: () => {}
    }
    const resolved = await resolveBaseline(context)
    expect(resolved.origin).toEqual({ kind: 'report', description: `model-size-report.json committed at base commit ${withReport.slice(0, 7)}` })
  })

  it('names the commit as the event does: the base commit of a PR, the previous commit of a push', async () => {
    const context = (label: string): BaselineContext => ({
      workspace: clone,
      input: { kind: 'auto' },
      patterns: ['**/*.safetensors'],
      reportPath: 'model-size-report.json',
      base: { commit: baseSha, label },
      artifactName: 'model-size-report',
      measure: { readers },
      log: () => {}
    })
    expect((await resolveBaseline(context('previous commit'))).origin).toEqual({ kind: 'git', description: `previous commit ${baseSha.slice(0, 7)}` })
    expect((await resolveBaseline(context('base commit'))).origin).toEqual({ kind: 'git', description: `base commit ${baseSha.slice(0, 7)}` })
  })

  it('gives no baseline when the commit tracks no checkpoint (they are built by the workflow)', async () => {
    const miss = await readGitBaseline(clone, baseSha, { patterns: ['**/*.onnx'], measure: { readers } })
    expect(miss).toEqual({
      found: false,
      reason: `Commit ${baseSha.slice(0, 7)} tracks no checkpoint file that the path input selects (checkpoints the workflow writes are not in git).`
    })
  })

  it('gives no baseline, saying why, when the checkpoints at the base are Git LFS pointers', async () => {
    writeFileSync(join(origin, 'exports/lfs.safetensors'), lfsPointer(5_000_000_000))
    git(origin, 'add', 'exports/lfs.safetensors')
    git(origin, 'commit', '-q', '-m', 'lfs model')
    const lfsCommit = git(origin, 'rev-parse', 'HEAD')
    const miss = await readGitBaseline(clone, lfsCommit, { patterns: ['**/lfs.safetensors'], measure: { readers } })
    expect(miss).toEqual({
      found: false,
      reason:
        `The checkpoints at ${lfsCommit.slice(0, 7)} are in Git LFS (1 pointer file): git holds only the pointers, which give sizes but no categories, ` +
        "so committing them again would not help; compare with the base branch's report artifact instead."
    })
  })

  it('fails clearly for a commit the remote does not have', async () => {
    await expect(readGitBaseline(clone, 'f'.repeat(40), { patterns: ['**'], measure: { readers } })).rejects.toThrow(/git fetch/)
  })
})

describe('GitTreeFiles', () => {
  it('lists directories, sizes files and reads blobs at a commit', async () => {
    const tree = await GitTreeFiles.at(clone, baseSha)
    expect(await tree.list('.')).toEqual(['README.md', 'exports'])
    expect(await tree.list('exports')).toEqual(['big.data-00000-of-00001', 'big.index', 'model.safetensors'])
    expect(await tree.size('README.md')).toBe(5)
    expect(await tree.size('missing')).toBeUndefined()
    const source = await tree.open('README.md')
    expect(new TextDecoder().decode(await source.read(1, 3))).toBe('ell')
  })

  it('answers many blob reads in flight at once from one git process, in order, a missing object refused alone', async () => {
    const oid = (path: string): string => git(clone, 'rev-parse', `${baseSha}:${path}`)
    const batch = new GitBlobBatch(clone)
    try {
      const reads = [batch.read(oid('README.md')), batch.read('0'.repeat(40)), batch.read(oid('exports/model.safetensors')), batch.read(oid('README.md'))]
      const [readme, missing, model, again] = await Promise.allSettled(reads)
      expect(readme.status === 'fulfilled' && new TextDecoder().decode(readme.value)).toBe('hello')
      expect(missing.status === 'rejected' && (missing.reason as { code?: string }).code).toBe('ENOENT')
      expect(model.status === 'fulfilled' && model.value.length).toBe(Number(git(clone, 'cat-file', '-s', oid('exports/model.safetensors'))))
      expect(again.status === 'fulfilled' && again.value).toEqual(readme.status === 'fulfilled' && readme.value)
    } finally {
      batch.close()
    }
  })

  it('rejects a read when git cannot be started, instead of throwing an uncaught exception', async () => {
    const source = new GitBlobSource(join(dir, 'no-such-dir'), 'ab'.repeat(20), 'model.bin', 100)
    await expect(source.read(0, 10)).rejects.toThrow()
  })

  it('streams a span out of a blob too large to read whole', async () => {
    const bytes = new Uint8Array(GIT_BLOB_INLINE_BYTES + 100_000)
    for (let index = 0; index < bytes.length; index++) bytes[index] = index % 251
    writeFileSync(join(clone, 'large.bin'), bytes)
    git(clone, 'add', 'large.bin')
    git(clone, 'commit', '-q', '-m', 'large')
    const tree = await GitTreeFiles.at(clone, git(clone, 'rev-parse', 'HEAD'))
    const source = await tree.open('large.bin')
    expect(source.size).toBe(bytes.length)
    const tail = await source.read(bytes.length - 10, 10)
    expect([...tail]).toEqual([...bytes.subarray(bytes.length - 10)])
    await expect(source.read(bytes.length - 5, 10)).rejects.toThrow(/unexpected end of file/)
  })
})

describe('lfsPointerSize', () => {
  it('reads the size line of a pointer and nothing else', () => {
    expect(lfsPointerSize(new TextEncoder().encode(lfsPointer(123)))).toBe(123)
    expect(lfsPointerSize(new TextEncoder().encode('size 123\n'))).toBeUndefined()
  })
})
