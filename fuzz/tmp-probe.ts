import { craftedInputs } from './inputs.js'
import { MemoryFiles } from '../src/io/checkpoint-files.js'
import { pytorchZipReader } from '../src/formats/pytorch/index.js'
const c = craftedInputs(1).find((c) => c.name === 'torch.save zip with pickle: 200k tensors 9,000 dicts deep')!
const files = new MemoryFiles(new Map([[c.path, c.bytes()]]))
const t = performance.now()
try { await pytorchZipReader.read(c.path, files) } catch (e) { console.log((e as Error).message.slice(0, 100)) }
console.log(performance.now() - t)
