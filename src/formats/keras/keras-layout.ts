import { classifyTensor, evidenceFromRules, evidenceOf, type Evidence } from '../../core/classify.js'
import { KERAS_MODEL_VARIABLE_RULES, KERAS_OPTIMIZER_SCALAR } from '../../core/rules/keras.js'
import type { Category, ClassifiedBy, TensorInfo } from '../../core/types.js'
import type { AttributeValue, Hdf5Dataset, Hdf5Group, Hdf5Tree } from '../hdf5/index.js'
import { classifyKeras3, countVarsPerGroup, type KerasConfigLayers, type Statement } from './keras3-layout.js'

/**
 * Evidence for the datasets of a Keras HDF5 file, from the file's own group layout (source
 * `group`: framework metadata, core/classify.ts decides), FORMATS.md §7:
 *
 * - Keras 3 `.weights.h5` (also inside a `.keras` archive): `layers/<class_snake>/vars/N` are the
 *   layer's variables, trainable first; `optimizer/vars/N` the optimizer's (0 = iterations,
 *   1 = learning rate when it is a float, then the slots);
 * - legacy `.h5` (`model.save('x.h5')`): `model_weights/<layer>/…` with the `layer_names` and
 *   `weight_names` attributes, and `optimizer_weights/…`; `save_weights('x.h5')` writes the
 *   `model_weights` layout at the root.
 *
 * A file with neither layout is plain HDF5 data: its datasets get no evidence (`unclassified`).
 *
 * One statement per dataset: the optimizer groups say optimizer state (the iteration counter and
 * scalars, or slots); a model variable is a parameter unless its layer says otherwise — the
 * layer class's variable layout (BatchNormalization's last two variables, Normalization's
 * adapt() state) or the Keras variable names (src/core/rules/keras.ts: moving statistics, seed
 * generators, metrics). The layer groups hold trainable and non-trainable variables alike, so
 * "in a layer group" alone is not a statement that the variable is trained, and is not given
 * where the layer says more.
 */

export type KerasLayout = 'keras3-weights' | 'keras-legacy-model' | 'keras-legacy-weights' | 'plain-hdf5'

export interface KerasClassification {
  layout: KerasLayout
  classifiedBy: ClassifiedBy
  tensors: TensorInfo[]
  warnings: string[]
  categoryNotes: Partial<Record<Category, string>>
  /** Layers with a weights group (legacy: `layer_names`; Keras 3: groups under `layers/`). */
  layerCount: number
}

/**
 * The attributes the layout reads, which readers ask the walk to decode (Hdf5ReadOptions.decodeAttribute):
 * `layer_names`/`layer_namesN` on the weights root, `name` on `optimizer/vars`, `dtype` on
 * bfloat16 datasets, and the two version strings. Every other attribute (`weight_names` on each
 * layer group, `model_config`, `training_config`, …) is skipped after its name: decoding it would
 * cost a string array per layer of a 10^5-layer model and change no byte's category.
 */
const LAYOUT_ATTRIBUTES = /^(layer_names\d*|dtype|keras_version|backend|name)$/

export function isLayoutAttribute(name: string): boolean {
  return LAYOUT_ATTRIBUTES.test(name)
}

/**
 * Gives each dataset of `tree` its evidence. `file` and `base` place the payload spans in the
 * checkpoint file (`base` is where the HDF5 file starts inside a `.keras` archive).
 */
export function classifyKerasTree(tree: Hdf5Tree, file: string, base: number, config?: KerasConfigLayers): KerasClassification {
  const classifier = new KerasClassifier(file, base, config)
  const linkNames = new Map<string, string[]>()
  for (const { path } of [...tree.groups, ...tree.datasets]) {
    if (path === '') continue
    const slash = path.lastIndexOf('/')
    const parent = slash < 0 ? '' : path.slice(0, slash)
    linkNames.set(parent, [...(linkNames.get(parent) ?? []), path.slice(slash + 1)])
  }
  for (const group of tree.groups) classifier.group(group, linkNames.get(group.path) ?? [])
  for (const dataset of tree.datasets) classifier.dataset(dataset)
  return classifier.finish()
}

