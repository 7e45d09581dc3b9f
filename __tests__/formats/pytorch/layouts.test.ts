import { describe, expect, it } from '@jest/globals'
import { FormatError, UnsupportedFormatError } from '../../../src/core/errors.js'
import { formatBytes } from '../../../src/core/format-bytes.js'
import { pytorchLegacyReader, pytorchZipReader } from '../../../src/formats/pytorch/index.js'
import { MemoryFiles } from '../../../src/io/checkpoint-files.js'
import { measure } from '../../../src/pipeline/measure.js'
import { pickle, type Py } from '../../../scripts/builders/pickle.js'
import { buildLegacyTorch, buildTorchZip, orderedDict, storageBytes, tensor } from '../../../scripts/builders/pytorch.js'
import { buildZip } from '../../../scripts/builders/zip.js'
import { decidedCategory } from '../../helpers/decide.js'
import { candidate, categoryOf, float, readTorch, reasonOf, torchReaders } from '../../helpers/torch-read.js'

const readers = torchReaders
const read = readTorch

describe('PyTorch zip: storages and spans', () => {
  it('gives each tensor the exact span of its storage record, whatever the archive folder is called', async () => {
    const a = { ...float('0', 6), bytes: new Uint8Array(24).fill(0xa1) }
    const b = { ...float('1', 2), bytes: new Uint8Array(8).fill(0xb2) }
    const bytes = buildTorchZip({
      archive: 'my-model_v2',
      root: orderedDict([
        ['fc.weight', tensor(a, [2, 3])],
        ['fc.bias', tensor(b, [2])]
      ]),
      storages: [a, b]
    })
    const { result, report } = await read('m.pt', bytes)
    expect(result.tensors.map((t) => [t.name, t.dtype, t.shape, t.byteLength])).toEqual([
      ['fc.weight', 'float32', [2, 3], 24],
      ['fc.bias', 'float32', [2], 8]
    ])
    // A storage that one tensor views needs no key to be counted once (the analyzer keeps no set of them).
    expect(result.tensors.map((t) => t.storageKey)).toEqual([undefined, undefined])
    for (const [t, fill] of [
      [result.tensors[0], 0xa1],
      [result.tensors[1], 0xb2]
    ] as const) {
      expect(bytes.subarray(t.offset, t.offset + t.byteLength).every((x) => x === fill)).toBe(true)
    }
    expect(report.bytes.weights).toBe(32)
    expect(report.classifiedBy).toBe('dict-layout')
  })

  it('counts a storage shared by tied weights once, and says so', async () => {
    const embed = float('0', 1000)
    const shared = tensor(embed, [100, 10])
    const bytes = buildTorchZip({
      root: orderedDict([
        ['encoder.embed.weight', { memo: 't', value: shared }],
        ['decoder.weight', { memo: 't' }],
        ['lm_head.weight', tensor(embed, [100, 10])]
      ]),
      storages: [embed]
    })
    const { result, report } = await read('tied.pt', bytes)
    expect(result.tensors.map((t) => t.name)).toEqual(['encoder.embed.weight', 'decoder.weight', 'lm_head.weight'])
    // Every tensor of the shared storage carries its key, the first one included (it was listed
    // before the others were met).
    expect(result.tensors.every((t) => t.storageKey !== undefined)).toBe(true)
    expect(new Set(result.tensors.map((t) => t.storageKey)).size).toBe(1)
    expect(report.bytes.weights).toBe(storageBytes(embed))
    expect(report.explanations).toContain(
      "2 tensor(s) share storage with another tensor (tied weights or views: 'decoder.weight', 'lm_head.weight'); " +
        'the shared storage (4.00 kB) is on disk once and counted once'
    )
  })

  it('counts views into one storage (different offsets) once', async () => {
    const qkv = float('0', 30)
    const bytes = buildTorchZip({
      root: orderedDict([
        ['q', tensor(qkv, [10], { offset: 0 })],
        ['k', tensor(qkv, [10], { offset: 10 })],
        ['v', tensor(qkv, [10], { offset: 20 })]
      ]),
      storages: [qkv]
    })
    const { report } = await read('views.pt', bytes)
    expect(report.bytes.weights).toBe(120)
    expect(report.tensors).toBe(3)
    expect(report.explanations.some((line) => /not visible through any tensor/.test(line))).toBe(false)
  })

  it('says when a saved tensor is a slice of a larger storage, which torch.save writes whole', async () => {
    const big = float('0', 1000)
    const bytes = buildTorchZip({ root: orderedDict([['head.weight', tensor(big, [10], { offset: 500 })]]), storages: [big] })
    const { report } = await read('slice.pt', bytes)
    expect(report.bytes.weights).toBe(4000)
    expect(report.explanations).toContain(
      "3.96 kB of saved storage is not visible through any tensor ('head.weight' is a view of a larger storage); " +
        'torch.save writes whole storages, so save a .clone() of a slice to drop the rest'
    )
  })

  it('reports a storage the pickle names but the archive lacks as a FormatError', async () => {
    const bytes = buildTorchZip({ root: orderedDict([['w', tensor(float('0', 4), [4])]]), storages: [] })
    await expect(read('broken.pt', bytes)).rejects.toThrow(FormatError)
    await expect(read('broken.pt', bytes)).rejects.toThrow(/refers to storage 'data\/0', but the archive has no record 'archive\/data\/0'/)
  })

  it('reads a torch.save file referencing os.system and lists the global as dangerous at the offset of its opcode', async () => {
    const hostile: Py = { dict: [['model', { reduce: { global: 'os.system' }, args: ['echo pwned'] }]] }
    const bytes = buildTorchZip({ root: hostile, storages: [] })
    const report = await measure(['evil.pt'], new MemoryFiles(new Map([['evil.pt', bytes]])), { readers })
    expect(report.errors).toEqual([])
    const [checkpoint] = report.checkpoints
    const dangerous = checkpoint.pickleGlobals?.filter((g) => g.verdict === 'dangerous')
    expect(dangerous).toEqual([{ file: 'evil.pt', module: 'os', name: 'system', verdict: 'dangerous', offset: expect.any(Number) }])
    // The offset is the file's: a GLOBAL opcode naming the module and the function.
    const at = dangerous![0].offset
    expect(new TextDecoder().decode(bytes.subarray(at, at + 11))).toBe('cos\nsystem\n')
    expect(checkpoint.warnings[0]).toMatch(/^the pickle references os\.system \(at byte \d+\), which would run code when the file is loaded/)
  })
})

