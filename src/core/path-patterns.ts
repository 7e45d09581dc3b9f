import { Minimatch } from 'minimatch'

/**
 * The one reading of path globs, for every place that selects paths with them: the action's `path`
 * lines on disk (io/glob-walk.ts), the same lines over the files git tracks at a base commit
 * (baseline/git-baseline.ts) and the budget rules' checkpoint globs (core/budgets.ts). Lines are
 * trimmed; blank and `#` lines are skipped; `!` lines exclude; lines apply in order (a later line
 * overrides an earlier one); a pattern that matches a directory matches everything below it; dot
 * files match; `..` is refused (it could leave the workspace).
 * The syntax is @actions/glob's (what workflow authors know from actions/upload-artifact and
 * hashFiles): `*`, `**`, `?`, `[...]`, no braces or extglobs. Head, base and budgets select with
 * this one code, so they cannot disagree.
 */

/** One line, normalised. */
export interface PathPattern {
  /** A `!` line: excludes what earlier lines included. */
  negate: boolean
  /**
   * The glob, POSIX, relative to the root without `./` or a trailing `/` (`**` for the root
   * itself); for an absolute pattern, the path as written (the disk adapter decides if it is inside).
   */
  glob: string
  absolute: boolean
}

/** A line that selects nothing, and why (reported to the user, never silently dropped). */
export interface RefusedPattern {
  pattern: string
  reason: string
}

const PARENT_REASON = "pattern contains '..', which could leave the workspace; not searched. Write it relative to the workspace root"

/** Normalises `path`-style lines (see the module comment). */
export function parsePathPatterns(lines: readonly string[]): { patterns: PathPattern[]; refused: RefusedPattern[] } {
  const patterns: PathPattern[] = []
  const refused: RefusedPattern[] = []
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const negate = line.startsWith('!')
    const body = negate ? line.slice(1).trim() : line
    const pattern = normaliseGlob(body)
    if (typeof pattern === 'string') refused.push({ pattern: body, reason: pattern })
    else patterns.push({ negate, ...pattern })
  }
  return { patterns, refused }
}

/** One glob normalised, or why it selects nothing. */
function normaliseGlob(body: string): Omit<PathPattern, 'negate'> | string {
  const posix = body.replace(/\\/g, '/')
  if (posix.split('/').includes('..')) return PARENT_REASON
  if (/^(\/|[A-Za-z]:\/)/.test(posix)) return { glob: body, absolute: true }
  const relative = posix.replace(/^(\.\/)+/, '').replace(/\/+$/, '')
  return { glob: relative === '' || relative === '.' ? '**' : relative, absolute: false }
}

/**
 * A test for relative POSIX paths (files git tracks, checkpoint ids) against the normalised lines:
 * included when the last line matching the path or one of its directories is not a `!` line.
 * Absolute patterns match nothing here (there is no disk to place them on).
 */
export function pathSelector(patterns: readonly PathPattern[]): (path: string) => boolean {
  const compiled = compiledLines(patterns)
  return (path) => {
    const last = lastMatchingLine(compiled, path)
    return last >= 0 && !compiled[last].negate
  }
}

/**
 * A test for directories, for a walk that prunes: false when no path below the directory can be
 * selected, so the walk need not enter it (`node_modules` under the default path lines, which
 * exclude it; `src/` under `exports/**`). True when unsure. Below a directory, a path is selected
 * by the last line matching it or one of its directories (pathSelector); the lines matching the
 * directory itself or its ancestors match every path below it too, so only a later positive line
 * that can match somewhere below (minimatch's partial match) can still select one.
 */
export function directorySelector(patterns: readonly PathPattern[]): (dir: string) => boolean {
  const compiled = compiledLines(patterns)
  return (dir) => {
    const last = lastMatchingLine(compiled, dir)
    if (last >= 0 && !compiled[last].negate) return true
    return compiled.slice(last + 1).some(({ negate, matcher }) => !negate && matcher.match(dir, true))
  }
}

/** The index of the last line that matches `path` or one of its directories; -1 when none does. */
function lastMatchingLine(compiled: readonly CompiledLine[], path: string): number {
  const candidates = pathAndAncestors(path)
  for (let index = compiled.length - 1; index >= 0; index--) if (candidates.some(compiled[index].test)) return index
  return -1
}

interface CompiledLine {
  negate: boolean
  matcher: Minimatch
  /** The full-path test: the glob's regular expression, which is several times faster than matcher.match. */
  test: (path: string) => boolean
}

function compiledLines(patterns: readonly PathPattern[]): CompiledLine[] {
  return patterns
    .filter((pattern) => !pattern.absolute)
    .map((pattern) => {
      const matcher = compiledGlob(pattern.glob)
      const regex = matcher.makeRe()
      return { negate: pattern.negate, matcher, test: regex ? (path: string) => regex.test(path) : (path: string) => matcher.match(path) }
    })
}

/** The paths among `paths` that the `path` lines select, in their order. */
export function selectPaths(paths: readonly string[], lines: readonly string[]): string[] {
  const selected = pathSelector(parsePathPatterns(lines).patterns)
  return paths.filter(selected)
}

/**
 * A test for one glob (a budget rule's), read as one `path` line: a glob naming a directory covers
 * what is inside it; a `..` glob matches nothing.
 */
export function globSelector(glob: string): (path: string) => boolean {
  let selector = GLOB_SELECTORS.get(glob)
  if (!selector) {
    selector = pathSelector(parsePathPatterns([glob]).patterns.filter((pattern) => !pattern.negate))
    GLOB_SELECTORS.set(glob, selector)
  }
  return selector
}

const GLOB_SELECTORS = new Map<string, (path: string) => boolean>()

/**
 * The options @actions/glob's internal Pattern gives minimatch
 * (actions/toolkit:packages/glob/src/internal-pattern.ts), compiled once per glob: a rule is
 * matched against every checkpoint of a report, a line against every tracked file.
 */
const COMPILED_GLOBS = new Map<string, Minimatch>()

function compiledGlob(glob: string): Minimatch {
  let matcher = COMPILED_GLOBS.get(glob)
  if (!matcher) {
    matcher = new Minimatch(glob, { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true })
    COMPILED_GLOBS.set(glob, matcher)
  }
  return matcher
}

/** `a/b/c` → `a`, `a/b`, `a/b/c`: a pattern that matches a directory matches its descendants. */
function pathAndAncestors(path: string): string[] {
  const segments = path.split('/')
  return segments.map((_, index) => segments.slice(0, index + 1).join('/')).filter((prefix) => prefix !== '')
}
