/** `39312345` → `39.3 MB`; `8` → `8 B`. Three significant digits, never scientific notation. */
export declare function formatBytes(bytes: number): string;
/** A signed size change: `+4.80 MB`, `-512 B`, `0 B`. */
export declare function formatDeltaBytes(delta: number): string;
/** A share or change in percent: `66.6%`, `+4.8%`, `<0.1%`. */
export declare function formatPercent(ratio: number, options?: {
    signed?: boolean;
}): string;
/** `3274634` → `3,274,634` (locale-independent, so tests and CI agree). */
export declare function formatCount(count: number): string;
