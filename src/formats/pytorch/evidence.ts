import { categoryOfRole, evidenceFromRules, type Evidence, type EvidenceSource, type TensorRole } from '../../core/classify.js'
import { PYTORCH_BUFFER_RULES, PYTORCH_OPTIMIZER_SLOTS, sectionOfKey, type PytorchSection } from '../../core/rules/pytorch.js'
import type { Category } from '../../core/types.js'
import { PickleGlobal, PickleObject, type PickleValue } from '../pickle/values.js'
import { alignWithOptimizers, type Alignment } from './alignment.js'
import { TensorRef } from './torch-globals.js'
import { forEachTensor, keyText, type Entered, type TensorVisitor } from './walk.js'

/**
 * What a `torch.save` pickle says about each of its tensors, as evidence (core/classify.ts
 * decides the categories). The pickled object is read as the object graph it is:
 * - an `nn.Module` object, wherever it sits (a whole pickled model, the `model` of a YOLO
 *   checkpoint, a trainer's attribute): `_parameters` are parameters, `_buffers` model state
 *   (non-persistent ones too), `_modules` its children, named `a.b.weight` like its state_dict;
 * - an optimizer, object or state_dict: its `state` is per-parameter slots, named after their
 *   parameter; its `param_groups` only refer to the model's parameters;
 * - the checkpoint's dict layout (`{model, optimizer, epoch…}`, rules/pytorch.ts): sections;
 *   below an EMA key (`ema`, `model_ema`) everything is a copy of the model;
 * - a model state_dict saved with its optimizer state_dict: the optimizer says exactly which
 *   entries are parameters (alignment.ts), the rest being buffers; without one, buffer names;
 * - value structure: a generator state (`torch.get_rng_state()`'s 5056-byte ByteTensor, a dict of
 *   `python`/`numpy`/`cpu`/`cuda` states) is RNG state wherever it is;
 * - under a key nothing knows: a nested state_dict is a model's; a small tensor beside the model
 *   is the training loop's, with its name shown; anything else stays unclassified.
 */

/** A tensor as the walk found it, with what the file says it is. */
export interface FoundTensor {
  tensor: TensorRef
  name: string
  evidence: readonly Evidence[]
}

export type TensorSink = (found: FoundTensor) => void

type Kind =
  | 'sections' // a training checkpoint's top level: keys are sections
  | 'section' // inside a section a key named (loop, rng, config, optimizer)
  | 'state-dict' // a model state_dict: name → tensor
  | 'module' // an nn.Module object's attributes
  | 'module-attribute' // a container attribute of a module other than the three below
  | 'module-parameters'
  | 'module-buffers'
  | 'module-children'
  | 'optimizer' // an optimizer object or state_dict
  | 'optimizer-state' // its `state`: parameter → slots
  | 'optimizer-slots' // one parameter's slots
  | 'other' // nothing known

interface Scope {
  kind: Kind
  /** The key an EMA copy starts under: everything below it is a copy of the model. */
  copy?: string
  section?: PytorchSection
  /** The top-level key the scope is under, for reasons. */
  top?: string
  /** The optimizer state_dict or object the scope is part of. */
  optimizer?: PickleValue
  /** optimizer-slots: the parameter they belong to. */
  parameter?: string
  /** state-dict: the model state_dict the optimizer was aligned with. */
  aligned?: boolean
  /** module…: the module's class. */
  module?: string
  /** The evidence most tensors under this scope share, once it is known (a state_dict of 10^5 entries asks for it 10^5 times). */
  common?: readonly Evidence[]
}

/** Sections whose presence makes the top level a training checkpoint's rather than a state_dict with extras. */
const HOLDS_A_MODEL: ReadonlySet<PytorchSection | undefined> = new Set(['model', 'ema', 'optimizer'])

/** Elements up to which a float tensor under an unknown key beside a model is taken for loop state (a normaliser's mean/std, a loss scale). */
const SMALL_LOOP_TENSOR = 4096
/** `torch.get_rng_state()`: the CPU generator's state, a uint8 tensor of this many bytes (mt19937 + seed + normal cache). */
const CPU_GENERATOR_STATE_BYTES = 5056
/** Keys of a dict of generator states: HF Trainer's `rng_state.pth`, accelerate's `random_states_N.pkl`, Lightning's. */
const RNG_DICT_KEYS = new Set([
  'python',
  'numpy',
  'cpu',
  'cuda',
  'mps',
  'xpu',
  'npu',
  'hpu',
  'mlu',
  'musa',
  'xla',
  'torch',
  'random_state',
  'numpy_random_seed',
  'torch_manual_seed',
  'torch_cuda_manual_seed',
  'torch_xpu_manual_seed',
  'xm_seed',
  'step',
  'seed'
])
const RNG_CORE_KEYS = ['cpu', 'torch_manual_seed', 'python', 'random_state', 'numpy', 'numpy_random_seed']

