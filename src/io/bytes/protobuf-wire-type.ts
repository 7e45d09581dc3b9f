/**
 * Protobuf wire types (https://protobuf.dev/programming-guides/encoding/), the low three bits of
 * a field's tag. A module of their own so that the ONNX sniffer, which the CLI always loads, can
 * name them without loading the wire reader (protobuf.ts), which only readers need.
 */
export const WireType = { VARINT: 0, FIXED64: 1, LEN: 2, FIXED32: 5 } as const
