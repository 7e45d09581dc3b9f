import * as glob from '@actions/glob'
import { lstat, realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { MAX_FOUND_FILES } from '../core/limits.js'
import { parsePathPatterns, type PathPattern } from '../core/path-patterns.js'
import type { FileFinder, FoundFiles } from '../io/file-finder.js'
import { isInside } from '../io/paths.js'

/** Directories whose content is never a user's checkpoint, even when a pattern reaches into them. */
const IGNORED_SEGMENTS = new Set(['.git'])

/** The FileFinder adapter of the action: the `path` globs under the workspace, with @actions/glob. */
export function actionsGlobFinder(root: string): FileFinder {
  return { find: (patterns) => findFiles(root, patterns) }
}

/**
 * Finds the files that newline-separated glob lines match under `root` (the workspace), with
 * @actions/glob: `!` lines exclude, `#` lines are comments, a matched directory includes its
 * descendants. Nothing outside `root` is read: patterns that are absolute elsewhere or contain
 * `..` are reported and not searched, and symbolic links are not followed out of the root (a
 * link to `/etc/passwd` named `model.pt` is reported, not opened). Files are listed, never opened.
 */
export async function findFiles(root: string, patterns: readonly string[]): Promise<FoundFiles> {
  const rootAbs = resolve(root)
  const rootReal = await realpath(rootAbs)
  const result: FoundFiles = { files: [], skipped: [] }

  const { patterns: parsed, refused } = parsePathPatterns(patterns)
  for (const { pattern, reason } of refused) result.skipped.push({ path: pattern, reason })
  const lines: string[] = []
  for (const pattern of parsed) {
    const rooted = rootPattern(rootAbs, pattern)
    if (typeof rooted === 'object') {
      result.skipped.push({ path: pattern.glob, reason: rooted.reason })
      continue
    }
    lines.push(pattern.negate ? `!${rooted}` : rooted)
  }
  if (!lines.some((line) => !line.startsWith('!'))) return result

  const globber = await glob.create(lines.join('\n'), {
    followSymbolicLinks: false,
    implicitDescendants: true,
    matchDirectories: false,
    omitBrokenSymbolicLinks: true
  })
  const seen = new Set<string>()
  for await (const abs of globber.globGenerator()) {
    const rel = relative(rootAbs, abs)
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue // cannot happen for rooted patterns
    const path = rel.split(sep).join('/')
    if (path.split('/').some((segment) => IGNORED_SEGMENTS.has(segment)) || seen.has(path)) continue
    seen.add(path)
    const verdict = await checkInside(abs, rootReal)
    if (verdict === 'skip') continue
    if (verdict !== 'file') {
      result.skipped.push({ path, reason: verdict.reason })
      continue
    }
    if (result.files.length >= MAX_FOUND_FILES) {
      result.skipped.push({ path, reason: `more than ${MAX_FOUND_FILES} files matched; the rest was not searched. Narrow the 'path' globs` })
      break
    }
    result.files.push(path)
  }
  result.files.sort()
  return result
}

/**
 * The pattern as an absolute glob under `root`, or why it is not searched. @actions/glob resolves
 * relative patterns against the process's cwd, so every pattern is rooted here explicitly.
 */
function rootPattern(root: string, pattern: PathPattern): string | { reason: string } {
  if (pattern.absolute) {
    if (!isInside(root, resolve(pattern.glob))) {
      return { reason: 'absolute pattern outside the workspace; not searched. Only files in the workspace are read' }
    }
    return pattern.glob
  }
  return `${escapeGlob(root)}/${pattern.glob}`
}

/** Escapes glob characters in a literal path (the workspace may be named `repo[1]`). */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]]/g, (char) => `[${char}]`)
}

/** Whether a matched path is a regular file inside the root (through any symbolic link). */
async function checkInside(abs: string, rootReal: string): Promise<'file' | 'skip' | { reason: string }> {
  let info
  try {
    info = await lstat(abs)
  } catch {
    return 'skip' // vanished since the walk
  }
  if (info.isFile()) {
    // A parent directory may itself be a link out of the root; compare the real path too.
    const real = await realpath(abs)
    return isInside(rootReal, real) ? 'file' : { reason: 'resolves outside the workspace through a symbolic link; not read' }
  }
  if (!info.isSymbolicLink()) return 'skip'
  let target: string
  try {
    target = await realpath(abs)
  } catch {
    return { reason: 'broken symbolic link' }
  }
  if (!isInside(rootReal, target)) return { reason: 'symbolic link to a path outside the workspace; not followed' }
  const targetInfo = await stat(target)
  return targetInfo.isFile() ? 'file' : 'skip'
}