function stateOf(value: PickleValue): Map<PickleValue, PickleValue> | undefined {
  if (!(value instanceof PickleObject)) return undefined
  const state = value.state
  if (state instanceof Map) return state
  if (Array.isArray(state) && state[0] instanceof Map) return state[0]
  return undefined
}

/** An `nn.Module`, by the attributes `Module.__init__` gives every module. */
function isModule(value: PickleValue): boolean {
  const state = stateOf(value)
  return state !== undefined && state.has('_parameters') && (state.has('_modules') || state.has('_buffers'))
}

/** An optimizer: `torch.optim.Optimizer`'s attributes, or its state_dict. */
function isOptimizer(value: PickleValue): boolean {
  const map = value instanceof Map ? value : stateOf(value)
  return map !== undefined && map.has('state') && map.has('param_groups')
}

function isRngDict(value: PickleValue): boolean {
  if (!(value instanceof Map) || value.size === 0) return false
  for (const key of value.keys()) if (typeof key !== 'string' || !RNG_DICT_KEYS.has(key)) return false
  return RNG_CORE_KEYS.filter((key) => value.has(key)).length >= 2
}

/**
 * A module state_dict nested under a key nobody knows: a dict whose values are all tensors, named
 * as a module names them (`conv.weight`, `bias`); `{'mean': …, 'std': …}` is not one.
 */
function isStateDict(value: PickleValue): value is Map<PickleValue, PickleValue> {
  if (!(value instanceof Map) || value.size === 0) return false
  let moduleNames = false
  for (const [key, item] of value) {
    if (typeof key !== 'string' || !(item instanceof TensorRef)) return false
    moduleNames ||= MODULE_ENTRY_NAME.test(key)
  }
  return moduleNames
}

/** A name only a module's state_dict gives: a dotted path, or a parameter's usual name. */
const MODULE_ENTRY_NAME = /\.|^(weight|bias)$/

function isGeneratorState(tensor: TensorRef): boolean {
  return tensor.dtype === 'uint8' && tensor.shape.length === 1 && tensor.shape[0] === CPU_GENERATOR_STATE_BYTES
}

/** The class a pickled object was made from (protocol 2 NEWOBJ, or `copyreg._reconstructor(cls, …)`). */
function className(value: PickleValue): string {
  if (!(value instanceof PickleObject)) return 'object'
  const first = value.args[0]
  return value.callable.qualifiedName === 'copyreg._reconstructor' && first instanceof PickleGlobal ? first.qualifiedName : value.callable.qualifiedName
}

/** Reads one torch.save pickle's tensors with their evidence, handing each to `emit` as it is found. */
export function readTorchSaveEvidence(root: PickleValue, file: string, emit: TensorSink): Partial<Record<Category, string>> {
  const reading = new TorchSaveReading(root, emit)
  forEachTensor(root, file, reading.rootScope(), reading)
  return reading.notes.notes()
}

/** One checkpoint's reading: the evidence arrays it shares between tensors, and what it learnt on the way. */
class TorchSaveReading implements TensorVisitor<Scope> {
  readonly notes = new CategoryNotes()
  private readonly shared = new Map<string, readonly Evidence[]>()
  /** Names of module parameters met so far, for the slots of an optimizer object keyed by the parameters themselves. */
  private readonly parameterNames = new Map<TensorRef, string>()
  private readonly alignment: Alignment | undefined
  private readonly alignedStateDict: PickleValue

  constructor(
    private readonly root: PickleValue,
    private readonly emit: TensorSink
  ) {
    const aligned = this.findAlignment()
    this.alignment = aligned?.alignment
    this.alignedStateDict = aligned?.stateDict
  }

