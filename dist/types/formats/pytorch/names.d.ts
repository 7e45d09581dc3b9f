/**
 * Names `torch.save` files go by: `.pt`, `.pth`, `.bin` (HF `pytorch_model.bin`), `.ckpt`
 * (Lightning), and the old `model_best.pth.tar` habit. `.bin` and `.ckpt` are shared with other
 * formats, so the name only admits a file; its content decides (sniff).
 */
export declare function hasPytorchExtension(path: string): boolean;
