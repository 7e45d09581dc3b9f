import { sep } from 'node:path'

/**
 * True when `path` is `root` or below it (both absolute and normalised). The one check behind
 * every "does not leave the workspace" rule: the CLI's walk, the action's globbing, baselines.
 */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}
