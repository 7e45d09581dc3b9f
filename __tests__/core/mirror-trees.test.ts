import { describe, expect, it } from '@jest/globals'
import { classifyTensor } from '../../src/core/classify.js'
import { copyEvidence, findMirrorTrees, type MirrorCandidate } from '../../src/core/mirror-trees.js'

/** A small network's tree under `prefix`, with the separator its framework uses. */
function tree(prefix: string, separator = '.', dtype = 'float32'): MirrorCandidate[] {
  return [
    { name: `${prefix}${separator}0`, shape: [32, 4], dtype },
    { name: `${prefix}${separator}1`, shape: [32], dtype },
    { name: `${prefix}${separator}2`, shape: [32, 32], dtype },
    { name: `${prefix}${separator}3`, shape: [32], dtype },
    { name: `${prefix}${separator}4`, shape: [2, 32], dtype },
    { name: `${prefix}${separator}5`, shape: [2], dtype }
  ]
}

function copies(tensors: MirrorCandidate[]): (string | undefined)[] {
  const mirrors = findMirrorTrees(tensors)
  return tensors.map((_, i) => mirrors.copyOf(i)?.original)
}

describe('a second tree mirroring the model is a copy', () => {
  it("calls a JAX target network a copy of 'params' (the jax-rl savez layout: params.N, target_params.N)", () => {
    const tensors = [...tree('params'), ...tree('target_params')]
    const mirrors = findMirrorTrees(tensors)
    expect(mirrors.copies).toEqual(new Map([['target_params', 'params']]))
    expect(copies(tensors)).toEqual([...Array(6).fill(undefined), ...Array(6).fill('params')])
  })

  it("keeps 'params' as the original even when the copy comes first in the file", () => {
    const tensors = [...tree('target_params', '/'), ...tree('params', '/')]
    expect(findMirrorTrees(tensors).copies).toEqual(new Map([['target_params', 'params']]))
  })

  it('takes the first tree in file order as the original when no prefix names the model', () => {
    const tensors = [...tree('student'), ...tree('slow_student')]
    expect(findMirrorTrees(tensors).copies).toEqual(new Map([['slow_student', 'student']]))
  })

  it('groups a model with its EMA and its target network, both copies of the model', () => {
    const tensors = [...tree('ema'), ...tree('target'), ...tree('model')]
    expect(findMirrorTrees(tensors).copies).toEqual(
      new Map([
        ['ema', 'model'],
        ['target', 'model']
      ])
    )
  })

  it("counts an EMA of the parameters alone as a copy, and leaves the model's unmatched buffers alone", () => {
    const model = [
      ...tree('model'),
      { name: 'model.bn.running_mean', shape: [32], dtype: 'float32' },
      { name: 'model.bn.running_var', shape: [32], dtype: 'float32' }
    ]
    const tensors = [...model, ...tree('ema')]
    expect(copies(tensors)).toEqual([...Array(8).fill(undefined), ...Array(6).fill('model')])
  })

  it('does not count tensors of another shape or dtype as mirrored', () => {
    const other = tree('target_params').map((t, i) => (i === 2 ? { ...t, shape: [32, 16] } : t))
    expect(findMirrorTrees([...tree('params'), ...other]).copies.size).toBe(0)
    expect(findMirrorTrees([...tree('params'), ...tree('target_params', '.', 'float16')]).copies.size).toBe(0)
  })

  it('does not call twin networks copies: prefixes that differ only by a number are trained together', () => {
    expect(findMirrorTrees([...tree('q1'), ...tree('q2')]).copies.size).toBe(0)
    expect(findMirrorTrees([...tree('critic_1'), ...tree('critic_2')]).copies.size).toBe(0)
  })

  it("leaves trees named for optimizer state to the names: Adam's moments mirror the parameters by construction", () => {
    const mirrors = findMirrorTrees([...tree('params'), ...tree('mu'), ...tree('nu'), ...tree('ema_params')])
    expect(mirrors.copies).toEqual(new Map([['ema_params', 'params']]))
  })

  it('does not call two top-level layers of one shape a model and its copy', () => {
    const layer = (prefix: string): MirrorCandidate[] => [
      { name: `${prefix}.weight`, shape: [64], dtype: 'float32' },
      { name: `${prefix}.bias`, shape: [64], dtype: 'float32' }
    ]
    expect(findMirrorTrees([...layer('norm_in'), ...layer('norm_out')]).copies.size).toBe(0)
  })

  it('gives one shared evidence array per copy tree, which the classifier turns into buffers', () => {
    const tensors = [...tree('params'), ...tree('target_params')]
    const evidence = copyEvidence(findMirrorTrees(tensors))
    expect(evidence(0)).toBeUndefined()
    expect(evidence(6)).toBe(evidence(11))
    const decision = classifyTensor(evidence(6)!)
    expect(decision).toMatchObject({ category: 'buffers', by: 'mirror-structure' })
    expect(decision.reason).toMatch(/'target_params' mirrors the 'params' tree/)
  })

  it('answers 100,000 tensors in one pass (a bound only a pairwise comparison would break, on a loaded machine)', () => {
    const layers = 25_000
    const tensors: MirrorCandidate[] = []
    for (const prefix of ['model', 'ema']) {
      for (let i = 0; i < layers; i++) {
        tensors.push({ name: `${prefix}.layers.${i}.weight`, shape: [64, 64], dtype: 'float32' })
        tensors.push({ name: `${prefix}.layers.${i}.bias`, shape: [64], dtype: 'float32' })
      }
    }
    const started = performance.now()
    const mirrors = findMirrorTrees(tensors)
    const elapsed = performance.now() - started
    expect(mirrors.copies).toEqual(new Map([['ema', 'model']]))
    expect(mirrors.copyOf(tensors.length - 1)?.original).toBe('model')
    expect(elapsed).toBeLessThan(5000)
  })

  it('handles 100,000 unrelated top-level names without comparing trees pairwise', () => {
    const tensors = Array.from({ length: 100_000 }, (_, i) => ({ name: `layer${i}.weight`, shape: [i + 1], dtype: 'float32' }))
    const started = performance.now()
    expect(findMirrorTrees(tensors).copies.size).toBe(0)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
