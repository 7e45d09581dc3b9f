import { MAX_TF_STATE_FILE_BYTES } from '../../core/limits.js'
import { utf8 } from '../../io/bytes/index.js'
import { basename, dirname, joinPath, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { withSource } from '../kit/open.js'

/** The state file TF's checkpoint managers keep next to their checkpoints. */
export const STATE_FILE = 'checkpoint'

/**
 * The checkpoint a TF `checkpoint` state file names as latest, as a path next to the state file.
 * The file is a text proto, `model_checkpoint_path: "ckpt-1000"` (FORMATS.md §1.1), relative to
 * its directory or absolute where it was saved. An absolute path is read as its last component in
 * this directory: the path of the machine that trained it means nothing in a checkout.
 */
export function latestFromStateFile(statePath: string, text: string): string | undefined {
  const match = /^model_checkpoint_path:\s*"((?:[^"\\]|\\.)*)"/m.exec(text)
  if (!match) return undefined
  const target = match[1].replace(/\\(.)/g, '$1')
  return joinPath(dirname(statePath), target.startsWith('/') ? basename(target) : target)
}

/** A directory's state file: its path, its size, and the checkpoint it names as latest. */
export interface StateFile {
  path: string
  bytes: number
  latest: string | undefined
}

/**
 * The state file in `dir`, if there is one, read up to MAX_TF_STATE_FILE_BYTES. For the pipeline,
 * which marks the latest checkpoint, and the TF reader, which lists the file with the checkpoint it
 * names; errors opening or reading it are the caller's to handle.
 */
export async function readStateFile(dir: string, files: CheckpointFiles): Promise<StateFile | undefined> {
  if (!(await files.list(dir)).includes(STATE_FILE)) return undefined
  const path = joinPath(dir, STATE_FILE)
  return withSource(files, path, async (source) => {
    const text = utf8(await source.read(0, Math.min(source.size, MAX_TF_STATE_FILE_BYTES)))
    return { path, bytes: source.size, latest: latestFromStateFile(path, text) }
  })
}
