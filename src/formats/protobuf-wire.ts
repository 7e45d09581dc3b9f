/** @deprecated The protobuf wire reader is now in the byte layer: import `ProtoReader` from `src/io/bytes/`. */
export { ProtoReader, WireType, type ProtoField } from '../io/bytes/protobuf.js'
