import { ascii, concat, u32, u64 } from './encode.js'

/**
 * Pickles built to hurt an unpickler or the code that walks its result: nesting that recurses,
 * self-references and shared subtrees that make a naive walk loop or explode, lengths and memo
 * indexes that ask for gigabytes, and globals that must never be resolved. Opcodes from
 * python/cpython:Lib/pickletools.py.
 */

const PROTO2 = Uint8Array.of(0x80, 0x02)
const STOP = ascii('.')

/** BINUNICODE: u32 length + UTF-8. */
const str = (text: string): Uint8Array => {
  const bytes = ascii(text)
  return concat([ascii('X'), u32(bytes.length), bytes])
}
const binput = (i: number): Uint8Array => Uint8Array.of(0x71, i)
const binget = (i: number): Uint8Array => Uint8Array.of(0x68, i)
const long1 = (value: bigint): Uint8Array => concat([Uint8Array.of(0x8a, 8), u64(value)])
const repeat = (bytes: Uint8Array, n: number): Uint8Array => {
  const out = new Uint8Array(bytes.length * n)
  for (let i = 0; i < n; i++) out.set(bytes, i * bytes.length)
  return out
}

/** `torch._utils._rebuild_tensor_v2(storage pid, offset, size, stride, requires_grad, hooks)` with a chosen size. */
function rebuildTensor(numel: Uint8Array, size: Uint8Array, stride: Uint8Array, key = '0', offset = ascii('K\x00')): Uint8Array {
  return concat([
    ascii('ctorch._utils\n_rebuild_tensor_v2\n('),
    ascii('('),
    str('storage'),
    ascii('ctorch\nFloatStorage\n'),
    str(key),
    str('cpu'),
    numel,
    ascii('tQ'), // BINPERSID
    offset,
    size,
    stride,
    Uint8Array.of(0x89),
    ascii('ccollections\nOrderedDict\n)R'),
    ascii('tR')
  ])
}

const inDict = (value: Uint8Array): Uint8Array => concat([PROTO2, ascii('}'), str('w'), value, ascii('s'), STOP])

export interface HostilePickle {
  name: string
  bytes: Uint8Array
}

/**
 * The hostile pickles; `scale` shrinks the bulk ones (nesting depth, DUP and APPEND counts) for the
 * short run inside `npm test`, while keeping each above the limit it tests.
 */
