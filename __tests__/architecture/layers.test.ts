import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import ts from 'typescript'

/**
 * The layer table of DESIGN.md, enforced on every import in src/ (static, type-only, re-exports and
 * `import()` alike: a type from a higher layer is a dependency all the same):
 *
 *   entries (index.ts, cli.ts, lib.ts) → adapters (action/, cli/) → pipeline (pipeline/, baseline/,
 *   report/) → readers (formats/) → byte layer (io/) → core (core/)
 *
 * An import may point down the table, never up; within a layer only the edges below are allowed.
 * The rules come from what each layer is for, not from the imports there happen to be.
 */
const ROOT = join(import.meta.dirname, '..', '..')
const SRC = join(ROOT, 'src')

const RANK = { entry: 6, adapter: 5, pipeline: 4, reader: 3, bytes: 2, core: 1 } as const
type Layer = keyof typeof RANK

/** A module's zone: its folder, and for readers the format folder (`formats/gguf`). */
function zoneOf(path: string): string {
  const parts = path.split('/')
  if (parts.length === 1) return 'entry'
  if (parts[0] !== 'formats') return parts[0]
  // The registry (formats/index.ts) and the reader kit with the shared decoders (formats/kit/,
  // formats/*.ts beside the format folders) are shared by every format.
  if (parts.length === 2) return path === 'formats/index.ts' ? 'formats/registry' : 'formats/kit'
  return `formats/${parts[1]}`
}

const LAYER_OF_ZONE: Record<string, Layer> = {
  entry: 'entry',
  action: 'adapter',
  cli: 'adapter',
  pipeline: 'pipeline',
  baseline: 'pipeline',
  report: 'pipeline',
  io: 'bytes',
  core: 'core'
}

function layerOf(zone: string): Layer {
  if (zone.startsWith('formats/')) return 'reader'
  const layer = LAYER_OF_ZONE[zone]
  if (!layer) throw new Error(`src/${zone}/ is in no layer: add it to LAYER_OF_ZONE and to DESIGN.md's table`)
  return layer
}

/**
 * Edges between two zones of one layer. Formats are independent of each other: a format folder may
 * use the kit and the formats it is built on, and nothing else.
 */
const SAME_LAYER: Record<string, readonly string[]> = {
  // A baseline is measured by the same pipeline as the head.
  baseline: ['pipeline'],
  // The registry lazily imports every reader; the kit's shard sets and training folders choose readers through it.
  'formats/registry': ['formats/*'],
  // PyTorch and DCP checkpoints are pickles.
  'formats/pytorch': ['formats/pickle'],
  'formats/dcp': ['formats/pickle'],
  // A .keras archive holds an HDF5 file; HDF5 knows nothing of Keras.
  'formats/keras': ['formats/hdf5'],
  // Orbax writes Flax state trees, its arrays described by NumPy dtype strings.
  'formats/orbax': ['formats/flax', 'formats/numpy']
}
/** Every format folder may use the kit (and the shared decoders beside it) and the zip container many formats are stored in. */
const EVERY_FORMAT_MAY_USE = ['formats/kit', 'formats/zip']

/**
 * What the layers above see of the readers: the registry, the kit's types, and the zip container
 * (the action reads artifact archives with it). A format's own knowledge stays behind the port.
 */
const READER_PORT: readonly string[] = ['formats/registry', 'formats/kit', 'formats/zip']

/** Zones that import nothing of src but core (pure renderers and the core itself). */
const ONLY_CORE: readonly string[] = ['core', 'report']

/** Packages core may use: pure code, no I/O (globs; the config file's YAML parser and schema validator). */
const CORE_PACKAGES = ['minimatch', 'yaml', 'ajv']

/** Builtins that reach the file system, processes or the network: only adapters and io/ use them. */
const SYSTEM_BUILTINS = /^node:(fs|fs\/promises|child_process|net|http|https|os|worker_threads)$/

interface Import {
  from: string
  /** A src-relative module path (`../x` when outside src/), or a package / builtin name. */
  to: string
  /** A package or builtin, not a module of ours. */
  bare: boolean
}

/** Every import of one module: static, type-only, re-exports, `import()`. */
function importsOf(from: string, text: string): Import[] {
  const source = ts.createSourceFile(from, text, ts.ScriptTarget.ES2022, false)
  const imports: Import[] = []
  const add = (specifier: string): void => {
    if (!specifier.startsWith('.')) {
      imports.push({ from, to: specifier, bare: true })
      return
    }
    imports.push({ from, to: join(dirname(from), specifier).split('\\').join('/').replace(/\.js$/, '.ts'), bare: false })
  }
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return imports
}

/** Why an import breaks the table, or undefined when it does not. */
function violation({ from, to, bare }: Import): string | undefined {
  const zone = zoneOf(from)
  if (bare) return packageViolation(zone, to)
  if (to.startsWith('../')) {
    // Only the entries and the CLI read package.json (the version).
    if (/(^|\/)package\.json$/.test(to) && (zone === 'entry' || zone === 'cli')) return undefined
    // The config file's JSON Schema ships in the package (editors read it too); core validates against it.
    if (/^\.\.\/schema\/[\w.-]+\.json$/.test(to) && zone === 'core') return undefined
    return `imports ${to}, outside src/`
  }
  const target = zoneOf(to)
  if (target === zone) return undefined
  if (ONLY_CORE.includes(zone) && target !== 'core') return `${zone}/ imports only core/`
  const [own, other] = [layerOf(zone), layerOf(target)]
  if (other === 'reader' && own !== 'reader' && !READER_PORT.includes(target))
    return `${zone}/ reaches into ${target}: use the reader port (${READER_PORT.join(', ')})`
  if (RANK[other] < RANK[own]) return undefined
  if (RANK[other] > RANK[own]) return `${own} (${zone}) imports up the table, from ${other} (${target})`
  const allowed = [...(SAME_LAYER[zone] ?? []), ...(zone.startsWith('formats/') ? EVERY_FORMAT_MAY_USE : [])]
  if (allowed.some((edge) => edge === target || (edge.endsWith('/*') && target.startsWith(edge.slice(0, -1))))) return undefined
  return `${zone} may not import ${target} (not a declared edge within the ${own} layer)`
}

