import { ModelSizeBudgetError } from '../../core/errors.js'
import type { CheckpointFile, FileRole, ReadResult, TensorInfo } from '../../core/types.js'
import { basename, dirname, joinPath, type CheckpointFiles } from '../../io/checkpoint-files.js'
import { chooseReader, readCandidate } from '../kit/choose-reader.js'
import type { CheckpointReader } from '../kit/types.js'
import { openZip } from '../zip/index.js'
import { looksLikeZip } from '../zip/signature.js'
import { roleOf, type FolderLayout, type MemberRole } from './layouts.js'
import { markMirroredCopies, memberEvidence, prependEvidence } from './member-evidence.js'
import { withSource } from '../kit/open.js'
import type { ByteSource } from '../../io/byte-source.js'

/**
 * A training-output folder (HF Trainer `checkpoint-500/`, accelerate `save_state`, DeepSpeed
 * `global_step500/`) read as one checkpoint: the layout (layouts.ts) gives each file its role,
 * each file is read by the reader of its own format (safetensors, torch.save...), and the
 * folder's result is their tensors, with the role's evidence first, and every file listed.
 *
 * The checkpoint is named after the folder (`out/checkpoint-500`), whose id drops the step
 * (`out/checkpoint`), so the folder of the next save matches it as a baseline.
 *
 * A file that holds state but no tensors (`scheduler.pt`, `trainer_state.json`) gives its content
 * (the pickle record of a torch.save zip, or the whole JSON) as one span of that state; the zip
 * structure around it stays metadata, as in every torch.save file. A file that cannot be read
 * (a pickle naming a class the pickle reader does not know yet) is listed with its bytes as
 * metadata and a warning; once its reader reads it, its tensors count.
 */
export function trainingFolderReader(layout: FolderLayout, fileReaders: readonly CheckpointReader[]): CheckpointReader {
  return {
    format: layout.format,
    matchesName: (path) => layout.primary.test(basename(path)),
    sniff: () => true,
    read: (path, files) => readFolder(dirname(path), layout, fileReaders, files)
  }
}

interface Member {
  path: string
  /** Path relative to the folder, as tensor names and reasons show it. */
  label: string
  role: MemberRole
  layout: FolderLayout
}

/** Folder roles as file roles in the report. */
const FILE_ROLE: Record<MemberRole, FileRole> = {
  model: 'model',
  optimizer: 'optimizer',
  'loop-state': 'loop-state',
  'rng-state': 'rng-state',
  config: 'config',
  object: 'object'
}

/** Files that hold text or JSON, never tensors: their reader is not asked. */
const TEXT_FILE = /\.(json|txt|model|jinja)$/

async function readFolder(dir: string, layout: FolderLayout, readers: readonly CheckpointReader[], files: CheckpointFiles): Promise<ReadResult> {
  const members = await listMembers(dir, '', layout, files)
  const listed = new Map<string, CheckpointFile>()
  const tensors: TensorInfo[] = []
  /** The model files' tensors by their own names, for the registered objects' copies. */
  const modelTensors = new Map<string, TensorInfo>()
  const warnings: string[] = []
  const explanations = new Set<string>()

  for (const member of members) {
    if (listed.has(member.path)) continue // a shard its index already read
    const read = await readMember(member, readers, files)
    if (read instanceof Error) warnings.push(`${member.label} was not read (${read.message}); its bytes are counted as metadata`)
    const result = read instanceof Error ? undefined : read
    for (const file of result?.files ?? []) {
      listed.set(file.path, { ...file, role: file.role === 'index' ? 'index' : FILE_ROLE[member.role] })
    }
    if (!listed.has(member.path))
      listed.set(member.path, { path: member.path, role: FILE_ROLE[member.role], bytes: (await files.size(member.path)) ?? 0, present: true })
    for (const warning of result?.warnings ?? []) warnings.push(`${member.label}: ${warning}`)
    for (const explanation of result?.explanations ?? []) explanations.add(explanation)

    const found = result?.tensors ?? []
    const roleEvidence = memberEvidence(member.role, member.label, member.layout.label)
    if (roleEvidence && found.length > 0) prependEvidence(found, roleEvidence)
    if (member.role === 'object') markMirroredCopies(found, modelTensors, member.label, member.layout.label)
    if (roleEvidence && found.length === 0) {
      const content = await contentSpan(member, files)
      if (content) found.push({ ...content, evidence: roleEvidence })
    }
    for (const tensor of found) {
      if (member.role === 'model') modelTensors.set(tensor.name, tensor)
      tensor.name = `${member.label}:${tensor.name}`
      // Storage keys are unique within a file; two files of a folder may use the same (`archive/data/0`).
      if (tensor.storageKey !== undefined) tensor.storageKey = `${tensor.file}\0${tensor.storageKey}`
      tensors.push(tensor)
    }
  }

  if (!members.some((member) => member.role === 'model')) warnings.push(`no model weights file in this folder (${layout.label})`)
  return {
    format: layout.format,
    name: dir,
    files: [...listed.values()],
    tensors,
    classifiedBy: 'dict-layout',
    warnings,
    explanations: [...explanations]
  }
}

