import { craftedInputs } from './inputs.js'
import { MemoryFiles } from '../src/io/checkpoint-files.js'
import { READERS } from '../src/formats/index.js'
for (const c of craftedInputs(1).filter((c) => /key|deep/.test(c.name))) {
  const files = new MemoryFiles(new Map([[c.path, c.bytes()]]))
  for (const r of READERS.filter((r) => r.matchesName(c.path))) {
    const t = performance.now()
    let out = 'read'
    try { const res = await r.read(c.path, files); out += ' ' + res.tensors.length } catch (e) { out = (e as Error).name + ': ' + (e as Error).message.slice(0, 150) }
    console.log(Math.round(performance.now() - t), 'ms', c.name, r.format, out)
  }
}
