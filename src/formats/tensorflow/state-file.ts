import { basename, dirname, joinPath } from '../../io/checkpoint-files.js'

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