describe('PyTorch zip: odd and hostile pickles', () => {
  it('walks a self-referencing list once and still finds the tensors beside it', async () => {
    const w = float('0', 2)
    // EMPTY_LIST, BINPUT 200, MARK, BINGET 200, APPENDS: a list that contains itself.
    const loop: Py = { raw: [0x5d, 0x71, 200, 0x28, 0x68, 200, 0x65] }
    const root: Py = {
      dict: [
        ['model', orderedDict([['w', tensor(w, [2])]])],
        ['loops', loop]
      ]
    }
    const { report } = await read('cycle.pt', buildTorchZip({ root, storages: [w] }))
    expect(report.tensors).toBe(1)
    expect(report.bytes.weights).toBe(8)
  })

  it('reads an object of a class it does not know as a placeholder, and lists the class as unknown', async () => {
    const w = float('0', 2)
    const root: Py = {
      build: { reduce: { global: '__main__.Holder' }, args: [] },
      state: { dict: [['data', { dict: [['w', tensor(w, [2], { parameter: true })]] }]] }
    }
    const { result, report } = await read('holder.pt', buildTorchZip({ root, storages: [w] }))
    expect(result.tensors.map((t) => t.name)).toEqual(['data/w'])
    expect(report.bytes.weights).toBe(8)
    expect(report.pickleGlobals).toContainEqual({ file: 'holder.pt', module: '__main__', name: 'Holder', verdict: 'unknown', offset: expect.any(Number) })
  })
})

