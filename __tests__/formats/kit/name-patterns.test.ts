import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { DEFAULT_PATH_PATTERNS } from '../../../src/action/constants.js'
import { selectPaths } from '../../../src/core/path-patterns.js'
import { NAME_PATTERNS, READERS } from '../../../src/formats/index.js'
import { defaultPathPatterns } from '../../helpers/action-yml.js'
import { FIXTURES_ROOT } from '../../helpers/fixtures.js'

/**
 * One list of checkpoint file names: each sniffer declares its names as `path` globs beside its
 * name filter, the registry unites them, and the action's default `path` is made of them. What the
 * CLI reads from a walk is what the filters accept, so the filters and the globs must agree both
 * ways, on the README's names, on every fixture file, and on an example made from each glob.
 */
const README_NAMES = [
  'exports/model.ckpt.index',
  'exports/saved_model.pb',
  'exports/saved_model.pbtxt',
  'sm/variables/variables.index',
  'm.pt',
  'm.pth',
  'm.bin',
  'm.ckpt',
  'm.pt.tar',
  'm.pth.tar',
  'v1/model.ckpt-1000',
  'v1/export-00000-of-00001',
  'm.safetensors',
  'm.safetensors.index.json',
  'pytorch_model.bin.index.json',
  'm.onnx',
  'm.keras',
  'm.h5',
  'm.hdf5',
  'm.he5',
  'm.gguf',
  'm.npy',
  'm.npz',
  'flax_model.msgpack',
  'checkpoints/checkpoint_1000',
  'checkpoints/ckpt_3',
  'run/3/_CHECKPOINT_METADATA',
  'run/3/default/_METADATA',
  'out/checkpoint-500/trainer_state.json',
  'state/random_states_0.pkl',
  'state/custom_checkpoint_0.pkl',
  'run/global_step500/mp_rank_00_model_states.pt',
  'run/global_step500/zero_pp_rank_0_mp_rank_00_model_states.pt',
  'dcp/step-100/.metadata',
  'ir/model.xml',
  'm.mlmodel',
  'm.mlpackage/Manifest.json',
  'm.tflite',
  'm.pte',
  'm.ptd',
  'm.pt2'
]

function fixtureNames(): string[] {
  if (!existsSync(FIXTURES_ROOT)) return []
  const names: string[] = []
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) visit(path)
      else names.push(relative(FIXTURES_ROOT, path).split('\\').join('/'))
    }
  }
  visit(FIXTURES_ROOT)
  return names
}

/** A name a glob matches: `*` → `1`, `?` → `0`, in a directory. */
const exampleOf = (pattern: string): string => `dir/${pattern.replace(/\*/g, '1').replace(/\?/g, '0')}`

const CORPUS = [...new Set([...README_NAMES, ...fixtureNames(), ...NAME_PATTERNS.map(exampleOf)])]
const anywhere = (patterns: readonly string[]): string[] => patterns.map((pattern) => `**/${pattern}`)

describe('file-name patterns: one list, declared by the sniffers', () => {
  it('has every reader declare its names', () => {
    expect(READERS.filter((reader) => (reader.namePatterns ?? []).length === 0).map((reader) => reader.format)).toEqual([])
  })

  it.each(READERS.map((reader, index) => [`${reader.format} #${index}`, reader] as const))(
    "selects with %s's globs every name its filter accepts",
    (_, reader) => {
      const accepted = CORPUS.filter((name) => reader.matchesName(name))
      expect(accepted.filter((name) => !selectPaths([name], anywhere(reader.namePatterns ?? [])).includes(name))).toEqual([])
    }
  )

  it.each(READERS.map((reader, index) => [`${reader.format} #${index}`, reader] as const))(
    'has no glob of %s that its filter refuses everywhere',
    (_, reader) => {
      const dead = (reader.namePatterns ?? []).filter((pattern) => !selectPaths(CORPUS, [`**/${pattern}`]).some((name) => reader.matchesName(name)))
      expect(dead).toEqual([])
    }
  )

  it("makes the action's default path of them, as action.yml declares it", () => {
    expect(DEFAULT_PATH_PATTERNS.filter((pattern) => !pattern.startsWith('!'))).toEqual(anywhere(NAME_PATTERNS))
    expect(DEFAULT_PATH_PATTERNS).toEqual(defaultPathPatterns())
  })

  it('reads the README names and the fixtures: the corpus is not empty', () => {
    expect(CORPUS.filter((name) => READERS.some((reader) => reader.matchesName(name))).length).toBeGreaterThanOrEqual(README_NAMES.length)
    if (process.env.CI === 'true') expect(fixtureNames().length).toBeGreaterThan(100)
  })
})
