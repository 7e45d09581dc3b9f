import { describe, expect, it } from '@jest/globals'
import { buildLegacyTorch, buildTorchZip, orderedDict, tensor } from '../../scripts/builders/pytorch.js'
import { buildSafetensorsBytes } from '../../scripts/builders/safetensors.js'
import { buildBundle, bundleFiles, DT } from '../../scripts/builders/tensorflow.js'
import { craftedInputs } from '../../fuzz/inputs.js'
import { LimitExceededError } from '../../src/core/errors.js'
import { MAX_DIMS, MAX_NAME_BYTES, MAX_PICKLE_KEY_DEPTH, MAX_TENSORS, MAX_TOTAL_NAME_BYTES } from '../../src/core/limits.js'
import { pytorchLegacyReader, pytorchZipReader } from '../../src/formats/pytorch/index.js'
import { MemoryFiles } from '../../src/io/checkpoint-files.js'
import { measure } from '../../src/pipeline/measure.js'

/**
 * Inputs the fuzzer found that ended in an untyped error (an InternalError in the report) or
 * broke a bound, each kept as a regression test with the typed error it must end in now.
 */

describe('fuzz regressions: PyTorch', () => {
  it('a legacy stream whose tensor names a storage missing from its key list is a FormatError, not a TypeError', async () => {
    // Found by the crafted legacy inputs: the key list (5th pickle) is empty but the object refers to storage '0'.
    const storage = { key: '0', storageClass: 'FloatStorage', numel: 4 }
    const complete = buildLegacyTorch(orderedDict([['w', tensor(storage, [4], { legacy: true })]]), [storage])
    const withoutKeys = buildLegacyTorch(orderedDict([['w', tensor(storage, [4], { legacy: true })]]), [])
    expect(withoutKeys.length).toBeLessThan(complete.length)
    const files = new MemoryFiles(new Map([['old.pt', withoutKeys]]))
    await expect(pytorchLegacyReader.read('old.pt', files)).rejects.toThrow(
      /^old\.pt: a tensor refers to storage '0', but the stream's storage list does not include it \(at byte \d+\)\. The file is corrupted; re-save it\.$/
    )
    const report = await measure(['old.pt'], files)
    expect(report.errors.map((e) => e.kind)).toEqual(['FormatError'])
  })
})

describe('fuzz regressions: PyTorch shapes', () => {
  it('a tensor with more dimensions than MAX_DIMS is refused with a FormatError naming the limit', async () => {
    // Found by the crafted input 'torch.save zip with pickle: tensor of 10k dims', which was read as a 10,000-dim tensor.
    const storage = { key: '0', storageClass: 'FloatStorage', numel: 1 }
    const shape = new Array<number>(MAX_DIMS + 1).fill(1)
    const files = new MemoryFiles(new Map([['m.pt', buildTorchZip({ root: orderedDict([['w', tensor(storage, shape)]]), storages: [storage] })]]))
    await expect(pytorchZipReader.read('m.pt', files)).rejects.toThrow(`size has ${MAX_DIMS + 1} dimensions, over the limit of ${MAX_DIMS}`)
    const atLimit = new MemoryFiles(new Map([['m.pt', buildTorchZip({ root: orderedDict([['w', tensor(storage, shape.slice(1))]]), storages: [storage] })]]))
    expect((await pytorchZipReader.read('m.pt', atLimit)).tensors[0].shape).toHaveLength(MAX_DIMS)
  })
})

