import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import ts from 'typescript'

/**
 * Issue 5: the CLI's start-up is part of the product, so its main bundle holds the CLI, the
 * pipeline, the core and the sniffers, and each format's reading code is loaded (as a chunk) only
 * when a file of that format is read. The bundler (ncc/webpack) puts into the main chunk exactly
 * what the entry reaches through static imports, and makes a chunk behind each `import()`; so
 * this test follows the static value imports from src/cli.ts, as the bundler does, and checks
 * what they reach. (A build takes too long for a test; this is the same graph, read from src/.)
 */
const ROOT = join(import.meta.dirname, '..', '..')
const SRC = join(ROOT, 'src')

/** The reader entry modules, one per `import()` in src/formats/index.ts. */
const READER_ENTRIES = [
  'formats/tensorflow/index.ts',
  'formats/safetensors/index.ts',
  'formats/onnx/index.ts',
  'formats/gguf/index.ts',
  'formats/pytorch/zip-reader.ts',
  'formats/pytorch/legacy-reader.ts',
  'formats/keras/keras-archive-reader.ts',
  'formats/keras/hdf5-reader.ts'
]

/** Packages the plain CLI run never needs: the glob engine, the TF decoders, the GitHub client, the config file's parser. */
const NOT_AT_START = ['minimatch', 'protobufjs', 'snappyjs', '@actions/', '@octokit/', 'yaml', 'ajv']

interface Graph {
  /** src-relative paths of the modules reached. */
  modules: Set<string>
  /** Bare specifiers (packages, node: builtins) reached. */
  packages: Set<string>
}

/** The specifiers a module imports for their values (what stays in the emitted JavaScript). */
function staticValueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false)
  const specifiers: string[] = []
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause
      const bindings = clause?.namedBindings
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((element) => element.isTypeOnly)))
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text)
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      const clause = statement.exportClause
      const onlyTypes =
        clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly)
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text)
    }
  }
  return specifiers
}

/** Everything `entries` reach through static value imports. */
function reach(entries: string[]): Graph {
  const graph: Graph = { modules: new Set(), packages: new Set() }
  const pending = entries.map((entry) => join(SRC, entry))
  while (pending.length > 0) {
    const file = pending.pop()!
    const name = relative(SRC, file)
    if (graph.modules.has(name)) continue
    graph.modules.add(name)
    for (const specifier of staticValueImports(file)) {
      if (!specifier.startsWith('.')) {
        graph.packages.add(specifier)
        continue
      }
      // NodeNext: sources import `./x.js` for `./x.ts`; JSON (package.json) is data, not code.
      const target = join(dirname(file), specifier.replace(/\.js$/, '.ts'))
      if (target.endsWith('.ts') && existsSync(target)) pending.push(target)
    }
  }
  return graph
}

describe('the CLI main bundle', () => {
  const cli = reach(['cli.ts'])
  // The registry with its sniffers, and the state-file parser the pipeline uses itself to mark
  // the latest of several TF checkpoints.
  const shared = reach(['formats/index.ts', 'formats/tensorflow/state-file.ts'])

  it('reaches every format sniffer (the graph is followed)', () => {
    const sniffFiles = READER_ENTRIES.map((entry) => join(dirname(entry), 'sniff.ts'))
    for (const sniff of sniffFiles) expect(cli.modules).toContain(sniff)
    expect(cli.modules).toContain('pipeline/measure.ts')
  })

  it('holds no reader entry and none of the code only readers need', () => {
    const readerOnly = [...reach(READER_ENTRIES).modules].filter((module) => !shared.modules.has(module) && module.startsWith('formats/'))
    expect(readerOnly).toEqual(expect.arrayContaining([...READER_ENTRIES, 'formats/zip/archive.ts', 'formats/hdf5/walker.ts', 'formats/pickle/unpickler.ts']))
    expect(readerOnly.filter((module) => cli.modules.has(module))).toEqual([])
  })

  it('loads no glob engine, protobuf decoder or GitHub client at start', () => {
    const atStart = [...cli.packages].filter((name) => NOT_AT_START.some((prefix) => name.startsWith(prefix)))
    expect(atStart).toEqual([])
  })
})

/**
 * Issue 15: the action's cold start is paid on every push. `yaml` and `ajv` (with `fast-uri`) were
 * about 40 ms of it (bench/ cold start, interleaved); most runs have no config file, so the
 * parser (core/config-parse.ts) is loaded with `import()` only when one exists.
 */
describe('the action main bundle', () => {
  const action = reach(['index.ts'])

  it('reaches the config file module (the graph is followed) but not its parser', () => {
    expect(action.modules).toContain('action/inputs.ts')
    expect(action.modules).toContain('core/config-file.ts')
    expect(action.modules).not.toContain('core/config-parse.ts')
  })

  it('loads no YAML parser or JSON Schema validator at start: most runs have no config file', () => {
    expect([...action.packages].filter((name) => name === 'yaml' || name === 'ajv')).toEqual([])
  })
})
