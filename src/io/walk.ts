import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { MAX_WALKED_ENTRIES } from '../core/limits.js'
import type { FileFinder } from './file-finder.js'
import { isInside, NOT_SEARCHED_DIRS } from './paths.js'

/** Entered only when named as a path: VCS internals, dependency trees and caches (see paths.ts). */
const SKIPPED_DIRS = new Set(NOT_SEARCHED_DIRS)

export interface WalkResult {
  /** Regular files found, as POSIX paths relative to `root`. */
  files: string[]
  /**
   * The files among them that were named as a path themselves, not found inside a named
   * directory: the user asked for these, so one that is no checkpoint is an error, where a file
   * the search came across is skipped (pipeline/measure.ts, `foundBySearch`).
   */
  named: string[]
  /** Paths not followed, with the reason (a symlink leaving the root, a missing path). */
  skipped: { path: string; reason: string }[]
}

/** The FileFinder adapter of the CLI and library: named paths under `root`, walked. */
export function walkFinder(root: string): FileFinder {
  return { find: (paths) => walk(root, paths) }
}

/**
 * Lists the files under `paths` (files or directories, searched recursively) without opening
 * any of them. Symlinks are followed only when they resolve inside `root`: a checkout cannot make
 * the tool read `/etc` or a sibling directory through a link.
 *
 * The file system calls are synchronous (see FileByteSource): the walk is the only thing the
 * process does, and each call through the thread pool would cost a round trip.
 */
export async function walk(root: string, paths: readonly string[]): Promise<WalkResult> {
  const rootReal = realpathSync.native(root)
  const result: WalkResult = { files: [], named: [], skipped: [] }
  let visited = 0
  const toPosix = (abs: string): string => relative(root, abs).split(sep).join('/') || '.'

  const visit = (abs: string, explicit: boolean): void => {
    if (++visited > MAX_WALKED_ENTRIES) {
      if (visited === MAX_WALKED_ENTRIES + 1) {
        result.skipped.push({ path: toPosix(abs), reason: `more than ${MAX_WALKED_ENTRIES} entries; the rest was not searched` })
      }
      return
    }
    let info
    try {
      info = lstatSync(abs)
    } catch {
      result.skipped.push({ path: toPosix(abs), reason: 'no such file or directory' })
      return
    }
    if (info.isSymbolicLink()) {
      let target: string
      try {
        target = realpathSync.native(abs)
      } catch {
        result.skipped.push({ path: toPosix(abs), reason: 'broken symbolic link' })
        return
      }
      if (!explicit && !isInside(rootReal, target)) {
        result.skipped.push({ path: toPosix(abs), reason: 'symbolic link to a path outside the searched root; not followed' })
        return
      }
      info = statSync(target)
      if (info.isDirectory()) {
        // Following directory links could loop; a linked directory is named explicitly if wanted.
        if (!explicit) return
      }
    }
    if (info.isFile()) {
      result.files.push(toPosix(abs))
      if (explicit) result.named.push(toPosix(abs))
    } else if (info.isDirectory()) {
      const name = abs.slice(abs.lastIndexOf(sep) + 1)
      if (!explicit && SKIPPED_DIRS.has(name)) return
      const entries = readdirSync(abs).sort()
      for (const entry of entries) visit(resolve(abs, entry), false)
    }
  }

  for (const path of paths) visit(resolve(root, path), true)
  result.files = [...new Set(result.files)].sort()
  result.named = [...new Set(result.named)].sort()
  return result
}