export function hostilePickles(scale = 1): HostilePickle[] {
  const n = (count: number): number => Math.max(1, Math.round(count * scale))
  return [
    { name: 'mark nesting 200k deep', bytes: concat([PROTO2, repeat(ascii('('), n(200_000)), STOP]) },
    // ]]]]...aaaa.: lists nested 100k deep (a recursive walk overflows the stack).
    { name: 'lists nested 100k deep', bytes: concat([PROTO2, repeat(ascii(']'), n(100_000)), repeat(ascii('a'), n(100_000) - 1), STOP]) },
    {
      name: 'dicts nested 100k deep',
      bytes: concat([PROTO2, repeat(concat([ascii('}'), str('k')]), n(100_000)), ascii('}'), repeat(ascii('s'), n(100_000)), STOP])
    },
    { name: 'tuples nested 100k deep', bytes: concat([PROTO2, ascii(')'), repeat(Uint8Array.of(0x85), n(100_000)), STOP]) },
    // A list that contains itself: l = []; l.append(l).
    { name: 'self-referential list', bytes: concat([PROTO2, ascii(']'), binput(0), binget(0), ascii('a'), STOP]) },
    { name: 'self-referential dict', bytes: concat([PROTO2, ascii('}'), binput(0), str('a'), binget(0), ascii('s'), STOP]) },
    {
      // x0 = []; x(i+1) = (xi, xi): 60 levels of shared subtrees, 2^60 paths for a walk without a visited set.
      name: 'shared subtrees 2^60 paths',
      bytes: concat([
        PROTO2,
        ascii(']'),
        binput(0),
        ...Array.from({ length: 60 }, (_, i) => concat([binget(i), binget(i), Uint8Array.of(0x86), binput(i + 1)])),
        ascii('0'), // POP the last tuple, put it in a dict
        ascii('}'),
        str('w'),
        binget(60),
        ascii('s'),
        STOP
      ])
    },
    {
      // d0 = {}; d(i+1) = {'a': di, 'b': di}; {'state_dict': d40}.
      name: 'state dict of shared subtrees 2^40 paths',
      bytes: concat([
        PROTO2,
        ascii('}'),
        binput(0),
        ascii('0'),
        ...Array.from({ length: 40 }, (_, i) => concat([ascii('}('), str('a'), binget(i), str('b'), binget(i), ascii('u'), binput(i + 1), ascii('0')])),
        ascii('}'),
        str('state_dict'),
        binget(40),
        ascii('s'),
        STOP
      ])
    },
    { name: 'LONG_BINPUT 2^32-1', bytes: concat([PROTO2, ascii(']r'), u32(0xffffffff), STOP]) },
    { name: 'BINGET of an empty memo slot', bytes: concat([PROTO2, binget(5), STOP]) },
    { name: 'BINUNICODE of 2^32-1 bytes', bytes: concat([PROTO2, ascii('X'), u32(0xffffffff), ascii('ab'), STOP]) },
    { name: 'LONG4 of 2^31-1 bytes', bytes: concat([PROTO2, Uint8Array.of(0x8b), u32(0x7fffffff), ascii('ab'), STOP]) },
    { name: 'FRAME of 2^63 bytes', bytes: concat([Uint8Array.of(0x80, 0x04, 0x95), u64(1n << 63n), ascii('}.')]) },
    { name: 'BINUNICODE8 of 2^62 bytes', bytes: concat([Uint8Array.of(0x80, 0x04, 0x8d), u64(1n << 62n), ascii('ab.')]) },
    { name: 'BINBYTES8 of 2^64-1 bytes', bytes: concat([Uint8Array.of(0x80, 0x04, 0x8e), u64((1n << 64n) - 1n), ascii('ab.')]) },
    { name: 'DUP 1M times', bytes: concat([PROTO2, ascii(']'), repeat(ascii('2'), n(1_000_000)), STOP]) },
    { name: 'APPENDS of 1M items', bytes: concat([PROTO2, ascii(']('), repeat(ascii('N'), n(1_000_000)), ascii('e'), STOP]) },
    { name: 'os.system', bytes: concat([PROTO2, ascii('cos\nsystem\n('), str('ls'), ascii('tR'), STOP]) },
    {
      name: 'builtins.eval via STACK_GLOBAL',
      bytes: concat([Uint8Array.of(0x80, 0x04), str('builtins'), str('eval'), Uint8Array.of(0x93), str('1'), Uint8Array.of(0x85), ascii('R'), STOP])
    },
    // Payloads pickle scanners use as examples (picklescan's tests, Hugging Face's scanner docs):
    { name: 'posix.system via INST (protocol 0)', bytes: ascii("(S'touch /tmp/msb-pwned'\niposix\nsystem\n.") },
    { name: 'subprocess.Popen via OBJ', bytes: concat([PROTO2, ascii('(csubprocess\nPopen\n'), str('id'), ascii('o'), STOP]) },
    {
      name: "getattr(__import__('os'), 'system')(cmd)",
      bytes: concat([
        PROTO2,
        ascii('cbuiltins\ngetattr\n(cbuiltins\n__import__\n('),
        str('os'),
        ascii('tR'),
        str('system'),
        ascii('tR('),
        str('id'),
        ascii('tR'),
        STOP
      ])
    },
    { name: 'runpy._run_code', bytes: concat([PROTO2, ascii('crunpy\n_run_code\n('), str('import os'), ascii('}tR'), STOP]) },
    { name: 'webbrowser.open', bytes: concat([PROTO2, ascii('cwebbrowser\nopen\n('), str('http://example.invalid'), ascii('tR'), STOP]) },
    { name: 'nt.system inside a state_dict', bytes: inDict(concat([ascii('cnt\nsystem\n('), str('calc'), ascii('tR')])) },
    { name: 'copyreg extension code', bytes: concat([PROTO2, Uint8Array.of(0x82, 0x01), ascii(')R'), STOP]) },
    { name: 'no STOP', bytes: concat([PROTO2, ascii('}'), str('a')]) },
    { name: 'unknown opcode', bytes: concat([PROTO2, Uint8Array.of(0xff), STOP]) },
    { name: 'STOP on an empty stack', bytes: concat([PROTO2, STOP]) },
    { name: 'SETITEMS without a mark', bytes: concat([PROTO2, ascii('}u'), STOP]) },
    {
      name: 'tensor of 2^62 elements',
      bytes: inDict(rebuildTensor(long1(1n << 62n), concat([ascii('('), long1(1n << 62n), ascii('t')]), ascii('(K\x01t')))
    },
    {
      name: 'view of 2^62 elements over a 1-element storage',
      bytes: inDict(rebuildTensor(ascii('K\x01'), concat([ascii('('), long1(1n << 62n), ascii('t')]), ascii('(K\x01t')))
    },
    {
      name: 'view at storage offset 2^62',
      bytes: inDict(rebuildTensor(ascii('K\x01'), ascii('(K\x01t'), ascii('(K\x01t'), '0', long1(1n << 62n)))
    },
    {
      name: 'tensor of negative size',
      bytes: inDict(rebuildTensor(concat([ascii('J'), u32(0xffffffff)]), concat([ascii('(J'), u32(0xffffffff), ascii('t')]), ascii('(K\x01t')))
    },
    {
      name: 'tensor of 10k dims',
      bytes: inDict(rebuildTensor(ascii('K\x01'), concat([ascii('('), repeat(ascii('K\x01'), 10_000), ascii('t')]), ascii('(K\x01t')))
    },
    {
      // A dict key (not a value) nested 100k deep: names are made from keys.
      name: 'tensor under a dict key of tuples nested 100k deep',
      bytes: concat([
        PROTO2,
        ascii('}'),
        ascii(')'),
        repeat(Uint8Array.of(0x85), n(100_000)),
        rebuildTensor(ascii('K\x01'), ascii('(K\x01t'), ascii('(K\x01t')),
        ascii('s'),
        STOP
      ])
    },
    {
      name: 'tensor under a 1 MB key, 60 levels deep',
      bytes: concat([
        PROTO2,
        ascii('X'),
        u32(1 << 20),
        new Uint8Array(1 << 20).fill(0x61),
        binput(0),
        ascii('0'),
        repeat(concat([ascii('}'), binget(0)]), 60),
        rebuildTensor(ascii('K\x01'), ascii('(K\x01t'), ascii('(K\x01t')),
        repeat(ascii('s'), 60),
        STOP
      ])
    },
    {
      // 9,000 nested dicts (no MARK), then one dict holding the same tensor under 100k int keys:
      // each tensor's name is a 9,000-step path (a walk that copies the path per tensor needs GBs).
      name: '100k tensors 9,000 dicts deep',
      bytes: concat([
        PROTO2,
        repeat(concat([ascii('}'), str('k')]), n(9_000)),
        ascii('}('),
        ascii('J'),
        u32(0),
        rebuildTensor(ascii('K\x01'), ascii('(K\x01t'), ascii('(K\x01t')),
        binput(1),
        ...Array.from({ length: n(100_000) }, (_, i) => concat([ascii('J'), u32(i + 1), binget(1)])),
        ascii('u'),
        repeat(ascii('s'), n(9_000)),
        STOP
      ])
    },
    {
      name: 'tensor whose storage key is missing',
      bytes: inDict(rebuildTensor(ascii('K\x01'), ascii('(K\x01t'), ascii('(K\x01t'), '999'))
    }
  ]
}

export const HOSTILE_PICKLES: readonly HostilePickle[] = hostilePickles()
