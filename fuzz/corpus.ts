import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { READERS, type CheckpointReader } from '../src/formats/index.js'
import type { ByteSource } from '../src/io/byte-source.js'
import { MemoryFiles, type CheckpointFiles } from '../src/io/checkpoint-files.js'
import { measure } from '../src/pipeline/measure.js'

/**
 * The seeds the fuzzer mutates: every real and generated fixture, loaded into memory once, with
 * what the readers did on the intact bytes (which reader claimed which file, which byte spans they
 * read). Those spans are where the structure is: truncating at their ends and overwriting inside
 * them reaches the parsers, where a mutation in the middle of the weights would only be a no-op.
 */

export interface Span {
  offset: number
  length: number
}

export interface Seed {
  /** `real/tf1/traffic-sign-cnn-adam`, `generated/pytorch/seed_cnn_adam.pt`, `magic/...`. */
  name: string
  files: Map<string, Uint8Array>
  /** Files a reader claimed on the intact seed, with that reader (read directly as well as through measure). */
  primaries: { path: string; reader: CheckpointReader }[]
  /** Spans each reader read from each file on the intact seed. */
  reads: Map<string, Span[]>
}

/** Records every positioned read, to learn where a file's structure is. */
class RecordingFiles implements CheckpointFiles {
  readonly reads = new Map<string, Span[]>()
  constructor(private readonly inner: CheckpointFiles) {}
  async open(path: string): Promise<ByteSource> {
    const source = await this.inner.open(path)
    const spans = this.reads.get(path) ?? []
    this.reads.set(path, spans)
    return {
      name: source.name,
      size: source.size,
      get bytesRead() {
        return source.bytesRead
      },
      read: async (offset, length) => {
        spans.push({ offset, length })
        return source.read(offset, length)
      },
      close: () => source.close()
    }
  }
  size(path: string): Promise<number | undefined> {
    return this.inner.size(path)
  }
  list(dir: string): Promise<string[]> {
    return this.inner.list(dir)
  }
}

/** Where the fixtures are (as __tests__/helpers/fixtures.ts). */
export function defaultFixturesRoot(projectRoot: string): string {
  return process.env.MSB_FIXTURES ?? join(projectRoot, '..', 'shared', 'fixtures')
}

/**
 * The seed folders: each real fixture folder is one seed; each generated case folder
 * (`generated/tflite/cnn-float16/`) is one seed with its files where the framework wrote them, and
 * each loose generated checkpoint (`generated/pytorch/seed_cnn_adam.pt`) is a seed of its own. The
 * generators' scripts and truths (`make.py`, `truth.json`) are not seeds.
 * SavedModel fixtures are stored flat; they are put back as TF wrote them (`model/variables/...`),
 * as __tests__/formats/tensorflow/fixture-layout.ts does.
 */
function seedLayouts(root: string): { name: string; layout: Map<string, string> }[] {
  const seeds: { name: string; layout: Map<string, string> }[] = []
  const isDir = (path: string): boolean => statSync(path).isDirectory()
  const dirs = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => isDir(join(dir, n)))
          .sort()
      : []
  for (const kind of dirs(join(root, 'real'))) {
    for (const name of dirs(join(root, 'real', kind))) {
      const folder = join(root, 'real', kind, name)
      const layout = new Map<string, string>()
      for (const file of readdirSync(folder).sort()) {
        if (file === 'PROVENANCE.md' || !statSync(join(folder, file)).isFile()) continue
        const path = kind === 'savedmodel' ? (file.startsWith('variables.') ? `model/variables/${file}` : `model/${file}`) : `${name}/${file}`
        layout.set(path, join(folder, file))
      }
      seeds.push({ name: `real/${kind}/${name}`, layout })
    }
  }
  for (const kind of dirs(join(root, 'generated'))) {
    const folder = join(root, 'generated', kind)
    for (const entry of readdirSync(folder).sort()) {
      const disk = join(folder, entry)
      if (isDir(disk)) {
        const layout = new Map<string, string>()
        for (const file of filesBelow(disk)) if (!isGeneratorFile(file)) layout.set(`${entry}/${file}`, join(disk, file))
        seeds.push({ name: `generated/${kind}/${entry}`, layout })
      } else if (!isGeneratorFile(entry)) {
        seeds.push({ name: `generated/${kind}/${entry}`, layout: new Map([[`${kind}/${entry}`, disk]]) })
      }
    }
  }
  return seeds
}

/** The scripts that wrote the generated fixtures and the truths they computed: not checkpoint files. */
function isGeneratorFile(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1)
  return base === 'truth.json' || /\.(py|md)$/.test(base)
}

/** Files below `dir`, as POSIX paths relative to it, sorted. */
function filesBelow(dir: string, prefix = ''): string[] {
  const found: string[] = []
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const relative = prefix ? `${prefix}/${name}` : name
    if (statSync(join(dir, relative)).isDirectory()) found.push(...filesBelow(dir, relative))
    else found.push(relative)
  }
  return found
}

export async function loadSeed(name: string, files: Map<string, Uint8Array>, readers: readonly CheckpointReader[] = READERS): Promise<Seed> {
  const recording = new RecordingFiles(new MemoryFiles(files))
  await measure([...files.keys()], recording, { readers })
  const primaries: Seed['primaries'] = []
  for (const path of [...files.keys()].sort()) {
    const bytes = files.get(path) as Uint8Array
    const candidate = { path, size: bytes.length, head: bytes.subarray(0, 64) }
    const reader = readers.find((r) => r.matchesName(path) && r.sniff(candidate))
    if (reader) primaries.push({ path, reader })
  }
  return { name, files, primaries, reads: recording.reads }
}

/** Loads every fixture under `root` (real/ and generated/). `only` keeps seeds whose name contains it. */
export async function loadCorpus(root: string, only?: string): Promise<Seed[]> {
  const seeds: Seed[] = []
  for (const { name, layout } of seedLayouts(root)) {
    if (only && !name.includes(only)) continue
    const files = new Map<string, Uint8Array>()
    for (const [path, disk] of layout) files.set(path, new Uint8Array(readFileSync(disk)))
    seeds.push(await loadSeed(name, files))
  }
  return seeds
}
