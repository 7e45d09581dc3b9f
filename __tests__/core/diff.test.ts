import { describe, expect, it } from '@jest/globals'
import { diffReports } from '../../src/core/diff.js'
import { reportOf, tfCheckpoint } from '../helpers/reports.js'

describe('diffReports', () => {
  const base = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }), tfCheckpoint('exports/old.ckpt', { weights: 4000 }))
  const head = reportOf(tfCheckpoint('exports/model.ckpt', { weights: 13_100_000, optimizer: 26_200_000 }), tfCheckpoint('exports/new.ckpt', { weights: 8000 }))

  it('matches checkpoints by id and gives base, head, delta and ratio per category', () => {
    const diff = diffReports(base, head)
    const model = diff.checkpoints.find((checkpoint) => checkpoint.id === 'exports/model.ckpt')!
    expect(model.change).toBe('changed')
    expect(model.categories.weights).toEqual({ category: 'weights', base: 12_500_000, head: 13_100_000, delta: 600_000, ratio: 0.048 })
    expect(model.categories.metadata).toEqual({ category: 'metadata', base: 1000, head: 1000, delta: 0, ratio: 0 })
    expect(model.categories.total).toEqual({ category: 'total', base: 12_501_000, head: 39_301_000, delta: 26_800_000, ratio: 26_800_000 / 12_501_000 })
  })
  it('leaves the ratio unset when growing from zero bytes', () => {
    const model = diffReports(base, head).checkpoints[0]
    expect(model.categories.optimizer).toEqual({ category: 'optimizer', base: 0, head: 26_200_000, delta: 26_200_000 })
  })
  it('lists head checkpoints in head order, then removed ones', () => {
    const diff = diffReports(base, head)
    expect(diff.checkpoints.map((checkpoint) => [checkpoint.id, checkpoint.change])).toEqual([
      ['exports/model.ckpt', 'changed'],
      ['exports/new.ckpt', 'added'],
      ['exports/old.ckpt', 'removed']
    ])
    expect(diff.changed).toBe(true)
  })
  it('gives added checkpoints only head figures and removed ones only base figures', () => {
    const diff = diffReports(base, head)
    const added = diff.checkpoints[1]
    expect(added.base).toBeUndefined()
    expect(added.categories.weights).toEqual({ category: 'weights', head: 8000 })
    const removed = diff.checkpoints[2]
    expect(removed.head).toBeUndefined()
    expect(removed.categories.weights).toEqual({ category: 'weights', base: 4000 })
  })
  it('diffs the report totals', () => {
    const { total } = diffReports(base, head)
    expect(total.total).toMatchObject({ base: 12_506_000, head: 39_310_000, delta: 26_804_000 })
  })
  it('marks identical checkpoints unchanged, and an identical report as not changed', () => {
    const diff = diffReports(base, reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 }), tfCheckpoint('exports/old.ckpt', { weights: 4000 })))
    expect(diff.checkpoints.map((checkpoint) => checkpoint.change)).toEqual(['unchanged', 'unchanged'])
    expect(diff.changed).toBe(false)
  })
  it('counts a byte moving between categories as a change', () => {
    const moved = reportOf({ name: 'exports/model.ckpt', tensors: [{ name: 'dense/kernel', category: 'buffers', bytes: 12_500_000 }] })
    const diff = diffReports(reportOf(tfCheckpoint('exports/model.ckpt', { weights: 12_500_000 })), moved)
    expect(diff.checkpoints[0].change).toBe('changed')
    expect(diff.checkpoints[0].categories.total.delta).toBe(0)
  })
  it('without a baseline marks every checkpoint no-baseline with head figures only', () => {
    const diff = diffReports(undefined, head)
    expect(diff.base).toBeUndefined()
    expect(diff.changed).toBe(false)
    expect(diff.checkpoints.map((checkpoint) => checkpoint.change)).toEqual(['no-baseline', 'no-baseline'])
    expect(diff.checkpoints[0].categories.optimizer).toEqual({ category: 'optimizer', head: 26_200_000 })
    expect(diff.total.total).toEqual({ category: 'total', head: 39_310_000 })
  })
})