  /** The top-level model state_dict and optimizer state_dicts, aligned (alignment.ts). */
  private findAlignment(): { alignment: Alignment; stateDict: PickleValue } | undefined {
    if (!(this.root instanceof Map)) return undefined
    let stateDict: Map<PickleValue, PickleValue> | undefined
    const optimizers: PickleValue[] = []
    for (const [key, value] of this.root) {
      const section = typeof key === 'string' ? sectionOfKey(key) : undefined
      if (section === 'model' && value instanceof Map && !isOptimizer(value)) {
        if (stateDict) return undefined // two models: which optimizer trains which is not known
        stateDict = value
      } else if (isOptimizer(value)) optimizers.push(value)
      else if (section === 'optimizer' && Array.isArray(value) && value.every(isOptimizer)) optimizers.push(...value)
    }
    if (!stateDict || optimizers.length === 0) return undefined
    const alignment = alignWithOptimizers(stateDict, optimizers)
    return alignment ? { alignment, stateDict } : undefined
  }

  /** The same statement about many tensors, one frozen array for all. */
  private evidence(role: TensorRole, source: EvidenceSource, detail: string): readonly Evidence[] {
    const key = `${role}\n${source}\n${detail}`
    let evidence = this.shared.get(key)
    if (!evidence) this.shared.set(key, (evidence = Object.freeze([{ role, source, detail }])))
    return evidence
  }

  rootScope(): Entered<Scope> {
    const root = this.root
    if (isModule(root)) return { scope: { kind: 'module', module: className(root) }, name: '' }
    if (isOptimizer(root)) return { scope: { kind: 'optimizer', optimizer: root }, name: '' }
    if (isRngDict(root)) return { scope: { kind: 'section', section: 'rng' }, name: '' }
    if (root instanceof Map) {
      let tensors = false
      let layout = false
      for (const [key, value] of root) {
        if (value instanceof TensorRef) tensors = true
        else if (
          isModule(value) ||
          isOptimizer(value) ||
          (typeof key === 'string' && HOLDS_A_MODEL.has(sectionOfKey(key)) && value !== null && typeof value === 'object')
        ) {
          layout = true
        }
      }
      // A bare state_dict (`torch.save(model.state_dict())`, `pytorch_model.bin`), perhaps with a
      // `config` or `epoch` beside its entries: the tensors are the model's.
      if (tensors && !layout) return { scope: { kind: 'state-dict' }, name: '' }
    }
    return { scope: { kind: 'sections' }, name: '' }
  }

  enter(parent: Entered<Scope>, key: PickleValue, name: string, value: object): Entered<Scope> | undefined {
    const from = parent.scope
    // An optimizer's param_groups only refer to the parameters (objects, or their indexes).
    if (from.kind === 'optimizer' && key === 'param_groups') return undefined
    const top = from.kind === 'sections' ? keyText(key) : from.top
    const copy = from.copy ?? (from.kind === 'sections' || from.kind === 'module' || from.kind === 'other' ? this.copyKey(key) : undefined)
    const scope = (kind: Kind, extra: Partial<Scope> = {}): Scope => ({
      kind,
      copy,
      top,
      section: from.section,
      optimizer: from.optimizer,
      module: from.module,
      ...extra
    })
    if (isModule(value)) return { scope: scope('module', { module: className(value) }), name }
    if (isOptimizer(value)) return { scope: scope('optimizer', { optimizer: value }), name }
    if (from.kind !== 'state-dict' && isRngDict(value)) return { scope: scope('section', { section: 'rng' }), name }
    switch (from.kind) {
      case 'module':
        if (key === '_parameters') return { scope: scope('module-parameters'), name: parent.name, separator: '.' }
        if (key === '_buffers') return { scope: scope('module-buffers'), name: parent.name, separator: '.' }
        if (key === '_modules') return { scope: scope('module-children'), name: parent.name, separator: '.' }
        return { scope: scope('module-attribute'), name }
      case 'optimizer':
        return { scope: scope(key === 'state' ? 'optimizer-state' : 'section', { section: 'optimizer' }), name }
      case 'optimizer-state': {
        // State keyed by the parameter object itself (a pickled optimizer) is named after it.
        const parameter = this.parameterOf(from.optimizer, key)
        return { scope: scope('optimizer-slots', { parameter }), name: key instanceof TensorRef ? `${parent.name}/${parameter}` : name }
      }
      case 'sections': {
        const section = typeof key === 'string' ? sectionOfKey(key) : undefined
        if (section === 'model' || section === 'ema' || (section === undefined && isStateDict(value))) {
          return { scope: scope('state-dict', { section, aligned: value === this.alignedStateDict }), name }
        }
        return { scope: scope(section ? 'section' : 'other', { section }), name }
      }
      case 'state-dict':
      case 'section':
      case 'other':
      case 'module-attribute':
      case 'module-parameters':
      case 'module-buffers':
      case 'module-children':
      case 'optimizer-slots':
        return { scope: scope(from.kind), name }
    }
  }

