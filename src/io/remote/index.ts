import type { CheckpointFiles } from '../checkpoint-files.js'
import { NOT_SEARCHED_DIRS } from '../paths.js'
import { displayUrl } from './errors.js'
import type { RangeSourceOptions } from './http-range-source.js'
import { RemoteFiles, type RemoteStore } from './remote-files.js'
import { parseRemotePath } from './remote-path.js'

export { isRemotePath } from './remote-path.js'
export { RoutedFiles } from './remote-files.js'
export { TRANSFER, transferSince } from './transfer.js'

export interface RemoteFound {
  /** Every object the remote paths name, by the paths reports show (the URL without its query). */
  files: string[]
  /** Those named as a file themselves (read whatever their name, as a file named on disk is). */
  named: string[]
  /** The CheckpointFiles that reads a remote path, or undefined for a workspace path. */
  filesFor(path: string): CheckpointFiles | undefined
}

/**
 * Lists what remote paths name (`s3://`, `gs://`, `hf://`, `https://`): a file, or every object
 * under a folder, to be grouped into checkpoints by the pipeline as files on disk are. The
 * providers' clients are loaded here, on first use, never at start-up.
 */
export async function findRemote(paths: readonly string[], options: RangeSourceOptions = {}): Promise<RemoteFound> {
  const roots = new Map<string, RemoteFiles>()
  const found = new Set<string>()
  const named: string[] = []
  for (const written of paths) {
    const { root, store } = await storeFor(written)
    let files = roots.get(root)
    if (!files) {
      files = new RemoteFiles(await store(), options)
      roots.set(root, files)
    }
    const base = displayUrl(written).replace(/\/$/, '')
    // As the walk does on disk: VCS internals, dependencies and caches are not searched.
    const objects = (await files.find(written)).filter(
      (path) =>
        !path
          .slice(base.length)
          .split('/')
          .some((segment) => SKIPPED_DIRS.has(segment))
    )
    for (const path of objects) found.add(path)
    if (objects.length === 1 && objects[0] === base) named.push(objects[0])
  }
  const ordered = [...roots.keys()].sort((a, b) => b.length - a.length)
  return {
    files: [...found].sort(),
    named,
    filesFor: (path) => {
      const root = ordered.find((prefix) => path.startsWith(prefix))
      return root === undefined ? undefined : roots.get(root)
    }
  }
}

const SKIPPED_DIRS = new Set(NOT_SEARCHED_DIRS)

/** The root every path of one store starts with, and how to make the store (lazily loaded). */
async function storeFor(written: string): Promise<{ root: string; store: () => Promise<RemoteStore> }> {
  const remote = parseRemotePath(written)
  switch (remote.scheme) {
    case 's3':
      return { root: `s3://${remote.bucket}/`, store: async () => new (await import('./s3.js')).S3Store(remote.bucket) }
    case 'gs':
      return { root: `gs://${remote.bucket}/`, store: async () => new (await import('./gcs.js')).GcsStore(remote.bucket) }
    case 'hf': {
      const trimmed = written.replace(/\/$/, '')
      const root = remote.path === '' ? trimmed : trimmed.slice(0, trimmed.length - remote.path.length - 1)
      return { root: `${root}/`, store: async () => new (await import('./hf.js')).HubStore(remote, written) }
    }
    case 'https':
      return { root: `${new URL(written).origin}/`, store: async () => new (await import('./https.js')).HttpsStore() }
  }
}
