/**
 * Protobuf wire types (https://protobuf.dev/programming-guides/encoding/), the low three bits of
 * a field's tag. A module of their own so that the ONNX sniffer, which the CLI always loads, can
 * name them without loading the wire reader (protobuf.ts), which only readers need.
 */
export declare const WireType: {
    readonly VARINT: 0;
    readonly FIXED64: 1;
    readonly LEN: 2;
    readonly FIXED32: 5;
};
