import { basename } from '../../io/checkpoint-files.js'

/**
 * Names `torch.save` files go by: `.pt`, `.pth`, `.bin` (HF `pytorch_model.bin`), `.ckpt`
 * (Lightning), `.pkl` (accelerate's `random_states_N.pkl`, `custom_checkpoint_N.pkl`, written by
 * torch.save), and the old `model_best.pth.tar` habit. `.bin` and `.ckpt` are shared with other
 * formats, so the name only admits a file; its content decides (sniff).
 */
export function hasPytorchExtension(path: string): boolean {
  return /\.(pt|pth|bin|ckpt|pkl)$|\.(pt|pth)\.tar$/i.test(basename(path))
}
