import { Minimatch } from 'minimatch'

/**
 * The `path` globs applied to a list of paths that are not on disk (the files git tracks at a
 * base commit), with the semantics @actions/glob gives them on disk, so that base and head select
 * the same files: lines are trimmed, blank and `#` lines skipped; `!` lines exclude; lines apply
 * in order (a later line overrides an earlier one); a pattern that matches a directory matches
 * everything below it; dot files match. Patterns containing `..` or absolute ones match nothing
 * (findFiles reports them for the head).
 */
export function matchPaths(paths: readonly string[], patterns: readonly string[]): string[] {
  const compiled: { negate: boolean; matcher: Minimatch }[] = []
  for (const raw of patterns) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const negate = line.startsWith('!')
    let body = (negate ? line.slice(1).trim() : line).replace(/\\/g, '/')
    if (body.startsWith('/') || body.split('/').includes('..')) continue
    body = body.replace(/^(\.\/)+/, '').replace(/\/+$/, '')
    if (body === '' || body === '.') body = '**'
    // The options @actions/glob's internal Pattern uses (actions/toolkit:packages/glob/src/internal-pattern.ts).
    compiled.push({ negate, matcher: new Minimatch(body, { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true }) })
  }
  return paths.filter((path) => {
    const candidates = ancestorsAndSelf(path)
    let included = false
    for (const { negate, matcher } of compiled) {
      if (candidates.some((candidate) => matcher.match(candidate))) included = !negate
    }
    return included
  })
}

/** `a/b/c` → `a`, `a/b`, `a/b/c`: a pattern that matches a directory matches its descendants. */
function ancestorsAndSelf(path: string): string[] {
  const segments = path.split('/')
  return segments.map((_, index) => segments.slice(0, index + 1).join('/'))
}
