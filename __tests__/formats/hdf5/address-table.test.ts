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

  it('keeps what it holds when the first address past 2^31 comes after thousands below it', () => {
    const table = new AddressTable()
    const small = Array.from({ length: 5000 }, (_, i) => 96 + i * 712)
    small.forEach((address, i) => table.set(address, i % 3 === 0 ? WALKED_DATASET : WALKED_GROUP))
    // Around 2^31: the last addresses a 32-bit slot holds (a dataset's entry is −(address + 4)) and the first it does not.
    const edge = Array.from({ length: 12 }, (_, i) => 2 ** 31 - 6 + i)
    expect(table.get(edge[11])).toBe(NOT_WALKED)
    edge.forEach((address, i) => table.set(address, i % 2 === 0 ? WALKED_DATASET : WALKED_GROUP))
    const large = Array.from({ length: 5000 }, (_, i) => 2 ** 33 + i * 712)
    large.forEach((address) => table.set(address, WALKED_GROUP))
    small.forEach((address, i) => expect(table.get(address)).toBe(i % 3 === 0 ? WALKED_DATASET : WALKED_GROUP))
    large.forEach((address) => expect(table.get(address)).toBe(WALKED_GROUP))
    edge.forEach((address, i) => expect(table.get(address)).toBe(i % 2 === 0 ? WALKED_DATASET : WALKED_GROUP))
    expect(table.get(2 ** 31 + 7)).toBe(NOT_WALKED)
  })

  it('keeps one entry for an object set again, with what it was set to last', () => {
    const table = new AddressTable()
    table.set(4096, WALKED_DATASET)
    table.set(4096, WALKED_DATASET)
    table.set(8192, WALKED_GROUP)
    expect([table.get(4096), table.get(8192)]).toEqual([WALKED_DATASET, WALKED_GROUP])
  })
})
