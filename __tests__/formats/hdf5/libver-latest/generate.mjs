// Writes the HDF5 files in this folder with the HDF5 C library (h5wasm 0.10.3, not a dependency):
//   npm install --no-save h5wasm@0.10.3 && node __tests__/formats/hdf5/libver-latest/generate.mjs
// They cover what h5py writes with libver="latest"/"v108"..."v110" and our builder does not:
// superblock v2/v3, OHDR v2 headers, link messages, dense link storage (fractal heap + v2 B-tree
// name index), layout v4/v5 with fixed-array chunk indexes, gzip-filtered chunks.
import h5wasm from 'h5wasm/node'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

await h5wasm.ready
const here = dirname(fileURLToPath(import.meta.url))

function keras3Like(path, libver) {
  const f = new h5wasm.File(join(here, path), 'w', { libver })
  const layers = f.create_group('layers')
  // 10 layer groups: more than 8 links, so `layers` uses dense link storage.
  for (let i = 0; i < 9; i++) {
    const vars = layers.create_group(i === 0 ? 'dense' : `dense_${i}`).create_group('vars')
    vars.create_dataset({ name: '0', data: new Float32Array(12).fill(1), shape: [3, 4] })
    vars.create_dataset({ name: '1', data: new Float32Array(4).fill(2) })
  }
  const bn = layers.create_group('batch_normalization').create_group('vars')
  for (let i = 0; i < 4; i++) bn.create_dataset({ name: String(i), data: new Float32Array(4).fill(3) })
  const optimizer = f.create_group('optimizer').create_group('vars')
  optimizer.create_dataset({ name: '0', data: new BigInt64Array([1000n]), shape: [] })
  optimizer.create_dataset({ name: '1', data: new Float32Array([0.001]), shape: [] })
  optimizer.create_dataset({ name: '2', data: new Float32Array(1000).fill(4), shape: [10, 100], chunks: [5, 50] })
  optimizer.create_dataset({ name: '3', data: new Float32Array(1000), shape: [10, 100], chunks: [5, 50], compression: 'gzip' })
  f.create_group('vars')
  f.close()
}

keras3Like('latest.weights.h5', 'latest')
keras3Like('v108.weights.h5', 'v108')

// 3000 names for one dataset: the link heap outgrows one direct block (root indirect block).
const f = new h5wasm.File(join(here, 'many-links.h5'), 'w', { libver: 'latest' })
const g = f.create_group('optimizer').create_group('vars')
g.create_dataset({ name: '0', data: new Float32Array(3).fill(5) })
for (let i = 1; i < 3000; i++) g.create_hard_link('/optimizer/vars/0', String(i))
f.close()
