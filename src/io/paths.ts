import { sep } from 'node:path'

/**
 * True when `path` is `root` or below it (both absolute and normalised). The one check behind
 * every "does not leave the workspace" rule: the CLI's walk, the action's globbing, baselines.
 */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}

/**
 * Directories that hold version-control internals, dependencies or caches, never a user's own
 * checkpoint, though they can be full of files named like one (`*.bin` in `node_modules`, test
 * models in a `.venv`'s site-packages). The CLI's walk does not enter them unless named; the
 * action's default `path` globs exclude them (action.yml; a test keeps the two in step).
 */
export const NOT_SEARCHED_DIRS: readonly string[] = ['.git', '.hg', '.svn', 'node_modules', '.venv', '__pycache__']
