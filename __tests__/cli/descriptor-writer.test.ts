import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { descriptorWriter, type DescriptorWriterDeps } from '../../src/cli/descriptor-writer.js'

/** A descriptor that accepts `capacity` bytes per call, then fails with `failWith` once `failAfter` bytes went through. */
function fakeDescriptor(options: { capacity?: number; failAfter?: number; failWith?: string } = {}) {
  const direct: number[] = []
  const viaStream: number[] = []
  const deps: DescriptorWriterDeps = {
    writeSync: (_fd, bytes, offset) => {
      if (options.failAfter !== undefined && direct.length >= options.failAfter) {
        throw Object.assign(new Error(options.failWith), { code: options.failWith })
      }
      const room = options.failAfter === undefined ? Infinity : options.failAfter - direct.length
      const count = Math.min(bytes.length - offset, options.capacity ?? Infinity, room)
      direct.push(...bytes.subarray(offset, offset + count))
      return count
    },
    stream: () => ({ write: (bytes: Uint8Array) => viaStream.push(...bytes) })
  }
  const text = (codes: number[]) => Buffer.from(codes).toString('utf8')
  return { deps, direct: () => text(direct), viaStream: () => text(viaStream) }
}

describe('descriptorWriter', () => {
  it('writes everything directly, continuing after short writes', () => {
    const fd = fakeDescriptor({ capacity: 3 })
    const write = descriptorWriter(1, fd.deps)
    write('weights 13.1 MB\n')
    write('optimizer — 26.2 MB\n')
    expect(fd.direct()).toBe('weights 13.1 MB\noptimizer — 26.2 MB\n')
    expect(fd.viaStream()).toBe('')
  })

  it('hands the rest to the stream, in order, when a non-blocking pipe is full (EAGAIN)', () => {
    const fd = fakeDescriptor({ capacity: 4, failAfter: 6, failWith: 'EAGAIN' })
    const write = descriptorWriter(1, fd.deps)
    write('first line\n')
    write('second line\n')
    expect(fd.direct()).toBe('first ')
    expect(fd.viaStream()).toBe('line\nsecond line\n')
  })

  it('drops later output once the reader has gone (EPIPE) instead of failing', () => {
    const fd = fakeDescriptor({ failAfter: 5, failWith: 'EPIPE' })
    const write = descriptorWriter(1, fd.deps)
    write('12345')
    expect(() => write('67890')).not.toThrow()
    expect(() => write('more')).not.toThrow()
    expect(fd.direct()).toBe('12345')
    expect(fd.viaStream()).toBe('')
  })

  it('lets any other error through', () => {
    const fd = fakeDescriptor({ failAfter: 0, failWith: 'EIO' })
    expect(() => descriptorWriter(1, fd.deps)('x')).toThrow('EIO')
  })
})

const CLI = join(process.cwd(), 'dist', 'cli', 'index.js')

describe('the built CLI writing into a pipe', () => {
  it('exits 0 without a stack trace when the reader has closed the pipe (`| true`)', () => {
    // dist/ is committed (npm test checks it matches src/), so the bundle is always there to run.
    expect(existsSync(CLI)).toBe(true)
    // `true` exits without reading, long before Node has started: the CLI's write meets EPIPE.
    const run = spawnSync('bash', ['-c', `node ${JSON.stringify(CLI)} examples/ | true; echo "cli exit \${PIPESTATUS[0]}"`], {
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('cli exit 0\n')
  })
})
