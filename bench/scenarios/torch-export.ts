import { join } from 'node:path'
import { writeSparseFile } from '../../scripts/builders/sparse.js'
import { sparseZip64, type ZipRecord } from '../../scripts/builders/zip.js'
import { elementCount, float32Shape, type FormatScenario, type Scale } from './types.js'

/**
 * A `torch.export.save` archive (`.pt2`): one stored file per weight under `data/weights/`, the
 * weights config naming them, and a small graph; payloads are holes. ZIP64, as large archives are.
 */
export const torchExportScenario: FormatScenario = {
  format: 'torch-export',
  write(dir: string, scale: Scale): string[] {
    const shape = float32Shape(scale.bytes / scale.tensors)
    // As Python's json.dumps writes it (", " and ": " separators), which the reader matches directly.
    const sizes = shape.map((size) => `{"as_int": ${size}}`).join(', ')
    const entries = Array.from(
      { length: scale.tensors },
      (_, i) =>
        `"layers.${i}.weight": {"path_name": "weight_${i}", "is_param": true, "use_pickle": false, ` +
        `"tensor_meta": {"dtype": 7, "sizes": [${sizes}], "requires_grad": true, "device": {"type": "cpu", "index": null}, "layout": 7}}`
    )
    const text = (value: string): Uint8Array => new TextEncoder().encode(value)
    const records: ZipRecord[] = [
      ...Array.from({ length: scale.tensors }, (_, i) => ({ name: `model/data/weights/weight_${i}`, hole: elementCount(shape) * 4 })),
      { name: 'model/data/weights/model_weights_config.json', data: text(`{"config": {${entries.join(', ')}}}`) },
      { name: 'model/data/constants/model_constants_config.json', data: text('{"config": {}}') },
      { name: 'model/models/model.json', data: text('{"graph_module": {"graph": {"nodes": []}}}') },
      { name: 'model/archive_format', data: text('pt2') }
    ]
    writeSparseFile(join(dir, 'model.pt2'), sparseZip64(records))
    return ['model.pt2']
  }
}
