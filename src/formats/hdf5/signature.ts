/** The 8-byte HDF5 signature (`\x89HDF\r\n\x1a\n`). */
export const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a] as const

export function hasHdf5Signature(bytes: Uint8Array, at = 0): boolean {
  if (bytes.length < at + 8) return false
  return HDF5_SIGNATURE.every((byte, i) => bytes[at + i] === byte)
}

/** The smallest user block (spec II.A): a file with one has its signature at 512, 1024, 2048, … */
export const USER_BLOCK_MIN = 512
