import { ShapeInterner } from '../io/bytes/shape-interner.js'

/**
 * @deprecated Use a `ShapeInterner` from `src/io/bytes/` (one per read). This process-wide one is
 * kept for the readers not ported yet (tflite, executorch, torch-export).
 */
const processShapes = new ShapeInterner()

/** @deprecated `ShapeInterner.intern` (src/io/bytes/shape-interner.ts). */
export function sharedShape(shape: number[]): number[] {
  return processShapes.intern(shape)
}
