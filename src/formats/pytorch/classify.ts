import { matchNameRule } from '../../core/categorize.js'
import {
  PYTORCH_BUFFER_RULES,
  PYTORCH_OPTIMIZER_SLOTS,
  PYTORCH_SECTION_RULES,
  type PytorchSection
} from '../../core/rules/pytorch.js'
import type { Category, ClassifiedBy } from '../../core/types.js'
import type { PickleValue } from '../pickle/values.js'
import { TensorRef } from './torch-globals.js'
import { forEachTensor, pathName, type PathStep } from './walk.js'

/**
 * A found tensor with its name and category. The path it was found by is not kept: with 10^5
 * tensors the paths are ~15 MB that nothing after the classification needs.
 */
export interface ClassifiedTensor {
  tensor: TensorRef
  name: string
  category: Category
  reason: string
}

/** What the classification says about the checkpoint as a whole, once every tensor went by. */
export interface Classification {
  classifiedBy: ClassifiedBy
  categoryNotes: Partial<Record<Category, string>>
}

/**
 * Receives each classified tensor as the walk reaches it, in pickle order: tensors are classified
 * one by one, never collected into a list of 10^5 paths and then a second list of 10^5 results.
 */
export type ClassifiedSink = (tensor: ClassifiedTensor) => void

/**
 * Categories from the checkpoint's own layout (DESIGN.md: `dict-layout`):
 * - a bare state_dict (`torch.save(model.state_dict())`, HF `pytorch_model.bin`): weights,
 *   except `nn.Module` buffers by name;
 * - a training checkpoint `{model|state_dict: …, optimizer|optimizer_states: …, epoch: …}`:
 *   each top-level key is a section (rules/pytorch.ts); everything in an optimizer state_dict is
 *   optimizer state, per-parameter slots under `state/<param index>/<slot>` named after their parameter;
 * - a bare optimizer state_dict (`{state, param_groups}`, HF `optimizer.pt`) is all optimizer.
 * Tensors under keys no rule knows are `nn.Parameter`s → weights, buffer names → buffers, else
 * unclassified.
 */
export function classifyTorchSave(root: PickleValue, file: string, emit: ClassifiedSink): Classification {
  const rootMap = root instanceof Map ? root : undefined
  const sectionOf = new Map<string, PytorchSection>()
  let bareOptimizer = false
  let bareStateDict = false
  if (rootMap) {
    // Sections holding a model or an optimizer are containers; a key whose value is a tensor is a
    // state_dict entry or a counter. Testing containers first keeps a 10^5-key state_dict cheap.
    const sectionRule = (key: PickleValue): PytorchSection | undefined =>
      typeof key === 'string' ? PYTORCH_SECTION_RULES.find((r) => r.pattern.test(key))?.section : undefined
    let directTensors = false
    for (const [key, value] of rootMap) {
      if (value instanceof TensorRef) directTensors = true
      else {
        const section = sectionRule(key)
        if (section) sectionOf.set(key as string, section)
      }
    }
    bareOptimizer = rootMap.has('state') && rootMap.has('param_groups')
    const knowsLayout = [...sectionOf.values()].some((s) => s === 'model' || s === 'optimizer' || s === 'ema')
    bareStateDict = !bareOptimizer && !knowsLayout && directTensors
    if (!bareStateDict && directTensors) {
      for (const [key, value] of rootMap) {
        const section = value instanceof TensorRef ? sectionRule(key) : undefined
        if (section) sectionOf.set(key as string, section)
      }
    }
  }

  const parameterNames = optimizerParameterNames(rootMap, sectionOf, bareOptimizer, file)
  const notes = new CategoryNotes()
  let layoutUsed = bareOptimizer || bareStateDict
  // Every reason but an optimizer slot's (which names its parameter) is one of a few sentences per
  // section: each is kept once and shared, not copied per tensor (10^5 copies were ~7 MB).
  const sentences = new Map<string, string>()
  const shared = (sentence: string): string => {
    const known = sentences.get(sentence)
    if (known !== undefined) return known
    sentences.set(sentence, sentence)
    return sentence
  }
  forEachTensor(root, file, (path, tensor) => {
    const name = pathName(path) || 'tensor'
    let decided: { category: Category; reason: string }
    let section: PytorchSection | undefined
    if (bareOptimizer) {
      decided = optimizerTensor(path, parameterNames.get(root))
    } else if (bareStateDict) {
      decided = modelTensor(name, tensor, 'state_dict')
    } else {
      const top = path[0]?.key
      section = top === undefined ? undefined : sectionOf.get(top)
      const inner = path.slice(1)
      const innerName = pathName(inner) || name
      if (section) layoutUsed = true
      switch (section) {
        case 'model':
          decided = modelTensor(innerName, tensor, `'${top}' model state_dict`)
          break
        case 'ema':
          decided = { category: 'buffers', reason: `EMA shadow copy under '${top}' (not trained)` }
          break
        case 'optimizer':
          decided = optimizerTensor(inner, parameterNames.get(rootMap?.get(top as string)))
          break
        case 'bookkeeping':
          decided = { category: 'bookkeeping', reason: `training-loop state under '${top}'` }
          break
        default:
          decided = unknownTensor(name, tensor)
      }
    }
    const reason = bareOptimizer || section === 'optimizer' ? decided.reason : shared(decided.reason)
    // Spelled out: an object spread here cost 10× the rest of the classification on 10^5 tensors.
    const classified: ClassifiedTensor = { tensor, name, category: decided.category, reason }
    notes.add(classified, path)
    emit(classified)
  })
  return { classifiedBy: layoutUsed ? 'dict-layout' : 'name-rules', categoryNotes: notes.notes() }
}

