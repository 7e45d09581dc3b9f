import { afterAll, beforeAll, expect } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CATEGORIES, type Report } from '../../src/core/types.js'
import { DiskFiles } from '../../src/io/disk-files.js'
import { measure } from '../../src/pipeline/measure.js'
import { fixture } from '../helpers/fixtures.js'

/** A row of a fixture's PROVENANCE.md file table: what was copied and its size. */
export interface ProvenanceFile {
  file: string
  bytes: number
}

/** The files a real fixture's PROVENANCE.md lists, with their byte counts. */
export function provenanceFiles(folder: string): ProvenanceFile[] {
  const text = readFileSync(join(fixture(folder), 'PROVENANCE.md'), 'utf8')
  const rows: ProvenanceFile[] = []
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim())
    // | file | path in repository | status | bytes | sha256 |
    if (cells.length >= 6 && /^\d+$/.test(cells[4])) rows.push({ file: cells[1], bytes: Number(cells[4]) })
  }
  return rows
}

/** Runs the whole pipeline on a fixture folder, as the CLI would on a checkout. */
export async function measureFolder(folder: string): Promise<Report> {
  const dir = fixture(folder)
  const paths = readdirSync(dir).filter((name) => name !== 'PROVENANCE.md' && statSync(join(dir, name)).isFile())
  return measure(paths, new DiskFiles(dir))
}

/** Every byte accounted for: the categories add up to the total, and the total to the bytes on disk. */
export function expectEveryByteAccounted(report: Report, diskBytes: number): void {
  for (const checkpoint of report.checkpoints) {
    const sum = CATEGORIES.reduce((total, category) => total + checkpoint.bytes[category], 0)
    expect(sum).toBe(checkpoint.bytes.total)
  }
  expect(report.total.bytes.total).toBe(diskBytes)
}

/**
 * A temporary directory for the current `describe` (sparse files for the reading-discipline
 * tests), created before its tests and removed after them.
 */
export function useTempDir(prefix: string): () => string {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })
  return () => dir
}
