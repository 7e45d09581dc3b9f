import { describe, expect, it } from '@jest/globals'
import { latestFromStateFile } from '../../src/formats/tensorflow/state-file.js'
import { assignIds, checkpointId } from '../../src/pipeline/ids.js'

describe('checkpointId', () => {
  it('drops step numbers so successive saves match up', () => {
    expect(checkpointId('exports/ckpt-1000')).toBe('exports/ckpt')
    expect(checkpointId('checkpoints/depth/checkpoint_1000')).toBe('checkpoints/depth/checkpoint')
    expect(checkpointId('exports/model.ckpt-5')).toBe('exports/model.ckpt')
    expect(checkpointId('runs/weights-20.pt')).toBe('runs/weights.pt')
    expect(checkpointId('runs/checkpoint-500.pt')).toBe('runs/checkpoint.pt')
    expect(checkpointId('runs/resnet_epoch-7.pth')).toBe('runs/resnet_epoch.pth')
    expect(checkpointId('lightning/epoch=3-step=1000.ckpt')).toBe('lightning/epoch=N-step=N.ckpt')
  })
  it('drops the step number of a directory per save', () => {
    expect(checkpointId('output/checkpoint-500/model.safetensors')).toBe('output/checkpoint/model.safetensors')
    expect(checkpointId('runs/epoch-3/weights.pt')).toBe('runs/epoch/weights.pt')
    expect(checkpointId('checkpoint-1000/pytorch_model.bin')).toBe('checkpoint/pytorch_model.bin')
    expect(checkpointId('models/resnet-50/model.onnx')).toBe('models/resnet-50/model.onnx')
    expect(checkpointId('models/v-2/model.onnx')).toBe('models/v-2/model.onnx')
  })
  it('drops the step of a training folder, so the folder of the next save matches it', () => {
    expect(checkpointId('out/checkpoint-500')).toBe(checkpointId('out/checkpoint-1000'))
    expect(checkpointId('out/checkpoint-500')).toBe('out/checkpoint')
    expect(checkpointId('run/global_step500')).toBe('run/global_step')
    expect(checkpointId('run/global_step500/mp_rank_00_model_states.pt')).toBe('run/global_step/mp_rank_00_model_states.pt')
  })
  it('drops shard suffixes', () => {
    expect(checkpointId('hf/model-00001-of-00003.safetensors')).toBe('hf/model.safetensors')
  })
  it('drops the numbered version directory of a SavedModel export', () => {
    expect(checkpointId('serving/export/1567058744')).toBe('serving/export')
    expect(checkpointId('models/00000123')).toBe('models')
  })
  it('keeps names without run-specific parts', () => {
    expect(checkpointId('exports/model.ckpt')).toBe('exports/model.ckpt')
    expect(checkpointId('saved_model')).toBe('saved_model')
  })
  it('keeps a number that names the model rather than counting steps', () => {
    expect(checkpointId('resnet-50.onnx')).toBe('resnet-50.onnx')
    expect(checkpointId('models/yolov5-6.pt')).toBe('models/yolov5-6.pt')
    expect(checkpointId('llama-2-7b.Q4_K_M.gguf')).toBe('llama-2-7b.Q4_K_M.gguf')
  })
})

describe('assignIds', () => {
  it('keeps two saves of one run apart by their full names (a trainer keeping its last N)', () => {
    const ids = assignIds([{ name: 'out/checkpoint-500/model.safetensors' }, { name: 'out/checkpoint-1000/model.safetensors' }], new Set())
    expect(ids.map((c) => c.id)).toEqual(['out/checkpoint-500/model.safetensors', 'out/checkpoint-1000/model.safetensors'])
  })
  it('gives each checkpoint its full name when several share an id, and marks the latest', () => {
    const ids = assignIds([{ name: 'run/ckpt-1' }, { name: 'run/ckpt-2' }, { name: 'other/model.ckpt-9' }], new Set(['run/ckpt-2']))
    expect(ids).toEqual([
      { name: 'run/ckpt-1', id: 'run/ckpt-1' },
      { name: 'run/ckpt-2', id: 'run/ckpt-2', latest: true },
      { name: 'other/model.ckpt-9', id: 'other/model.ckpt' }
    ])
  })
})

describe('latestFromStateFile', () => {
  it('reads model_checkpoint_path relative to the state file', () => {
    const text = 'model_checkpoint_path: "ckpt-2"\nall_model_checkpoint_paths: "ckpt-1"\n'
    expect(latestFromStateFile('run/checkpoint', text)).toBe('run/ckpt-2')
  })
  it('reads an absolute model_checkpoint_path (where it was trained) as a name next to the state file', () => {
    const text = 'model_checkpoint_path: "/home/me/train/model.ckpt-2000"\n'
    expect(latestFromStateFile('run/checkpoint', text)).toBe('run/model.ckpt-2000')
    expect(latestFromStateFile('checkpoint', text)).toBe('model.ckpt-2000')
  })
  it('returns undefined for a state file without the field', () => {
    expect(latestFromStateFile('checkpoint', 'garbage')).toBeUndefined()
  })
})
