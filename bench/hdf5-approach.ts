/**
 * Which HDF5 approach: our metadata-only walker (src/formats/hdf5/, entry walker.ts) or h5wasm (the
 * HDF5 C library in WASM)? Measured on the real Keras fixtures and on large sparse synthetic
 * files: bytes read, peak memory (maxRSS of a child process per run), time, bundle size, and
 * whether each can give the payload *spans* the byte accounting needs.
 *
 *   npm install --no-save h5wasm@0.10.3   # h5wasm is not a dependency (the walker won)
 *   npx tsx bench/hdf5-approach.ts
 *
 * Each measurement runs in a fresh child process, so one approach's heap does not inflate the
 * other's peak. Bytes read are `rchar` from /proc/self/io (every read syscall of the child; the
 * same yardstick for both), plus the ByteSource count for ours.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, ftruncateSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildHdf5, dataset, group, type Hdf5GroupSpec } from '../scripts/builders/hdf5.js'
import { crc32 } from '../scripts/builders/zip.js'
import { readHdf5Tree } from '../src/formats/hdf5/index.js'
import { isLayoutAttribute } from '../src/formats/keras/keras-layout.js'
import { SpanSource } from '../src/io/bytes/index.js'
import { openZip } from '../src/formats/zip/index.js'
import { FileByteSource } from '../src/io/file-byte-source.js'

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..')
const FIXTURES = process.env.MSB_FIXTURES ?? resolve(ROOT, '..', 'shared', 'fixtures')
const H5WASM = 'h5wasm/node'

interface Measurement {
  datasets: number
  payloadBytes: number
  bytesRead: number
  rchar: number
  ms: number
  maxRssMiB: number
  spans: boolean
  note?: string
}

function rchar(): number {
  try {
    return Number(/rchar:\s*(\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? NaN)
  } catch {
    return NaN
  }
}

/** Where model.weights.h5 starts inside a .keras file, and its size (stored entries only). */
async function kerasEntry(path: string): Promise<{ start: number; size: number }> {
  const source = await FileByteSource.open(path)
  try {
    const zip = await openZip(source)
    const entry = zip.entries.find((e) => e.name === 'model.weights.h5')
    if (!entry || entry.method !== 0) throw new Error(`${path}: no stored model.weights.h5`)
    return { start: await zip.dataStart(entry), size: entry.compressedSize }
  } finally {
    await source.close()
  }
}

async function measureOurs(path: string): Promise<Measurement> {
  const before = rchar()
  const t0 = performance.now()
  const source = await FileByteSource.open(path)
  let window = source as FileByteSource | SpanSource
  if (path.endsWith('.keras')) {
    const { start, size } = await kerasEntry(path)
    window = new SpanSource(source, start, size, path)
  }
  const tree = await readHdf5Tree(window, { decodeAttribute: isLayoutAttribute })
  const ms = performance.now() - t0
  await source.close()
  return {
    datasets: tree.datasets.length,
    payloadBytes: tree.datasets.reduce((sum, d) => sum + d.storage.byteLength, 0),
    bytesRead: source.bytesRead,
    rchar: rchar() - before,
    ms,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    spans: true
  }
}

async function measureH5wasm(path: string): Promise<Measurement> {
  const before = rchar()
  const t0 = performance.now()
  const h5wasm = (await import(H5WASM)).default
  await h5wasm.ready
  let file = path
  let copied = 0
  let tmp: string | undefined
  if (path.endsWith('.keras')) {
    // h5wasm opens a path (NODERAWFS) or MEMFS bytes, never a span of another file: the entry has
    // to be copied out first (to disk here; MEMFS would hold all of it in memory instead).
    const { start, size } = await kerasEntry(path)
    tmp = join(mkdtempSync(join(tmpdir(), 'h5wasm-')), 'model.weights.h5')
    const input = openSync(path, 'r')
    const output = openSync(tmp, 'w')
    const buffer = Buffer.alloc(8 * 1024 * 1024)
    for (let at = 0; at < size;) {
      const n = (await import('node:fs')).readSync(input, buffer, 0, Math.min(buffer.length, size - at), start + at)
      writeSync(output, buffer, 0, n)
      at += n
      copied += n
    }
    closeSync(input)
    closeSync(output)
    file = tmp
  }
  const f = new h5wasm.File(file, 'r')
  let datasets = 0
  let payloadBytes = 0
  const walk = (g: { keys(): string[]; get(k: string): unknown }): void => {
    for (const key of g.keys()) {
      const child = g.get(key) as { metadata?: { total_size: number; size: number }; keys?: () => string[] }
      if (child instanceof h5wasm.Dataset) {
        datasets++
        // Logical size: h5wasm exposes no storage offset and no stored size (H5Dget_offset / H5Dget_storage_size).
        payloadBytes += child.metadata!.total_size * child.metadata!.size
      } else if (child instanceof h5wasm.Group) walk(child as never)
    }
  }
  walk(f)
  f.close()
  const ms = performance.now() - t0
  if (tmp) rmSync(resolve(tmp, '..'), { recursive: true, force: true })
  return {
    datasets,
    payloadBytes,
    bytesRead: copied,
    rchar: rchar() - before,
    ms,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    spans: false,
    note: copied ? `copied ${copied} B out of the zip first` : undefined
  }
}

