import type { Chunk } from './sparse.js'
import { buildZip64, type Zip64Entry, type Zip64Options } from './zip.js'

/**
 * `.npy` and `.npz` files as numpy writes them (`numpy/lib/format.py`, `np.savez`): a v1.0 header
 * padded with spaces to a multiple of 64 bytes, and a zip whose members carry ZIP64 extras
 * (numpy opens each member with `force_zip64=True`). Payloads can be holes (sparse files).
 */

/** The `.npy` preamble and header for `descr` and `shape` (v1.0, 64-byte aligned, as numpy pads it). */
export function npyHeader(descr: string, shape: readonly number[], options: { fortranOrder?: boolean; version?: 1 | 2 | 3 } = {}): Uint8Array {
  const dims = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`
  const dict = `{'descr': '${descr}', 'fortran_order': ${options.fortranOrder ? 'True' : 'False'}, 'shape': ${dims}, }`
  const version = options.version ?? 1
  const preamble = version === 1 ? 10 : 12
  const total = Math.ceil((preamble + dict.length + 1) / 64) * 64
  const text = dict.padEnd(total - preamble - 1, ' ') + '\n'
  const out = new Uint8Array(total)
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0])
  const view = new DataView(out.buffer)
  if (version === 1) view.setUint16(8, text.length, true)
  else view.setUint32(8, text.length, true)
  out.set(new TextEncoder().encode(text), preamble)
  return out
}

export interface NpzMember extends Omit<Zip64Entry, 'name'> {
  /** Key (the member is `<key>.npy`). */
  key: string
}

/** An `.npz` as chunks: a ZIP64 archive of `<key>.npy` members, as `np.savez` writes it. */
export function buildNpz(members: readonly NpzMember[], options: Zip64Options = {}): Chunk[] {
  return buildZip64(
    members.map(({ key, ...member }) => ({ name: `${key}.npy`, ...member })),
    options
  )
}
