import type { ByteSource } from '../../io/byte-source.js';
/**
 * A non-validating XML tokenizer for elements and attributes only, streamed through a window so
 * that a 100,000-layer OpenVINO IR is never held whole (nor twice, as a string beside its bytes).
 *
 * It refuses any document type declaration (`<!DOCTYPE`, and with it `<!ENTITY`, `<!ELEMENT`...):
 * a DTD is where entity expansion ("billion laughs") and external entities (`SYSTEM "file:///…"`)
 * come from, and OpenVINO never writes one. Without a DTD only the five predefined entities and
 * character references exist; any other `&name;` is an error, as XML itself says. Text, comments,
 * CDATA and processing instructions are stepped over, never decoded.
 *
 * Why not a library: `saxes` refuses nothing (it reports a DOCTYPE as an event after parsing it)
 * and decodes every text node and attribute into strings; `sax` likewise. An IR has ~10 elements a
 * layer and we need the attributes of two of them, so attributes are parsed only when asked for.
 */
/** The start tag being reported; valid only during the `start` callback. */
export interface XmlTag {
    /** The attribute's value (entities resolved), or undefined when the tag has none of that name. */
    attribute(name: string): string | undefined;
    /**
     * The attribute's value as a decimal integer read from its bytes (no string is made: an IR has
     * two per Const layer); NaN when it is not plain digits, undefined when the tag has none.
     */
    integer(name: string): number | undefined;
}
export interface XmlHandler {
    /** An element opens. A self-closing element (`<a/>`) is followed by its `end` at once. */
    start(name: string, tag: XmlTag): void;
    end(name: string): void;
}
/** Streams `source` through `handler`. Throws FormatError for malformed XML or any DTD. */
export declare function tokenizeXml(source: ByteSource, handler: XmlHandler): Promise<void>;
