/** A size as the user wrote it (`1.5 GiB`) and the bytes it means. Printed back as written. */
export interface ByteSize {
    bytes: number;
    /** The text as written, whitespace trimmed: limits are echoed in the user's own units. */
    text: string;
}
/** The expected form, shown in every size error. */
export declare const SIZE_FORM = "a number and a unit, e.g. `50 MB`, `1.5 GiB` or `0 B` (units: B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)";
/**
 * Parses a size with a unit: `0 B`, `50 MB`, `50MB`, `1.5 GiB`, `512 kB`.
 * SI units (kB, MB, GB, TB: powers of 1000) and binary units (KiB, MiB, GiB, TiB: powers of
 * 1024) are both understood; unit letters are case-insensitive (`mb` is megabytes: there are no
 * bits here). A bare `0` is accepted; any other number needs a unit.
 * @throws ConfigError naming the text and the expected form.
 */
export declare function parseSize(text: string): ByteSize;
