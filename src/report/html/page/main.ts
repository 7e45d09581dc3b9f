/**
 * The script of the self-contained HTML report (runs in the browser; bundled with d3-hierarchy
 * into page-assets.generated.ts by scripts/build-html-page.ts). It reads the data block the CLI
 * wrote (../encode.ts), draws a squarified treemap per checkpoint (area = bytes, colour =
 * category, dtype, or change against the baseline), and offers tooltips, zoom, search and a
 * sortable table of the largest tensors or changes. It uses no network and no experimental API.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyNode, type HierarchyRectangularNode } from 'd3-hierarchy'
import type { EncodedCheckpoint, PageData } from '../encode.js'

/** A node of a checkpoint's name tree: a module path (group) or a tensor (leaf). */
interface TreeNode {
  /** The segment as written, separator included (`.weight`). */
  segment: string
  /** Full name from the root: the tensor's name, or the module prefix. */
  name: string
  children: TreeNode[]
  /** Leaf fields. */
  tensor?: TensorRow
  /** Bytes the leaf occupies in the layout (head bytes, or base bytes of a removed tensor). */
  area: number
}

interface TensorRow {
  name: string
  dtype: string
  shape: string
  bytes: number
  category: string
  reason: string
  /** With a baseline: the base bytes (undefined: added) and the change. */
  base?: number
  status?: ChangeStatus
}

type ChangeStatus = 'added' | 'removed' | 'grown' | 'shrunk' | 'same'
type ColourMode = 'category' | 'dtype' | 'change'

/** Rectangles smaller than this (px, either side) are not drawn: they could not be seen or pointed at. */
const MIN_DRAWN_PX = 1
/** Groups get a label strip when at least this large. */
const LABEL_MIN_WIDTH = 48
const LABEL_HEIGHT = 16
/** Groups get a 1 px gap around their children only when at least this large on each side. */
const ROOMY_PX = 8
/** Rectangles at least this large are keyboard focusable; smaller ones are reached through zoom or the table. */
const FOCUSABLE_MIN_PX = 14
const TABLE_ROWS = 50

const CATEGORY_COLOURS: Record<string, string> = {
  weights: '#4e79a7',
  optimizer: '#e15759',
  buffers: '#59a14f',
  bookkeeping: '#edc948',
  metadata: '#bab0ac',
  unclassified: '#b07aa1'
}
const CHANGE_COLOURS: Record<ChangeStatus, string> = {
  added: '#2ca02c',
  removed: '#7f7f7f',
  grown: '#d62728',
  shrunk: '#1f77b4',
  same: '#dcdcdc'
}
const DTYPE_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac']

const data = JSON.parse((document.getElementById('msb-data') as HTMLScriptElement).textContent ?? '{}') as PageData
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T
const map = $<HTMLDivElement>('treemap')
const tooltip = $<HTMLDivElement>('tooltip')
const crumbs = $<HTMLElement>('crumbs')
const search = $<HTMLInputElement>('search')
const searchCount = $<HTMLSpanElement>('search-count')
const picker = $<HTMLSelectElement>('checkpoint')
const modes = $<HTMLSelectElement>('mode')
const legend = $<HTMLUListElement>('legend')
const table = $<HTMLTableElement>('largest')

const state = {
  checkpoint: 0,
  mode: (data.base ? 'change' : 'category') as ColourMode,
  zoom: [] as string[],
  query: '',
  sort: { key: 'bytes' as keyof TensorRow | 'delta', descending: true }
}
let root: HierarchyNode<TreeNode> | undefined
/** The tensors drawn at the current zoom, with their rectangles. */
let drawn: HierarchyRectangularNode<TreeNode>[] = []
let rows: TensorRow[] = []
const dtypeColour = new Map<string, string>()

