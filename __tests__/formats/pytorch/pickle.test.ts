import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FormatError, LimitExceededError } from '../../../src/core/errors.js'
import type { PickleGlobalReference } from '../../../src/core/types.js'
import { PickleGlobalScan } from '../../../src/formats/pickle/scan.js'
import { hostilePickles } from '../../../fuzz/pickles.js'
import { MAX_PICKLE_MARK_DEPTH, MAX_PICKLE_STRING_BYTES } from '../../../src/core/limits.js'
import { fetchedMemoIndexes } from '../../../src/formats/pickle/memo-scan.js'
import { PickleTruncatedError, unpickle, type UnpickleOptions } from '../../../src/formats/pickle/unpickler.js'
import { PickleGlobal, PickleObject } from '../../../src/formats/pickle/values.js'
import { persistentStorageId, type StorageId, StorageRef, torchGlobals, TensorRef, viewExtent } from '../../../src/formats/pytorch/torch-globals.js'
import { openZip } from '../../../src/formats/zip/index.js'
import { BufferByteSource } from '../../../src/io/byte-source.js'
import { pickle, type Py } from '../../../scripts/builders/pickle.js'
import { describeWithFixtures, fixture } from '../../helpers/fixtures.js'

const globals = torchGlobals()
const options: UnpickleOptions = { file: 'x.pt', globals }
const load = (value: Py, protocol?: number): unknown => unpickle(pickle(value, { protocol }), options).value

