import { FormatError } from '../../core/errors.js'

/**
 * The two UTF-8 decoders every reader shares. Lenient replaces invalid sequences (names shown in
 * a report); strict refuses them, for formats whose strings must be valid (JSON headers, proto3
 * strings), so that a corrupt name is an error rather than a silently different key.
 */
export const UTF8 = new TextDecoder('utf-8')
export const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })
/** Latin-1 (each byte one character): .npy v1/v2 headers, pickle protocol-0/1 strings, zip names without the UTF-8 flag. */
export const LATIN1 = new TextDecoder('latin1')

/** `bytes` as UTF-8, invalid sequences replaced. */
export function utf8(bytes: Uint8Array): string {
  return UTF8.decode(bytes)
}

/** `bytes` as UTF-8, or a FormatError naming `what` when they are not valid UTF-8. */
export function strictUtf8(bytes: Uint8Array, file: string, what: string, offset?: number): string {
  try {
    return STRICT_UTF8.decode(bytes)
  } catch {
    throw new FormatError(file, `${what} is not valid UTF-8`, { offset, fix: 'The file is corrupt.' })
  }
}