describe('PyTorch: categories from the dict layout', () => {
  it('reads a Lightning .ckpt: state_dict, optimizer_states, callbacks, loops and hyper-parameters', async () => {
    const s = [float('0', 12), float('1', 4), float('2', 4), float('3', 4), { key: '4', storageClass: 'LongStorage', numel: 1 }]
    const slots = [float('5', 12), float('6', 12), float('7', 4), float('8', 4), float('9', 1)]
    const score = float('10', 1)
    const rng = { key: '11', storageClass: 'ByteStorage', numel: 5056 }
    const root: Py = {
      dict: [
        ['epoch', 3],
        ['global_step', 120],
        ['pytorch-lightning_version', '2.1.0'],
        [
          'state_dict',
          orderedDict([
            ['net.weight', tensor(s[0], [4, 3])],
            ['net.bias', tensor(s[1], [4])],
            ['bn.running_mean', tensor(s[2], [4])],
            ['bn.running_var', tensor(s[3], [4])],
            ['bn.num_batches_tracked', tensor(s[4], [])]
          ])
        ],
        ['loops', { dict: [['fit_loop', { dict: [['epoch_progress', { dict: [['current', 3]] }]] }]] }],
        ['callbacks', { dict: [["ModelCheckpoint{'monitor': 'val_loss'}", { dict: [['best_model_score', tensor(score, [])]] }]] }],
        [
          'optimizer_states',
          [
            {
              dict: [
                [
                  'state',
                  {
                    dict: [
                      [
                        0,
                        {
                          dict: [
                            ['step', tensor(slots[4], [])],
                            ['exp_avg', tensor(slots[0], [4, 3])],
                            ['exp_avg_sq', tensor(slots[1], [4, 3])]
                          ]
                        }
                      ],
                      [
                        1,
                        {
                          dict: [
                            ['exp_avg', tensor(slots[2], [4])],
                            ['exp_avg_sq', tensor(slots[3], [4])]
                          ]
                        }
                      ]
                    ]
                  }
                ],
                [
                  'param_groups',
                  [
                    {
                      dict: [
                        ['lr', { float: 0.001 }],
                        ['params', [0, 1]]
                      ]
                    }
                  ]
                ]
              ]
            }
          ]
        ],
        ['lr_schedulers', [{ dict: [['last_epoch', 3]] }]],
        ['hyper_parameters', { build: { reduce: { global: 'argparse.Namespace' }, args: [] }, state: { dict: [['lr', { float: 0.001 }]] } }],
        ['rng', tensor(rng, [5056])]
      ]
    }
    const { result, report } = await read('epoch=3.ckpt', buildTorchZip({ archive: 'epoch=3', root, storages: [...s, ...slots, score, rng] }))
    expect(report.classifiedBy).toBe('dict-layout')
    expect(report.bytes.weights).toBe(64)
    expect(report.bytes.buffers).toBe(16 + 16 + 8)
    expect(report.bytes.optimizer).toBe(48 * 2 + 16 * 2 + 4)
    expect(report.bytes.bookkeeping).toBe(4 + 5056)
    expect(report.bytes.unclassified).toBe(0)
    const reason = result.tensors.find((t) => t.name === 'optimizer_states/0/state/0/exp_avg')?.reason
    expect(reason).toBe('Adam first moment (m) of net.weight')
    expect(categoryOf(result, "callbacks/ModelCheckpoint{'monitor': 'val_loss'}/best_model_score")).toBe('bookkeeping')
  })

  it('reads an HF pytorch_model.bin (bare state_dict): weights, with GPT-2 mask buffers as buffers', async () => {
    const w = float('0', 8)
    const mask = { key: '1', storageClass: 'ByteStorage', numel: 16 }
    const bytes = buildTorchZip({
      archive: 'pytorch_model',
      root: orderedDict([
        ['h.0.attn.c_attn.weight', tensor(w, [2, 4])],
        ['h.0.attn.bias', tensor(mask, [1, 1, 4, 4])]
      ]),
      storages: [w, mask]
    })
    expect(pytorchZipReader.sniff(candidate('pytorch_model.bin', bytes))).toBe(true)
    const { result, report } = await read('pytorch_model.bin', bytes)
    expect(categoryOf(result, 'h.0.attn.c_attn.weight')).toBe('weights')
    expect(categoryOf(result, 'h.0.attn.bias')).toBe('buffers')
    expect(report.bytes).toMatchObject({ weights: 32, buffers: 16 })
  })

  it('reads a bare optimizer state_dict (HF optimizer.pt) as optimizer state', async () => {
    const m = float('0', 5)
    const root: Py = {
      dict: [
        ['state', { dict: [[0, { dict: [['momentum_buffer', tensor(m, [5])]] }]] }],
        ['param_groups', [{ dict: [['params', [0]]] }]]
      ]
    }
    const { result, report } = await read('optimizer.pt', buildTorchZip({ root, storages: [m] }))
    expect(report.bytes.optimizer).toBe(20)
    expect(reasonOf(result, result.tensors[0].name)).toBe('SGD/RMSprop momentum buffer of parameter 0')
  })

  it('keeps a large plain tensor under an unknown key unclassified, and an nn.Parameter there as a weight', async () => {
    const a = float('0', 5000)
    const b = float('1', 3)
    const root: Py = {
      dict: [
        ['model', orderedDict([])],
        [
          'mystery',
          {
            dict: [
              ['t', tensor(a, [5000])],
              ['p', tensor(b, [3], { parameter: true })],
              ['note', 'not a state_dict']
            ]
          }
        ]
      ]
    }
    const { result, report } = await read('odd.pt', buildTorchZip({ root, storages: [a, b] }))
    expect(categoryOf(result, 'mystery/t')).toBe('unclassified')
    expect(categoryOf(result, 'mystery/p')).toBe('weights')
    expect(report.unclassifiedTensors).toEqual(['mystery/t'])
  })

  it('counts EMA shadow weights as buffers, not weights', async () => {
    const w = float('0', 4)
    const e = float('1', 4)
    const root: Py = {
      dict: [
        ['model', orderedDict([['w', tensor(w, [4])]])],
        ['model_ema', orderedDict([['w', tensor(e, [4])]])]
      ]
    }
    const { report } = await read('ema.pth', buildTorchZip({ root, storages: [w, e] }))
    expect(report.bytes).toMatchObject({ weights: 16, buffers: 16 })
  })
})