/** A large Keras-3-like weights file: `layers` × (kernel, bias) plus Adam's m, v, with payloads as holes. */
function largeSpec(layers: number, width: number): Hdf5GroupSpec {
  const layerGroups: Hdf5GroupSpec['children'] = {}
  const optimizer: Hdf5GroupSpec['children'] = { '0': dataset('int64', []), '1': dataset('float32', []) }
  for (let i = 0; i < layers; i++) {
    const name = i === 0 ? 'dense' : `dense_${i}`
    layerGroups[name] = group({ vars: group({ '0': dataset('float32', [width, width]), '1': dataset('float32', [width]) }, { name }) })
    optimizer[String(2 + 4 * i)] = dataset('float32', [width, width])
    optimizer[String(3 + 4 * i)] = dataset('float32', [width, width])
    optimizer[String(4 + 4 * i)] = dataset('float32', [width])
    optimizer[String(5 + 4 * i)] = dataset('float32', [width])
  }
  return group({ layers: group(layerGroups), optimizer: group({ vars: group(optimizer, { name: 'adam' }) }), vars: group({}) })
}

function writeSparseH5(path: string, spec: Hdf5GroupSpec): number {
  const built = buildHdf5(spec, { holes: true })
  const fd = openSync(path, 'w')
  writeSync(fd, built.bytes, 0, built.bytes.length, 0)
  ftruncateSync(fd, built.size)
  closeSync(fd)
  return built.size
}