/**
 * TorchScript archives: every tensor of the module tree is model state; buffers by name. The
 * module tree's tensors come first, then those of `constants.pkl`, under `constants/`.
 */
export function classifyTorchScript(root: PickleValue, constants: PickleValue, file: string, emit: ClassifiedSink): Classification {
  const notes = new CategoryNotes()
  const classify = (path: PathStep[], tensor: TensorRef): void => {
    const name = pathName(path) || 'tensor'
    const buffer = matchNameRule(name, PYTORCH_BUFFER_RULES)
    const classified: ClassifiedTensor = {
      tensor,
      name,
      category: buffer ? buffer.category : 'weights',
      reason: buffer ? buffer.reason : 'tensor of the TorchScript module'
    }
    notes.add(classified, path)
    emit(classified)
  }
  forEachTensor(root, file, classify)
  forEachTensor(constants, file, (path, tensor) => classify([{ key: 'constants', via: 'item' }, ...path], tensor))
  return { classifiedBy: 'format', categoryNotes: notes.notes() }
}

function modelTensor(name: string, tensor: TensorRef, where: string): { category: Category; reason: string } {
  const buffer = matchNameRule(name, PYTORCH_BUFFER_RULES)
  if (buffer) return { category: buffer.category, reason: buffer.reason }
  return { category: 'weights', reason: tensor.parameter ? `nn.Parameter in the ${where}` : `parameter in the ${where}` }
}

function unknownTensor(name: string, tensor: TensorRef): { category: Category; reason: string } {
  const buffer = matchNameRule(name, PYTORCH_BUFFER_RULES)
  if (buffer) return { category: buffer.category, reason: buffer.reason }
  if (tensor.parameter) return { category: 'weights', reason: 'saved as an nn.Parameter' }
  return { category: 'unclassified', reason: 'under a key no PyTorch layout rule knows' }
}

/** `…/state/<param index>/<slot>` inside an optimizer state_dict (`torch/optim/optimizer.py` `state_dict`). */
function optimizerTensor(inner: PathStep[], names?: Map<string, string>): { category: Category; reason: string } {
  const at = inner.findIndex((step) => step.key === 'state')
  if (at >= 0 && inner.length === at + 3) {
    const index = inner[at + 1].key
    const slot = inner[at + 2].key
    const of = names?.get(index) ?? `parameter ${index}`
    // Scalars such as Adam's per-parameter `step` tensor are optimizer state too: torch saves and
    // restores them with the slots (and truth.json, computed by torch, counts them there).
    if (slot === 'step') return { category: 'optimizer', reason: `optimizer step counter of ${of}` }
    return { category: 'optimizer', reason: `${PYTORCH_OPTIMIZER_SLOTS[slot] ?? `optimizer state '${slot}'`} of ${of}` }
  }
  return { category: 'optimizer', reason: 'optimizer state' }
}

/**
 * Optimizer state is keyed by parameter index, in the order of `param_groups[*].params`, which is
 * the order of `model.parameters()`: the state_dict's tensors minus its buffers. When a checkpoint
 * holds one model and one optimizer whose counts agree, indexes get their parameter's name.
 */
function optimizerParameterNames(
  rootMap: Map<PickleValue, PickleValue> | undefined,
  sectionOf: Map<string, PytorchSection>,
  bareOptimizer: boolean,
  file: string
): Map<PickleValue, Map<string, string>> {
  const result = new Map<PickleValue, Map<string, string>>()
  if (!rootMap || bareOptimizer) return result
  const modelKeys = [...sectionOf].filter(([, s]) => s === 'model').map(([k]) => k)
  const optimizerKeys = [...sectionOf].filter(([, s]) => s === 'optimizer').map(([k]) => k)
  if (modelKeys.length !== 1 || optimizerKeys.length !== 1) return result
  const optimizer = rootMap.get(optimizerKeys[0])
  // Lightning keeps a list of optimizer state_dicts (`optimizer_states`); one optimizer maps.
  const order = parameterOrder(Array.isArray(optimizer) && optimizer.length === 1 ? optimizer[0] : optimizer)
  if (!order) return result
  // The names come from a walk of their own, ahead of the classification, which may meet the
  // optimizer before the model. It is the same walk (the same containers seen first elsewhere are
  // skipped), keeping only names: a training checkpoint's model tensors, not its 10^5 paths.
  const parameters: string[] = []
  forEachTensor(rootMap, file, (path) => {
    if (path[0]?.key !== modelKeys[0]) return
    const name = pathName(path.slice(1))
    if (!matchNameRule(name, PYTORCH_BUFFER_RULES)) parameters.push(name)
  })
  if (parameters.length !== order.length) return result
  result.set(optimizer, new Map(order.map((index, i) => [index, parameters[i]])))
  return result
}

function parameterOrder(optimizer: PickleValue): string[] | undefined {
  if (!(optimizer instanceof Map)) return undefined
  const groups = optimizer.get('param_groups')
  if (!Array.isArray(groups)) return undefined
  const order: string[] = []
  for (const group of groups) {
    const params = group instanceof Map ? group.get('params') : undefined
    if (!Array.isArray(params)) return undefined
    for (const index of params) order.push(String(index))
  }
  return order
}

/**
 * What the table shows beside a category: which kinds of tensors are in it (the counts are already
 * there), collected as the tensors go by: optimizer slots by their last path key, buffers by the
 * last part of their name, in the order first met.
 */
class CategoryNotes {
  private readonly optimizer = new Set<string>()
  private readonly buffers = new Set<string>()

  add(tensor: ClassifiedTensor, path: PathStep[]): void {
    if (tensor.category === 'optimizer') this.optimizer.add(path[path.length - 1]?.key ?? 'state')
    else if (tensor.category === 'buffers') this.buffers.add(tensor.name.slice(tensor.name.lastIndexOf('.') + 1))
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
