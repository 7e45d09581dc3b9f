import type { CheckpointReader } from '../kit/types.js';
/**
 * `torch.save` zip archives (PyTorch ≥ 1.6; Lightning `.ckpt`, HF `pytorch_model.bin`) and
 * TorchScript archives (`torch.jit.save`).
 *
 * Layout (`pytorch/pytorch:torch/serialization.py` `_save`, `caffe2/serialize/inline_container.cc`):
 * every record sits under one folder whose name varies (the file stem, or `archive`):
 * `<a>/data.pkl` the pickled object, `<a>/data/<key>` one record per storage (stored, not
 * compressed, 64-byte aligned through a local-header extra field), `<a>/byteorder`,
 * `<a>/version` or `<a>/.data/version`. TorchScript adds `<a>/code/` (Python-like source and
 * `.debug_pkl` debug info) and `<a>/constants.pkl`.
 *
 * Read: the central directory, `data.pkl` (and `constants.pkl`), one local header per storage
 * (its payload starts after the variable-length padding). Storage payloads are never read.
 */
export declare const pytorchZipReader: CheckpointReader;
