/**
 * A zip starts with a local file header (`PK\x03\x04`); an empty zip starts with its EOCD.
 * Apart from the rest of zip/ so that sniffing (PyTorch, Keras) does not load the archive reader and zlib.
 */
export declare function looksLikeZip(head: Uint8Array): boolean;