describe('TorchScript archives', () => {
  it('counts module tensors and code constants as weights, code and debug info as metadata', async () => {
    const weight = { ...float('0', 4), bytes: new Uint8Array(16).fill(1) }
    const running = float('1', 2)
    const constant = { ...float('0', 3), bytes: new Uint8Array(12).fill(2) }
    const module: Py = {
      build: { reduce: { global: '__torch__.Net' }, args: [] },
      state: {
        dict: [
          ['training', false],
          [
            'fc',
            { build: { reduce: { global: '__torch__.torch.nn.modules.linear.Linear' }, args: [] }, state: { dict: [['weight', tensor(weight, [2, 2])]] } }
          ],
          [
            'bn',
            {
              build: { reduce: { global: '__torch__.torch.nn.modules.batchnorm.BatchNorm1d' }, args: [] },
              state: { dict: [['running_mean', tensor(running, [2])]] }
            }
          ]
        ]
      }
    }
    const code = new TextEncoder().encode('def forward(self, x):\n  return self.fc(x)\n'.repeat(20))
    const bytes = buildTorchZip({
      archive: 'net',
      root: module,
      storages: [weight, running],
      records: [
        { name: 'code/__torch__.py', data: code, deflate: true },
        { name: 'code/__torch__.py.debug_pkl', data: new Uint8Array(300), deflate: true },
        { name: 'constants.pkl', data: pickle({ tuple: [tensor(constant, [3])] }) },
        { name: 'constants/0', data: constant.bytes }
      ]
    })
    const { result, report } = await read('net.pt', bytes)
    expect(result.format).toBe('torchscript')
    expect(result.tensors.map((t) => [t.name, decidedCategory(t)])).toEqual([
      ['fc.weight', 'weights'],
      ['bn.running_mean', 'buffers'],
      ['constants/0', 'weights']
    ])
    const constantTensor = result.tensors[2]
    expect(bytes.subarray(constantTensor.offset, constantTensor.offset + 12)).toEqual(new Uint8Array(12).fill(2))
    expect(report.bytes).toMatchObject({ weights: 16 + 12, buffers: 8 })
    expect(
      report.explanations.some((line) => line.startsWith(`TorchScript archive: 1 code file(s), ${formatBytes(code.length)} of code and 300 B of debug info`))
    ).toBe(true)
  })

  it('lists __torch__ classes as unknown in an archive that is not TorchScript, and as safe in one that is', async () => {
    const root: Py = { reduce: { global: '__torch__.Net' }, args: [] }
    const { report } = await read('fake.pt', buildTorchZip({ root, storages: [] }))
    expect(report.pickleGlobals?.map((g) => [g.module, g.name, g.verdict])).toEqual([['__torch__', 'Net', 'unknown']])
    const script = buildTorchZip({ root, storages: [], records: [{ name: 'code/__torch__.py', data: new Uint8Array(4) }] })
    expect((await read('net.pt', script)).report.pickleGlobals?.map((g) => g.verdict)).toEqual(['safe'])
  })
})

