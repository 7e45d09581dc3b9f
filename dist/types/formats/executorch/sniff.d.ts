import type { CheckpointSniffer } from '../kit/types.js';
/**
 * ExecuTorch programs (`.pte`): a flatbuffer of `pytorch/executorch:schema/program.fbs` whose file
 * identifier is `ET` and two version characters (`ET12` today; the serializer checks
 * /ET[0-9a-zA-Z][0-9a-zA-Z]/, `exir/_serialize/_program.py`).
 */
export declare const executorchProgramSniffer: CheckpointSniffer;
/** ExecuTorch external tensor data (`.ptd`): a FlatTensor flatbuffer, identifier `FT01` (`extension/flat_tensor/serialize/flat_tensor.fbs`). */
export declare const executorchDataSniffer: CheckpointSniffer;
