import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { coremlScenario } from '../../bench/scenarios/coreml.js'
import { dcpScenario, writeDcpFolder } from '../../bench/scenarios/dcp.js'
import { flaxScenario } from '../../bench/scenarios/flax.js'
import { ggufScenario } from '../../bench/scenarios/gguf.js'
import { hdf5Scenario } from '../../bench/scenarios/hdf5.js'
import { numpyScenario } from '../../bench/scenarios/numpy.js'
import { onnxScenario } from '../../bench/scenarios/onnx.js'
import { openvinoScenario } from '../../bench/scenarios/openvino.js'
import { orbaxScenario } from '../../bench/scenarios/orbax.js'
import { pytorchScenario } from '../../bench/scenarios/pytorch.js'
import { safetensorsScenario } from '../../bench/scenarios/safetensors.js'
import { tensorflowScenario } from '../../bench/scenarios/tensorflow.js'
import { executorchScenario } from '../../bench/scenarios/executorch.js'
import { tfliteScenario } from '../../bench/scenarios/tflite.js'
import { torchExportScenario } from '../../bench/scenarios/torch-export.js'
import { trainingFolderScenario } from '../../bench/scenarios/training-folder.js'
import type { FormatScenario } from '../../bench/scenarios/types.js'
import { writeSparseLegacyTorch } from '../../scripts/builders/pytorch.js'
import { DiskFiles } from '../../src/io/disk-files.js'
import { walk } from '../../src/io/walk.js'
import { measure } from '../../src/pipeline/measure.js'

/**
 * The promise of issue 5, as a test rather than a timing: analysing a checkpoint reads its
 * metadata, never its payloads, so the bytes read do not depend on how large the tensors are.
 * Each format's checkpoint (the bench's writers: payloads are holes of sparse files) is analysed
 * with 16 tensors of 64 KiB and with 16 tensors of 256 MiB (4 GiB described, past every 32-bit
 * offset); both must read the same bytes, within a little slack for wider offset fields, and
 * under a fixed bound.
 */
const TENSORS = 16
const SMALL_PAYLOAD = 64 * 1024
const LARGE_PAYLOAD = 256 * 1024 * 1024
/** Bytes of metadata that may be read for 16 tensors, whatever the format. */
const READ_BOUND = 64 * 1024
/** Varint offsets and lengths grow by a few bytes with the payloads (protobuf, zip64 extras). */
const SLACK = 1024

interface Analysed {
  bytesRead: number
  described: number
  errors: string[]
}

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'msb-discipline-'))
})
afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

async function analyse(name: string, write: (dir: string) => string[] | Promise<string[]>): Promise<Analysed> {
  const dir = join(work, name)
  mkdirSync(dir)
  const paths = await write(dir)
  const found = await walk(dir, paths)
  const files = new DiskFiles(dir)
  const report = await measure(found.files, files)
  return {
    bytesRead: files.bytesRead,
    described: report.total.bytes.total,
    errors: report.errors.map((error) => error.message)
  }
}

async function expectPayloadIndependent(
  name: string,
  write: (dir: string, payloadBytes: number) => string[] | Promise<string[]>,
  largePayload = LARGE_PAYLOAD
): Promise<void> {
  const small = await analyse(`${name}-small`, (dir) => write(dir, SMALL_PAYLOAD))
  const large = await analyse(`${name}-large`, (dir) => write(dir, largePayload))
  expect(small.errors).toEqual([])
  expect(large.errors).toEqual([])
  // The large one really describes gigabytes (writers round tensor shapes down a little).
  expect(large.described).toBeGreaterThan(0.95 * TENSORS * largePayload)
  expect(small.bytesRead).toBeGreaterThan(0)
  expect(Math.abs(large.bytesRead - small.bytesRead)).toBeLessThanOrEqual(SLACK)
  expect(large.bytesRead).toBeLessThan(READ_BOUND)
}

const scenarios: FormatScenario[] = [
  tensorflowScenario,
  pytorchScenario,
  safetensorsScenario,
  ggufScenario,
  hdf5Scenario,
  openvinoScenario,
  coremlScenario,
  numpyScenario,
  flaxScenario,
  orbaxScenario,
  executorchScenario,
  torchExportScenario,
  dcpScenario,
  trainingFolderScenario
]
/** ONNX embeds tensors below protobuf's 2 GB message limit: 16 × 64 MiB (1 GiB) stays embedded. */
const ONNX_EMBEDDED_PAYLOAD = 64 * 1024 * 1024

describe('reading discipline: bytes read do not grow with payload size', () => {
  for (const scenario of scenarios) {
    it(`${scenario.format}: 16 tensors of 64 KiB and of 256 MiB read the same bytes, under 64 KiB`, async () => {
      await expectPayloadIndependent(scenario.format, (dir, payload) => scenario.write(dir, { tensors: TENSORS, bytes: TENSORS * payload }))
    })
  }

  it('onnx: 16 embedded initializers of 64 KiB and of 64 MiB read the same bytes, under 64 KiB', async () => {
    await expectPayloadIndependent('onnx', (dir, payload) => onnxScenario.write(dir, { tensors: TENSORS, bytes: TENSORS * payload }), ONNX_EMBEDDED_PAYLOAD)
  })

  it('onnx with external data: 16 initializers of 64 KiB and of 256 MiB in model.onnx.data read the same bytes', async () => {
    await expectPayloadIndependent('onnx-external', (dir, payload) => onnxScenario.write(dir, { tensors: TENSORS, bytes: TENSORS * payload, external: true }))
  })

  it('tflite: 16 inline buffers of 64 KiB and of 64 MiB read the same bytes, under 64 KiB', async () => {
    await expectPayloadIndependent('tflite', (dir, payload) => tfliteScenario.write(dir, { tensors: TENSORS, bytes: TENSORS * payload }), 64 * 1024 * 1024)
  })

  it('tflite with buffers after the flatbuffer: 16 of 64 KiB and of 256 MiB read the same bytes', async () => {
    await expectPayloadIndependent('tflite-external', (dir, payload) =>
      tfliteScenario.write(dir, { tensors: TENSORS, bytes: TENSORS * payload, external: true })
    )
  })

  it("torch-dcp of a dtype without a known size: each item's zip directory is read, 64 KiB and 256 MiB chunks alike", async () => {
    await expectPayloadIndependent('torch-dcp-zip', (dir, payload) => writeDcpFolder(dir, { tensors: TENSORS, bytes: TENSORS * payload }, 'some_new_dtype'))
  })

  it('pytorch-legacy: a pre-1.6 stream of 1 MiB and of 4 GiB reads the same bytes, under 64 KiB', async () => {
    await expectPayloadIndependent('pytorch-legacy', async (dir, payload) => {
      await writeSparseLegacyTorch(join(dir, 'legacy.pth'), TENSORS * payload)
      return ['legacy.pth']
    })
  })
})
