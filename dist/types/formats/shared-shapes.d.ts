/** The shared array equal to `shape` (`shape` itself the first time it is seen). */
export declare function sharedShape(shape: number[]): number[];
