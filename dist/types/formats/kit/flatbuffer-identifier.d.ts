/**
 * A FlatBuffer's file identifier: 4 bytes after the root table offset (TFLite `TFL3`, ExecuTorch
 * `ET12`, its flat tensor file `FT01`). `?` matches any byte (a version digit). Apart from the
 * FlatBuffer decoder so that sniffing does not load it.
 */
export declare function hasFileIdentifier(head: Uint8Array, identifier: string): boolean;
