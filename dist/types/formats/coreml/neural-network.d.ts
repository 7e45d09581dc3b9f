import { type ProtoReader } from '../../io/bytes/index.js';
import { type Collector } from './collector.js';
/** Walks a network message: its layers' weights and its update parameters. */
export declare function walkNetwork(reader: ProtoReader, collector: Collector, prefix: string, depth: number): Promise<void>;
