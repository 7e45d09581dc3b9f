import { basename } from '../../io/checkpoint-files.js'

/**
 * Names `torch.save` files go by: `.pt`, `.pth`, `.bin` (HF `pytorch_model.bin`), `.ckpt`
 * (Lightning), accelerate's `random_states_N.pkl` and `custom_checkpoint_N.pkl` (torch.save
 * archives under a pickle's name; other `.pkl` files are scikit-learn or pandas pickles, not
 * admitted), and the old `model_best.pth.tar` habit. `.bin` and `.ckpt` are shared with other
 * formats, so the name only admits a file; its content decides (sniff).
 */
export function hasPytorchExtension(path: string): boolean {
  const name = basename(path)
  return /\.(pt|pth|bin|ckpt)$|\.(pt|pth)\.tar$/i.test(name) || /^(random_states|custom_checkpoint)_\d+\.pkl$/.test(name)
}

/** The names hasPytorchExtension admits, as `path` globs. */
export const PYTORCH_NAME_PATTERNS: readonly string[] = [
  '*.pt',
  '*.pth',
  '*.bin',
  '*.ckpt',
  '*.pt.tar',
  '*.pth.tar',
  'random_states_*.pkl',
  'custom_checkpoint_*.pkl'
]
