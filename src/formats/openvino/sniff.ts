import type { Candidate, CheckpointSniffer } from '../kit/types.js'

const XML_NAME = /\.xml$/i
const ASCII = new TextDecoder('latin1')

/**
 * An OpenVINO IR's `.xml` (the graph; its `.bin` beside it holds the constants). `.xml` names
 * much else (build files, configs), so the name is generic: an XML whose first bytes are not an
 * IR's `<net` root is left alone, not reported as an unreadable checkpoint.
 */
export const openvinoSniffer: CheckpointSniffer = {
  format: 'openvino',

  namePatterns: ['*.xml'],
  matchesName: (path) => XML_NAME.test(path),

  genericName: true,

  /**
   * The root element `<net`, after an optional BOM, XML declaration and white space; or a
   * document type declaration for `net`, so that the reader refuses it by name instead of the
   * file passing as some other XML.
   */
  sniff(candidate: Candidate): boolean {
    const text = ASCII.decode(candidate.head).replace(/^\u00ef\u00bb\u00bf/, '')
    return /^\s*(<\?xml[^>]*\?>\s*)?(<net[\s>]|<!DOCTYPE\s+net[\s[>])/.test(text)
  }
}
