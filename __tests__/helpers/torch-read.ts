import { expect } from '@jest/globals'
import { analyzeCheckpoint } from '../../src/core/analyze.js'
import { classifyTensor } from '../../src/core/classify.js'
import { CATEGORIES, type CheckpointReport, type ReadResult } from '../../src/core/types.js'
import { pytorchLegacyReader, pytorchZipReader } from '../../src/formats/pytorch/index.js'
import type { Candidate } from '../../src/formats/kit/types.js'
import { MemoryFiles } from '../../src/io/checkpoint-files.js'
import type { StorageSpec } from '../../scripts/builders/pytorch.js'
import { decidedCategory } from './decide.js'

export const torchReaders = [pytorchZipReader, pytorchLegacyReader]
export const float = (key: string, numel: number): StorageSpec => ({ key, storageClass: 'FloatStorage', numel })

/** Reads torch.save bytes with the reader that claims them, analyses them, and checks every byte is accounted. */
export async function readTorch(path: string, bytes: Uint8Array): Promise<{ result: ReadResult; report: CheckpointReport }> {
  const files = new MemoryFiles(new Map([[path, bytes]]))
  const reader = pytorchLegacyReader.sniff(candidate(path, bytes)) ? pytorchLegacyReader : pytorchZipReader
  const result = await reader.read(path, files)
  const report = analyzeCheckpoint(result, { id: path })
  expect(report.bytes.total).toBe(bytes.length)
  expect(CATEGORIES.reduce((sum, c) => sum + report.bytes[c], 0)).toBe(bytes.length)
  return { result, report }
}

export function candidate(path: string, bytes: Uint8Array): Candidate {
  return { path, size: bytes.length, head: bytes.subarray(0, 64) }
}

export function categoryOf(result: ReadResult, name: string): string | undefined {
  const tensor = result.tensors.find((t) => t.name === name)
  return tensor && decidedCategory(tensor)
}

export function reasonOf(result: ReadResult, name: string): string | undefined {
  const tensor = result.tensors.find((t) => t.name === name)
  return tensor && classifyTensor(tensor.evidence ?? []).reason
}
