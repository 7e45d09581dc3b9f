import type { CheckpointSniffer } from '../kit/types.js';
/**
 * An OpenVINO IR's `.xml` (the graph; its `.bin` beside it holds the constants). `.xml` names
 * much else (build files, configs), so the name is generic: an XML whose first bytes are not an
 * IR's `<net` root is left alone, not reported as an unreadable checkpoint.
 */
export declare const openvinoSniffer: CheckpointSniffer;
