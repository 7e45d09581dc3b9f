import { ruleMatches, type BudgetRule } from './budgets.js'
import type { LegBudget } from './merge.js'
import type { NoiseFloor } from './noise-floor.js'

/*
 * The config file (`.github/model-size-budget.yml`, issue 15): budgets per glob, per-checkpoint
 * overrides, the noise floor, the comment mode, the baseline, and sections for the keys of matrix
 * legs. This module holds what a run does with a parsed file; the parser (config-parse.ts, with
 * `yaml` and `ajv`) is apart so that the action and the CLI load it with `import()` only when a
 * file exists: most runs have none, and those two packages are most of the action's start-up.
 */

/** One section of the file: the top level, or a `keys.KEY` section. */
export interface ConfigSection {
  /** `budget`, `budgets` (with their glob) and `checkpoints` (overrides) rules, in file order. */
  rules: BudgetRule[]
  minChange?: NoiseFloor
  comment?: 'true' | 'false' | 'on-change'
  /** As written: `auto`, `none`, a path, or `ref:NAME`; the adapter reads it as the `baseline` input. */
  baseline?: string
}

export interface ModelSizeConfig extends ConfigSection {
  /** The file as named in messages. */
  path: string
  /** Sections by matrix-leg key (the `comment-key`). */
  keys: Record<string, ConfigSection>
}

/**
 * The section that applies to a run: the top level with the `keys.KEY` section over it (its rules
 * are added, its min-change, comment and baseline replace the top level's). A per-checkpoint
 * override replaces, for that checkpoint, every other rule on the same category.
 */
export function configFor(config: ModelSizeConfig, key: string | undefined): ConfigSection {
  const leg = key ? config.keys[key] : undefined
  const pick = <K extends 'minChange' | 'comment' | 'baseline'>(name: K) => leg?.[name] ?? config[name]
  const minChange = pick('minChange')
  const comment = pick('comment')
  const baseline = pick('baseline')
  return {
    rules: withOverrides([...config.rules, ...(leg?.rules ?? [])]),
    ...(minChange === undefined ? {} : { minChange }),
    ...(comment === undefined ? {} : { comment }),
    ...(baseline === undefined ? {} : { baseline })
  }
}

/**
 * A matrix leg's own part of the file in `mode: merge`, where the top level is evaluated once over
 * the merged report: the rules of its `keys.KEY` section as configFor gives them for that key, to
 * be matched against the leg's own checkpoint ids; and the top-level rules that give way on its
 * checkpoints (to one of its `checkpoints:` overrides on the same category, and the default
 * `pickle: safe` to a pickle rule of its own), so that each checkpoint is judged by the rules its
 * leg's own run would apply. Undefined for a key without a section.
 */
export function legBudget(config: ModelSizeConfig, key: string): LegBudget | undefined {
  const leg = config.keys[key]
  if (!leg) return undefined
  const overrides = leg.rules.filter((rule) => OVERRIDES.has(rule))
  const ownPickleRule = leg.rules.some((rule) => rule.category === 'pickle')
  return {
    rules: withOverrides([...config.rules, ...leg.rules]).slice(config.rules.length),
    yields: (rule, checkpoint) => {
      if (rule.implicit) return ownPickleRule && rule.category === 'pickle'
      // Only the file's own rules give way; the `budget` input's always apply, as in configFor.
      if (rule.source !== config.path || OVERRIDES.has(rule)) return false
      return overrides.some((override) => override.category === rule.category && ruleMatches(override, checkpoint))
    }
  }
}

/** The rules with each per-checkpoint override's id excluded from the other rules on its category. */
function withOverrides(rules: readonly BudgetRule[]): BudgetRule[] {
  const overrides = rules.filter((rule) => OVERRIDES.has(rule))
  return rules.map((rule) => {
    if (OVERRIDES.has(rule)) return rule
    const excludes = overrides.filter((override) => override.category === rule.category).map((override) => override.glob!)
    return excludes.length > 0 ? { ...rule, excludes: [...(rule.excludes ?? []), ...excludes] } : rule
  })
}

/** The rules that came from a `checkpoints:` override. */
const OVERRIDES = new WeakSet<BudgetRule>()

/** Marks a rule the parser read under `checkpoints:`: it overrides the others on its category for its checkpoint. */
export function markOverride(rule: BudgetRule): BudgetRule {
  OVERRIDES.add(rule)
  return rule
}
