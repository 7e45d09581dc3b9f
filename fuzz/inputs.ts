import fc from 'fast-check'
import { buildZip } from '../scripts/builders/zip.js'
import { READERS, type CheckpointReader } from '../src/formats/index.js'
import type { Seed } from './corpus.js'
import { ascii, concat, pbBytes, pbVarint, u32, u64, varint } from './encode.js'
import { applyMutation, mutationArbitrary, type Mutation } from './mutations.js'
import { hostilePickles } from './pickles.js'

/**
 * One fuzz input: a set of files, the path(s) to hand to readers directly, and how it was made.
 * Three kinds: a real seed with 1-3 mutations; random bytes behind a format's magic; a crafted
 * hostile file (pickles wrapped as a torch.save archive or a legacy stream).
 */
export interface FuzzInput {
  files: Map<string, Uint8Array>
  /** Paths read directly, each by the reader(s) that would claim it. */
  direct: { path: string; reader: CheckpointReader }[]
  description: string
}

export type InputSpec =
  { kind: 'mutated'; seed: number; mutations: Mutation[] } | { kind: 'magic'; format: number; body: Uint8Array } | { kind: 'crafted'; index: number }

export const inputSpecArbitrary: fc.Arbitrary<InputSpec> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('mutated' as const), seed: fc.nat(), mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }) }),
    weight: 12
  },
  { arbitrary: fc.record({ kind: fc.constant('magic' as const), format: fc.nat(), body: fc.uint8Array({ maxLength: 2048 }) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('crafted' as const), index: fc.nat() }), weight: 1 }
)

/** `kTableMagicNumber` (tensorflow/core/lib/io/format.h). */
const SSTABLE_MAGIC = Uint8Array.of(0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb)
const LEGACY_TORCH_MAGIC = Uint8Array.of(0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e)

/** Each format's name and first (or last) bytes, so that random content gets past the sniffers. */
const MAGIC: { path: string; wrap: (body: Uint8Array) => Uint8Array }[] = [
  { path: 'magic/model.safetensors', wrap: (b) => concat([u64(BigInt(b.length + 1)), ascii('{'), b]) },
  { path: 'magic/model.safetensors', wrap: (b) => concat([u64(BigInt(b.length % 64)), b]) },
  { path: 'magic/model.safetensors.index.json', wrap: (b) => concat([ascii('{"weight_map":{"a":"model.safetensors"'), b]) },
  { path: 'magic/model.ckpt.index', wrap: (b) => concat([Uint8Array.of(0, 0, 8, 0x08), b, SSTABLE_MAGIC]) },
  { path: 'magic/model.ckpt', wrap: (b) => concat([Uint8Array.of(0, 0, 8, 0x0a), b, SSTABLE_MAGIC]) },
  { path: 'magic/sm/saved_model.pb', wrap: (b) => concat([Uint8Array.of(0x08), b]) },
  { path: 'magic/sm/saved_model.pb', wrap: (b) => concat([Uint8Array.of(0x12), b]) },
  { path: 'magic/model.pt', wrap: (b) => concat([ascii('PK'), Uint8Array.of(3, 4), b]) },
  { path: 'magic/model.pt', wrap: (b) => concat([LEGACY_TORCH_MAGIC, b]) },
  { path: 'magic/model.gguf', wrap: (b) => concat([ascii('GGUF'), u32(3), b]) },
  { path: 'magic/model.h5', wrap: (b) => concat([Uint8Array.of(0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a), b]) },
  { path: 'magic/model.keras', wrap: (b) => concat([ascii('PK'), Uint8Array.of(3, 4), b]) },
  { path: 'magic/model.onnx', wrap: (b) => concat([Uint8Array.of(0x08), b]) }
]

/** A torch.save archive (zip) whose data.pkl is `pickle`. */
function torchZip(pickle: Uint8Array): Uint8Array {
  return buildZip([
    { name: 'archive/data.pkl', data: pickle },
    { name: 'archive/byteorder', data: ascii('little') },
    { name: 'archive/data/0', data: new Uint8Array(64) },
    { name: 'archive/version', data: ascii('3\n') }
  ])
}

/**
 * A legacy torch.save stream: magic, protocol 1001, sys info, the object, the storage keys, the
 * storages. A pickle that names the FloatStorage '0' gets it listed, with one element.
 */
function legacyStream(pickle: Uint8Array): Uint8Array {
  const namesStorage = Buffer.from(pickle).includes('FloatStorage')
  const keys = namesStorage ? Uint8Array.of(0x80, 0x02, 0x5d, 0x58, 1, 0, 0, 0, 0x30, 0x61, 0x2e) : Uint8Array.of(0x80, 0x02, 0x5d, 0x2e)
  const storages = namesStorage ? concat([u64(1n), new Uint8Array(4)]) : new Uint8Array(0)
  return concat([LEGACY_TORCH_MAGIC, Uint8Array.of(0x80, 0x02, 0x4d, 0xe9, 0x03, 0x2e), Uint8Array.of(0x80, 0x02, 0x7d, 0x2e), pickle, keys, storages])
}

