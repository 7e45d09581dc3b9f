import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { resolve, sep } from 'node:path'
import { MAX_FOUND_FILES, MAX_WALKED_ENTRIES } from '../core/limits.js'
import { directorySelector, parsePathPatterns, pathSelector, type PathPattern } from '../core/path-patterns.js'
import type { FileFinder, FoundFiles } from './file-finder.js'
import { isInside } from './paths.js'

/** Directories whose content is never a user's checkpoint, even when a pattern reaches into them. */
const IGNORED_DIRS = new Set(['.git'])

/** The FileFinder adapter of the action: the `path` globs under the workspace. */
export function globFinder(root: string): FileFinder {
  return { find: (patterns) => findFiles(root, patterns) }
}

/**
 * Finds the files that newline-separated glob lines select under `root` (the workspace), read as
 * core/path-patterns.ts reads them for the base commit and the budgets: `!` lines exclude, `#`
 * lines are comments, a matched directory includes its descendants. One walk of the tree, which
 * enters no directory the lines cannot select from (pathSelector's rule, directorySelector) and
 * never `.git`. Nothing outside `root` is read: patterns that are absolute elsewhere or contain
 * `..` are reported and not searched, linked directories are not entered, and a link to a file
 * is followed only when it resolves inside the root (a link to `/etc/passwd` named `model.pt` is
 * reported, not opened). Files are listed, never opened.
 *
 * @actions/glob did this before. With the default lines (one per checkpoint name, 48) it matched
 * every entry of the tree against each line, with an `lstat` per entry through the thread pool:
 * 0.8-1.4 s for the bench's workspace of 1,000 checkpoints, against 0.05-0.07 s here
 * (bench/README.md, action at scale). The calls are synchronous, as in the CLI's walk (io/walk.ts).
 */
export async function findFiles(root: string, lines: readonly string[]): Promise<FoundFiles> {
  const rootAbs = resolve(root)
  const result: FoundFiles = { files: [], skipped: [] }
  const { patterns: parsed, refused } = parsePathPatterns(lines)
  for (const { pattern, reason } of refused) result.skipped.push({ path: pattern, reason })
  const patterns: PathPattern[] = []
  for (const pattern of parsed) {
    const relative = pattern.absolute ? relativeGlob(rootAbs, pattern.glob) : pattern.glob
    if (relative === undefined) {
      result.skipped.push({ path: pattern.glob, reason: 'absolute pattern outside the workspace; not searched. Only files in the workspace are read' })
    } else {
      patterns.push({ negate: pattern.negate, glob: relative, absolute: false })
    }
  }
  if (!patterns.some((pattern) => !pattern.negate)) return result

  const selected = pathSelector(patterns)
  const entered = directorySelector(patterns)
  const rootReal = realpathSync.native(rootAbs)
  let visited = 0
  // Depth first, each directory's entries in name order, so a truncated search is the same every run.
  const pending = ['']
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const subdirs: string[] = []
    for (const entry of readEntries(resolve(rootAbs, dir))) {
      if (++visited > MAX_WALKED_ENTRIES) {
        result.skipped.push({ path: dir || '.', reason: `more than ${MAX_WALKED_ENTRIES} entries; the rest was not searched. Narrow the 'path' globs` })
        return finish(result)
      }
      const path = dir ? `${dir}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!IGNORED_DIRS.has(entry.name) && entered(path)) subdirs.push(path)
        continue
      }
      if (!selected(path)) continue
      const verdict = entry.isFile() ? 'file' : entry.isSymbolicLink() ? followLink(resolve(rootAbs, path), rootReal) : 'skip'
      if (verdict === 'skip') continue
      if (verdict !== 'file') {
        result.skipped.push({ path, reason: verdict.reason })
      } else if (result.files.length >= MAX_FOUND_FILES) {
        result.skipped.push({ path, reason: `more than ${MAX_FOUND_FILES} files matched; the rest was not searched. Narrow the 'path' globs` })
        return finish(result)
      } else {
        result.files.push(path)
      }
    }
    pending.push(...subdirs.reverse())
  }
  return finish(result)
}

function finish(result: FoundFiles): FoundFiles {
  result.files.sort()
  return result
}

function readEntries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  } catch {
    return [] // vanished or unreadable since its parent was listed
  }
}

/**
 * An absolute pattern as a glob relative to `root`, or undefined when it lies outside (only files
 * in the workspace are read). Its part up to the root is taken literally.
 */
function relativeGlob(root: string, glob: string): string | undefined {
  const absolute = resolve(glob)
  if (!isInside(root, absolute)) return undefined
  return absolute === root
    ? '**'
    : absolute
        .slice(root.length + 1)
        .split(sep)
        .join('/')
}

/** A symbolic link the lines select: a file inside the root is read; a directory is not entered. */
function followLink(abs: string, rootReal: string): 'file' | 'skip' | { reason: string } {
  let target: string
  try {
    target = realpathSync.native(abs)
  } catch {
    return { reason: 'broken symbolic link' }
  }
  if (!isInside(rootReal, target)) return { reason: 'symbolic link to a path outside the workspace; not followed' }
  try {
    return statSync(target).isFile() ? 'file' : 'skip'
  } catch {
    return 'skip'
  }
}