describe('unpickle: plain values', () => {
  it('builds numbers, strings, bytes, lists, tuples and dicts', () => {
    expect(load([1, -5, 300, 70000, -70000, 'héllo', true, false, null])).toEqual([1, -5, 300, 70000, -70000, 'héllo', true, false, null])
    expect(load({ tuple: [1, 2, 3, 4] })).toEqual([1, 2, 3, 4])
    expect(
      load({
        dict: [
          ['a', 1],
          [2, 'b']
        ]
      })
    ).toEqual(
      new Map<unknown, unknown>([
        ['a', 1],
        [2, 'b']
      ])
    )
    expect(load(new Uint8Array([1, 2, 3]))).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('reads BINFLOAT big-endian', () => {
    expect(load({ float: 0.001 })).toBe(0.001)
    expect(load({ float: -1.5e300 })).toBe(-1.5e300)
  })

  it('reads LONG1 beyond 2^53 as a BigInt, exactly, and small ones as numbers', () => {
    expect(load(2n ** 70n + 3n)).toBe(2n ** 70n + 3n)
    expect(load(-(2n ** 64n))).toBe(-(2n ** 64n))
    expect(load(0x1950a86a20f9469cfc6cn)).toBe(0x1950a86a20f9469cfc6cn)
    expect(load(2n ** 40n)).toBe(2 ** 40)
  })

  it('keeps memoized objects shared: two BINGETs of one dict are the same object', () => {
    const value = load([{ memo: 'd', value: { dict: [['k', 1]] } }, { memo: 'd' }]) as unknown[]
    expect(value[0]).toBeInstanceOf(Map)
    expect(value[1]).toBe(value[0])
  })

  it('reads protocol 4 STACK_GLOBAL and protocol 0 text opcodes', () => {
    const viaStack = load({ reduce: { global: 'collections.OrderedDict', stack: true }, args: [] }, 4)
    expect(viaStack).toEqual(new Map())
    // protocol 0: MARK, INT 7, STRING 'a\n', LIST, STOP
    const text = new TextEncoder().encode("(I7\nS'a\\n'\nF2.5\nL12345678901234567890L\nl.")
    expect(unpickle(text, options).value).toEqual([7, 'a\n', 2.5, 12345678901234567890n])
  })

  it('turns _codecs.encode (how protocol 2 spells bytes) into bytes', () => {
    expect(load({ reduce: { global: '_codecs.encode' }, args: ['\u00ff\u0001', 'latin1'] })).toEqual(new Uint8Array([255, 1]))
  })

  it('keeps an allowed class without a builder as an opaque object with its state', () => {
    const value = load({ build: { reduce: { global: 'argparse.Namespace' }, args: [] }, state: { dict: [['lr', 3]] } })
    expect(value).toBeInstanceOf(PickleObject)
    expect((value as PickleObject).callable).toEqual(new PickleGlobal('argparse', 'Namespace'))
    expect((value as PickleObject).state).toEqual(new Map([['lr', 3]]))
  })

  it('turns a rebuilt tensor into a reference to its storage, and _rebuild_parameter into a parameter', () => {
    const storages: unknown[] = []
    const pid: Py = { tuple: ['storage', { global: 'torch.HalfStorage' }, '7', 'cuda:0', 12] }
    const rebuilt: Py = { reduce: { global: 'torch._utils._rebuild_tensor_v2' }, args: [{ persid: pid }, 2, { tuple: [3, 2] }, { tuple: [2, 1] }, false, null] }
    const storage = new StorageRef('float16')
    const value = unpickle(pickle({ reduce: { global: 'torch._utils._rebuild_parameter' }, args: [rebuilt, true, null] }), {
      ...options,
      persistentLoad: (p) => {
        storages.push(p)
        return storage
      }
    }).value
    expect(storages).toEqual([['storage', new PickleGlobal('torch', 'HalfStorage'), '7', 'cuda:0', 12]])
    expect(value).toEqual(new TensorRef(storage, 'float16', [3, 2], viewExtent([3, 2], [2, 1]), 2, true))
  })
})

describe('unpickle: pickles written by CPython 3 (pickle.dumps, no torch)', () => {
  // Made with `base64.b64encode(pickle.dumps(obj, protocol=N))`; the objects are in each title.
  const cpython = (base64: string): unknown => unpickle(new Uint8Array(Buffer.from(base64, 'base64')), options).value

  it("protocol 0: {'b': b'\\x00\\xff'*3, 'set': {1, 2}, 'fs': frozenset([3]), 'big': 2**80, 'neg': -2**70, 'c': complex(1, 2)}", () => {
    const value = cpython(
      'KGRwMApWYgpwMQpjX2NvZGVjcwplbmNvZGUKcDIKKFZcdTAwMDD/XHUwMDAw/1x1MDAwMP8KcDMKVmxhdGluMQpwNAp0cDUKUnA2CnNWc2V0CnA3CmNfX2J1aWx0aW5fXwpzZXQKcDgKKChscDkKSTEKYUkyCmF0cDEwClJwMTEKc1ZmcwpwMTIKY19fYnVpbHRpbl9fCmZyb3plbnNldApwMTMKKChscDE0CkkzCmF0cDE1ClJwMTYKc1ZiaWcKcDE3CkwxMjA4OTI1ODE5NjE0NjI5MTc0NzA2MTc2TApzVm5lZwpwMTgKTC0xMTgwNTkxNjIwNzE3NDExMzAzNDI0TApzVmMKcDE5CmNfX2J1aWx0aW5fXwpjb21wbGV4CnAyMAooRjEuMApGMi4wCnRwMjEKUnAyMgpzLg=='
    ) as Map<string, unknown>
    expect(value.get('b')).toEqual(new Uint8Array([0, 255, 0, 255, 0, 255]))
    expect(value.get('set')).toEqual(new Set([1, 2]))
    expect(value.get('fs')).toEqual(new Set([3]))
    expect(value.get('big')).toBe(2n ** 80n)
    expect(value.get('neg')).toBe(-(2n ** 70n))
    expect((value.get('c') as PickleObject).args).toEqual([1, 2])
  })

  it('protocol 5 (FRAME, MEMOIZE, SHORT_BINBYTES, EMPTY_SET/ADDITEMS, FROZENSET, LONG1): the same object', () => {
    const value = cpython(
      'gAWVfwAAAAAAAAB9lCiMAWKUQwYA/wD/AP+UjANzZXSUj5QoSwFLApCMAmZzlChLA5GUjANiaWeUigsAAAAAAAAAAAAAAYwDbmVnlIoJAAAAAAAAAADAjAFjlIwIYnVpbHRpbnOUjAdjb21wbGV4lJOURz/wAAAAAAAAR0AAAAAAAAAAhpRSlHUu'
    ) as Map<string, unknown>
    expect([...value.keys()]).toEqual(['b', 'set', 'fs', 'big', 'neg', 'c'])
    expect(value.get('big')).toBe(2n ** 80n)
    expect(value.get('neg')).toBe(-(2n ** 70n))
    expect(value.get('set')).toEqual(new Set([1, 2]))
  })

  it("protocol 2: argparse.Namespace(lr=0.1, name='x', layers=[1, 2])", () => {
    const value = cpython(
      'gAJjYXJncGFyc2UKTmFtZXNwYWNlCnEAKYFxAX1xAihYAgAAAGxycQNHP7mZmZmZmZpYBAAAAG5hbWVxBFgBAAAAeHEFWAYAAABsYXllcnNxBl1xByhLAUsCZXViLg=='
    ) as PickleObject
    expect(value.callable.qualifiedName).toBe('argparse.Namespace')
    expect(value.state).toEqual(
      new Map<string, unknown>([
        ['lr', 0.1],
        ['name', 'x'],
        ['layers', [1, 2]]
      ])
    )
  })

  it("protocol 0: OrderedDict([('a', 1), ('b', [1.5, None, True])])", () => {
    expect(cpython('Y2NvbGxlY3Rpb25zCk9yZGVyZWREaWN0CnAwCih0UnAxClZhCnAyCkkxCnNWYgpwMwoobHA0CkYxLjUKYU5hSTAxCmFzLg==')).toEqual(
      new Map<string, unknown>([
        ['a', 1],
        ['b', [1.5, null, true]]
      ])
    )
  })

  it("protocol 2: {'best': np.float64(0.25), 'i': np.int64(7)} (numpy 2 scalars, bytes via _codecs.encode)", () => {
    const value = cpython(
      'gAJ9cQAoWAQAAABiZXN0cQFjbnVtcHkuX2NvcmUubXVsdGlhcnJheQpzY2FsYXIKcQJjbnVtcHkKZHR5cGUKcQNYAgAAAGY4cQSJiIdxBVJxBihLA1gBAAAAPHEHTk5OSv////9K/////0sAdHEIYmNfY29kZWNzCmVuY29kZQpxCVgJAAAAAAAAAAAAw5A/cQpYBgAAAGxhdGluMXELhnEMUnENhnEOUnEPWAEAAABpcRBoAmgDWAIAAABpOHERiYiHcRJScRMoSwNoB05OTkr/////Sv////9LAHRxFGJoCVgIAAAABwAAAAAAAABxFWgLhnEWUnEXhnEYUnEZdS4='
    ) as Map<string, PickleObject>
    const best = value.get('best') as PickleObject
    expect(best.callable.qualifiedName).toBe('numpy._core.multiarray.scalar')
    expect(new DataView((best.args[1] as Uint8Array).buffer, (best.args[1] as Uint8Array).byteOffset).getFloat64(0, true)).toBe(0.25)
    expect((value.get('i') as PickleObject).args[1]).toEqual(new Uint8Array([7, 0, 0, 0, 0, 0, 0, 0]))
  })
})

describe('unpickle: never executes, and reports what a real load would have run', () => {
  const marker = join(tmpdir(), `msb-pwned-${process.pid}`)
  const scanned = (bytes: Uint8Array): PickleGlobalReference[] => {
    const scan = new PickleGlobalScan('x.pt')
    unpickle(bytes, { ...options, scan })
    return scan.references
  }
  const verdicts = (bytes: Uint8Array): string[] => scanned(bytes).map((g) => `${g.module}.${g.name}: ${g.verdict}`)

  it('reads a __reduce__ that would create a file, written by hand, and creates nothing', () => {
    // What `pickle.dumps(Evil())` writes for `def __reduce__(self): return (posix.system, ('touch …',))`,
    // protocol 2, opcode by opcode: PROTO 2, GLOBAL 'posix system', BINUNICODE cmd, TUPLE1, REDUCE, STOP.
    const command = new TextEncoder().encode(`touch ${marker}`)
    const bytes = new Uint8Array([0x80, 0x02, ...new TextEncoder().encode('cposix\nsystem\n'), 0x58, command.length, 0, 0, 0, ...command, 0x85, 0x52, 0x2e])
    const { value } = unpickle(bytes, options)
    expect(value).toBeInstanceOf(PickleObject)
    expect((value as PickleObject).args).toEqual([`touch ${marker}`])
    expect(scanned(bytes)).toEqual([{ file: 'x.pt', module: 'posix', name: 'system', verdict: 'dangerous', offset: 2 }])
    expect(existsSync(marker)).toBe(false)
  })

  it('flags what pickle scanners flag: os.system, builtins.eval through STACK_GLOBAL, __builtin__.exec, subprocess, runpy, webbrowser', () => {
    const call = (global: string, stack = false): Uint8Array => pickle({ reduce: { global, stack }, args: [`touch ${marker}`] }, { protocol: stack ? 4 : 2 })
    expect(verdicts(call('os.system'))).toEqual(['os.system: dangerous'])
    expect(verdicts(call('builtins.eval', true))).toEqual(['builtins.eval: dangerous'])
    expect(verdicts(call('__builtin__.exec'))).toEqual(['builtins.exec: dangerous'])
    for (const global of [
      'subprocess.Popen',
      'runpy._run_code',
      'webbrowser.open',
      'socket.create_connection',
      'shutil.rmtree',
      'pty.spawn',
      'sys.exit',
      'asyncio.subprocess.create_subprocess_shell',
      'requests.api.get',
      'httplib.HTTPSConnection',
      'torch.hub.load',
      'numpy.testing._private.utils.runstring',
      'builtins.__import__',
      'builtins.getattr',
      'builtins.compile',
      'builtins.open'
    ]) {
      expect(verdicts(call(global))).toEqual([`${global}: dangerous`])
    }
    expect(existsSync(marker)).toBe(false)
  })

  it("reads the scanners' getattr(__import__('os'), 'system')(cmd) chain: a call of a call's result is recorded, not made", () => {
    const chain: Py = {
      reduce: { reduce: { global: 'builtins.getattr' }, args: [{ reduce: { global: 'builtins.__import__' }, args: ['os'] }, 'system'] },
      args: [`touch ${marker}`]
    }
    expect(verdicts(pickle(chain))).toEqual(['builtins.getattr: dangerous', 'builtins.__import__: dangerous'])
    expect(existsSync(marker)).toBe(false)
  })

  it('lists a class it does not know as unknown, a tensor rebuilder as safe, and each global once at its first offset', () => {
    const bytes = pickle([
      { reduce: { global: 'mymodels.Net' }, args: [] },
      { reduce: { global: 'mymodels.Net' }, args: [] },
      { reduce: { global: 'collections.OrderedDict' }, args: [] }
    ])
    expect(verdicts(bytes)).toEqual(['mymodels.Net: unknown', 'collections.OrderedDict: safe'])
  })

  it('reads copyreg extension codes as a placeholder, listed as unknown', () => {
    expect(verdicts(new Uint8Array([0x80, 2, 0x82, 1, 0x2e]))).toEqual(['copyreg.extension 1: unknown'])
  })

  it('counts TorchScript class names as safe only where the caller allows the __torch__ prefix', () => {
    const bytes = pickle({ reduce: { global: '__torch__.Net' }, args: [] })
    expect(verdicts(bytes)).toEqual(['__torch__.Net: unknown'])
    const scan = new PickleGlobalScan('x.pt')
    expect(unpickle(bytes, { ...options, scan, allowedModulePrefixes: ['__torch__.'] }).value).toBeInstanceOf(PickleObject)
    expect(scan.references.map((g) => g.verdict)).toEqual(['safe'])
  })

  it('reads every hostile pickle of the fuzz corpus or rejects it with its own error, and flags the dangerous globals', () => {
    let flagged = 0
    for (const { name, bytes } of hostilePickles(0.01)) {
      const scan = new PickleGlobalScan(name)
      try {
        unpickle(bytes, { ...options, scan })
      } catch (error) {
        expect(error instanceof FormatError || error instanceof LimitExceededError).toBe(true)
      }
      if (scan.references.some((g) => g.verdict === 'dangerous')) flagged++
    }
    expect(flagged).toBe(8)
    expect(existsSync(marker)).toBe(false)
  })
})

describe('unpickle: hostile and broken input', () => {
  it('checks a string length against its limit before allocating', () => {
    const bytes = new Uint8Array([0x80, 4, 0x8d, 0, 0, 0, 0, 0, 0, 0, 0x40, 0x2e]) // BINUNICODE8 of 2^62 bytes
    expect(() => unpickle(bytes, options)).toThrow(LimitExceededError)
    expect(() => unpickle(bytes, options)).toThrow(new RegExp(`a pickled string length is ${2n ** 62n}, over the limit of ${MAX_PICKLE_STRING_BYTES}`))
  })

  it('limits the nesting depth of MARKs', () => {
    const bytes = new Uint8Array(MAX_PICKLE_MARK_DEPTH + 10).fill(0x28)
    expect(() => unpickle(bytes, options)).toThrow(LimitExceededError)
  })

  it('reports a pickle without STOP as truncated, with the file name', () => {
    const bytes = pickle({ dict: [['a', 1]] }).subarray(0, -1)
    expect(() => unpickle(bytes, options)).toThrow(PickleTruncatedError)
    expect(() => unpickle(bytes, options)).toThrow(/^x\.pt: pickle ends before its STOP opcode/)
  })

  it('reports a BINGET of a memo slot that was never filled', () => {
    expect(() => unpickle(new Uint8Array([0x80, 2, 0x68, 5, 0x2e]), options)).toThrow(/memo entry 5 was never stored/)
  })

  it('numbers MEMOIZE entries after memo keys stored out of order, as Python counts len(memo)', () => {
    // PROTO 4; 'a' BINPUT 2; 'b' BINPUT 0; 'c' MEMOIZE (key 2 taken, len(memo) = 2 → overwrites 2);
    // 'd' BINPUT 1; 'e' MEMOIZE (len(memo) = 3 → key 3); then a tuple of GETs 0, 1, 2, 3.
    const s = (c: string): number[] => [0x8c, 1, c.charCodeAt(0)]
    const bytes = new Uint8Array([
      0x80,
      4,
      ...s('a'),
      0x71,
      2,
      0x30,
      ...s('b'),
      0x71,
      0,
      0x30,
      ...s('c'),
      0x94,
      0x30,
      ...s('d'),
      0x71,
      1,
      0x30,
      ...s('e'),
      0x94,
      0x30,
      0x28,
      0x68,
      0,
      0x68,
      1,
      0x68,
      2,
      0x68,
      3,
      0x74,
      0x2e
    ])
    expect(unpickle(bytes, options).value).toEqual(['b', 'd', 'c', 'e'])
    expect(unpickle(bytes, { ...options, keepWholeMemo: true }).value).toEqual(['b', 'd', 'c', 'e'])
  })

  it('throws only its own errors on arbitrary bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          unpickle(bytes, options)
        } catch (error) {
          expect(error instanceof FormatError || error instanceof LimitExceededError).toBe(true)
        }
      }),
      { numRuns: 2000 }
    )
  })

  it('rebuilds a tensor only from a real storage reference', () => {
    const bytes = pickle({ reduce: { global: 'torch._utils._rebuild_tensor_v2' }, args: [{ persid: 'x' }, 0, { tuple: [2] }, { tuple: [1] }, false, null] })
    expect(() => unpickle(bytes, { ...options, persistentLoad: () => 'not a storage' })).toThrow(
      /unexpected arguments to torch\._utils\._rebuild_tensor_v2 \(the storage argument is not a storage\)/
    )
  })
})