/** A `.keras` zip (no ZIP64, so under 4 GiB) whose stored model.weights.h5 is mostly a hole. */
function writeSparseKeras(path: string, spec: Hdf5GroupSpec): number {
  const built = buildHdf5(spec, { holes: true })
  const fd = openSync(path, 'w')
  const central: Buffer[] = []
  let at = 0
  const entry = (name: string, data: Uint8Array | undefined, size: number, crc: number): void => {
    const nameBytes = Buffer.from(name)
    const local = Buffer.alloc(30 + nameBytes.length)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(size, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    nameBytes.copy(local, 30)
    const header = Buffer.alloc(46 + nameBytes.length)
    header.writeUInt32LE(0x02014b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(20, 6)
    header.writeUInt32LE(crc, 16)
    header.writeUInt32LE(size, 20)
    header.writeUInt32LE(size, 24)
    header.writeUInt16LE(nameBytes.length, 28)
    header.writeUInt32LE(at, 42)
    nameBytes.copy(header, 46)
    central.push(header)
    writeSync(fd, local, 0, local.length, at)
    at += local.length
    if (data) writeSync(fd, data, 0, data.length, at)
    at += size
  }
  const text = (s: string): Uint8Array => new TextEncoder().encode(s)
  const metadata = text('{"keras_version": "3.9.2", "date_saved": "2025-06-23@00:06:38"}')
  const config = text('{"module": "keras", "class_name": "Sequential", "config": {"layers": []}}')
  entry('metadata.json', metadata, metadata.length, crc32(metadata))
  entry('config.json', config, config.length, crc32(config))
  entry('model.weights.h5', built.bytes, built.size, 0) // CRC of a hole: not checked when entries are not read
  const cd = Buffer.concat(central)
  writeSync(fd, cd, 0, cd.length, at)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(central.length, 8)
  eocd.writeUInt16LE(central.length, 10)
  eocd.writeUInt32LE(cd.length, 12)
  eocd.writeUInt32LE(at, 16)
  writeSync(fd, eocd, 0, 22, at + cd.length)
  closeSync(fd)
  return statSync(path).size
}

function bundleBytes(): { ours: number | string; h5wasm: number | string } {
  const esbuild = join(ROOT, 'node_modules', '.bin', 'esbuild')
  let ours: number | string = 'esbuild not found'
  if (existsSync(esbuild)) {
    const run = spawnSync(esbuild, [join(ROOT, 'src/formats/hdf5/walker.ts'), '--bundle', '--minify', '--platform=node', '--format=esm'], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024
    })
    ours = run.status === 0 ? run.stdout.length : `esbuild failed: ${run.stderr}`
  }
  const dist = join(ROOT, 'node_modules', 'h5wasm', 'dist', 'node')
  const h5 = existsSync(dist) ? readdirSync(dist).reduce((sum, name) => sum + statSync(join(dist, name)).size, 0) : 'not installed'
  return { ours, h5wasm: h5 }
}

async function child(): Promise<void> {
  const [, , , approach, path] = process.argv
  const result = approach === 'ours' ? await measureOurs(path) : await measureH5wasm(path)
  process.stdout.write(JSON.stringify(result))
}

function run(approach: string, path: string): Measurement | string {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
  const out = spawnSync(tsx, [fileURLToPath(import.meta.url), '--child', approach, path], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  if (out.status !== 0) return `failed: ${(out.stderr || out.stdout).split('\n').find((l) => l.trim()) ?? out.status}`
  return JSON.parse(out.stdout) as Measurement
}

async function main(): Promise<void> {
  let h5wasmInstalled = true
  try {
    await import(H5WASM)
  } catch {
    h5wasmInstalled = false
    console.log('h5wasm is not installed: `npm install --no-save h5wasm@0.10.3` to measure it too.\n')
  }
  const dir = mkdtempSync(join(tmpdir(), 'hdf5-approach-'))
  try {
    const inputs: { label: string; path: string; size: number }[] = []
    const real = join(FIXTURES, 'real', 'keras')
    if (existsSync(real)) {
      for (const folder of readdirSync(real).sort()) {
        for (const name of readdirSync(join(real, folder)).filter((n) => /\.(h5|keras)$/.test(n))) {
          const path = join(real, folder, name)
          inputs.push({ label: `real ${folder}/${name}`, path, size: statSync(path).size })
        }
      }
    }
    const bigH5 = join(dir, 'large.weights.h5')
    inputs.push({ label: 'synthetic 2.6 GB .weights.h5, 600 layers (holes)', path: bigH5, size: writeSparseH5(bigH5, largeSpec(600, 600)) })
    const manyH5 = join(dir, 'many.weights.h5')
    inputs.push({ label: 'synthetic 5,000-layer .weights.h5 (30k datasets)', path: manyH5, size: writeSparseH5(manyH5, largeSpec(5000, 8)) })
    const bigKeras = join(dir, 'large.keras')
    inputs.push({ label: 'synthetic 1.0 GB .keras, 200 layers (holes)', path: bigKeras, size: writeSparseKeras(bigKeras, largeSpec(200, 640)) })

    const rows: string[] = []
    rows.push('| input | bytes | approach | datasets | payload B | bytes read | rchar | ms | maxRSS MiB | spans |')
    rows.push('|---|---:|---|---:|---:|---:|---:|---:|---:|---|')
    for (const input of inputs) {
      for (const approach of h5wasmInstalled ? ['ours', 'h5wasm'] : ['ours']) {
        const m = run(approach, input.path)
        if (typeof m === 'string') rows.push(`| ${input.label} | ${input.size} | ${approach} | ${m} ||||||||`)
        else {
          rows.push(
            `| ${input.label} | ${input.size} | ${approach} | ${m.datasets} | ${m.payloadBytes} | ${m.bytesRead || '-'} | ${m.rchar} | ${m.ms.toFixed(0)} | ${m.maxRssMiB.toFixed(0)} | ${m.spans ? 'offset+length' : 'logical size only'}${m.note ? ` (${m.note})` : ''} |`
          )
        }
      }
    }
    console.log(rows.join('\n'))
    const bundle = bundleBytes()
    console.log(`\nbundle: ours ${bundle.ours} B (esbuild --minify of hdf5/walker.ts and its imports); h5wasm dist/node ${bundle.h5wasm} B`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[2] === '--child') await child()
else await main()
