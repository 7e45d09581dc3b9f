import type { TensorInfo } from '../../core/types.js'

/**
 * Tensors whose payloads start at the same byte are views of one storage, counted once: the same
 * constant used by several methods, a buffer shared by several TFLite tensors, or a hostile file
 * pointing many tensors at one payload.
 */
export class StoragesByOffset {
  private readonly first = new Map<number, TensorInfo>()

  add(tensor: TensorInfo): void {
    const first = this.first.get(tensor.offset)
    if (first) tensor.storageKey = first.storageKey ??= `${tensor.file}@${tensor.offset}`
    else this.first.set(tensor.offset, tensor)
  }
}
