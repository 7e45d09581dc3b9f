import { basename, dirname, joinPath } from '../io/checkpoint-files.js'

/**
 * A checkpoint's stable id: its name with what changes from run to run removed, so that base and
 * head match up. `exports/ckpt-1000` and `exports/ckpt-2000` are one checkpoint; so are
 * `model-00001-of-00003.safetensors` shards and their set, and `out/checkpoint-500/model.safetensors`
 * and `out/checkpoint-1000/model.safetensors`.
 */
export function checkpointId(name: string): string {
  // A directory per save (Hugging Face Trainer's `output/checkpoint-500/`, `runs/epoch-3/`).
  const dir = dirname(name).split('/').map(withoutStepDirectory).join('/')
  let base = withoutDeepSpeedStep(basename(name))
  // A SavedModel exported into a numbered version directory (TF Serving's `export/1567058744`,
  // `models/00000123`): the number changes with every export, the directory above it does not.
  if (/^\d+$/.test(base) && dir !== '.') return dir
  base = base
    .replace(/-\d{5}-of-\d{5}(?=\.|$)/, '') // shard suffix: model-00001-of-00003.safetensors
    .replace(/\b(epoch|step|iter)=\d+/gi, '$1=N') // Lightning: epoch=3-step=1000.ckpt
    .replace(/^(checkpoint|ckpt)_\d+$/i, '$1') // Flax save_checkpoint: checkpoint_1000
  base = withoutStepNumber(base)
  if (base === '' || base === '.') base = basename(name)
  return dir === '.' ? base : joinPath(dir, base)
}

/**
 * `checkpoint-500` → `checkpoint`: a directory named by a step word and a number; others stay.
 * DeepSpeed names its directory per save `global_step<N>` (`deepspeed/runtime/engine.py`), without a dash.
 */
function withoutStepDirectory(segment: string): string {
  const deepspeed = withoutDeepSpeedStep(segment)
  if (deepspeed !== segment) return deepspeed
  const numbered = /^(.+)-\d+$/.exec(segment)
  return numbered && SAVE_DIRECTORY.test(numbered[1]) ? numbered[1] : segment
}

/** A DeepSpeed folder per save, `global_step500` → `global_step`, as the last segment of a name too. */
function withoutDeepSpeedStep(segment: string): string {
  return /^global_step\d+$/.test(segment) ? 'global_step' : segment
}

/** Words that name a save, a step or an epoch: in a file name or a directory name, a `-N` after them counts saves. */
const SAVE_WORDS = ['ckpt', 'checkpoint', 'snapshot', 'step', 'epoch', 'iter']

/**
 * Words after which `-N` before a file extension counts a step or an epoch (`weights-20.pt`,
 * `checkpoint-500.pt`), rather than naming the model (`resnet-50.onnx`, `yolov5-6.pt` stay whole).
 */
const STEP_WORDS = new RegExp(`(?:^|[._-])(?:${[...SAVE_WORDS, 'weights', 'model'].join('|')})$`, 'i')
/** A directory named only by a save word, before its `-N` (`checkpoint-500/`, `epoch-3/`), is a directory per save. */
const SAVE_DIRECTORY = new RegExp(`^(?:${SAVE_WORDS.join('|')})$`, 'i')

/**
 * `ckpt-1000`, `model.ckpt-5` (a TF prefix: no extension, and TF's savers append `-<step>`) and
 * `weights-20.pt` lose their number; `resnet-50.onnx` keeps it.
 */
function withoutStepNumber(base: string): string {
  const numbered = /^(.+)-\d+(\.[A-Za-z]+)?$/.exec(base)
  if (!numbered) return base
  const [, stem, extension] = numbered
  if (extension === undefined || STEP_WORDS.test(stem)) return stem + (extension ?? '')
  return base
}

/**
 * Makes ids unique: when several checkpoints of one run normalise to the same id (a checkpoint
 * manager keeping its last N steps in one directory), each keeps its full name instead, and the
 * one named `latest` (by the directory's `checkpoint` state file) is marked.
 */
export function assignIds<T extends { name: string }>(checkpoints: T[], latestNames: ReadonlySet<string>): (T & { id: string; latest?: boolean })[] {
  const counts = new Map<string, number>()
  for (const checkpoint of checkpoints) {
    const id = checkpointId(checkpoint.name)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return checkpoints.map((checkpoint) => {
    const id = checkpointId(checkpoint.name)
    if ((counts.get(id) ?? 0) <= 1) return { ...checkpoint, id }
    return { ...checkpoint, id: checkpoint.name, ...(latestNames.has(checkpoint.name) ? { latest: true } : {}) }
  })
}
