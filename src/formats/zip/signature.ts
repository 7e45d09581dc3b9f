/**
 * A zip starts with a local file header (`PK\x03\x04`); an empty zip starts with its EOCD.
 * Apart from the rest of zip/ so that sniffing (PyTorch, Keras) does not load the archive reader and zlib.
 */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))
}
