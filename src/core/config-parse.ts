import { Ajv, type ErrorObject } from 'ajv'
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node } from 'yaml'
import schema from '../../schema/config.schema.json' with { type: 'json' }
import { parseBudgetLine, type BudgetRule } from './budgets.js'
import { markOverride, type ConfigSection, type ModelSizeConfig } from './config-file.js'
import { ConfigError } from './errors.js'
import { parseNoiseFloor } from './noise-floor.js'

/*
 * The config file's parser (issue 15), apart from config-file.ts because `yaml` and `ajv` are
 * loaded only when a run has a file. Parsed with `yaml` (which keeps every node's place) and
 * validated against the JSON Schema the package ships (schema/config.schema.json), so editors and
 * this parser agree on the form. Every error names the file, line and column, and says what was
 * expected there. Budget rules use the grammar of the `budget` input (budgets.ts parseBudgetLine):
 * one grammar, two sources.
 */

/**
 * Parses and validates a config file's text.
 * @throws ConfigError listing every problem as `FILE:LINE:COL: what is wrong; expected …`.
 */
export function parseConfig(text: string, path: string): ModelSizeConfig {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const place = (offset: number) => {
    const { line, col } = lines.linePos(offset)
    return `${path}:${line}:${col}`
  }
  if (document.errors.length > 0) {
    throw new ConfigError(
      document.errors.map((error) => `${place(error.pos[0])}: not valid YAML: ${firstLine(error.message)}.`).join('\n') +
        `\nFix the YAML (a list item is \`- "total: 50 MB"\`; quote a value that holds ': ').`
    )
  }
  const value: unknown = document.toJS() ?? {}
  const validate = validator()
  if (!validate(value)) {
    throw new ConfigError((validate.errors ?? []).map((error) => `${place(errorOffset(document, error))}: ${describe(error)}`).join('\n'))
  }
  const file = value as RawSection & { keys?: Record<string, RawSection> }
  const problems: string[] = []
  const section = (raw: RawSection, at: readonly string[]): ConfigSection => readSection(raw, at, { text, document, lines, path, problems })
  const config: ModelSizeConfig = { path, ...section(file, []), keys: {} }
  for (const [key, raw] of Object.entries(file.keys ?? {})) config.keys[key] = section(raw, ['keys', key])
  if (problems.length > 0) throw new ConfigError(problems.join('\n'))
  return config
}

interface RawSection {
  budget?: string | string[]
  budgets?: Record<string, string | string[]>
  checkpoints?: Record<string, string | string[]>
  'min-change'?: string
  comment?: string | boolean
  baseline?: string
}

interface ReadContext {
  text: string
  document: Document
  lines: LineCounter
  path: string
  problems: string[]
}

function readSection(raw: RawSection, at: readonly string[], context: ReadContext): ConfigSection {
  const rules: BudgetRule[] = []
  rules.push(...readRules([...at, 'budget'], undefined, context))
  for (const glob of Object.keys(raw.budgets ?? {})) rules.push(...readRules([...at, 'budgets', glob], glob, context))
  for (const id of Object.keys(raw.checkpoints ?? {})) {
    for (const rule of readRules([...at, 'checkpoints', id], id, context)) rules.push(markOverride(rule))
  }
  const section: ConfigSection = { rules }
  const minChange = raw['min-change']
  if (minChange !== undefined) {
    try {
      section.minChange = parseNoiseFloor(minChange, `${placeOf([...at, 'min-change'], context)}: min-change`)
    } catch (error) {
      context.problems.push((error as Error).message)
    }
  }
  if (raw.comment !== undefined) section.comment = String(raw.comment) as ConfigSection['comment']
  if (raw.baseline !== undefined) section.baseline = raw.baseline
  return section
}

/**
 * The rules at `at` (a list of strings, or one string with a rule per line), each with its own
 * line and column. Under `budgets:`/`checkpoints:` the key is the rule's glob, so a rule there
 * may not name one itself.
 */
