import { type Evidence } from '../../core/classify.js';
import type { TensorInfo } from '../../core/types.js';
import type { ProtoField } from '../../io/bytes/index.js';
/**
 * What the walk of a Core ML spec collects: spans of the spec (or of weight files) with what the
 * format says each is. Every byte of the spec no span covers (the layer graph, feature
 * descriptions, class labels, metadata strings, protobuf framing) is metadata.
 */
/** Shared evidence, one array per kind of span (100,000 tensors share a handful). */
export declare const EVIDENCE: {
    readonly weights: readonly Evidence[];
    readonly quantization: readonly Evidence[];
    readonly runningStatistics: readonly Evidence[];
    readonly milConstant: readonly Evidence[];
    readonly graphConstant: readonly Evidence[];
    readonly modelParameters: readonly Evidence[];
    readonly optimizer: readonly Evidence[];
    readonly trainingLoop: readonly Evidence[];
    readonly trainingSeed: readonly Evidence[];
};
/** Integer, bool and string constants are graph structure (shapes, axes, masks), not weights. */
export declare const GRAPH_CONSTANT_TYPES: Set<string>;
export declare class Collector {
    readonly path: string;
    readonly tensors: TensorInfo[];
    readonly warnings: string[];
    layers: number;
    operations: number;
    updatable: boolean;
    constructor(path: string);
    /** A span of the spec file: a field's content. */
    addField(name: string, dtype: string, shape: number[], field: ProtoField, evidence: readonly Evidence[]): TensorInfo;
    add(tensor: TensorInfo): TensorInfo;
    checkDepth(depth: number): void;
}
