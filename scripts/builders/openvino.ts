/**
 * OpenVINO IR `.xml` text as the converters write it (IR v11: `<net><layers><layer>` with
 * `<data element_type shape offset size>` for Const layers), for tests, the bench and the fuzzer.
 */
export interface IrConst {
  name: string
  elementType: string
  shape: number[]
  offset: number
  size: number
}

export interface IrLayer {
  name: string
  type: string
  /** For a Const layer: its `.bin` slice. */
  constant?: Omit<IrConst, 'name'>
  /** Layers of a `Loop` / `TensorIterator` body. */
  body?: IrLayer[]
  /** Older IRs: `<blobs><custom offset size/></blobs>` slices of a layer. */
  blobs?: { tag: string; offset: number; size: number; precision?: string }[]
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

function layerXml(layer: IrLayer, id: number, indent: string): string {
  const lines = [`${indent}<layer id="${id}" name="${escape(layer.name)}" type="${layer.type}" version="opset1">`]
  const c = layer.constant
  if (c) lines.push(`${indent}\t<data element_type="${c.elementType}" shape="${c.shape.join(', ')}" offset="${c.offset}" size="${c.size}" />`)
  if (layer.blobs) {
    lines.push(`${indent}\t<blobs>`)
    for (const b of layer.blobs) lines.push(`${indent}\t\t<${b.tag} offset="${b.offset}" size="${b.size}"${b.precision ? ` precision="${b.precision}"` : ''}/>`)
    lines.push(`${indent}\t</blobs>`)
  }
  lines.push(
    `${indent}\t<output>`,
    `${indent}\t\t<port id="0" precision="FP32">${(c?.shape ?? [1]).map((d) => `<dim>${d}</dim>`).join('')}</port>`,
    `${indent}\t</output>`
  )
  if (layer.body) lines.push(`${indent}\t<body>`, layersXml(layer.body, `${indent}\t\t`), `${indent}\t</body>`)
  lines.push(`${indent}</layer>`)
  return lines.join('\n')
}

function layersXml(layers: readonly IrLayer[], indent: string): string {
  return [`${indent}<layers>`, ...layers.map((layer, id) => layerXml(layer, id, `${indent}\t`)), `${indent}</layers>`].join('\n')
}

/** The `.xml` of an IR with these layers; `prolog` goes between the declaration and `<net>`. */
export function buildOpenvinoXml(layers: readonly IrLayer[], options: { version?: number; prolog?: string } = {}): string {
  return [
    '<?xml version="1.0"?>',
    ...(options.prolog ? [options.prolog] : []),
    `<net name="model" version="${options.version ?? 11}">`,
    layersXml(layers, '\t'),
    '\t<edges/>',
    '\t<rt_info><Runtime_version value="2024.0" /></rt_info>',
    '</net>',
    ''
  ].join('\n')
}

/** Const layers of float32 slices laid end to end, `bytes` each. */
export function consecutiveConsts(count: number, bytes: number): IrLayer[] {
  const elements = Math.max(1, Math.floor(bytes / 4))
  return Array.from({ length: count }, (_, i) => ({
    name: `layers.${i}.weight`,
    type: 'Const',
    constant: { elementType: 'f32', shape: [elements], offset: i * elements * 4, size: elements * 4 }
  }))
}