function readRules(at: readonly string[], glob: string | undefined, context: ReadContext): BudgetRule[] {
  const node = context.document.getIn(at, true) as Node | undefined
  if (node === undefined) return []
  const lines: { text: string; offset: number }[] = []
  if (isSeq(node)) {
    for (const item of node.items) if (isScalar(item)) lines.push({ text: String(item.value), offset: item.range![0] })
  } else if (isScalar(node)) {
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED
    const first = context.lines.linePos(node.range![0]).line + (block ? 1 : 0)
    String(node.value)
      .split('\n')
      .forEach((text, index) => {
        if (!block) return lines.push({ text, offset: node.range![0] })
        // A block's lines start on the line after its `|`, indented.
        const lineStart = context.lines.lineStarts[first - 1 + index]
        const indent = lineStart === undefined ? 0 : indentationAt(context, lineStart)
        lines.push({ text, offset: (lineStart ?? node.range![0]) + indent })
      })
  }
  const rules: BudgetRule[] = []
  for (const { text, offset } of lines) {
    const { line, col } = context.lines.linePos(offset)
    const where = `${context.path}:${line}:${col}`
    try {
      const rule = parseBudgetLine(text, { source: context.path, line, where })
      if (!rule) continue
      if (glob !== undefined && rule.glob !== undefined) {
        throw new ConfigError(
          `${where}: '${rule.text}': a rule under '${at.slice(0, -1).join('.')}' takes its glob from its key ('${glob}'); write it without one, e.g. '${rule.soft ? 'warn ' : ''}${rule.category}: ${rule.limits.map((limit) => limit.text).join(', ')}'.`
        )
      }
      rules.push(glob === undefined ? rule : { ...rule, glob })
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      context.problems.push(error.message)
    }
  }
  return rules
}

/** Spaces at the start of the line that begins at `lineStart`. */
function indentationAt(context: ReadContext, lineStart: number): number {
  let indent = 0
  while (context.text[lineStart + indent] === ' ') indent++
  return indent
}

function placeOf(at: readonly string[], context: ReadContext): string {
  const node = context.document.getIn(at, true) as Node | undefined
  const { line, col } = context.lines.linePos(node?.range?.[0] ?? 0)
  return `${context.path}:${line}:${col}`
}

let compiled: ReturnType<Ajv['compile']> | undefined

function validator(): ReturnType<Ajv['compile']> {
  // allErrors: every problem of the file in one run, not one per push.
  compiled ??= new Ajv({ allErrors: true, verbose: true, strict: false }).compile(schema)
  return compiled
}

/** The offset in the text of what an error is about: the unknown key itself, else the value. */
function errorOffset(document: Document, error: ErrorObject): number {
  const path = pointerPath(error.instancePath)
  const node = (path.length === 0 ? document.contents : document.getIn(path, true)) as Node | null | undefined
  if (error.keyword === 'additionalProperties' && isMap(node)) {
    const name = (error.params as { additionalProperty: string }).additionalProperty
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === name)
    const key = pair?.key as Node | undefined
    if (key?.range) return key.range[0]
  }
  if (error.keyword === 'propertyNames' && isMap(node)) {
    const name = (error.params as { propertyName?: string }).propertyName
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === name)
    const key = pair?.key as Node | undefined
    if (key?.range) return key.range[0]
  }
  return node?.range?.[0] ?? 0
}

function pointerPath(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** One validation error as a sentence that says what was expected (the schema's descriptions). */
function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the file' : `'${pointerPath(error.instancePath).join('.')}'`
  const expected = (error.parentSchema as { description?: string } | undefined)?.description
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = (error.params as { additionalProperty: string }).additionalProperty
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {}).filter((key) => key !== '$schema')
      return `unknown key '${name}' in ${where}: expected one of ${known.join(', ')}.`
    }
    case 'propertyNames':
      return `${where} has a key that is not a matrix key: use at most 64 letters, digits, '.', '_' or '-'.`
    case 'enum':
      return `${where} is ${JSON.stringify(error.data)}: expected ${expected ?? (error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}.`
    case 'type':
      return `${where} is ${kindOf(error.data)}: expected ${expected ?? `a ${String((error.params as { type: string }).type)}`}.`
    default:
      return `${where} ${error.message ?? 'is not valid'}${expected ? `: expected ${expected}` : ''}.`
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value === 'string' ? 'the text' : 'the value'} ${JSON.stringify(value)}`
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/\.$/, '')
}
