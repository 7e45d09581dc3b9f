import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { analyzeCheckpoint } from '../../../src/core/analyze.js'
import { ModelSizeBudgetError } from '../../../src/core/errors.js'
import { CATEGORIES } from '../../../src/core/types.js'
import { pytorchLegacyReader, pytorchZipReader } from '../../../src/formats/pytorch/index.js'
import type { CheckpointReader } from '../../../src/formats/kit/types.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import type { Py } from '../../../scripts/builders/pickle.js'
import { buildLegacyTorch, buildTorchZip, orderedDict, tensor, type StorageSpec } from '../../../scripts/builders/pytorch.js'

const storages: StorageSpec[] = [
  { key: '0', storageClass: 'FloatStorage', numel: 6 },
  { key: '1', storageClass: 'LongStorage', numel: 1 }
]
const root = (legacy: boolean): Py => ({
  dict: [
    [
      'model',
      orderedDict([
        ['fc.weight', tensor(storages[0], [2, 3], { legacy })],
        ['bn.num_batches_tracked', tensor(storages[1], [], { legacy })]
      ])
    ],
    [
      'optimizer',
      {
        dict: [
          ['state', { dict: [] }],
          ['param_groups', [{ dict: [['params', [0]]] }]]
        ]
      }
    ],
    ['epoch', 2]
  ]
})

/** Either a report whose categories add up to the file, or one of our own errors: never a crash. */
async function readsOrRefuses(reader: CheckpointReader, bytes: Uint8Array): Promise<void> {
  try {
    const result = await reader.read('x.pt', new MemoryFiles(new Map([['x.pt', bytes]])))
    const report = analyzeCheckpoint(result, { id: 'x.pt' })
    expect(CATEGORIES.reduce((sum, c) => sum + report.bytes[c], 0)).toBe(bytes.length)
  } catch (error) {
    if (!(error instanceof ModelSizeBudgetError)) throw error
  }
}

const mutations = (length: number) =>
  fc.array(fc.record({ at: fc.nat({ max: length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 })

function mutate(bytes: Uint8Array, changes: { at: number; value: number }[]): Uint8Array {
  const copy = bytes.slice()
  for (const { at, value } of changes) copy[at] = value
  return copy
}

describe('PyTorch readers on corrupted files', () => {
  const zip = buildTorchZip({ root: root(false), storages })
  const legacy = buildLegacyTorch(root(true), storages)

  it('a torch.save zip with random bytes changed is read or refused with a domain error', async () => {
    await fc.assert(
      fc.asyncProperty(mutations(zip.length), async (changes) => readsOrRefuses(pytorchZipReader, mutate(zip, changes))),
      { numRuns: 400 }
    )
  })

  it('a legacy stream with random bytes changed is read or refused with a domain error', async () => {
    await fc.assert(
      fc.asyncProperty(mutations(legacy.length), async (changes) => readsOrRefuses(pytorchLegacyReader, mutate(legacy, changes))),
      { numRuns: 400 }
    )
  })

  it('a torch.save zip cut short anywhere is refused with a domain error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: zip.length - 1 }), async (length) => readsOrRefuses(pytorchZipReader, zip.subarray(0, length))),
      { numRuns: 200 }
    )
  })
})