/**
 * classifyKerasTree as the walk goes (readHdf5Tree's onGroup / onDataset): each dataset becomes
 * its TensorInfo as soon as the layout is known, so a 10^5-layer file never holds its whole tree
 * next to the tensor list. Only groups up to depth 2 are kept: every group the layout reads is
 * one (the root, `model_weights`, `layers`, `optimizer/vars`, the layer groups).
 *
 * A `model_weights` group decides the layout the moment the walk reaches it (detectLayout checks
 * it first; it is what `model.save('x.h5')` writes). Any other layout depends on the whole file
 * (Keras 3 counts each layer's variables), so its datasets wait for `finish`.
 */
export class KerasClassifier {
  private layout: KerasLayout | undefined
  private readonly groups: Hdf5Group[] = []
  /**
   * Per kept group (parallel to `groups`), the name of its depth-1 ancestor ('' for the root and
   * depth-1 groups). Groups arrive depth first (a group, then everything below it, then its next
   * sibling), so a depth-2 group's parent is the last depth-1 group met. With it the layer lists
   * compare short link names, not 10^5 full paths (each test of which flattens a path string).
   */
  private readonly parents: string[] = []
  private topGroup = ''
  /**
   * The legacy check of layer groups against `model_weights`' layer_names, done when the group
   * decides the layout, from its link names: those layer_names leaves out (nearly always none)
   * are kept, and each that the walk then meets as a group (not a dataset, not a link to a group
   * already walked) is an unlisted layer group. At 10^5 layers, keeping every layer group's name,
   * or layer_names, to the end of the read was 4 MB live when the heap is at its fullest.
   */
  private legacyLayerCount = 0
  private unlistedLinks: Set<string> | undefined
  private readonly unlistedLayerGroups: string[] = []
  /** Datasets met before the layout is known, in walk order. */
  private waiting: Hdf5Dataset[] = []
  private weightsRoot = ''
  private varsCount = new Map<string, number>()
  private readonly tensors: TensorInfo[] = []
  /** The header address of each tensor's dataset (an array of doubles, parallel to `tensors`). */
  private readonly addresses: number[] = []
  /** Addresses linked under more than one name. */
  private readonly shared = new Set<number>()
  /** The first dataset under `optimizer_weights/` (legacy layouts name the optimizer there). */
  private firstOptimizerPath: string | undefined
  /** One evidence array per statement (role, source, detail), shared by the datasets it is about. */
  private readonly evidenceByStatement = new Map<string, readonly Evidence[]>()

  constructor(
    private readonly file: string,
    private readonly base: number,
    private readonly config?: KerasConfigLayers
  ) {}

  /** A group and the names of its links (readHdf5Tree's onGroup). */
  group(group: Hdf5Group, linkNames: readonly string[]): void {
    if (group.depth > 2) return
    if (group.depth === 1) this.topGroup = group.name
    if (group.depth === 2 && this.layout === 'keras-legacy-model' && this.topGroup === 'model_weights') {
      if (this.unlistedLinks?.has(group.name) && !isLegacyNonLayerGroup(group.name)) this.unlistedLayerGroups.push(group.name)
      return
    }
    const decidesLegacy = this.layout === undefined && group.depth === 1 && group.path === 'model_weights'
    if (decidesLegacy) {
      const layerNames = stringList(group, 'layer_names')
      this.legacyLayerCount = layerNames.length
      const unlisted = layerNames.length > 0 ? namesMissingFrom(linkNames, layerNames) : []
      if (unlisted.length > 0) this.unlistedLinks = new Set(unlisted)
    }
    // Once checked, `model_weights`' layer_names are not kept in its attributes.
    this.groups.push(decidesLegacy ? { ...group, attributes: new Map() } : group)
    this.parents.push(group.depth === 2 ? this.topGroup : '')
    if (decidesLegacy) this.decide('keras-legacy-model')
  }

  dataset(dataset: Hdf5Dataset): void {
    if (dataset.linkedAgain) this.shared.add(dataset.address)
    if (this.layout === undefined) this.waiting.push(dataset)
    else this.place(dataset)
  }

