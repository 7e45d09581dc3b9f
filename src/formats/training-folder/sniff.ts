import { utf8 } from '../../io/bytes/index.js'
import { basename } from '../../io/checkpoint-files.js'
import type { Candidate, CheckpointSniffer } from '../kit/types.js'
import { looksLikeZip } from '../zip/signature.js'
import { FOLDER_LAYOUTS, type FolderLayout } from './layouts.js'

/**
 * A folder is handed to its reader through its primary file (`trainer_state.json`,
 * `random_states_0.pkl`, `mp_rank_00_model_states.pt`): the pipeline works on files, and the
 * reader lists the primary file's directory for the rest. The content check is the primary file's
 * own format, so that a stray file of that name is not taken for a folder.
 */
function folderSniffer(layout: FolderLayout, looksRight: (head: Uint8Array) => boolean): CheckpointSniffer {
  return {
    format: layout.format,
    namePatterns: layout.primaryNames,
    matchesName: (path) => layout.primary.test(basename(path)),
    sniff: (candidate: Candidate) => layout.primary.test(basename(candidate.path)) && looksRight(candidate.head)
  }
}

/** JSON: an object, after optional whitespace. */
const looksLikeJsonObject = (head: Uint8Array): boolean => /^\s*\{/.test(utf8(head))
/** A pickle (PROTO opcode) or a torch.save zip. */
const looksLikePickleOrZip = (head: Uint8Array): boolean => head[0] === 0x80 || looksLikeZip(head)

export const hfTrainerSniffer = folderSniffer(FOLDER_LAYOUTS.hfTrainer, looksLikeJsonObject)
export const accelerateSniffer = folderSniffer(FOLDER_LAYOUTS.accelerate, looksLikePickleOrZip)
export const deepspeedSniffer = folderSniffer(FOLDER_LAYOUTS.deepspeed, looksLikePickleOrZip)