describe('PyTorch: recognised by content, not by name', () => {
  const torchZip = buildTorchZip({ root: orderedDict([]), storages: [] })

  it('claims .pt .pth .bin .ckpt and .pth.tar names only', () => {
    for (const path of ['a/model.pt', 'm.PTH', 'pytorch_model.bin', 'last.ckpt', 'model_best.pth.tar', 'out/random_states_0.pkl', 'custom_checkpoint_1.pkl']) {
      expect(pytorchZipReader.matchesName(path)).toBe(true)
    }
    for (const path of ['model.safetensors', 'model.ckpt.index', 'data.tar', 'model.onnx', 'pt', 'classifier.pkl'])
      expect(pytorchZipReader.matchesName(path)).toBe(false)
  })

  it('claims a torch.save zip and a legacy stream, and not a .bin or .ckpt holding something else', () => {
    expect(pytorchZipReader.sniff(candidate('x.bin', torchZip))).toBe(true)
    const keras = buildZip([{ name: 'metadata.json', data: new TextEncoder().encode('{}') }])
    expect(pytorchZipReader.sniff(candidate('x.bin', keras))).toBe(false)
    const safetensorsLike = new Uint8Array([16, 0, 0, 0, 0, 0, 0, 0, ...new TextEncoder().encode('{"__metadata__":{}}')])
    expect(pytorchZipReader.sniff(candidate('x.bin', safetensorsLike))).toBe(false)
    expect(pytorchLegacyReader.sniff(candidate('x.bin', safetensorsLike))).toBe(false)
    const tfV1 = new Uint8Array(64).fill(0x11)
    expect(pytorchZipReader.sniff(candidate('model.ckpt', tfV1))).toBe(false)
    expect(pytorchLegacyReader.sniff(candidate('model.ckpt', tfV1))).toBe(false)
    const legacy = buildLegacyTorch(orderedDict([]), [])
    expect(pytorchLegacyReader.sniff(candidate('old.pth', legacy))).toBe(true)
    expect(pytorchZipReader.sniff(candidate('old.pth', legacy))).toBe(false)
  })

  it('claims a sharded HF .bin whose long archive folder pushes data.pkl past the sniff window', () => {
    const bytes = buildTorchZip({ archive: 'pytorch_model-00001-of-00002', root: orderedDict([]), storages: [] })
    expect(pytorchZipReader.sniff(candidate('pytorch_model-00001-of-00002.bin', bytes))).toBe(true)
    const other = buildZip([{ name: 'pytorch_model-00001-of-00002/weights.npy', data: new Uint8Array(4) }])
    expect(pytorchZipReader.sniff(candidate('pytorch_model-00001-of-00002.bin', other))).toBe(false)
  })

  it('explains a .pt zip without data.pkl as an unsupported format', async () => {
    const folder = 'a'.repeat(60)
    const bytes = buildZip([{ name: `${folder}/weights.npy`, data: new Uint8Array(10) }])
    expect(pytorchZipReader.sniff(candidate('x.pt', bytes))).toBe(true) // name cut off by the sniff window
    await expect(pytorchZipReader.read('x.pt', new MemoryFiles(new Map([['x.pt', bytes]])))).rejects.toThrow(UnsupportedFormatError)
    await expect(pytorchZipReader.read('x.pt', new MemoryFiles(new Map([['x.pt', bytes]])))).rejects.toThrow(/without a data\.pkl record/)
  })
})

describe('PyTorch storages named by persistent ids', () => {
  it('refuses a zip storage key that is not a plain record name, before looking it up', async () => {
    const a = float('../escape', 2)
    const bytes = buildTorchZip({ root: orderedDict([['w', tensor(a, [2])]]), storages: [a] })
    await expect(read('bad.pt', bytes)).rejects.toThrow(FormatError)
    await expect(read('bad.pt', bytes)).rejects.toThrow(
      /^bad\.pt: invalid pickle: unexpected persistent id \(storage key is not a plain name\) \(at byte \d+\)/
    )
  })

  it('refuses a persistent id that is not a storage tuple, in both layouts', async () => {
    const root: Py = orderedDict([['w', { persid: { tuple: ['module', 'x'] } }]])
    await expect(read('bad.pt', buildTorchZip({ root, storages: [] }))).rejects.toThrow(
      /^bad\.pt: invalid pickle: unexpected persistent id \(not a \("storage", type, key, location, numel\) tuple\)/
    )
    const legacyRoot: Py = orderedDict([['w', { persid: { tuple: ['storage', { global: 'torch.FloatStorage' }, 'k', 'cpu', -1, null] } }]])
    await expect(read('bad.pt', buildLegacyTorch(legacyRoot, []))).rejects.toThrow(
      /^bad\.pt: invalid pickle: unexpected persistent id \(storage size is not a count\)/
    )
  })
})