describe('fuzz regressions: names made from pickled keys', () => {
  const crafted = (name: string): MemoryFiles => {
    const input = craftedInputs(0.2).find((c) => c.name === `torch.save zip with pickle: ${name}`)
    if (!input) throw new Error(`no crafted input '${name}'`)
    return new MemoryFiles(new Map([['m.pt', input.bytes()]]))
  }

  it('a dict key of tuples nested 20k deep is written to a bounded depth, not recursed into (was: RangeError, call stack)', async () => {
    const result = await pytorchZipReader.read('m.pt', crafted('tensor under a dict key of tuples nested 100k deep'))
    expect(result.tensors).toHaveLength(1)
    expect(result.tensors[0].name).toBe(`${'('.repeat(MAX_PICKLE_KEY_DEPTH)}(…)${')'.repeat(MAX_PICKLE_KEY_DEPTH)}`)
  })

  it('a tensor name over MAX_NAME_BYTES (60 nested 1 MB keys, each cut to the limit) is a LimitExceededError (was: a 63 MB name in the report)', async () => {
    await expect(pytorchZipReader.read('m.pt', crafted('tensor under a 1 MB key, 60 levels deep'))).rejects.toThrow(
      `m.pt: the length of a tensor name is ${60 * (MAX_NAME_BYTES + 1) + 59}, over the limit of ${MAX_NAME_BYTES}.`
    )
  })

  it('20k tensors at the end of a 1,800-dict path stop at MAX_TOTAL_NAME_BYTES (was: out of memory at full size)', async () => {
    // Full size (200k tensors, 9,000 deep) exhausted a 2 GB heap copying one 9,000-step path per tensor.
    const error = await pytorchZipReader.read('m.pt', crafted('100k tensors 9,000 dicts deep')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LimitExceededError)
    expect((error as Error).message).toMatch(
      new RegExp(`^m\\.pt: the length of all tensor names together is \\d+, over the limit of ${MAX_TOTAL_NAME_BYTES}\\.`)
    )
  })
})

describe('limits audit: MAX_NAME_BYTES applies to every reader that builds names', () => {
  const long = 'n'.repeat(MAX_NAME_BYTES + 1)

  it('a safetensors tensor name over MAX_NAME_BYTES is a LimitExceededError', async () => {
    const files = new MemoryFiles(new Map([['m.safetensors', buildSafetensorsBytes({ [long]: { dtype: 'F32', shape: [1] } })]]))
    const report = await measure(['m.safetensors'], files)
    expect(report.errors.map((e) => e.kind)).toEqual(['LimitExceededError'])
    expect(report.errors[0].message).toMatch(`m.safetensors: the length of a tensor name is ${MAX_NAME_BYTES + 1}, over the limit of ${MAX_NAME_BYTES}.`)
  })

  it('a TensorFlow checkpoint key over MAX_NAME_BYTES is a LimitExceededError, and one at the limit is read', async () => {
    const over = bundleFiles('ckpt/model', buildBundle([{ name: long, dtype: DT.FLOAT, shape: [1] }]))
    const report = await measure([...over.keys()], new MemoryFiles(over))
    expect(report.errors.map((e) => e.kind)).toEqual(['LimitExceededError'])
    expect(report.errors[0].message).toMatch(`ckpt/model.index: the length of a checkpoint key is ${MAX_NAME_BYTES + 1}, over the limit of ${MAX_NAME_BYTES}.`)
    const atLimit = bundleFiles('ckpt/model', buildBundle([{ name: long.slice(1), dtype: DT.FLOAT, shape: [1] }]))
    expect((await measure([...atLimit.keys()], new MemoryFiles(atLimit))).checkpoints).toHaveLength(1)
  })
})

describe('limits audit: MAX_TENSORS', () => {
  it('is 10^6, and a count over it is refused from the header, before any tensor is read', async () => {
    expect(MAX_TENSORS).toBe(1_000_000)
    const header = new Uint8Array(24)
    header.set(new TextEncoder().encode('GGUF'))
    const view = new DataView(header.buffer)
    view.setUint32(4, 3, true)
    view.setBigUint64(8, BigInt(MAX_TENSORS + 1), true)
    const report = await measure(['m.gguf'], new MemoryFiles(new Map([['m.gguf', header]])))
    expect(report.errors.map((e) => e.kind)).toEqual(['LimitExceededError'])
    expect(report.errors[0].message).toMatch(`m.gguf: the GGUF tensor count is ${MAX_TENSORS + 1}, over the limit of ${MAX_TENSORS}.`)
  })
})
