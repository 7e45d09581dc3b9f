import { type Hdf5File } from './file.js';
import { type LinkSink } from './links.js';
import type { Message } from './object-header.js';
/**
 * Links of an old-style group, without a promise when the whole group (heap, a one-leaf B-tree,
 * one symbol table node) is cached: the case of nearly every group, read right after its header.
 */
export declare function symbolTableLinks(file: Hdf5File, message: Message, sink: LinkSink): void | Promise<void>;
