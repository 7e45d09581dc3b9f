import { describe, expect, it } from '@jest/globals'
import { sharedShape } from '../../src/formats/shared-shapes.js'

describe('sharedShape', () => {
  it('gives equal shapes one array and different shapes their own', () => {
    const first = sharedShape([3, 5, 7])
    expect(sharedShape([3, 5, 7])).toBe(first)
    expect(first).toEqual([3, 5, 7])
    // A prefix, an extension and a scalar are other shapes.
    expect(sharedShape([3, 5])).toEqual([3, 5])
    expect(sharedShape([3, 5])).not.toBe(first)
    expect(sharedShape([3, 5, 7, 1])).toEqual([3, 5, 7, 1])
    expect(sharedShape([])).toEqual([])
    expect(sharedShape([])).toBe(sharedShape([]))
    // Sizes past 2^31 are numbers like the others.
    expect(sharedShape([2 ** 40, 2])).toBe(sharedShape([2 ** 40, 2]))
  })
})