/**
 * The folder's files that its layout names, models first (a shard index before its shards, so
 * that the index claims them), the rest in name order; subfolders of the layout recursively.
 */
async function listMembers(dir: string, prefix: string, layout: FolderLayout, files: CheckpointFiles): Promise<Member[]> {
  const members: Member[] = []
  for (const name of await files.list(dir)) {
    const path = joinPath(dir, name)
    const role = roleOf(layout, name)
    if (role && (await files.size(path)) !== undefined) {
      members.push({ path, label: prefix + name, role, layout })
      continue
    }
    const subfolder = layout.subfolders?.find((candidate) => candidate.pattern.test(name))
    if (subfolder) members.push(...(await listMembers(path, `${prefix}${name}/`, subfolder.layout(), files)))
    const dcp = layout.dcpFolders?.find((candidate) => candidate.pattern.test(name))
    const metadata = joinPath(path, '.metadata')
    if (dcp && (await files.size(metadata)) !== undefined) members.push({ path: metadata, label: `${prefix}${name}/.metadata`, role: dcp.role, layout })
  }
  const rank = (member: Member): number => (member.role === 'model' ? (member.path.endsWith('.index.json') ? 0 : 1) : 2)
  return members.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path))
}

/**
 * One file read by the reader of its format; an Error (returned, not thrown) for a file whose
 * loss costs only its own categories. The model's and the optimizer's files are what the
 * checkpoint is about: their errors are the checkpoint's.
 */
async function readMember(member: Member, readers: readonly CheckpointReader[], files: CheckpointFiles): Promise<ReadResult | Error | undefined> {
  if (TEXT_FILE.test(member.path) && !member.path.endsWith('.index.json')) return undefined
  try {
    const reader = chooseReader(await readCandidate(member.path, files), readers)
    if (!reader) {
      if (member.role === 'model' || member.role === 'optimizer') return new Error('its content matches no supported format')
      return undefined
    }
    return await reader.read(member.path, files)
  } catch (error) {
    if (member.role === 'model' || member.role === 'optimizer' || !(error instanceof ModelSizeBudgetError)) throw error
    return error
  }
}

/**
 * The bytes of a tensor-less state file that hold the state: a torch.save zip's pickle record
 * (`<archive>/data.pkl`), else the whole file (JSON, a bare pickle).
 */
async function contentSpan(member: Member, files: CheckpointFiles): Promise<TensorInfo | undefined> {
  try {
    return await withSource(files, member.path, (source) => spanOfState(member, source))
  } catch {
    return undefined
  }
}

/** The state's span in an open file: the record of a torch.save zip, else all of it. */
async function spanOfState(member: Member, source: ByteSource): Promise<TensorInfo> {
  const whole: TensorInfo = {
    name: 'state',
    dtype: TEXT_FILE.test(member.path) ? 'json' : 'pickle',
    shape: [],
    file: member.path,
    offset: 0,
    byteLength: source.size
  }
  if (!looksLikeZip(await source.read(0, Math.min(4, source.size)))) return whole
  const archive = await openZip(source)
  const record = archive.entries.find((entry) => entry.name === 'data.pkl' || entry.name.endsWith('/data.pkl'))
  if (!record || record.method !== 0) return whole
  return { ...whole, offset: await archive.dataStart(record), byteLength: record.compressedSize }
}
