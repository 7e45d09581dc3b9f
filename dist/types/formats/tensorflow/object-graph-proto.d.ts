import type { ByteSource } from '../../io/byte-source.js';
import { Window, type NameIndex } from '../../io/bytes/index.js';
import { type ObjectGraph } from './object-graph.js';
/** Bytes of the graph read at a time. */
export declare const GRAPH_WINDOW_BYTES: number;
/** The window an object graph is read through: one buffer of GRAPH_WINDOW_BYTES, refilled. */
export declare function graphWindow(source: ByteSource): Window;
/**
 * The TrackableObjectGraph in `graph` from byte `start` to its end (the serialized proto, in
 * memory or through a graphWindow), with its checkpoint keys resolved against `variables` (see ObjectGraph); `tensors` (the
 * bundle's tensor count) sizes its arrays. The graph is read through one reused window of 256 KiB
 * (bench/README.md, "Windows": a new buffer per window left up to the whole graph, 16 MB at 10^5
 * variables, of dead windows in the peak RSS); each node is loaded whole and decoded into the
 * graph at once (readTrackableObject). Reuse is safe because nothing keeps a view into the window
 * past its node: names and keys are decoded into strings, ids and counts are numbers.
 */
export declare function decodeTrackableObjectGraph(graph: Uint8Array | Window, file: string, variables: Pick<NameIndex, 'positionOfUtf8'>, tensors?: number, start?: number): Promise<ObjectGraph>;
