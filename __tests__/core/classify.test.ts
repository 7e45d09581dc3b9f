import { describe, expect, it } from '@jest/globals'
import { classifyTensor, evidenceFromRules, summarizeClassifiedBy, type Evidence, type RoleRule } from '../../src/core/classify.js'

const slotOfKernel: Evidence = { role: 'optimizer-slot', source: 'slot-structure', detail: 'Ftrl slot of dense/kernel: same shape and dtype' }
const notTrainable: Evidence = { role: 'not-trained', source: 'meta-graph', detail: "not in the meta graph's trainable_variables" }
const inModelTree: Evidence = { role: 'parameter', source: 'object-graph', detail: "variable of the model's layers" }
const savedUnderOptimizer: Evidence = { role: 'optimizer-state', source: 'name-rules', detail: 'under an optimizer prefix' }
const initializer: Evidence = { role: 'parameter', source: 'format', detail: 'ONNX initializer' }

describe('the classifier combines evidence with one precedence', () => {
  it('calls a slot of a weight optimizer state even when the framework lists it as not trainable', () => {
    expect(classifyTensor([notTrainable, slotOfKernel])).toEqual({ category: 'optimizer', reason: slotOfKernel.detail, by: 'slot-structure' })
  })

  it('lets "not trainable" make a buffer when nothing stronger speaks', () => {
    expect(classifyTensor([notTrainable]).category).toBe('buffers')
  })

  it('lets the object graph beat the key a variable was saved under', () => {
    expect(classifyTensor([savedUnderOptimizer, inModelTree])).toEqual({ category: 'weights', reason: inModelTree.detail, by: 'object-graph' })
  })

  it('lets the format beat a name rule, and keeps the first of equally strong evidence', () => {
    expect(classifyTensor([savedUnderOptimizer, initializer]).category).toBe('weights')
    const bookkeeping: Evidence = { role: 'loop-state', source: 'format', detail: 'first' }
    expect(classifyTensor([bookkeeping, initializer]).reason).toBe('first')
  })

  it('leaves a tensor with no evidence unclassified, with a reason', () => {
    const decision = classifyTensor([])
    expect(decision.category).toBe('unclassified')
    expect(decision.reason).toMatch(/nothing in the file/)
    expect(decision.by).toBeUndefined()
  })

  it('maps every role to its category', () => {
    const roles = {
      parameter: 'weights',
      'model-state': 'buffers',
      copy: 'buffers',
      'optimizer-slot': 'optimizer',
      'optimizer-state': 'optimizer',
      'loop-state': 'bookkeeping',
      'rng-state': 'bookkeeping',
      config: 'metadata'
    } as const
    for (const [role, category] of Object.entries(roles)) {
      expect(classifyTensor([{ role: role as keyof typeof roles, source: 'format', detail: role }]).category).toBe(category)
    }
  })

  it('shares one evidence list per name rule, and none when no rule matches', () => {
    const rules: RoleRule[] = [{ pattern: /running_mean$/, role: 'model-state', reason: 'batch-norm statistics' }]
    const first = evidenceFromRules('bn1.running_mean', rules)
    expect(first).toEqual([{ role: 'model-state', source: 'name-rules', detail: 'batch-norm statistics' }])
    expect(evidenceFromRules('bn2.running_mean', rules)).toBe(first)
    expect(evidenceFromRules('conv.weight', rules)).toEqual([])
  })

  it('summarizes a checkpoint by the most authoritative source that decided any tensor', () => {
    expect(summarizeClassifiedBy(new Set(['name-rules', 'object-graph', 'slot-structure'] as const))).toBe('object-graph')
    expect(summarizeClassifiedBy(new Set(['module', 'name-rules'] as const))).toBe('dict-layout')
    expect(summarizeClassifiedBy(new Set())).toBeUndefined()
  })
})
