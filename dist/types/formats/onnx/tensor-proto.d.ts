import { type ProtoField, type ProtoReader } from '../../io/bytes/index.js';
/** An ONNX TensorProto as far as sizing needs it. */
export interface TensorProtoInfo {
    name: string;
    dims: number[];
    dataType: number;
    /** Embedded payload span in the .onnx (raw_data or a typed field); absent when empty or external. */
    payload?: {
        offset: number;
        end: number;
        raw: boolean;
    };
    external: boolean;
    /**
     * The `external_data` values this reader uses, as bytes (views into the read window): keys are
     * compared and values parsed as bytes, not decoded into 600,000 strings for 100,000 tensors.
     */
    externalData?: ExternalDataBytes;
    /** Offset of the TensorProto message, for errors. */
    at: number;
}
export interface ExternalDataBytes {
    location?: Uint8Array;
    offset?: Uint8Array;
    length?: Uint8Array;
}
export declare function readTensorProto(reader: ProtoReader): Promise<TensorProtoInfo>;
/** `dims` arrive packed (one LEN field) or one varint per field; both are accepted. */
export declare function readDims(reader: ProtoReader, field: ProtoField, dims: number[]): Promise<number[]>;
export declare function sameBytes(a: Uint8Array, b: Uint8Array): boolean;
