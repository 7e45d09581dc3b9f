import { readdirSync } from 'node:fs'
import type { ByteSource } from '../../../src/io/byte-source.js'
import type { CheckpointFiles } from '../../../src/io/checkpoint-files.js'
import { DiskFiles } from '../../../src/io/disk-files.js'

/**
 * The shared SavedModel fixtures are stored flat (`variables.index` next to `saved_model.pb`);
 * their PROVENANCE.md gives each file's path in the original directory. This CheckpointFiles
 * puts them back where TensorFlow wrote them (`variables/variables.index`), reading the bytes in
 * place, so the SavedModel reader sees the real layout.
 */
export class RemappedFiles implements CheckpointFiles {
  private readonly disk: DiskFiles
  constructor(
    root: string,
    /** Path the reader sees -> path under `root`. */
    private readonly layout: Map<string, string>
  ) {
    this.disk = new DiskFiles(root)
  }

  get paths(): string[] {
    return [...this.layout.keys()].sort()
  }

  async open(path: string): Promise<ByteSource> {
    const real = this.layout.get(path)
    if (real === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
    return this.disk.open(real)
  }

  async size(path: string): Promise<number | undefined> {
    const real = this.layout.get(path)
    return real === undefined ? undefined : this.disk.size(real)
  }

  async list(dir: string): Promise<string[]> {
    const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/$/, '')}/`
    const names = new Set<string>()
    for (const path of this.layout.keys()) if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0])
    return [...names].sort()
  }
}

/** A flat SavedModel fixture folder, laid out as `model/saved_model.pb`, `model/variables/variables.*`. */
export function savedModelLayout(folder: string): RemappedFiles {
  const layout = new Map<string, string>()
  for (const name of readdirSync(folder)) {
    if (name === 'PROVENANCE.md') continue
    layout.set(name.startsWith('variables.') ? `model/variables/${name}` : `model/${name}`, name)
  }
  return new RemappedFiles(folder, layout)
}