export interface Crafted {
  name: string
  path: string
  bytes: () => Uint8Array
}

/** Each hostile pickle as a torch.save zip's data.pkl and as a legacy stream's object (see hostilePickles for `scale`). */
export function craftedInputs(scale = 1): Crafted[] {
  return hostilePickles(scale).flatMap((pickle) => [
    { name: `torch.save zip with pickle: ${pickle.name}`, path: 'crafted/model.pt', bytes: () => torchZip(pickle.bytes) },
    { name: `legacy torch.save with pickle: ${pickle.name}`, path: 'crafted/legacy.pt', bytes: () => legacyStream(pickle.bytes) }
  ])
}

/**
 * ONNX models built to recurse or allocate (onnx/onnx:onnx/onnx.proto field numbers: ModelProto
 * ir_version 1, graph 7; GraphProto node 1, initializer 5; NodeProto attribute 5; AttributeProto
 * name 1, g 6; TensorProto dims 1, data_type 2, name 8, raw_data 9).
 */
function onnxModel(graph: Uint8Array): Uint8Array {
  return concat([pbVarint(1, 8), pbBytes(7, graph)])
}

function nestedOnnxGraph(depth: number): Uint8Array {
  let graph: Uint8Array = pbBytes(5, concat([pbVarint(1, 4), pbVarint(2, 1), pbBytes(8, ascii('w')), pbBytes(9, new Uint8Array(4))]))
  for (let i = 0; i < depth; i++) graph = pbBytes(1, pbBytes(5, concat([pbBytes(1, ascii('then_branch')), pbBytes(6, graph)])))
  return graph
}

/** The ONNX models; `scale` shrinks the bulk one for the run inside `npm test`. */
export function onnxCrafted(scale = 1): Crafted[] {
  return [
    { name: 'onnx: If graphs nested 5,000 deep', path: 'crafted/model.onnx', bytes: () => onnxModel(nestedOnnxGraph(5000)) },
    {
      name: 'onnx: initializer with 100k dims',
      path: 'crafted/model.onnx',
      bytes: () => onnxModel(pbBytes(5, concat([pbBytes(1, concat(Array.from({ length: 100_000 }, () => varint(1)))), pbVarint(2, 1), pbBytes(8, ascii('w'))])))
    },
    {
      name: 'onnx: raw_data claiming 2^62 bytes',
      path: 'crafted/model.onnx',
      bytes: () =>
        onnxModel(pbBytes(5, concat([pbVarint(1, 4), pbVarint(2, 1), pbBytes(8, ascii('w')), varint(9 * 8 + 2), varint(1n << 62n), new Uint8Array(16)])))
    },
    {
      name: 'onnx: 300k empty initializers',
      path: 'crafted/model.onnx',
      bytes: () => onnxModel(concat(Array.from({ length: Math.round(300_000 * scale) }, () => Uint8Array.of(0x2a, 0x00))))
    }
  ]
}

export const CRAFTED: readonly Crafted[] = [...craftedInputs(), ...onnxCrafted()]

/** Every reader whose name filter accepts the path (read directly, whatever its sniff says). */
function readersFor(path: string, readers: readonly CheckpointReader[]): { path: string; reader: CheckpointReader }[] {
  return readers.filter((reader) => reader.matchesName(path)).map((reader) => ({ path, reader }))
}

export function buildInput(
  spec: InputSpec,
  seeds: readonly Seed[],
  options: { readers?: readonly CheckpointReader[]; crafted?: readonly Crafted[] } = {}
): FuzzInput {
  const readers = options.readers ?? READERS
  if (spec.kind === 'magic') {
    const magic = MAGIC[spec.format % MAGIC.length]
    return {
      files: new Map([[magic.path, magic.wrap(spec.body)]]),
      direct: readersFor(magic.path, readers),
      description: `${spec.body.length} random bytes as ${magic.path}`
    }
  }
  if (spec.kind === 'crafted') {
    const all = options.crafted ?? CRAFTED
    const crafted = all[spec.index % all.length]
    return { files: new Map([[crafted.path, crafted.bytes()]]), direct: readersFor(crafted.path, readers), description: crafted.name }
  }
  const seed = seeds[spec.seed % seeds.length]
  let current: Seed = seed
  const steps: string[] = []
  for (const mutation of spec.mutations) {
    const { files, description } = applyMutation(current, mutation)
    current = { ...current, files }
    steps.push(description)
  }
  return {
    files: current.files,
    direct: seed.primaries.filter((p) => current.files.has(p.path)),
    description: `${seed.name}: ${steps.join('; ')}`
  }
}
