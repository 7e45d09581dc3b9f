/*
 * Apart from config-file.ts so that the CLI and the action can look for the config file without
 * loading the YAML parser and the schema validator when there is none.
 */

/** Where the action and the CLI look for the config file when none is named. */
export const DEFAULT_CONFIG_PATH = '.github/model-size-budget.yml'

/** A config file larger than this is refused before it is parsed (a budget file is a few kB). */
export const MAX_CONFIG_BYTES = 1024 * 1024
