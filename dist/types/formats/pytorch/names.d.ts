/**
 * Names `torch.save` files go by: `.pt`, `.pth`, `.bin` (HF `pytorch_model.bin`), `.ckpt`
 * (Lightning), accelerate's `random_states_N.pkl` and `custom_checkpoint_N.pkl` (torch.save
 * archives under a pickle's name; other `.pkl` files are scikit-learn or pandas pickles, not
 * admitted), and the old `model_best.pth.tar` habit. `.bin` and `.ckpt` are shared with other
 * formats, so the name only admits a file; its content decides (sniff).
 */
export declare function hasPytorchExtension(path: string): boolean;
/** The names hasPytorchExtension admits, as `path` globs. */
export declare const PYTORCH_NAME_PATTERNS: readonly string[];
