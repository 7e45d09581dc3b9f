/** One point of the bench grid: about `tensors` tensors describing about `bytes` bytes of payload. */
export interface Scale {
  tensors: number
  bytes: number
  /**
   * ONNX: keep the initializers in an external data file; TFLite: the buffers after the flatbuffer
   * (default: only past protobuf's or FlatBuffers' 2 GB limit).
   */
  external?: boolean
}

/** How the bench writes one format's checkpoints. */
export interface FormatScenario {
  format: string
  /** Largest tensor count the writer handles (the grid's larger scales are listed as skipped). */
  maxTensors?: number
  /** Why, for the bench output. */
  maxTensorsReason?: string
  /**
   * Writes, into the empty directory `dir`, a checkpoint of about `scale.tensors` tensors whose
   * payloads add up to about `scale.bytes` bytes, as holes of sparse files. Returns the paths
   * (relative to `dir`) to give the CLI.
   */
  write(dir: string, scale: Scale): Promise<string[]> | string[]
}

/** The shape of one float32 tensor of about `bytes` bytes: 2-D with 256 columns when it is large enough. */
export function float32Shape(bytes: number): number[] {
  const elements = Math.max(1, Math.floor(bytes / 4))
  return elements >= 256 ? [Math.floor(elements / 256), 256] : [elements]
}

export function elementCount(shape: number[]): number {
  return shape.reduce((n, d) => n * d, 1)
}
