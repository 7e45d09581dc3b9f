import { FormatError, UnsupportedFormatError } from '../../core/errors.js'
import type { ByteSource } from '../../io/byte-source.js'
import { readAddress, UNDEFINED_ADDRESS, type Hdf5File, type Superblock } from './file.js'
import { hasHdf5Signature, USER_BLOCK_MIN } from './signature.js'

/**
 * The superblock (spec II.A): where the file's addresses start, how wide its address and length
 * fields are, and where the root group's object header is.
 */

/**
 * Where the superblock is: HDF5 looks for its signature at byte 0, then at 512, 1024, 2048, … (a
 * user block of a power-of-two size from 512 comes first; spec II.A "Superblock"). The search stops
 * at the end of the file, so it reads at most ~40 signatures.
 */
export async function findSuperblock(source: ByteSource): Promise<number> {
  for (let at = 0; at + 8 <= source.size; at = at === 0 ? USER_BLOCK_MIN : at * 2) {
    if (hasHdf5Signature(await source.read(at, 8))) return at
  }
  throw new FormatError(
    source.name,
    `not an HDF5 file: the signature \\x89HDF\\r\\n\\x1a\\n is missing at byte 0 and at 512, 1024, … (where a user block would end)`,
    {
      offset: 0
    }
  )
}

/** Superblock versions 0–3, read from the start of `file`'s source (where the superblock is). */
export async function readSuperblock(file: Hdf5File): Promise<Superblock> {
  const { source } = file
  const name = source.name
  const head = await file.bytesAt(0, Math.min(source.size, 8), 'HDF5 signature')
  if (!hasHdf5Signature(head)) {
    throw new FormatError(name, 'not an HDF5 file: the signature \\x89HDF\\r\\n\\x1a\\n is missing', { offset: 0 })
  }
  const needAtLeast = (bytes: number, version: number): void => {
    if (source.size < bytes) {
      throw new FormatError(name, `truncated HDF5 superblock (version ${version}): needs ${bytes} bytes, the file has ${source.size}`, {
        offset: source.size,
        fix: 'The file is truncated; re-save or re-download it.'
      })
    }
  }
  needAtLeast(10, -1)
  const version = (await file.readAt(8, 1, 'superblock version')).u8()
  if (version === 0 || version === 1) {
    // Fixed part up to the sizes: 16 bytes (+4 in v1), then 4 addresses and the root symbol-table entry.
    const prefix = await file.readAt(0, Math.min(source.size, 24), 'superblock')
    needAtLeast(16, version)
    prefix.seek(13)
    const offsetSize = prefix.u8()
    const lengthSize = prefix.u8()
    checkSizes(name, offsetSize, lengthSize)
    const fixed = 24 + (version === 1 ? 4 : 0)
    const total = fixed + 4 * offsetSize + (2 * offsetSize + 8 + 16)
    needAtLeast(total, version)
    const reader = await file.readAt(0, total, 'superblock')
    reader.seek(fixed)
    const baseAddress = readAddress(reader, offsetSize)
    readAddress(reader, offsetSize) // free-space info
    const endOfFile = readAddress(reader, offsetSize)
    readAddress(reader, offsetSize) // driver info
    readAddress(reader, offsetSize) // root entry: link name offset
    const rootAddress = readAddress(reader, offsetSize)
    checkBase(file, baseAddress, endOfFile)
    return { version, offsetSize, lengthSize, rootAddress }
  }
  if (version === 2 || version === 3) {
    needAtLeast(11, version)
    const sizes = await file.readAt(9, 2, 'superblock')
    const offsetSize = sizes.u8()
    const lengthSize = sizes.u8()
    checkSizes(name, offsetSize, lengthSize)
    const total = 12 + 4 * offsetSize + 4
    needAtLeast(total, version)
    const reader = await file.readAt(12, 4 * offsetSize, 'superblock')
    const baseAddress = readAddress(reader, offsetSize)
    readAddress(reader, offsetSize) // superblock extension
    const endOfFile = readAddress(reader, offsetSize)
    const rootAddress = readAddress(reader, offsetSize)
    checkBase(file, baseAddress, endOfFile)
    return { version, offsetSize, lengthSize, rootAddress }
  }
  throw new UnsupportedFormatError(name, `HDF5 superblock version ${version}`, 'Versions 0 to 3 are read.')
}

/**
 * Addresses are relative to the base address, which the library writes as the superblock's own
 * position and, when a file says otherwise, corrects to it (H5Fsuper.c, H5F__super_read): so the
 * walk reads from the superblock whatever the field holds. The end-of-file address is absolute.
 */
function checkBase(file: Hdf5File, _baseAddress: number, endOfFile: number): void {
  const fileSize = file.source.size + file.userBlock
  if (endOfFile !== UNDEFINED_ADDRESS && endOfFile > fileSize) {
    throw new FormatError(file.source.name, `truncated HDF5 file: the superblock says it ends at byte ${endOfFile}, but it has ${fileSize} bytes`, {
      offset: fileSize,
      fix: 'The file is truncated; re-save or re-download it.'
    })
  }
}

function checkSizes(file: string, offsetSize: number, lengthSize: number): void {
  for (const [what, size] of [
    ['size of offsets', offsetSize],
    ['size of lengths', lengthSize]
  ] as const) {
    if (![2, 4, 8].includes(size)) {
      throw new FormatError(file, `invalid HDF5 superblock: ${what} is ${size} (expected 2, 4 or 8)`, { offset: 13 })
    }
  }
}
