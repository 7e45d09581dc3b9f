import { join } from 'node:path'
import { ndarrayChunks, packMsgpack } from '../../scripts/builders/msgpack.js'
import { writeSparseFile, type Chunk } from '../../scripts/builders/sparse.js'
import { elementCount, float32Shape, type FormatScenario, type Scale } from './types.js'

/**
 * `flax.serialization.to_bytes` of a train state (`state.msgpack`): `step`, then `params` with
 * one kernel per layer and `opt_state` with an SGD-momentum trace mirroring it (half the tensors
 * each), written as msgpack map headers, keys and ndarray ext values whose payloads are holes.
 */
export const flaxScenario: FormatScenario = {
  format: 'flax',
  write(dir: string, scale: Scale): string[] {
    const layers = Math.max(1, Math.floor(scale.tensors / 2))
    const shape = float32Shape(scale.bytes / (2 * layers))
    const tree = (): Chunk[] => {
      const chunks: Chunk[] = [mapHeader(layers)]
      for (let i = 0; i < layers; i++)
        chunks.push(packMsgpack(`layer_${i}`), mapHeader(1), packMsgpack('kernel'), ...ndarrayChunks('float32', shape, 4 * elementCount(shape)))
      return chunks
    }
    const chunks: Chunk[] = [
      mapHeader(3),
      packMsgpack('step'),
      packMsgpack(3),
      packMsgpack('params'),
      ...tree(),
      packMsgpack('opt_state'),
      mapHeader(1),
      packMsgpack('0'),
      mapHeader(1),
      packMsgpack('trace'),
      ...tree()
    ]
    writeSparseFile(join(dir, 'state.msgpack'), chunks)
    return ['state.msgpack']
  }
}

/** A map 32 header for `count` entries (its keys and values follow). */
function mapHeader(count: number): Uint8Array {
  const header = new Uint8Array(5)
  header[0] = 0xdf
  new DataView(header.buffer).setUint32(1, count)
  return header
}
