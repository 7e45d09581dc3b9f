import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildTorchZip, orderedDict, tensor, type StorageSpec } from '../../scripts/builders/pytorch.js'
import { buildSafetensorsBytes } from '../../scripts/builders/safetensors.js'
import { ExitCode } from '../../src/cli/args.js'
import { runCli } from '../helpers/run-cli.js'
import { DUPLICATE_SAMPLE_BYTES } from '../../src/core/limits.js'
import { MemoryFiles } from '../../src/io/checkpoint-files.js'
import { measure } from '../../src/pipeline/measure.js'

/** Deterministic non-constant bytes (a trained tensor's payload). */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let i = 0; i < length; i++) bytes[i] = (state = (state * 1103515245 + 12345) >>> 0) >>> 24
  return bytes
}

const EMBEDDING = noise(64 * 32 * 4, 1)

/**
 * A language model saved with its output layer untied: lm_head.weight holds the embedding's bytes
 * again. The attention weight has the same shape but its own bytes; the two LoRA B matrices are
 * zeros (equal by initialisation, not a copy); the biases are too small to count.
 */
const SAFETENSORS = buildSafetensorsBytes({
  'transformer.wte.weight': { dtype: 'F32', shape: [64, 32], data: EMBEDDING },
  'transformer.h.0.attn.weight': { dtype: 'F32', shape: [64, 32], data: noise(64 * 32 * 4, 2) },
  'lm_head.weight': { dtype: 'F32', shape: [64, 32], data: EMBEDDING.slice() },
  'lora_B.0.weight': { dtype: 'F32', shape: [64, 32] },
  'lora_B.1.weight': { dtype: 'F32', shape: [64, 32] },
  'transformer.h.0.bias': { dtype: 'F32', shape: [32], data: noise(128, 3) },
  'transformer.h.1.bias': { dtype: 'F32', shape: [32], data: noise(128, 3) }
})

const cli = (cwd: string, ...argv: string[]) => runCli(cwd, argv)

describe('the duplicates rule', () => {
  it('fails a safetensors file whose output layer is a second copy of the embedding, naming both and the bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msb-duplicates-'))
    try {
      writeFileSync(join(dir, 'model.safetensors'), SAFETENSORS)
      const result = await cli(dir, 'model.safetensors', '--budget', 'duplicates: 0 B')
      expect(result.code).toBe(ExitCode.OverBudget)
      expect(result.stdout).toContain(
        'model.safetensors: 8.19 kB of tensors stored twice: transformer.wte.weight = lm_head.weight (float32[64, 32], 8.19 kB each). Tie the weights before saving'
      )
      const json = JSON.parse((await cli(dir, 'model.safetensors', '--json', '--budget', 'duplicates: 8 kB')).stdout)
      expect(json.checkpoints[0].duplicates).toEqual([
        { dtype: 'float32', shape: [64, 32], bytes: 8192, tensors: ['transformer.wte.weight', 'lm_head.weight'] }
      ])
      expect((await cli(dir, 'model.safetensors', '--budget', 'duplicates: 8.2 kB')).code).toBe(ExitCode.Success)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('counts a storage shared by two names (tied weights in torch.save) once, and a copy under another key as a duplicate', async () => {
    const embedding: StorageSpec = { key: '0', storageClass: 'FloatStorage', numel: 2048, bytes: EMBEDDING }
    const emaCopy: StorageSpec = { key: '1', storageClass: 'FloatStorage', numel: 2048, bytes: EMBEDDING.slice() }
    const root = orderedDict([
      ['embed.weight', tensor(embedding, [64, 32])],
      ['lm_head.weight', tensor(embedding, [64, 32])],
      ['copy.embed.weight', tensor(emaCopy, [64, 32])]
    ])
    const files = new MemoryFiles(new Map([['model.pt', buildTorchZip({ root, storages: [embedding, emaCopy] })]]))
    const report = await measure(['model.pt'], files, { duplicates: true })
    expect(report.errors).toEqual([])
    expect(report.checkpoints[0].duplicates).toEqual([{ dtype: 'float32', shape: [64, 32], bytes: 8192, tensors: ['embed.weight', 'copy.embed.weight'] }])
  })

  it('reads three small samples per candidate, never the payload', async () => {
    const files = new MemoryFiles(new Map([['model.safetensors', SAFETENSORS]]))
    const plain = await measure(['model.safetensors'], files)
    const readWithout = files.bytesRead
    const scanned = await measure(['model.safetensors'], files, { duplicates: true })
    expect(plain.checkpoints[0].duplicates).toBeUndefined()
    // Five candidates of [64, 32] (the biases are under the size floor), three samples each.
    expect(files.bytesRead - 2 * readWithout).toBe(5 * 3 * DUPLICATE_SAMPLE_BYTES)
    expect(scanned.checkpoints[0].bytes).toEqual(plain.checkpoints[0].bytes)
  })
})