  finish(): KerasClassification {
    const layout = this.layout ?? detectLayout(this.groups, this.waiting)
    if (this.layout === undefined) this.decide(layout)
    const { tensors, file } = this
    // Only a dataset linked under two names needs a key to be counted once; 10^5 keys for
    // datasets linked once would be strings that change no sum.
    if (this.shared.size > 0) {
      for (let i = 0; i < tensors.length; i++) if (this.shared.has(this.addresses[i])) tensors[i].storageKey = `${file}#hdf5@${this.addresses[i]}`
    }
    const warnings: string[] = []
    if (layout === 'plain-hdf5') {
      if (tensors.length > 0) {
        warnings.push(
          'no Keras layout (model_weights/, layers/, optimizer/ groups or a layer_names attribute): ' +
            'this looks like plain HDF5 data; its datasets are reported as unclassified'
        )
      }
      return { layout, classifiedBy: 'name-rules', tensors, warnings, categoryNotes: {}, layerCount: 0 }
    }
    let layerCount: number
    if (layout === 'keras3-weights') {
      layerCount = this.groups.filter((g, i) => g.depth === 2 && this.parents[i] === 'layers').length
    } else if (layout === 'keras-legacy-model') {
      // Layer groups under `model_weights` were checked as the walk met them.
      layerCount = this.legacyLayerCount
      warnUnlisted(warnings, this.unlistedLayerGroups)
    } else {
      // save_weights files: the layer groups are the root's children.
      const layerNames = stringList(findGroup(this.groups, ''), 'layer_names')
      const layerGroups = this.groups.filter((g) => g.depth === 1 && !isLegacyNonLayerGroup(g.name)).map((g) => g.name)
      warnUnlisted(warnings, layerNames.length > 0 ? namesMissingFrom(layerGroups, layerNames) : [])
      layerCount = layerNames.length
    }
    const unclassified = tensors.filter((t) => t.evidence?.length === 0).length
    if (unclassified > 0) warnings.push(`${unclassified} dataset(s) outside the Keras weight and optimizer groups are unclassified`)
    const optimizer = layout === 'keras3-weights' ? keras3OptimizerName(this.groups) : legacyOptimizerName(this.firstOptimizerPath)
    return { layout, classifiedBy: 'dict-layout', tensors, warnings, categoryNotes: notes(tensors, layerCount, optimizer), layerCount }
  }

  /** Fixes the layout and places the datasets that waited for it. */
  private decide(layout: KerasLayout): void {
    this.layout = layout
    this.weightsRoot = layout === 'keras-legacy-model' ? 'model_weights' : ''
    if (layout === 'keras3-weights') this.varsCount = countVarsPerGroup(this.waiting)
    const waiting = this.waiting
    this.waiting = []
    for (const dataset of waiting) this.place(dataset)
  }

  private place(dataset: Hdf5Dataset): void {
    this.tensors.push({
      name: dataset.path,
      // Keras stores bfloat16 as 16-bit data with this attribute.
      dtype: dataset.attributes.get('dtype') === 'bfloat16' ? 'bfloat16' : dataset.dtype,
      shape: dataset.shape,
      file: this.file,
      offset: this.base + dataset.storage.offset,
      byteLength: dataset.storage.byteLength,
      evidence: this.evidenceFor(dataset)
    })
    this.addresses.push(dataset.address)
  }

  /** The statement the layout makes about a dataset, as shared evidence (chunked datasets say so in the detail). */
  private evidenceFor(dataset: Hdf5Dataset): readonly Evidence[] {
    const statement = this.statementOf(dataset.path)
    if (!statement) return NO_EVIDENCE
    // Evidence arrays (shared constants, name rules) hold objects; a statement starts with its role.
    const given = typeof statement[0] === 'string' ? undefined : (statement as readonly Evidence[])
    const chunks = chunkCount(dataset)
    if (given && chunks === undefined) return given
    const [role, source, detail] = given ? [given[0].role, given[0].source, given[0].detail] : (statement as Statement)
    const shown = chunks === undefined ? detail : `${detail}; ${chunks} chunks, counted by their stored sizes`
    const key = `${role}\0${source}\0${shown}`
    let evidence = this.evidenceByStatement.get(key)
    if (!evidence) this.evidenceByStatement.set(key, (evidence = evidenceOf(role, source, shown)))
    return evidence
  }

