/**
 * The zip reader, as readers use it. Sniffers import signature.ts alone, so that sniffing does
 * not load the archive reader and zlib.
 */
export { openZip, ZipArchive, type OpenZipOptions } from './archive.js';
export type { ZipDirectory, ZipEntry } from './directory.js';
