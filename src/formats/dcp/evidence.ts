import { evidenceOf, type Evidence } from '../../core/classify.js'
import { PYTORCH_BUFFER_RULES, PYTORCH_OPTIMIZER_SLOTS, PYTORCH_SECTION_RULES } from '../../core/rules/pytorch.js'

/**
 * What a DCP checkpoint says about each tensor. Its FQNs are the keys of the state dict given to
 * `dcp.save`, flattened with dots: `{'model': model_sd, 'optim': optim_sd}` becomes
 * `model.net.0.weight` and, for an optimizer state dict from `get_state_dict(model, optimizer)`
 * (`torch/distributed/checkpoint/state_dict.py`), `optim.state.net.0.weight.exp_avg` — the
 * optimizer's per-parameter state keyed by the parameter's FQN, and `optim.param_groups.*`.
 *
 * - The first segment is the dict layout (`model`, `optim`/`optimizer`, `ema`…: the PyTorch section
 *   table); no known section: a model state dict saved as it is.
 * - Under the optimizer's `state.<param>.<key>`, every tensor is that parameter's optimizer state.
 * - A model tensor the optimizer keeps state for is a parameter; when the optimizer has state but
 *   none for a model tensor, the optimizer does not train it (BatchNorm statistics and other
 *   buffers; a frozen parameter too, which the weak "not trained" leaves to stronger evidence).
 * - Without optimizer state, the PyTorch buffer names decide, and the rest are parameters by name.
 */
export class DcpEvidence {
  /** Parameter FQNs (without the model's section) the optimizer keeps state for. */
  private readonly trained = new Set<string>()
  private readonly shared = new Map<string, readonly Evidence[]>()

  constructor(fqns: Iterable<string>) {
    for (const fqn of fqns) {
      const state = optimizerStateKey(fqn)
      if (state) this.trained.add(state.parameter)
    }
  }

  of(fqn: string): readonly Evidence[] {
    const section = sectionOf(fqn)
    if (section?.kind === 'optimizer') {
      const state = optimizerStateKey(fqn)
      if (!state) return this.once('optimizer', () => evidenceOf('optimizer-state', 'dict-layout', `in the optimizer's state dict ('${section.key}')`))
      const slot = PYTORCH_OPTIMIZER_SLOTS[state.key]
      if (state.key === 'step') return this.once('step', () => evidenceOf('optimizer-state', 'optimizer-state', "the optimizer's per-parameter step counter"))
      return this.once(`slot:${state.key}`, () =>
        evidenceOf('optimizer-slot', 'optimizer-state', `${slot ?? `'${state.key}'`}: the optimizer's per-parameter state`)
      )
    }
    if (section?.kind === 'ema') return this.once('ema', () => evidenceOf('copy', 'dict-layout', `under '${section.key}': a copy of the model (EMA)`))
    if (section?.kind === 'bookkeeping')
      return this.once(`loop:${section.key}`, () => evidenceOf('loop-state', 'dict-layout', `under '${section.key}': training-loop state`))
    const name = section ? fqn.slice(section.key.length + 1) : fqn
    const rule = PYTORCH_BUFFER_RULES.find((candidate) => candidate.pattern.test(name))
    if (this.trained.size > 0) {
      if (this.trained.has(name))
        return this.once('trained', () => evidenceOf('parameter', 'optimizer-state', 'the optimizer keeps state for it: a trained parameter'))
      return this.once(`untrained:${rule?.reason ?? ''}`, () => [
        ...evidenceOf('not-trained', 'optimizer-state', 'the optimizer keeps no state for it'),
        ...(rule ? evidenceOf('model-state', 'name-rules', rule.reason) : [])
      ])
    }
    if (rule) return this.once(`rule:${rule.reason}`, () => evidenceOf('model-state', 'name-rules', rule.reason))
    return this.once('by-name', () => evidenceOf('parameter', 'name-rules', 'a model state_dict entry that no buffer name marks'))
  }

  private once(key: string, make: () => readonly Evidence[]): readonly Evidence[] {
    let evidence = this.shared.get(key)
    if (!evidence) {
      evidence = Object.freeze([...make()])
      this.shared.set(key, evidence)
    }
    return evidence
  }
}

/** The state dict's top-level key of an FQN and what the PyTorch section table says it holds. */
function sectionOf(fqn: string): { key: string; kind: string } | undefined {
  const dot = fqn.indexOf('.')
  if (dot <= 0) return undefined
  const key = fqn.slice(0, dot)
  const rule = PYTORCH_SECTION_RULES.find((candidate) => candidate.pattern.test(key))
  return rule && { key, kind: rule.section }
}

/** `optim.state.net.0.weight.exp_avg` → parameter `net.0.weight`, key `exp_avg`. */
function optimizerStateKey(fqn: string): { parameter: string; key: string } | undefined {
  const section = sectionOf(fqn)
  if (section?.kind !== 'optimizer') return undefined
  const rest = fqn.slice(section.key.length + 1)
  if (!rest.startsWith('state.')) return undefined
  const last = rest.lastIndexOf('.')
  if (last <= 'state.'.length) return undefined
  return { parameter: rest.slice('state.'.length, last), key: rest.slice(last + 1) }
}
