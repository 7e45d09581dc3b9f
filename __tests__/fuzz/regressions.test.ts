import { describe, expect, it } from '@jest/globals'
import { buildLegacyTorch, orderedDict, tensor } from '../../scripts/builders/pytorch.js'
import { pytorchLegacyReader } from '../../src/formats/pytorch/index.js'
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
      "old.pt: a tensor refers to storage '0', which is not in the stream's list of storages. The file is corrupted; re-save it."
    )
    const report = await measure(['old.pt'], files)
    expect(report.errors.map((e) => e.kind)).toEqual(['FormatError'])
  })
})