function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '−' : ''
  let value = Math.abs(bytes)
  const units = ['B', 'kB', 'MB', 'GB', 'TB']
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${sign}${unit === 0 ? value : value.toPrecision(3)}\u00a0${units[unit]}`
}

function decodeRows(checkpoint: EncodedCheckpoint): TensorRow[] {
  const s = data.strings
  const names: string[] = []
  for (let i = 0; i < checkpoint.parent.length; i++) {
    const parent = checkpoint.parent[i]
    names.push((parent < 0 ? '' : names[parent]) + s[checkpoint.segment[i]])
  }
  return checkpoint.node.map((node, i) => ({
    name: names[node],
    dtype: s[checkpoint.dtype[i]],
    shape: s[checkpoint.shape[i]],
    bytes: checkpoint.size[i],
    category: data.categories[checkpoint.category[i]] ?? 'unclassified',
    reason: checkpoint.reason[i] < 0 ? '' : s[checkpoint.reason[i]]
  }))
}

/** Head rows, and with a baseline of the same id, each row's change (removed tensors added as rows). */
function rowsOf(index: number): TensorRow[] {
  const head = data.head[index]
  const current = decodeRows(head)
  const base = data.base?.find((checkpoint) => checkpoint.id === head.id)
  if (!data.base) return current
  const before = new Map(base ? decodeRows(base).map((row) => [row.name, row]) : [])
  for (const row of current) {
    const old = before.get(row.name)
    before.delete(row.name)
    row.base = old?.bytes
    row.status = !old ? 'added' : row.bytes > old.bytes ? 'grown' : row.bytes < old.bytes ? 'shrunk' : 'same'
  }
  for (const old of before.values()) current.push({ ...old, bytes: 0, base: old.bytes, status: 'removed' })
  return current
}

function segmentsOf(name: string): string[] {
  return name.match(/[./]?[^./]+|[./]+$/g) ?? [name]
}

function buildTree(list: TensorRow[]): HierarchyNode<TreeNode> {
  const top: TreeNode = { segment: '', name: '', children: [], area: 0 }
  // A tensor whose name is also a module prefix (`Variable_4` beside `Variable_4/Adam`) is drawn
  // inside that module, as its "(itself)" part, so that a weight and its slots sit together.
  const groupNames = new Set<string>()
  for (const row of list) {
    let name = ''
    for (const segment of segmentsOf(row.name).slice(0, -1)) groupNames.add((name += segment))
  }
  const groups = new Map<string, TreeNode>()
  for (const row of list) {
    let parent = top
    let name = ''
    const segments = segmentsOf(row.name)
    const inside = groupNames.has(row.name)
    segments.forEach((segment, at) => {
      name += segment
      if (at === segments.length - 1 && !inside) return
      let group = groups.get(name)
      if (!group) {
        group = { segment, name, children: [], area: 0 }
        groups.set(name, group)
        parent.children.push(group)
      }
      parent = group
    })
    const last = inside ? '' : segments[segments.length - 1]
    parent.children.push({ segment: last, name: row.name, children: [], tensor: row, area: Math.max(row.bytes, row.base ?? 0) })
  }
  return hierarchy(top, (node) => (node.children.length ? node.children : undefined))
    .sum((node) => node.area)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
}

function colourOf(row: TensorRow): string {
  if (state.mode === 'change') return CHANGE_COLOURS[row.status ?? 'same']
  if (state.mode === 'dtype') {
    let colour = dtypeColour.get(row.dtype)
    if (!colour) dtypeColour.set(row.dtype, (colour = DTYPE_PALETTE[dtypeColour.size % DTYPE_PALETTE.length]))
    return colour
  }
  return CATEGORY_COLOURS[row.category] ?? CATEGORY_COLOURS.unclassified
}

function zoomNode(): HierarchyNode<TreeNode> | undefined {
  let node = root
  for (const name of state.zoom) node = node?.children?.find((child) => child.data.name === name)
  return node
}

function label(node: TreeNode): string {
  return node.tensor && node.segment === '' ? '(itself)' : node.segment.replace(/^[./]/, '') || '(all)'
}

/**
 * Draws the zoomed subtree. Every rectangle goes on one canvas (10^5 DOM elements would take
 * seconds to lay out); only the rectangles a person can point at, read or tab to — group labels
 * and tensors at least FOCUSABLE_MIN_PX on each side — also get an element, laid over the canvas,
 * so their number is bounded by the map's area, not by the tensor count.
 */
function draw(): void {
  const zoomed = zoomNode()
  map.replaceChildren()
  drawn = []
  if (!zoomed || !zoomed.value) {
    map.textContent = 'No tensors to show.'
    return
  }
  const width = map.clientWidth
  const height = map.clientHeight
  const layout = treemap<TreeNode>()
    .tile(treemapSquarify)
    .size([width, height])
    .paddingInner((node) => (roomy(node) ? 1 : 0))
    .paddingTop((node) => (node.depth === 0 ? 0 : labelFits(node) ? LABEL_HEIGHT : roomy(node) ? 1 : 0))
    .round(false)(
    zoomed
      .copy()
      .sum((node) => node.area)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
  )
  const canvas = document.createElement('canvas')
  const scale = window.devicePixelRatio || 1
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  canvas.setAttribute('aria-hidden', 'true')
  const context = canvas.getContext('2d') as CanvasRenderingContext2D
  context.scale(scale, scale)
  const query = state.query.toLowerCase()
  let matches = 0
  let tensors = 0
  const overlay = document.createDocumentFragment()
  layout.each((node: HierarchyRectangularNode<TreeNode>) => {
    if (node === layout) return
    const w = node.x1 - node.x0
    const h = node.y1 - node.y0
    if (w < MIN_DRAWN_PX || h < MIN_DRAWN_PX) return
    const row = node.data.tensor
    const matched = row !== undefined && query !== '' && row.name.toLowerCase().includes(query)
    if (row) {
      tensors++
      if (matched) matches++
      context.globalAlpha = query && !matched ? 0.2 : 1
      context.fillStyle = colourOf(row)
      context.fillRect(node.x0, node.y0, w, h)
      drawn.push(node)
    } else {
      context.globalAlpha = 1
      context.strokeStyle = 'rgba(0, 0, 0, 0.18)'
      context.strokeRect(node.x0 + 0.5, node.y0 + 0.5, w - 1, h - 1)
    }
    const labelled = !row && labelFits(node)
    if (!labelled && (w < FOCUSABLE_MIN_PX || h < FOCUSABLE_MIN_PX)) return
    const box = document.createElement('div')
    box.className = row ? 'leaf' : 'group'
    box.style.cssText = `left:${node.x0}px;top:${node.y0}px;width:${w}px;height:${h}px`
    box.dataset.name = node.data.name
    box.tabIndex = 0
    if (row) {
      box.style.background = colourOf(row)
      if (matched) box.classList.add('match')
      box.setAttribute('aria-label', `${row.name}: ${formatBytes(row.bytes)}, ${row.category}`)
    } else {
      box.setAttribute('aria-label', `${node.data.name}: ${formatBytes(node.value ?? 0)}`)
      if (labelled) {
        const caption = document.createElement('span')
        caption.textContent = `${label(node.data)} ${formatBytes(node.value ?? 0)}`
        box.append(caption)
      }
    }
    overlay.append(box)
  })
  map.append(canvas, overlay)
  map.dataset.tensors = String(tensors)
  map.classList.toggle('searching', query !== '')
  searchCount.textContent = query ? `${matches} match${matches === 1 ? '' : 'es'}` : ''
  drawCrumbs()
}

/**
 * Padding makes the nesting visible, but a module of many small tensors (a deep model's 10^4
 * layers) would be all padding: only groups with room get it.
 */
function roomy(node: HierarchyRectangularNode<TreeNode>): boolean {
  return node.x1 - node.x0 >= ROOMY_PX && node.y1 - node.y0 >= ROOMY_PX
}

function labelFits(node: HierarchyRectangularNode<TreeNode>): boolean {
  return node.x1 - node.x0 >= LABEL_MIN_WIDTH && node.y1 - node.y0 >= 3 * LABEL_HEIGHT
}

/** The drawn tensor under a point of the map (for the tooltip and clicks on the canvas). */
function tensorAt(x: number, y: number): HierarchyRectangularNode<TreeNode> | undefined {
  return drawn.find((node) => node.x0 <= x && x < node.x1 && node.y0 <= y && y < node.y1)
}

function drawCrumbs(): void {
  crumbs.replaceChildren()
  const path = ['', ...state.zoom]
  path.forEach((name, depth) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent =
      depth === 0 ? (data.head[state.checkpoint]?.id ?? 'all') : label({ segment: name.slice(path[depth - 1].length), name, children: [], area: 0 })
    button.addEventListener('click', () => {
      state.zoom = state.zoom.slice(0, depth)
      draw()
    })
    crumbs.append(button)
  })
}

function describe(name: string, isTensor: boolean): string {
  const row = isTensor ? rows.find((candidate) => candidate.name === name) : undefined
  if (row) {
    const change = row.status
      ? `<br>${row.status}: ${formatBytes(row.base ?? 0)} → ${formatBytes(row.bytes)} (Δ ${formatBytes(row.bytes - (row.base ?? 0))})`
      : ''
    return `<b>${escapeHtml(row.name)}</b><br>${escapeHtml(row.dtype)} [${escapeHtml(row.shape)}] · ${formatBytes(row.bytes)}<br>${escapeHtml(row.category)}${row.reason ? `: ${escapeHtml(row.reason)}` : ''}${change}`
  }
  const node = root?.descendants().find((candidate) => candidate.data.name === name && !candidate.data.tensor)
  return `<b>${escapeHtml(name)}</b><br>${formatBytes(node?.value ?? 0)} in ${node?.leaves().length ?? 0} tensor(s)`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** What the pointer is over: a tensor (overlay element or canvas), else a labelled group. */
function nameAt(event: MouseEvent): { name: string; isTensor: boolean } | undefined {
  const target = (event.target as HTMLElement).closest<HTMLElement>('[data-name]')
  if (target?.classList.contains('leaf')) return { name: target.dataset.name ?? '', isTensor: true }
  const bounds = map.getBoundingClientRect()
  const hit = tensorAt(event.clientX - bounds.left, event.clientY - bounds.top)
  if (hit) return { name: hit.data.name, isTensor: true }
  return target ? { name: target.dataset.name ?? '', isTensor: false } : undefined
}

function showTooltip(name: string, isTensor: boolean, x: number, y: number): void {
  tooltip.innerHTML = describe(name, isTensor)
  tooltip.hidden = false
  const maxX = window.innerWidth - tooltip.offsetWidth - 8
  tooltip.style.left = `${Math.max(0, Math.min(x + 12, maxX))}px`
  tooltip.style.top = `${y + 12}px`
}

function zoomInto(name: string): void {
  // A leaf zooms into its module; a group into itself.
  const node = root?.descendants().find((candidate) => candidate.data.name === name)
  const group = node?.data.tensor ? node.parent : node
  if (!group || group === root) return
  state.zoom = group
    .ancestors()
    .reverse()
    .slice(1)
    .map((ancestor) => ancestor.data.name)
  draw()
}

function drawLegend(): void {
  legend.replaceChildren()
  const entries: [string, string][] =
    state.mode === 'change'
      ? (Object.entries(CHANGE_COLOURS) as [string, string][])
      : state.mode === 'dtype'
        ? [...new Set(rows.map((row) => row.dtype))].map((dtype) => [dtype, colourOf({ ...rows[0], dtype })])
        : data.categories.filter((category) => rows.some((row) => row.category === category)).map((category) => [category, CATEGORY_COLOURS[category]])
  for (const [name, colour] of entries) {
    const item = document.createElement('li')
    item.innerHTML = `<span class="swatch" style="background:${colour}"></span>${escapeHtml(name)}`
    legend.append(item)
  }
}

function drawTable(): void {
  const delta = (row: TensorRow): number => row.bytes - (row.base ?? 0)
  const { key, descending } = state.sort
  const value = (row: TensorRow): number | string => (key === 'delta' ? Math.abs(delta(row)) : (row[key] ?? ''))
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)]
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))
    return descending ? -order : order
  })
  const columns: [keyof TensorRow | 'delta', string][] = [
    ['name', 'Tensor'],
    ['bytes', 'Bytes'],
    ['category', 'Category'],
    ['dtype', 'Dtype'],
    ...(data.base ? ([['delta', 'Δ']] as [keyof TensorRow | 'delta', string][]) : [])
  ]
  const head = columns
    .map(
      ([column, title]) =>
        `<th aria-sort="${column === key ? (descending ? 'descending' : 'ascending') : 'none'}"><button type="button" data-sort="${column}">${title}</button></th>`
    )
    .join('')
  const body = sorted
    .slice(0, TABLE_ROWS)
    .map(
      (row) =>
        `<tr data-name="${escapeHtml(row.name)}"><td>${escapeHtml(row.name)}</td><td class="num">${formatBytes(row.bytes)}</td><td>${escapeHtml(row.category)}</td><td>${escapeHtml(row.dtype)} [${escapeHtml(row.shape)}]</td>${
          data.base ? `<td class="num">${row.status === 'same' ? '' : (delta(row) > 0 ? '+' : '') + formatBytes(delta(row))}</td>` : ''
        }</tr>`
    )
    .join('')
  table.innerHTML = `<caption>${data.base ? 'Largest tensors and changes' : 'Largest tensors'} (${rows.length} in all)</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody>`
}

function selectCheckpoint(index: number): void {
  state.checkpoint = index
  state.zoom = []
  rows = rowsOf(index)
  root = buildTree(rows)
  const checkpoint = data.head[index]
  $('partial').hidden = !checkpoint?.partial
  drawLegend()
  drawTable()
  draw()
}

function start(): void {
  document.title = data.title
  $('title').textContent = data.title
  data.head.forEach((checkpoint, index) => picker.add(new Option(`${checkpoint.id} (${formatBytes(checkpoint.bytes.total ?? 0)})`, String(index))))
  if (!data.base) modes.querySelector('option[value="change"]')?.remove()
  modes.value = state.mode
  picker.addEventListener('change', () => selectCheckpoint(Number(picker.value)))
  modes.addEventListener('change', () => {
    state.mode = modes.value as ColourMode
    drawLegend()
    draw()
  })
  search.addEventListener('input', () => {
    state.query = search.value.trim()
    draw()
  })
  map.addEventListener('mousemove', (event) => {
    const name = nameAt(event)
    if (name) showTooltip(name.name, name.isTensor, event.clientX, event.clientY)
    else tooltip.hidden = true
  })
  map.addEventListener('mouseleave', () => (tooltip.hidden = true))
  map.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement
    const rect = target.getBoundingClientRect()
    showTooltip(target.dataset.name ?? '', target.classList.contains('leaf'), rect.left, rect.top)
  })
  map.addEventListener('focusout', () => (tooltip.hidden = true))
  map.addEventListener('click', (event) => {
    const name = nameAt(event)
    if (name) zoomInto(name.name)
  })
  map.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement
    if ((event.key === 'Enter' || event.key === ' ') && target.dataset.name) {
      event.preventDefault()
      zoomInto(target.dataset.name)
    } else if ((event.key === 'Escape' || event.key === 'Backspace') && state.zoom.length > 0) {
      state.zoom.pop()
      draw()
    }
  })
  table.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-sort]')
    if (button) {
      const key = button.dataset.sort as keyof TensorRow | 'delta'
      state.sort = { key, descending: state.sort.key === key ? !state.sort.descending : key !== 'name' }
      drawTable()
      return
    }
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-name]')
    if (row?.dataset.name) zoomInto(row.dataset.name)
  })
  let resizing = 0
  window.addEventListener('resize', () => {
    cancelAnimationFrame(resizing)
    resizing = requestAnimationFrame(draw)
  })
  if (data.head.length > 0) selectCheckpoint(0)
  else map.textContent = 'No checkpoints in this report.'
  document.body.dataset.ready = 'true'
}

start()
