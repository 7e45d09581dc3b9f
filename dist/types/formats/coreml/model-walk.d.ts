import { type ProtoReader } from '../../io/bytes/index.js';
import { type Collector } from './collector.js';
import { MilWalk } from './mil-program.js';
export declare class ModelWalk {
    private readonly collector;
    readonly mil: MilWalk;
    specificationVersion: number;
    modelType: string;
    constructor(collector: Collector);
    model(reader: ProtoReader, prefix: string, depth: number): Promise<void>;
    private pipeline;
    /** An updatable model's training inputs (features it takes only while training) are training-loop settings. */
    private description;
}
