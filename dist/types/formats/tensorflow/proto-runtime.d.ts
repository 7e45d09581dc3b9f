import protobuf from 'protobufjs/minimal.js';
import { tensorflow } from './proto/tensorflow.generated.js';
/**
 * What the TensorFlow readers decode with (through protos.ts): protobufjs's minimal runtime, the
 * static decoders pbjs generated from ./proto/*.proto (scripts/generate-tf-protos.ts), and the
 * reader they run on.
 */
export { tensorflow };
/**
 * protobufjs's Reader with two fields read the way these readers need them; the generated
 * decoders call these methods and are otherwise unchanged.
 *
 * - `int64` gives a number: protobufjs gives a `Long` object (the `long` package is its
 *   dependency), one allocation per offset, size and dimension of every entry of an index of
 *   10^5 tensors, each converted back to a number at once. Values beyond 2^53 (no real size or
 *   offset is) come back as a bigint, exact, so that the error can name them.
 * - `stringVerify` (proto3 strings) decodes with the platform's strict UTF-8 decoder:
 *   protobufjs's own builds strings under 64 bytes from 8-character pieces, which V8 keeps as a
 *   chain of concatenations (~6x the memory of the text) for each of 10^5 checkpoint keys.
 */
export declare class TensorFlowReader extends protobuf.Reader {
    int64(): number;
    stringVerify(): string;
}
/** A TensorFlowReader over `bytes`, typed as the Reader the generated decoders take (its int64 differs only in type). */
export declare function readerOf(bytes: Uint8Array): protobuf.Reader;
