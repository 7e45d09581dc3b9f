import { basename } from '../../io/checkpoint-files.js'

/**
 * Names `torch.save` files go by: `.pt`, `.pth`, `.bin` (HF `pytorch_model.bin`), `.ckpt`
 * (Lightning), and the old `model_best.pth.tar` habit. `.bin` and `.ckpt` are shared with other
 * formats, so the name only admits a file; its content decides (sniff).
 */
export function hasPytorchExtension(path: string): boolean {
  return /\.(pt|pth|bin|ckpt)$|\.(pt|pth)\.tar$/i.test(basename(path))
}
