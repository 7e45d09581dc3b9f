import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildTorchZip, orderedDict, tensor } from '../../scripts/builders/pytorch.js'
import { buildZip } from '../../scripts/builders/zip.js'
import { loadBaselineReport } from '../../src/baseline/report-file.js'
import { evaluateBudgets, failureMessages, parseBudgets, withDefaultPickleRule } from '../../src/core/budgets.js'
import { diffReports } from '../../src/core/diff.js'
import { sstableBlocks } from '../../fuzz/targeted.js'
import type { Report } from '../../src/core/types.js'
import { MemoryFiles } from '../../src/io/checkpoint-files.js'
import { measure } from '../../src/pipeline/measure.js'
import { describeWithFixtures, fixture } from '../helpers/fixtures.js'

/**
 * The errors a user can meet, each through the path a user takes (the pipeline over files, the
 * budget parser, the baseline loader), each asserting the one sentence shape of src/core/errors.ts:
 *
 *   `<file>: <what is wrong>[ (at byte N)]. <fix>`
 *
 * so that the README's error table (cause and fix per message) stays true.
 */

/** The file, what is wrong, and a fix sentence, in that order. */
function expectShape(message: string, file: string, what: RegExp, fix: RegExp): void {
  expect(message.startsWith(`${file}: `)).toBe(true)
  const rest = message.slice(file.length + 2)
  const match = /^(.+?)(?: \(at byte \d+\))?\. ([A-Z].*\.)$/s.exec(rest)
  expect(match).not.toBeNull()
  expect(match?.[1]).toMatch(what)
  expect(match?.[2]).toMatch(fix)
}

/** A real fixture folder in memory, optionally with some files replaced or removed. */
function folderFiles(folder: string, prefix: string, change: (files: Map<string, Uint8Array>) => void = () => {}): MemoryFiles & { paths: string[] } {
  const files = new Map<string, Uint8Array>()
  for (const name of readdirSync(folder)) {
    if (name !== 'PROVENANCE.md') files.set(`${prefix}/${name}`, new Uint8Array(readFileSync(join(folder, name))))
  }
  change(files)
  return Object.assign(new MemoryFiles(files), { paths: [...files.keys()] })
}

async function onlyError(paths: string[], files: MemoryFiles): Promise<Report['errors'][number]> {
  const report = await measure(paths, files)
  expect(report.errors).toHaveLength(1)
  return report.errors[0]
}

const LFS_POINTER = new TextEncoder().encode(
  'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 1016809\n'
)

describe('errors a user can meet (no fixtures needed)', () => {
  it('a Git LFS pointer where a checkpoint should be says so and how to fetch the real file', async () => {
    const files = new MemoryFiles(new Map([['models/model.pt', LFS_POINTER]]))
    const error = await onlyError(['models/model.pt'], files)
    expect(error.kind).toBe('LfsPointerError')
    expectShape(
      error.message,
      'models/model.pt',
      /^this is a Git LFS pointer for a 1016809-byte object, not the checkpoint itself$/,
      /`lfs: true`.*`git lfs pull`/
    )
  })

  it('a file named like a checkpoint whose content is no supported format is an UnsupportedFormatError pointing to the README', async () => {
    const files = new MemoryFiles(new Map([['models/notes.pt', new TextEncoder().encode('these are not the weights you are looking for')]]))
    const error = await onlyError(['models/notes.pt'], files)
    expect(error.kind).toBe('UnsupportedFormatError')
    expectShape(error.message, 'models/notes.pt', /^unsupported format: its name looks like a checkpoint/, /README/)
  })

  it('a torch.save archive missing a storage record names the record and says to re-save', async () => {
    const storage = { key: '0', storageClass: 'FloatStorage', numel: 4 }
    const zip = buildTorchZip({ root: orderedDict([['fc.weight', tensor({ ...storage, key: '7' }, [4])]]), storages: [storage] })
    const error = await onlyError(['m.pt'], new MemoryFiles(new Map([['m.pt', zip]])))
    expect(error.kind).toBe('FormatError')
    expectShape(error.message, 'm.pt', /storage 'data\/7'.*no record 'archive\/data\/7'/, /re-save/)
  })

  it("a pickle that names code (os.system) is read without running it, and 'pickle: safe' fails naming the file, the global and the offset", async () => {
    const zip = buildTorchZip({ root: { reduce: { global: 'os.system' }, args: ['echo pwned'] }, storages: [] })
    const report = await measure(['evil.pt'], new MemoryFiles(new Map([['evil.pt', zip]])), {})
    expect(report.errors).toEqual([])
    const verdict = evaluateBudgets(diffReports(undefined, report), withDefaultPickleRule([]))
    expect(verdict.status).toBe('fail')
    expect(failureMessages(verdict)).toEqual([
      expect.stringMatching(
        /^evil\.pt: its pickle references os\.system \(evil\.pt, byte \d+\), which would run code on torch\.load\(weights_only=False\); nothing was executed \(default rule line 1: pickle: safe\)$/
      )
    ])
    const warned = evaluateBudgets(diffReports(undefined, report), parseBudgets('warn pickle: safe'))
    expect(warned.status).toBe('warn')
  })

  it('an unparseable budget line names the source, line and text, and shows the expected form', () => {
    expect(() => parseBudgets('total: 50 MB\nweights 20 MB', { source: '.github/model-budget.txt' })).toThrow(
      /^\.github\/model-budget\.txt line 2: 'weights 20 MB': no ':' between the category and the limit\. Expected \[warn\] \[GLOB:\] CATEGORY: LIMIT, e\.g\. /
    )
    expect(() => parseBudgets('wieghts: 20 MB')).toThrow(
      /^budget line 1: 'wieghts: 20 MB': 'wieghts' is not a category \(one of total, weights, .*\)\..* Expected /s
    )
  })

  it('a baseline report of another schema version names the file, both versions and how to regenerate', () => {
    const text = JSON.stringify({ schema: 2, checkpoints: [], errors: [], total: {} })
    let message = ''
    try {
      loadBaselineReport(text, 'baseline/report.json')
    } catch (error) {
      message = (error as Error).message
      expect((error as Error).name).toBe('ConfigError')
    }
    expectShape(
      message,
      'baseline/report.json',
      /^the baseline report has schema 2; this version reads schema 1$/,
      /^Regenerate it with `model-size-budget --json`.*version that wrote it\.$/
    )
  })
})