describe('unpickle: keeps only the memo entries the pickle fetches again', () => {
  it('finds the fetched indexes of binary and text GETs, and no others', () => {
    // [d, d] with d memoized once and fetched once (BINGET); protocol 0: ['a', 'a'] via PUT 1 / GET 1.
    expect(fetchedMemoIndexes(pickle([{ memo: 'd', value: { dict: [['k', 1]] } }, { memo: 'd' }]))).toEqual(new Set([0]))
    const text = new TextEncoder().encode("(lp0\nS'a'\np1\nag1\na.")
    expect(fetchedMemoIndexes(text)).toEqual(new Set([1]))
    expect(unpickle(text, options).value).toEqual(['a', 'a'])
  })

  it("stops at STOP: what follows the pickle (a legacy stream's next pickle, or payload) is not scanned", () => {
    const first = pickle([{ memo: 'a', value: 'x' }, { memo: 'a' }])
    const bytes = new Uint8Array([...first, 0x68, 7, 0x2e]) // then a BINGET 7 that belongs to something else
    expect(fetchedMemoIndexes(bytes)).toEqual(new Set([0]))
  })

  describeWithFixtures('on real torch.save pickles', () => {
    const dataPickles = async (): Promise<[string, Uint8Array][]> => {
      const paths = ['real/pytorch/mnist-cnn-state-dict/best_model.pt', 'real/pytorch/mnist-cnn-torchscript/mnist_cnn.pt', 'generated/pytorch/seed_cnn_adam.pt']
      const out: [string, Uint8Array][] = []
      for (const path of paths) {
        const archive = await openZip(new BufferByteSource(path, new Uint8Array(readFileSync(fixture(path)))))
        for (const entry of archive.entries.filter((e) => /\/(data|constants)\.pkl$/.test(e.name)))
          out.push([`${path}:${entry.name}`, await archive.readEntry(entry, 1 << 24)])
      }
      return out
    }
    // A storage that keeps what its persistent id said, so that two parses compare on all of it.
    class IdentifiedStorage extends StorageRef {
      constructor(readonly id: StorageId) {
        super(id.dtype)
      }
    }
    const torchOptions = (file: string, keepWholeMemo: boolean): UnpickleOptions => ({
      file,
      globals,
      allowedModulePrefixes: ['__torch__.'],
      persistentLoad: (pid) => new IdentifiedStorage(persistentStorageId(pid)),
      keepWholeMemo
    })
    const outcome = (bytes: Uint8Array, opts: UnpickleOptions): unknown => {
      try {
        return unpickle(bytes, opts)
      } catch (error) {
        return `${(error as Error).constructor.name}: ${(error as Error).message}`
      }
    }

    it('gives the value that keeping every entry gives', async () => {
      const pickles = await dataPickles()
      expect(pickles.length).toBeGreaterThanOrEqual(3)
      // torch's pickler fetches its globals and shared strings again: the scan has something to find.
      expect(pickles.some(([, bytes]) => fetchedMemoIndexes(bytes).size > 0)).toBe(true)
      for (const [file, bytes] of pickles) {
        expect(unpickle(bytes, torchOptions(file, false))).toEqual(unpickle(bytes, torchOptions(file, true)))
      }
    })

    it('gives the same value or the same error as keeping every entry, whatever bytes are changed (property)', async () => {
      const [[file, bytes]] = await dataPickles()
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), (changes) => {
          const mutated = bytes.slice()
          for (const [at, value] of changes) mutated[at] = value
          expect(outcome(mutated, torchOptions(file, false))).toEqual(outcome(mutated, torchOptions(file, true)))
        }),
        { numRuns: 300 }
      )
    })
  })
})
