import { formatBytes } from '../../core/format-bytes.js'
import type { ReadResult, TensorInfo } from '../../core/types.js'
import { Window } from '../../io/bytes/index.js'
import type { CheckpointFiles } from '../../io/checkpoint-files.js'
import type { CheckpointReader } from '../kit/types.js'
import { stateTreeEvidence } from './evidence.js'
import { MsgpackWalk } from './msgpack-walk.js'
import { flaxMsgpackSniffer } from './sniff.js'
import { withSource } from '../kit/open.js'

/**
 * A Flax msgpack checkpoint: `flax.serialization.to_bytes(state)` (a `TrainState`, a variables
 * dict, or a bare parameter tree) in one file. The msgpack stream is walked (msgpack-walk.ts),
 * skipping array payloads; each array (ext 1/3) is a tensor named by its path, and its category
 * follows from the tree's groups (evidence.ts). Msgpack tags, keys and array headers are metadata.
 */
export const flaxMsgpackReader: CheckpointReader = {
  ...flaxMsgpackSniffer,

  async read(path: string, files: CheckpointFiles): Promise<ReadResult> {
    return withSource(files, path, async (source) => {
      const walk = new MsgpackWalk(new Window(source))
      await walk.walkRoot()
      const leaves = walk.leaves
      const evidence = stateTreeEvidence(leaves)
      const tensors: TensorInfo[] = leaves.map((leaf, i) => ({
        name: leaf.path,
        dtype: leaf.dtype,
        shape: leaf.shape,
        file: path,
        offset: leaf.offset,
        byteLength: leaf.byteLength,
        evidence: evidence[i]
      }))
      const payload = tensors.reduce((sum, tensor) => sum + tensor.byteLength, 0)
      return {
        format: 'flax',
        name: path,
        files: [{ path, role: 'data', bytes: source.size, present: true }],
        tensors,
        classifiedBy: 'dict-layout',
        warnings: [],
        categoryNotes: { metadata: `msgpack keys, tags and array headers (${formatBytes(source.size - payload)})` }
      }
    })
  }
}