describeWithFixtures('errors a user can meet, on real checkpoints', () => {
  const TRAFFIC_SIGN = fixture('real/tf1/traffic-sign-cnn-adam')

  it('a truncated upload of a data shard: the tensor past the end, the file size, and that it is truncated', async () => {
    const shard = 'ckpt/model.ckpt.data-00000-of-00001'
    const files = folderFiles(TRAFFIC_SIGN, 'ckpt', (f) => f.set(shard, (f.get(shard) as Uint8Array).subarray(0, 1_000_000)))
    const error = await onlyError(files.paths, files)
    expect(error.kind).toBe('FormatError')
    expectShape(error.message, shard, /^tensor '.+' claims bytes \d+\.\.\d+, beyond the file's 1000000 bytes$/, /truncated/)
  })

  it('a data shard checked out as a Git LFS pointer is an LfsPointerError naming the shard, not a truncated file', async () => {
    const shard = 'ckpt/model.ckpt.data-00000-of-00001'
    const files = folderFiles(TRAFFIC_SIGN, 'ckpt', (f) => f.set(shard, LFS_POINTER))
    const error = await onlyError(files.paths, files)
    expect(error.kind).toBe('LfsPointerError')
    expect(error.path).toBe('ckpt/model.ckpt')
    expectShape(error.message, shard, /^this is a Git LFS pointer for a 1016809-byte object, not the checkpoint itself$/, /`git lfs pull`/)
  })

  it('a truncated upload of a torch.save archive says the archive is truncated or corrupted', async () => {
    const bytes = new Uint8Array(readFileSync(fixture('generated/pytorch/seed_cnn_weights.pt')))
    const files = new MemoryFiles(new Map([['seed_cnn_weights.pt', bytes.subarray(0, 600_000)]]))
    const error = await onlyError(['seed_cnn_weights.pt'], files)
    expect(error.kind).toBe('FormatError')
    expectShape(error.message, 'seed_cnn_weights.pt', /^invalid zip archive: /, /truncated or corrupted.*copy it again or re-save it/)
  })

  it('a corrupt index block names the block, both CRCs and what to do', async () => {
    const index = 'ckpt/model.ckpt.index'
    const files = folderFiles(TRAFFIC_SIGN, 'ckpt', (f) => {
      const bytes = (f.get(index) as Uint8Array).slice()
      const block = sstableBlocks(bytes)[2] // the first data block
      bytes[block.offset + 10] ^= 0x01
      f.set(index, bytes)
    })
    const error = await onlyError(files.paths, files)
    expect(error.kind).toBe('FormatError')
    expectShape(
      error.message,
      index,
      /^data block 0 .* fails its CRC32C check \(stored 0x[0-9a-f]{8}, computed 0x[0-9a-f]{8}\)$/,
      /corrupted; re-save the checkpoint or restore the file/
    )
  })

  it('a missing data shard is a warning with the shard named; the sizes come from the index', async () => {
    const files = folderFiles(fixture('real/tf1/mnist-cnn-adam-index-only'), 'ckpt')
    const report = await measure(files.paths, files)
    expect(report.errors).toEqual([])
    expect(report.checkpoints[0].warnings).toContain(
      '1 file of the checkpoint is absent (ckpt/model.ckpt.data-00000-of-00001): counted at the 4271720 bytes the index describes, so the total is what the complete checkpoint would hold'
    )
  })

  it('a TensorFlow V1 checkpoint is unsupported, with how to re-save it as V2', async () => {
    const files = folderFiles(fixture('real/tf1/serving-session-bundle-v1-format'), 'v1')
    const error = await onlyError(files.paths, files)
    expect(error.kind).toBe('UnsupportedFormatError')
    expectShape(error.message, 'v1/export-00000-of-00001', /^unsupported format: a TensorFlow V1 checkpoint/, /^Re-save it with the V2 saver/)
  })

  it('a length field over a limit names the field, its value and the limit, and is refused before allocating', async () => {
    // data.pkl holding BINUNICODE with a length of 2^32-1 and two bytes of text.
    const pickle = Uint8Array.of(0x80, 0x02, 0x58, 0xff, 0xff, 0xff, 0xff, 0x61, 0x62, 0x2e)
    const zip = buildZip([
      { name: 'archive/data.pkl', data: pickle },
      { name: 'archive/version', data: new TextEncoder().encode('3\n') }
    ])
    const error = await onlyError(['big.pt'], new MemoryFiles(new Map([['big.pt', zip]])))
    expect(error.kind).toBe('LimitExceededError')
    expectShape(error.message, 'big.pt', /^a pickled string length is 4294967295, over the limit of 67108864$/, /corrupt or hostile.*limits/)
  })
})
