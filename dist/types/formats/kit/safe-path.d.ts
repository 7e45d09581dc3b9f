/**
 * The path of a file that a checkpoint names (a shard in an index, an ONNX `location`, a Core ML
 * weight file, a DCP data file), inside `dir`, the checkpoint's directory; undefined when the
 * name could leave it: empty, absolute, with a drive letter, or with a `..` segment. A name read
 * from a file is untrusted: a hostile checkpoint must not make the tool open `/etc/passwd` or a
 * sibling repository. `/` and `\` both separate (exporters on Windows write `\`); empty and `.`
 * segments are dropped. The one check for names read from checkpoints; each reader words the
 * error in its own terms.
 */
export declare function pathInside(dir: string, name: string): string | undefined;