  /** An EMA key starts a copy (`ema`, `model_ema`: the object or state_dict under it mirrors the model). */
  private copyKey(key: PickleValue): string | undefined {
    return typeof key === 'string' && sectionOfKey(key) === 'ema' ? key : undefined
  }

  private parameterOf(optimizer: PickleValue, key: PickleValue): string {
    if (key instanceof TensorRef) return this.parameterNames.get(key) ?? 'a parameter'
    const text = keyText(key)
    return this.alignment?.names.get(optimizer)?.get(text) ?? `parameter ${text}`
  }

  tensor(parent: Entered<Scope>, key: PickleValue, name: string, tensor: TensorRef): void {
    const evidence = this.evidenceOf(parent, key, name, tensor)
    this.notes.add(evidence[0]?.role, evidence[0]?.role === 'optimizer-slot' ? keyText(key) : name)
    this.emit({ tensor, name, evidence })
  }

  private evidenceOf(parent: Entered<Scope>, key: PickleValue, name: string, tensor: TensorRef): readonly Evidence[] {
    const scope = parent.scope
    if (scope.copy !== undefined) return this.evidence('copy', 'dict-layout', `a copy of the model's weights under '${scope.copy}' (EMA, not trained)`)
    switch (scope.kind) {
      case 'module-parameters':
        this.parameterNames.set(tensor, name)
        return this.evidence('parameter', 'module', `nn.Parameter in the _parameters of a ${scope.module}`)
      case 'module-buffers':
        return this.evidence('model-state', 'module', `registered buffer in the _buffers of a ${scope.module}`)
      case 'module':
      case 'module-attribute':
      case 'module-children':
        return this.evidence('model-state', 'module', `tensor attribute of a ${scope.module}, outside its _parameters (not trained)`)
      case 'optimizer-slots': {
        const slot = keyText(key)
        const what = PYTORCH_OPTIMIZER_SLOTS[slot] ?? `optimizer state '${slot}'`
        return [{ role: 'optimizer-slot', source: 'optimizer-state', detail: `${what} of ${scope.parameter ?? 'a parameter'}` }]
      }
      case 'optimizer':
      case 'optimizer-state':
        return this.evidence('optimizer-state', 'optimizer-state', "the optimizer's own state")
      case 'state-dict':
        return this.stateDictEvidence(parent, key, tensor)
      case 'section':
        return this.sectionEvidence(scope.section, scope.top ?? name, tensor)
      case 'sections':
        return this.topLevelEvidence(key, name, tensor)
      case 'other':
        return this.unknownKeyEvidence(name, tensor)
    }
  }

  private stateDictEvidence(parent: Entered<Scope>, key: PickleValue, tensor: TensorRef): readonly Evidence[] {
    if (parent.scope.aligned && this.alignment) {
      return this.alignment.parameters.has(key)
        ? this.evidence('parameter', 'optimizer-state', 'a parameter: the optimizer keeps state for it (same order and shape)')
        : this.evidence('model-state', 'optimizer-state', "not among the optimizer's parameters: a registered buffer")
    }
    if (tensor.parameter) return this.evidence('parameter', 'dict-layout', 'saved as an nn.Parameter in a model state_dict')
    const local = keyText(key)
    const byName = evidenceFromRules(local, PYTORCH_BUFFER_RULES)
    if (byName.length > 0) return byName
    // A state_dict holds parameters and buffers only, and buffers that no name rule knows are
    // found by the optimizer (above); what remains is taken for a parameter.
    const scope = parent.scope
    return (scope.common ??= this.evidence('parameter', 'dict-layout', `in a model state_dict${scope.top ? ` ('${scope.top}')` : ''}; no buffer rule names it`))
  }

  private sectionEvidence(section: PytorchSection | undefined, top: string, tensor: TensorRef): readonly Evidence[] {
    switch (section) {
      case 'rng':
        return this.evidence('rng-state', 'value-structure', 'random-number-generator state (a dict of python/numpy/cpu/cuda generator states)')
      case 'optimizer':
        return this.evidence('optimizer-state', 'optimizer-state', "the optimizer's own state")
      case 'config':
        return this.evidence('config', 'dict-layout', `configuration under '${top}'`)
      case 'loop':
        return isGeneratorState(tensor) ? this.generatorState() : this.evidence('loop-state', 'dict-layout', `training-loop state under '${top}'`)
      default:
        return this.valueEvidence(top, tensor)
    }
  }

