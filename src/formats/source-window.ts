/**
 * @deprecated The adaptive read-ahead window is now the byte layer's `Window` (its default
 * 'read-ahead' policy): import `Window` from `src/io/bytes/`. Kept for the readers not ported yet.
 */
export { Window as SourceWindow, MIN_WINDOW_BYTES, MAX_WINDOW_BYTES } from '../io/bytes/window.js'
