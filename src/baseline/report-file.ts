import type { Report } from '../core/types.js'

/**
 * Reads a report JSON (the action's `report` output or the CLI's `--json`) as a baseline.
 * Validates the schema version and the shape of every checkpoint entry that the diff reads.
 * @param text the file's content
 * @param path the file's path, named in errors
 * @throws ConfigError `<path>: <what is wrong>. <fix>` for invalid JSON, another schema version,
 *   or a malformed entry
 */
export function loadBaselineReport(text: string, path: string): Report {
  throw new Error(`not implemented: loadBaselineReport(${text.length}, ${path})`)
}
