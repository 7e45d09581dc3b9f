import { CATEGORIES, type CheckpointReport, type Report } from '../../core/types.js'

/**
 * The data of the HTML report, encoded compactly (issue 16: 10^5 tensors in well under 10 MB).
 * Names are split into path segments (`/` and `.`) and stored once as a tree, so that
 * `encoder.layer.3.attention.self.query.weight` costs one short segment beside its siblings;
 * every repeated string (segments, dtypes, shapes, reasons) is an index into one string table; the
 * per-tensor fields are columns of numbers. The page (page/main.ts) decodes the same layout.
 */

export const PAGE_DATA_VERSION = 1

export interface EncodedCheckpoint {
  id: string
  format: string
  /** Bytes per category and total, as in the report. */
  bytes: Record<string, number>
  /** Name tree: node i's parent (-1: a top-level segment) and its segment (string index, separator included). */
  parent: number[]
  segment: number[]
  /** Per tensor: its tree node, dtype, shape (`3×3×64`), bytes, category index and reason (string index, -1: none). */
  node: number[]
  dtype: number[]
  shape: number[]
  size: number[]
  category: number[]
  reason: number[]
  /** True when the report listed only some tensors (written with a smaller `--top`). */
  partial: boolean
}

export interface PageData {
  version: number
  title: string
  categories: readonly string[]
  strings: string[]
  head: EncodedCheckpoint[]
  base?: EncodedCheckpoint[]
}

/** Splits `a.b/c` into `a`, `.b`, `/c`: each segment keeps the separator before it, so joining them gives the name back. */
export function nameSegments(name: string): string[] {
  const segments = name.match(/[./]?[^./]+|[./]+$/g)
  return segments && segments.join('') === name ? segments : [name]
}

class StringTable {
  readonly strings: string[] = []
  private readonly index = new Map<string, number>()
  of(value: string): number {
    let at = this.index.get(value)
    if (at === undefined) {
      at = this.strings.length
      this.strings.push(value)
      this.index.set(value, at)
    }
    return at
  }
}

function encodeCheckpoint(checkpoint: CheckpointReport, strings: StringTable): EncodedCheckpoint {
  const encoded: EncodedCheckpoint = {
    id: checkpoint.id,
    format: checkpoint.format,
    bytes: { ...checkpoint.bytes },
    parent: [],
    segment: [],
    node: [],
    dtype: [],
    shape: [],
    size: [],
    category: [],
    reason: [],
    partial: (checkpoint.top?.length ?? 0) < checkpoint.tensors
  }
  // Children of each node by segment string index; key `parent:segment`.
  const nodes = new Map<string, number>()
  for (const tensor of checkpoint.top ?? []) {
    let parent = -1
    for (const segment of nameSegments(tensor.name)) {
      const segmentIndex = strings.of(segment)
      const key = `${parent}:${segmentIndex}`
      let node = nodes.get(key)
      if (node === undefined) {
        node = encoded.parent.length
        encoded.parent.push(parent)
        encoded.segment.push(segmentIndex)
        nodes.set(key, node)
      }
      parent = node
    }
    encoded.node.push(parent)
    encoded.dtype.push(strings.of(tensor.dtype))
    encoded.shape.push(strings.of(tensor.shape.join('×')))
    encoded.size.push(tensor.bytes)
    encoded.category.push(CATEGORIES.indexOf(tensor.category))
    encoded.reason.push(tensor.reason ? strings.of(tensor.reason) : -1)
  }
  return encoded
}

/** The page data of a report (its checkpoints' `top` lists are the tensors) and an optional baseline. */
export function encodePageData(title: string, head: Report, base?: Report): PageData {
  const strings = new StringTable()
  return {
    version: PAGE_DATA_VERSION,
    title,
    categories: CATEGORIES,
    head: head.checkpoints.map((checkpoint) => encodeCheckpoint(checkpoint, strings)),
    ...(base ? { base: base.checkpoints.map((checkpoint) => encodeCheckpoint(checkpoint, strings)) } : {}),
    strings: strings.strings
  }
}
