import type { CheckpointReader } from '../kit/types.js';
/**
 * A `torch.distributed.checkpoint` folder: `.metadata` plus one `__<rank>_<n>.distcp` data file
 * per writer (metadata.ts). The checkpoint is the folder. Only `.metadata` is read: it gives each
 * tensor chunk's dtype and sizes and the item (file, offset, length) that stores it.
 *
 * Each item is written by `torch.save` (`filesystem.py`, `_write_item`): a small zip whose one
 * storage record is the chunk's payload, `numel × element size` bytes (the writer clones a view
 * whose storage is larger, so the storage is the chunk). That many bytes of the item are the
 * tensor's, placed at the item's start (where in the item the record sits does not change any
 * count, and finding it would cost three reads per tensor); the rest of the item, its zip
 * structure and pickle, is metadata, as in any torch.save file. Only for a dtype without a known
 * size is the item's zip directory read for the record's span, and an item in another form
 * (compressed by a storage transform) counts whole. Non-tensor values (optimizer `param_groups`,
 * Python scalars) are torch.save'd objects: metadata.
 */
export declare const dcpReader: CheckpointReader;