  private generatorState(): readonly Evidence[] {
    return this.evidence('rng-state', 'value-structure', "a 5056-byte ByteTensor: the CPU generator's state (torch.get_rng_state())")
  }

  /** A tensor right under a top-level key: what the key names, else what the value is. */
  private topLevelEvidence(key: PickleValue, name: string, tensor: TensorRef): readonly Evidence[] {
    const section = typeof key === 'string' ? sectionOfKey(key) : undefined
    if (section === 'model') return this.evidence('parameter', 'dict-layout', `a tensor under '${name}'`)
    if (section !== undefined) return this.sectionEvidence(section, name, tensor)
    return this.unknownKeyEvidence(name, tensor)
  }

  /**
   * A tensor under a key no rule knows, outside any model: what its value is, else a small float
   * tensor is the training loop's (a target normaliser's mean, a loss scale), named in the reason;
   * anything else stays unclassified.
   */
  private unknownKeyEvidence(name: string, tensor: TensorRef): readonly Evidence[] {
    const byValue = this.valueEvidence(name, tensor)
    if (byValue.length > 0) return byValue
    if (tensor.dtype.startsWith('float') || tensor.dtype === 'bfloat16') {
      const elements = tensor.shape.reduce((product, size) => product * size, 1)
      if (elements <= SMALL_LOOP_TENSOR) {
        return [
          { role: 'loop-state', source: 'dict-layout', detail: `'${name}': a small tensor beside the model, outside its state_dict (training-loop state)` }
        ]
      }
    }
    return byValue
  }

  /** What a tensor nothing else explains is, by its value and its name. */
  private valueEvidence(name: string, tensor: TensorRef): readonly Evidence[] {
    if (isGeneratorState(tensor)) return this.generatorState()
    if (tensor.parameter) return this.evidence('parameter', 'dict-layout', 'saved as an nn.Parameter')
    return evidenceFromRules(name, PYTORCH_BUFFER_RULES)
  }
}

/**
 * TorchScript archives: the module tree's attributes do not say parameter or buffer (the code
 * does), so buffers go by name and every other tensor is the format's: a weight. The module
 * tree's tensors come first, then those of `constants.pkl`, under `constants/`.
 */
export function readTorchScriptEvidence(root: PickleValue, constants: PickleValue, file: string, emit: TensorSink): Partial<Record<Category, string>> {
  const notes = new CategoryNotes()
  const visitor = (prefix: string): TensorVisitor<null> => ({
    enter: (_parent, _key, name) => ({ scope: null, name }),
    tensor: (_parent, _key, name, tensor) => {
      const full = prefix + name
      const byName = evidenceFromRules(full, PYTORCH_BUFFER_RULES)
      const evidence = byName.length > 0 ? byName : TORCHSCRIPT_TENSOR
      notes.add(evidence[0].role, full)
      emit({ tensor, name: full, evidence })
    }
  })
  forEachTensor(root, file, { scope: null, name: '' }, visitor(''))
  forEachTensor(constants, file, { scope: null, name: '' }, visitor('constants/'))
  return notes.notes()
}

const TORCHSCRIPT_TENSOR: readonly Evidence[] = Object.freeze([{ role: 'parameter', source: 'format', detail: 'tensor of the TorchScript module' }])

/**
 * What the table shows beside a category: which kinds of tensors are in it (the counts are already
 * there), collected as the tensors go by: optimizer slots by their key, model state by the last
 * part of its name, in the order first met. The category is the one the first evidence's role
 * maps to: a note, not a decision.
 */
class CategoryNotes {
  private readonly optimizer = new Set<string>()
  private readonly buffers = new Set<string>()

  add(role: TensorRole | undefined, name: string): void {
    if (role === undefined) return
    const category = categoryOfRole(role)
    if (role === 'optimizer-slot') this.optimizer.add(name)
    else if (category === 'buffers' && role !== 'copy') this.buffers.add(name.slice(name.lastIndexOf('.') + 1))
  }

  notes(): Partial<Record<Category, string>> {
    const out: Partial<Record<Category, string>> = {}
    const list = (kinds: Set<string>): string => {
      const all = [...kinds]
      return all.slice(0, NOTE_KINDS).join(', ') + (all.length > NOTE_KINDS ? ', …' : '')
    }
    if (this.optimizer.size > 0) out.optimizer = `per-parameter ${list(this.optimizer)}`
    if (this.buffers.size > 0) out.buffers = list(this.buffers)
    return out
  }
}

/** Kinds listed in a category note before the rest are elided. */
const NOTE_KINDS = 4