  private statementOf(path: string): Statement | readonly Evidence[] | undefined {
    switch (this.layout) {
      case 'plain-hdf5':
        return undefined
      case 'keras3-weights':
        return classifyKeras3(path, this.varsCount, this.config)
      default:
        if (this.firstOptimizerPath === undefined && path.startsWith('optimizer_weights/')) this.firstOptimizerPath = path
        return classifyLegacy(path, this.weightsRoot)
    }
  }
}

const NO_EVIDENCE: readonly Evidence[] = Object.freeze([])

/**
 * A chunked dataset has one span per chunk and TensorInfo one span: its offset is the first
 * chunk's and its length the chunks' stored sum, so the categories still add up exactly; the
 * reason says so. The number of chunks when there are several, else undefined.
 */
function chunkCount(dataset: Hdf5Dataset): number | undefined {
  const { layout, chunks } = dataset.storage
  return layout === 'chunked' && (chunks ?? 0) > 1 ? chunks : undefined
}

function warnUnlisted(warnings: string[], unlisted: string[]): void {
  if (unlisted.length > 0) warnings.push(`layer group(s) not in layer_names: ${unlisted.slice(0, 5).join(', ')}${unlisted.length > 5 ? ', …' : ''}`)
}

/** Groups a legacy weights root holds besides its layers'. */
function isLegacyNonLayerGroup(name: string): boolean {
  return name === 'top_level_model_weights' || name === 'optimizer_weights'
}

/**
 * The `names` that `listed` does not hold, in their order. Sorted copies compared in one pass
 * answer the usual case (every layer group listed) with less memory and time than a Set of
 * 10^5 names.
 */
function namesMissingFrom(names: readonly string[], listed: readonly string[]): string[] {
  const sortedNames = [...names].sort()
  const sortedListed = [...listed].sort()
  let j = 0
  const allListed = sortedNames.every((name) => {
    while (j < sortedListed.length && sortedListed[j] < name) j++
    return sortedListed[j] === name
  })
  if (allListed) return []
  const listedSet = new Set(listed)
  return names.filter((name) => !listedSet.has(name))
}

/** A group by path (the layout looks up a few, among up to 10^5 groups: no index is built). */
function findGroup(groups: Hdf5Group[], path: string): Hdf5Group | undefined {
  return groups.find((g) => g.path === path)
}

/** The layout, from the groups up to depth 2 and the datasets. */
function detectLayout(groups: Hdf5Group[], datasets: Hdf5Dataset[]): KerasLayout {
  if (findGroup(groups, 'model_weights')) return 'keras-legacy-model'
  if (stringList(findGroup(groups, ''), 'layer_names').length > 0) return 'keras-legacy-weights'
  const keras3 = datasets.some((d) => /(^|\/)vars\/\d+$/.test(d.path)) || findGroup(groups, 'layers') || findGroup(groups, 'optimizer')
  if (keras3) return 'keras3-weights'
  return 'plain-hdf5'
}

function isStringArray(value: AttributeValue): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** A string-list attribute, including Keras' chunked form `name0`, `name1`, … for lists over 64 KiB. */
export function stringList(group: Hdf5Group | undefined, name: string): string[] {
  if (!group) return []
  const whole = group.attributes.get(name)
  if (whole !== undefined) return asStrings(whole)
  // keras-team/keras:keras/src/legacy/saving/legacy_h5_format.py, save_attributes_to_hdf5_group.
  const chunks: string[] = []
  for (let i = 0; group.attributes.has(`${name}${i}`); i++) chunks.push(...asStrings(group.attributes.get(`${name}${i}`)))
  return chunks
}