describe('PyTorch legacy (pre-1.6) stream', () => {
  it('finds every storage after its 8-byte count, without reading the payloads', async () => {
    const a = { ...float('1', 6), bytes: new Uint8Array(24).fill(0xaa) }
    const b = { key: '0', storageClass: 'LongStorage', numel: 1, bytes: new Uint8Array(8).fill(0xbb) }
    const root: Py = {
      dict: [
        [
          'state_dict',
          orderedDict([
            ['fc.weight', tensor(a, [2, 3], { legacy: true })],
            ['bn.num_batches_tracked', tensor(b, [], { legacy: true })]
          ])
        ],
        ['epoch', 7]
      ]
    }
    const bytes = buildLegacyTorch(root, [a, b])
    const { result, report } = await read('old.pth', bytes)
    expect(result.format).toBe('pytorch-legacy')
    const weight = result.tensors.find((t) => t.name === 'state_dict/fc.weight')!
    expect(bytes.subarray(weight.offset, weight.offset + weight.byteLength)).toEqual(new Uint8Array(24).fill(0xaa))
    const counter = result.tensors.find((t) => t.name === 'state_dict/bn.num_batches_tracked')!
    expect(bytes.subarray(counter.offset, counter.offset + counter.byteLength)).toEqual(new Uint8Array(8).fill(0xbb))
    expect(report.bytes).toMatchObject({ weights: 24, buffers: 8 })
    expect(report.explanations).toContain('legacy (pre-1.6) torch.save stream; torch.save now writes a zip archive with the same contents')
  })

  it('grows its read window when the pickles are longer than the first window', async () => {
    const storages = Array.from({ length: 600 }, (_, i) => float(String(i), 1))
    const entries: [string, Py][] = storages.map((s, i) => [`layer.${i}.${'x'.repeat(100)}.weight`, tensor(s, [1], { legacy: true })])
    const bytes = buildLegacyTorch(orderedDict(entries), storages)
    expect(bytes.length).toBeGreaterThan(64 * 1024)
    const { report } = await read('long.pt', bytes)
    expect(report.bytes.weights).toBe(600 * 4)
  })

  it('names the PyTorch 0.1 tar format as unsupported, saying why and what to do', async () => {
    const tar = new Uint8Array(1024)
    tar.set(new TextEncoder().encode('sys_info'), 0)
    expect(pytorchLegacyReader.sniff(candidate('old.pth.tar', tar))).toBe(true)
    const read = pytorchLegacyReader.read('old.pth.tar', new MemoryFiles(new Map([['old.pth.tar', tar]])))
    await expect(read).rejects.toThrow(UnsupportedFormatError)
    await expect(pytorchLegacyReader.read('old.pth.tar', new MemoryFiles(new Map([['old.pth.tar', tar]])))).rejects.toThrow(
      /^old\.pth\.tar: unsupported format: the tar-based torch\.save format of early PyTorch .*\. Load it with an old torch and save it again/
    )
  })

  it('rejects a stream whose storage count disagrees with its pickle', async () => {
    const a = float('0', 4)
    const bytes = buildLegacyTorch(orderedDict([['w', tensor(a, [4], { legacy: true })]]), [a])
    const tail = bytes.length - 16 - 8
    new DataView(bytes.buffer, bytes.byteOffset).setBigInt64(tail, 5n, true)
    await expect(read('bad.pt', bytes)).rejects.toThrow(/storage '0' has 5 elements on disk but 4 in the pickle/)
  })

  it('rejects a stream whose pickle refers to a storage its key list leaves out', async () => {
    const a = float('a', 4)
    const b = float('b', 4)
    const root = orderedDict([
      ['w', tensor(a, [4], { legacy: true })],
      ['v', tensor(b, [4], { legacy: true })]
    ])
    const bytes = buildLegacyTorch(root, [a])
    await expect(read('bad.pt', bytes)).rejects.toThrow(FormatError)
    await expect(read('bad.pt', bytes)).rejects.toThrow(
      /^bad\.pt: a tensor refers to storage 'b', but the stream's storage list does not include it \(at byte \d+\)\./
    )
  })
})
