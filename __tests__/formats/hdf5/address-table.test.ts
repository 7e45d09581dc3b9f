import { describe, expect, it } from '@jest/globals'
import { AddressTable, NOT_WALKED, WALKED_DATASET, WALKED_GROUP } from '../../../src/formats/hdf5/address-table.js'

describe('HDF5 walked-address table', () => {
  it('remembers each object as a group or a dataset through its growth, addresses past 2^32 included', () => {
    const table = new AddressTable()
    // 3·10^4 objects: the table doubles five times from its first 1,024 slots.
    const address = (i: number): number => (i % 3 === 0 ? 2 ** 40 + i * 8 : 800 + i * 8)
    for (let i = 0; i < 30000; i++) table.set(address(i), i % 2 === 0 ? WALKED_GROUP : WALKED_DATASET)
    for (let i = 0; i < 30000; i++) expect(table.get(address(i))).toBe(i % 2 === 0 ? WALKED_GROUP : WALKED_DATASET)
    expect(table.get(801)).toBe(NOT_WALKED)
    expect(table.get(2 ** 40 + 4)).toBe(NOT_WALKED)
    expect(table.get(-1)).toBe(NOT_WALKED)
  })

  it('keeps one entry for an object set again, with what it was set to last', () => {
    const table = new AddressTable()
    table.set(4096, WALKED_DATASET)
    table.set(4096, WALKED_DATASET)
    table.set(8192, WALKED_GROUP)
    expect([table.get(4096), table.get(8192)]).toEqual([WALKED_DATASET, WALKED_GROUP])
  })
})