/** A string list attribute's strings: the decoded list itself when it holds strings (not copied: layer_names has 10^5 at 10^5 layers). */
function asStrings(value: AttributeValue): string[] {
  if (typeof value === 'string') return [value]
  if (isStringArray(value)) return value
  if (Array.isArray(value)) return value.map(String)
  return []
}

function classifyLegacy(path: string, weightsRoot: string): Statement | readonly Evidence[] | undefined {
  if (path.startsWith('optimizer_weights/')) {
    return KERAS_OPTIMIZER_SCALAR.test(path)
      ? ['optimizer-state', 'group', 'optimizer scalar (iterations / learning rate)']
      : ['optimizer-slot', 'group', 'optimizer slot variable (optimizer_weights group)']
  }
  // `<weightsRoot>/` tested without building that string for each of 10^5 paths.
  const inWeights = weightsRoot === '' || (path.startsWith(weightsRoot) && path.charCodeAt(weightsRoot.length) === 0x2f)
  if (!inWeights) return undefined
  const byName = evidenceFromRules(path, KERAS_MODEL_VARIABLE_RULES)
  if (byName.length > 0) return byName
  // The variable's name first, its start tested before any regex runs over the path (10^5 of
  // them): the layer is cut out of the path only for the rare mean/variance/count.
  const variable = path.lastIndexOf('/') + 1
  const maybeAdaptState = path.startsWith('mean', variable) || path.startsWith('variance', variable) || path.startsWith('count', variable)
  if (maybeAdaptState && /(^|\/)(mean|variance|count)(:\d+)?$/.test(path)) {
    const layer = (weightsRoot === '' ? path : path.slice(weightsRoot.length + 1)).split('/')[0]
    if (/^normalization(_\d+)?$/.test(layer)) return ['model-state', 'name-rules', 'Normalization adapt() statistics (non-trainable)']
  }
  return weightsRoot === '' ? LAYER_WEIGHT_SAVE_WEIGHTS : LAYER_WEIGHT_MODEL_WEIGHTS
}

/**
 * Whole constants, not a template per tensor: every TensorInfo keeps its reason, and a template
 * with a varying part is a new concatenated string each time (64 bytes a tensor, 6 MB at 10^5).
 */
const LAYER_WEIGHT_SAVE_WEIGHTS = evidenceOf('parameter', 'group', 'layer weight (save_weights layout)')
const LAYER_WEIGHT_MODEL_WEIGHTS = evidenceOf('parameter', 'group', 'layer weight (model_weights group)')

/** The optimizer's name, which Keras 3 stores on `optimizer/vars`. */
function keras3OptimizerName(groups: Hdf5Group[]): string | undefined {
  const name = findGroup(groups, 'optimizer/vars')?.attributes.get('name')
  return typeof name === 'string' && name !== '' ? name : undefined
}

/** Legacy files nest the optimizer's slots under its name: `optimizer_weights/<name>/…`. */
function legacyOptimizerName(firstOptimizerPath: string | undefined): string | undefined {
  const segments = firstOptimizerPath
    ?.split('/')
    .slice(1, -1)
    .filter((s) => s !== 'training')
  return segments?.[0]
}

function notes(tensors: TensorInfo[], layerCount: number, optimizer?: string): Partial<Record<Category, string>> {
  const out: Partial<Record<Category, string>> = {}
  const counts = new Map<Category, number>()
  for (const tensor of tensors) {
    // The notes speak of what core's classifier will decide from each dataset's evidence.
    const category = classifyTensor(tensor.evidence ?? NO_EVIDENCE).category
    counts.set(category, (counts.get(category) ?? 0) + 1)
  }
  const count = (category: Category): number => counts.get(category) ?? 0
  const weights = count('weights')
  if (weights > 0) out.weights = `${weights} variable(s) in ${layerCount} layer group(s)`
  const optimizerCount = count('optimizer')
  if (optimizerCount > 0) out.optimizer = `${optimizer ? `${optimizer}: ` : ''}${optimizerCount} optimizer variable(s) (slots, iterations, learning rate)`
  const buffers = count('buffers')
  if (buffers > 0) out.buffers = `${buffers} non-trainable statistic(s) (BatchNormalization / Normalization)`
  return out
}