function packageViolation(zone: string, name: string): string | undefined {
  if (name.startsWith('@actions/') && zone !== 'action') return 'only action/ imports @actions/*'
  if (zone === 'core' && !CORE_PACKAGES.includes(name)) return `core imports nothing but core (and ${CORE_PACKAGES.join(', ')}): not ${name}`
  if (zone.startsWith('formats/') && SYSTEM_BUILTINS.test(name)) return `readers reach files only through CheckpointFiles, never ${name}`
  return undefined
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

function allImports(): Import[] {
  return sourceFiles(SRC).flatMap((file) => importsOf(relative(SRC, file).split('\\').join('/'), readFileSync(file, 'utf8')))
}

const describeImport = ({ from, to }: Import): string => `${from} → ${to}`

describe('the layer table (DESIGN.md): entries → adapters → pipeline → readers → byte layer → core', () => {
  const imports = allImports()

  it('holds for every import in src/', () => {
    const broken = imports.filter((edge) => violation(edge) !== undefined)
    expect(broken.map((edge) => `${describeImport(edge)}: ${violation(edge)}`)).toEqual([])
  })

  it('walks the whole tree: every folder, readers included', () => {
    const zones = new Set(imports.map((edge) => zoneOf(edge.from)))
    for (const zone of ['entry', 'action', 'cli', 'pipeline', 'baseline', 'report', 'io', 'core', 'formats/registry', 'formats/kit', 'formats/gguf']) {
      expect(zones).toContain(zone)
    }
    expect(imports.length).toBeGreaterThan(500)
  })
})

describe('the layer test fails on a wrong import', () => {
  const wrong = (from: string, text: string): string[] =>
    importsOf(from, text)
      .map(violation)
      .filter((reason): reason is string => reason !== undefined)

  it('refuses an import up the table, in any form', () => {
    expect(wrong('core/analyze.ts', "import { measure } from '../pipeline/measure.js'")).toEqual(['core/ imports only core/'])
    expect(wrong('formats/gguf/index.ts', "import type { Report } from '../../report/markdown.js'")).toEqual([
      'reader (formats/gguf) imports up the table, from pipeline (report)'
    ])
    expect(wrong('pipeline/measure.ts', "const m = await import('../action/main.js')")).toEqual([
      'pipeline (pipeline) imports up the table, from adapter (action)'
    ])
    expect(wrong('baseline/git.ts', "export { run } from '../action/main.js'")).toEqual(['pipeline (baseline) imports up the table, from adapter (action)'])
  })

  it('refuses a reach past the reader port into one format', () => {
    expect(wrong('pipeline/measure.ts', "import { readStateFile } from '../formats/tensorflow/state-file.js'")).toEqual([
      'pipeline/ reaches into formats/tensorflow: use the reader port (formats/registry, formats/kit, formats/zip)'
    ])
    expect(wrong('pipeline/measure.ts', "import { READERS } from '../formats/index.js'")).toEqual([])
  })

  it('refuses @actions/* outside action/, node:fs in a reader, and packages in core', () => {
    expect(wrong('io/find.ts', "import * as glob from '@actions/glob'")).toEqual(['only action/ imports @actions/*'])
    expect(wrong('action/main.ts', "import * as core from '@actions/core'")).toEqual([])
    expect(wrong('formats/onnx/index.ts', "import { readFile } from 'node:fs/promises'")).toEqual([
      'readers reach files only through CheckpointFiles, never node:fs/promises'
    ])
    expect(wrong('core/types.ts', "import { sep } from 'node:path'")).toEqual(['core imports nothing but core (and minimatch, yaml, ajv): not node:path'])
  })

  it('refuses one format importing another unless the edge is declared, and HDF5 importing Keras', () => {
    expect(wrong('formats/gguf/index.ts', "import { unpickle } from '../pickle/unpickler.js'")).toEqual([
      'formats/gguf may not import formats/pickle (not a declared edge within the reader layer)'
    ])
    expect(wrong('formats/pytorch/walk.ts', "import { unpickle } from '../pickle/unpickler.js'")).toEqual([])
    expect(wrong('formats/keras/reader.ts', "import { readHdf5Tree } from '../hdf5/hdf5-file.js'")).toEqual([])
    expect(wrong('formats/hdf5/reader.ts', "import { KerasClassifier } from '../keras/keras-layout.js'")).toEqual([
      'formats/hdf5 may not import formats/keras (not a declared edge within the reader layer)'
    ])
    expect(wrong('formats/kit/shard-set.ts', "import { ggufReader } from '../gguf/index.js'")).toEqual([
      'formats/kit may not import formats/gguf (not a declared edge within the reader layer)'
    ])
  })

  it('refuses imports between the adapters and out of src/', () => {
    expect(wrong('cli/main.ts', "import { run } from '../action/main.js'")).toEqual([
      'cli may not import action (not a declared edge within the adapter layer)'
    ])
    expect(wrong('pipeline/measure.ts', "import { x } from '../../scripts/builders/zip.js'")).toEqual(['imports ../scripts/builders/zip.ts, outside src/'])
  })
})
