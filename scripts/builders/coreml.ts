import { ascii, concat, pbBytes, pbVarint, u32, u64 } from '../../fuzz/encode.js'
import type { Chunk } from './sparse.js'

/**
 * Core ML ML Program specs and `.mlpackage` folders as coremltools writes them
 * (`apple/coremltools:mlmodel/format/MIL.proto`, `mlmodel/src/MILBlob/Blob/StorageFormat.hpp`),
 * for tests, the bench and the fuzzer: one `const` op per weight, its value a blob reference into
 * `weights/weight.bin`.
 */

/** MILSpec.DataType.FLOAT32 */
export const MIL_FLOAT32 = 11
export const MIL_INT32 = 23
const BLOB_ALIGNMENT = 64
const BLOB_SENTINEL = 0xdeadbeef

export interface MilConst {
  name: string
  dataType: number
  shape: number[]
  /** Where the blob's record is in weight.bin (`blobLayout` gives them); absent: an immediate value of `immediate` bytes. */
  blobOffset?: number
  immediate?: Uint8Array
  /** Dimensions unknown in the type (`UnknownDimension`): the reader then sizes a blob from its record. */
  dynamic?: boolean
}

function tensorType(dataType: number, shape: number[], dynamic = false): Uint8Array {
  const dims = shape.map((size) => pbBytes(3, dynamic ? pbBytes(2, pbVarint(1, 0)) : pbBytes(1, pbVarint(1, size))))
  return pbBytes(1, concat([pbVarint(1, dataType), pbVarint(2, shape.length), ...dims]))
}

function constOp(c: MilConst): Uint8Array {
  const type = tensorType(c.dataType, c.shape, c.dynamic)
  const value =
    c.blobOffset !== undefined
      ? concat([pbBytes(2, type), pbBytes(5, concat([pbBytes(1, ascii('@model_path/weights/weight.bin')), pbVarint(2, c.blobOffset)]))])
      : concat([pbBytes(2, type), pbBytes(3, pbBytes(1, pbBytes(c.dataType === MIL_FLOAT32 ? 1 : 2, pbBytes(1, c.immediate ?? new Uint8Array(0)))))])
  return pbBytes(
    3,
    concat([
      pbBytes(1, ascii('const')),
      pbBytes(3, concat([pbBytes(1, ascii(c.name)), pbBytes(2, type)])),
      pbBytes(5, concat([pbBytes(1, ascii('val')), pbBytes(2, value)]))
    ])
  )
}

/** A `Model` (spec v7) whose ML Program's main function is the given constants. */
export function buildMlProgramSpec(consts: readonly MilConst[]): Uint8Array {
  const block = concat(consts.map(constOp))
  const fn = concat([pbBytes(2, ascii('CoreML6')), pbBytes(3, concat([pbBytes(1, ascii('CoreML6')), pbBytes(2, block)]))])
  const program = concat([pbVarint(1, 1), pbBytes(2, concat([pbBytes(1, ascii('main')), pbBytes(2, fn)]))])
  const description = pbBytes(1, pbBytes(1, ascii('input')))
  return concat([pbVarint(1, 7), pbBytes(2, description), pbBytes(502, program)])
}

/** Record offsets for blobs of these byte sizes, and the weight.bin they make: header, then record + data each, 64-aligned. */
export function blobLayout(sizes: readonly number[], dataType = MIL_FLOAT32): { offsets: number[]; chunks: Chunk[]; bytes: number } {
  const offsets: number[] = []
  const chunks: Chunk[] = [concat([u32(sizes.length), u32(2), new Uint8Array(56)])]
  let at = BLOB_ALIGNMENT
  for (const size of sizes) {
    offsets.push(at)
    const padded = Math.ceil(size / BLOB_ALIGNMENT) * BLOB_ALIGNMENT
    chunks.push(concat([u32(BLOB_SENTINEL), u32(dataType), u64(BigInt(size)), u64(BigInt(at + 64)), new Uint8Array(40)]), { hole: padded })
    at += 64 + padded
  }
  return { offsets, chunks, bytes: at }
}

/** The files of `name.mlpackage` (paths relative to the package's parent): manifest, spec and weight.bin chunks. */
export function buildMlPackage(name: string, spec: Uint8Array, weights: Chunk[]): Map<string, Chunk[]> {
  const manifest = {
    fileFormatVersion: '1.0.0',
    itemInfoEntries: {
      A1: { author: 'com.apple.CoreML', description: 'CoreML Model Specification', name: 'model.mlmodel', path: 'com.apple.CoreML/model.mlmodel' },
      B2: { author: 'com.apple.CoreML', description: 'CoreML Model Weights', name: 'weights', path: 'com.apple.CoreML/weights' }
    },
    rootModelIdentifier: 'A1'
  }
  return new Map<string, Chunk[]>([
    [`${name}.mlpackage/Manifest.json`, [ascii(JSON.stringify(manifest, null, 2))]],
    [`${name}.mlpackage/Data/com.apple.CoreML/model.mlmodel`, [spec]],
    [`${name}.mlpackage/Data/com.apple.CoreML/weights/weight.bin`, weights]
  ])
}
