/** The memo indexes fetched before the pickle's STOP (or before the point where it is invalid). */
export declare function fetchedMemoIndexes(bytes: Uint8Array): Set<number>;
