export const id = 685;
export const ids = [685];
export const modules = {

/***/ 4528:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
// The MIT License (MIT)
//
// Copyright (c) 2016 Zhipeng Jia
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.



function isNode () {
  if (typeof process === 'object') {
    if (typeof process.versions === 'object') {
      if (typeof process.versions.node !== 'undefined') {
        return true
      }
    }
  }
  return false
}

function isUint8Array (object) {
  return object instanceof Uint8Array && (!isNode() || !Buffer.isBuffer(object))
}

function isArrayBuffer (object) {
  return object instanceof ArrayBuffer
}

function isBuffer (object) {
  if (!isNode()) {
    return false
  }
  return Buffer.isBuffer(object)
}

var SnappyDecompressor = (__webpack_require__(422)/* .SnappyDecompressor */ .c)
var SnappyCompressor = (__webpack_require__(8437)/* .SnappyCompressor */ .d)

var TYPE_ERROR_MSG = 'Argument compressed must be type of ArrayBuffer, Buffer, or Uint8Array'

function uncompress (compressed, maxLength) {
  if (!isUint8Array(compressed) && !isArrayBuffer(compressed) && !isBuffer(compressed)) {
    throw new TypeError(TYPE_ERROR_MSG)
  }
  var uint8Mode = false
  var arrayBufferMode = false
  if (isUint8Array(compressed)) {
    uint8Mode = true
  } else if (isArrayBuffer(compressed)) {
    arrayBufferMode = true
    compressed = new Uint8Array(compressed)
  }
  var decompressor = new SnappyDecompressor(compressed)
  var length = decompressor.readUncompressedLength()
  if (length === -1) {
    throw new Error('Invalid Snappy bitstream')
  }
  if (length > maxLength) {
    throw new Error(`The uncompressed length of ${length} is too big, expect at most ${maxLength}`)
  }
  var uncompressed, uncompressedView
  if (uint8Mode) {
    uncompressed = new Uint8Array(length)
    if (!decompressor.uncompressToBuffer(uncompressed)) {
      throw new Error('Invalid Snappy bitstream')
    }
  } else if (arrayBufferMode) {
    uncompressed = new ArrayBuffer(length)
    uncompressedView = new Uint8Array(uncompressed)
    if (!decompressor.uncompressToBuffer(uncompressedView)) {
      throw new Error('Invalid Snappy bitstream')
    }
  } else {
    uncompressed = Buffer.alloc(length)
    if (!decompressor.uncompressToBuffer(uncompressed)) {
      throw new Error('Invalid Snappy bitstream')
    }
  }
  return uncompressed
}

function compress (uncompressed) {
  if (!isUint8Array(uncompressed) && !isArrayBuffer(uncompressed) && !isBuffer(uncompressed)) {
    throw new TypeError(TYPE_ERROR_MSG)
  }
  var uint8Mode = false
  var arrayBufferMode = false
  if (isUint8Array(uncompressed)) {
    uint8Mode = true
  } else if (isArrayBuffer(uncompressed)) {
    arrayBufferMode = true
    uncompressed = new Uint8Array(uncompressed)
  }
  var compressor = new SnappyCompressor(uncompressed)
  var maxLength = compressor.maxCompressedLength()
  var compressed, compressedView
  var length
  if (uint8Mode) {
    compressed = new Uint8Array(maxLength)
    length = compressor.compressToBuffer(compressed)
  } else if (arrayBufferMode) {
    compressed = new ArrayBuffer(maxLength)
    compressedView = new Uint8Array(compressed)
    length = compressor.compressToBuffer(compressedView)
  } else {
    compressed = Buffer.alloc(maxLength)
    length = compressor.compressToBuffer(compressed)
  }
  if (!compressed.slice) { // ie11
    var compressedArray = new Uint8Array(Array.prototype.slice.call(compressed, 0, length))
    if (uint8Mode) {
      return compressedArray
    } else if (arrayBufferMode) {
      return compressedArray.buffer
    } else {
      throw new Error('Not implemented')
    }
  }

  return compressed.slice(0, length)
}

exports.k = uncompress
__webpack_unused_export__ = compress


/***/ }),

/***/ 8437:
/***/ ((__unused_webpack_module, exports) => {

// The MIT License (MIT)
//
// Copyright (c) 2016 Zhipeng Jia
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.



var BLOCK_LOG = 16
var BLOCK_SIZE = 1 << BLOCK_LOG

var MAX_HASH_TABLE_BITS = 14
var globalHashTables = new Array(MAX_HASH_TABLE_BITS + 1)

function hashFunc (key, hashFuncShift) {
  return (key * 0x1e35a7bd) >>> hashFuncShift
}

function load32 (array, pos) {
  return array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24)
}

function equals32 (array, pos1, pos2) {
  return array[pos1] === array[pos2] &&
         array[pos1 + 1] === array[pos2 + 1] &&
         array[pos1 + 2] === array[pos2 + 2] &&
         array[pos1 + 3] === array[pos2 + 3]
}

function copyBytes (fromArray, fromPos, toArray, toPos, length) {
  var i
  for (i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i]
  }
}

function emitLiteral (input, ip, len, output, op) {
  if (len <= 60) {
    output[op] = (len - 1) << 2
    op += 1
  } else if (len < 256) {
    output[op] = 60 << 2
    output[op + 1] = len - 1
    op += 2
  } else {
    output[op] = 61 << 2
    output[op + 1] = (len - 1) & 0xff
    output[op + 2] = (len - 1) >>> 8
    op += 3
  }
  copyBytes(input, ip, output, op, len)
  return op + len
}

function emitCopyLessThan64 (output, op, offset, len) {
  if (len < 12 && offset < 2048) {
    output[op] = 1 + ((len - 4) << 2) + ((offset >>> 8) << 5)
    output[op + 1] = offset & 0xff
    return op + 2
  } else {
    output[op] = 2 + ((len - 1) << 2)
    output[op + 1] = offset & 0xff
    output[op + 2] = offset >>> 8
    return op + 3
  }
}

function emitCopy (output, op, offset, len) {
  while (len >= 68) {
    op = emitCopyLessThan64(output, op, offset, 64)
    len -= 64
  }
  if (len > 64) {
    op = emitCopyLessThan64(output, op, offset, 60)
    len -= 60
  }
  return emitCopyLessThan64(output, op, offset, len)
}

function compressFragment (input, ip, inputSize, output, op) {
  var hashTableBits = 1
  while ((1 << hashTableBits) <= inputSize &&
         hashTableBits <= MAX_HASH_TABLE_BITS) {
    hashTableBits += 1
  }
  hashTableBits -= 1
  var hashFuncShift = 32 - hashTableBits

  if (typeof globalHashTables[hashTableBits] === 'undefined') {
    globalHashTables[hashTableBits] = new Uint16Array(1 << hashTableBits)
  }
  var hashTable = globalHashTables[hashTableBits]
  var i
  for (i = 0; i < hashTable.length; i++) {
    hashTable[i] = 0
  }

  var ipEnd = ip + inputSize
  var ipLimit
  var baseIp = ip
  var nextEmit = ip

  var hash, nextHash
  var nextIp, candidate, skip
  var bytesBetweenHashLookups
  var base, matched, offset
  var prevHash, curHash
  var flag = true

  var INPUT_MARGIN = 15
  if (inputSize >= INPUT_MARGIN) {
    ipLimit = ipEnd - INPUT_MARGIN

    ip += 1
    nextHash = hashFunc(load32(input, ip), hashFuncShift)

    while (flag) {
      skip = 32
      nextIp = ip
      do {
        ip = nextIp
        hash = nextHash
        bytesBetweenHashLookups = skip >>> 5
        skip += 1
        nextIp = ip + bytesBetweenHashLookups
        if (ip > ipLimit) {
          flag = false
          break
        }
        nextHash = hashFunc(load32(input, nextIp), hashFuncShift)
        candidate = baseIp + hashTable[hash]
        hashTable[hash] = ip - baseIp
      } while (!equals32(input, ip, candidate))

      if (!flag) {
        break
      }

      op = emitLiteral(input, nextEmit, ip - nextEmit, output, op)

      do {
        base = ip
        matched = 4
        while (ip + matched < ipEnd && input[ip + matched] === input[candidate + matched]) {
          matched += 1
        }
        ip += matched
        offset = base - candidate
        op = emitCopy(output, op, offset, matched)

        nextEmit = ip
        if (ip >= ipLimit) {
          flag = false
          break
        }
        prevHash = hashFunc(load32(input, ip - 1), hashFuncShift)
        hashTable[prevHash] = ip - 1 - baseIp
        curHash = hashFunc(load32(input, ip), hashFuncShift)
        candidate = baseIp + hashTable[curHash]
        hashTable[curHash] = ip - baseIp
      } while (equals32(input, ip, candidate))

      if (!flag) {
        break
      }

      ip += 1
      nextHash = hashFunc(load32(input, ip), hashFuncShift)
    }
  }

  if (nextEmit < ipEnd) {
    op = emitLiteral(input, nextEmit, ipEnd - nextEmit, output, op)
  }

  return op
}

function putVarint (value, output, op) {
  do {
    output[op] = value & 0x7f
    value = value >>> 7
    if (value > 0) {
      output[op] += 0x80
    }
    op += 1
  } while (value > 0)
  return op
}

function SnappyCompressor (uncompressed) {
  this.array = uncompressed
}

SnappyCompressor.prototype.maxCompressedLength = function () {
  var sourceLen = this.array.length
  return 32 + sourceLen + Math.floor(sourceLen / 6)
}

SnappyCompressor.prototype.compressToBuffer = function (outBuffer) {
  var array = this.array
  var length = array.length
  var pos = 0
  var outPos = 0

  var fragmentSize

  outPos = putVarint(length, outBuffer, outPos)
  while (pos < length) {
    fragmentSize = Math.min(length - pos, BLOCK_SIZE)
    outPos = compressFragment(array, pos, fragmentSize, outBuffer, outPos)
    pos += fragmentSize
  }

  return outPos
}

exports.d = SnappyCompressor


/***/ }),

/***/ 422:
/***/ ((__unused_webpack_module, exports) => {

// The MIT License (MIT)
//
// Copyright (c) 2016 Zhipeng Jia
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.



var WORD_MASK = [0, 0xff, 0xffff, 0xffffff, 0xffffffff]

function copyBytes (fromArray, fromPos, toArray, toPos, length) {
  var i
  for (i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i]
  }
}

function selfCopyBytes (array, pos, offset, length) {
  var i
  for (i = 0; i < length; i++) {
    array[pos + i] = array[pos - offset + i]
  }
}

function SnappyDecompressor (compressed) {
  this.array = compressed
  this.pos = 0
}

SnappyDecompressor.prototype.readUncompressedLength = function () {
  var result = 0
  var shift = 0
  var c, val
  while (shift < 32 && this.pos < this.array.length) {
    c = this.array[this.pos]
    this.pos += 1
    val = c & 0x7f
    if (((val << shift) >>> shift) !== val) {
      return -1
    }
    result |= val << shift
    if (c < 128) {
      return result
    }
    shift += 7
  }
  return -1
}

SnappyDecompressor.prototype.uncompressToBuffer = function (outBuffer) {
  var array = this.array
  var arrayLength = array.length
  var pos = this.pos
  var outPos = 0

  var c, len, smallLen
  var offset

  while (pos < array.length) {
    c = array[pos]
    pos += 1
    if ((c & 0x3) === 0) {
      // Literal
      len = (c >>> 2) + 1
      if (len > 60) {
        if (pos + 3 >= arrayLength) {
          return false
        }
        smallLen = len - 60
        len = array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24)
        len = (len & WORD_MASK[smallLen]) + 1
        pos += smallLen
      }
      if (pos + len > arrayLength) {
        return false
      }
      copyBytes(array, pos, outBuffer, outPos, len)
      pos += len
      outPos += len
    } else {
      switch (c & 0x3) {
        case 1:
          len = ((c >>> 2) & 0x7) + 4
          offset = array[pos] + ((c >>> 5) << 8)
          pos += 1
          break
        case 2:
          if (pos + 1 >= arrayLength) {
            return false
          }
          len = (c >>> 2) + 1
          offset = array[pos] + (array[pos + 1] << 8)
          pos += 2
          break
        case 3:
          if (pos + 3 >= arrayLength) {
            return false
          }
          len = (c >>> 2) + 1
          offset = array[pos] + (array[pos + 1] << 8) + (array[pos + 2] << 16) + (array[pos + 3] << 24)
          pos += 4
          break
        default:
          break
      }
      if (offset === 0 || offset > outPos) {
        return false
      }
      selfCopyBytes(outBuffer, outPos, offset, len)
      outPos += len
    }
  }
  return true
}

exports.c = SnappyDecompressor


/***/ }),

/***/ 5306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ matchNameRule)
/* harmony export */ });
/** The first rule matching `name`, or undefined when none does (the tensor is `unclassified`). */
function matchNameRule(name, rules) {
    return rules.find((rule) => rule.pattern.test(name));
}


/***/ }),

/***/ 4685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tensorflowCheckpointReader: () => (/* binding */ tensorflowCheckpointReader),
  tensorflowSavedModelReader: () => (/* binding */ tensorflowSavedModelReader)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(9366);
// EXTERNAL MODULE: ./src/formats/protobuf-wire.ts
var protobuf_wire = __webpack_require__(3675);
// EXTERNAL MODULE: ./src/formats/source-window.ts
var source_window = __webpack_require__(5376);
;// CONCATENATED MODULE: ./src/formats/tensorflow/protos.ts

let protoTypes;
function loadProtoTypes() {
    protoTypes ??= Promise.all([__webpack_require__.e(/* import() */ 365).then(__webpack_require__.t.bind(__webpack_require__, 365, 23)), __webpack_require__.e(/* import() */ 947).then(__webpack_require__.bind(__webpack_require__, 8947))]).then(([protobufModule, { TF_PROTO_DESCRIPTOR }]) => {
        const root = protobufModule.default.Root.fromJSON(TF_PROTO_DESCRIPTOR);
        return {
            Reader: protobufModule.default.Reader,
            BundleHeaderProto: root.lookupType('tensorflow.BundleHeaderProto'),
            BundleEntryProto: root.lookupType('tensorflow.BundleEntryProto'),
            TrackableObjectGraph: root.lookupType('tensorflow.TrackableObjectGraph'),
            TrackableObject: root.lookupType('tensorflow.TrackableObjectGraph.TrackableObject'),
            MetaGraphDef: root.lookupType('tensorflow.MetaGraphDef'),
            VariableDef: root.lookupType('tensorflow.VariableDef')
        };
    });
    return protoTypes;
}
/** An int64 as a number; a FormatError above 2^53 (no real size or offset comes close). */
function int64(value, file, what) {
    if (value === undefined || value === null)
        return 0;
    if (typeof value === 'number')
        return value;
    const long = value;
    const number = long.toNumber();
    if (!Number.isSafeInteger(number))
        throw new errors/* FormatError */.IF(file, `${what} ${long.toString()} is larger than 2^53`);
    return number;
}
function decode(type, bytes, file, what) {
    try {
        return type.decode(bytes);
    }
    catch (error) {
        throw new errors/* FormatError */.IF(file, `${what} is not a valid ${type.name} (${error.message})`, {
            fix: 'The file is corrupted or was not written by TensorFlow.'
        });
    }
}
async function loadBundleDecoders() {
    const { BundleHeaderProto, BundleEntryProto } = await loadProtoTypes();
    return {
        header(bytes, file) {
            const message = decode(BundleHeaderProto, bytes, file, 'the bundle header (key "")');
            const version = message.version;
            return {
                numShards: message.num_shards ?? 0,
                endianness: message.endianness === 1 ? 'big' : 'little',
                ...(version?.producer !== undefined ? { producer: version.producer } : {})
            };
        },
        entry(bytes, file, key) {
            const message = decode(BundleEntryProto, bytes, file, `the entry of '${key}'`);
            const shape = message.shape;
            // `length` sits in the oneof `has_length`: protobufjs names the set member there (a plain
            // `length` read would give the default 0 for "the whole dimension").
            const slices = message.slices;
            const entry = {
                dtype: message.dtype ?? 0,
                shape: (shape?.dim ?? []).map((dim) => int64(dim.size, file, `a dimension of '${key}'`)),
                shardId: message.shard_id ?? 0,
                offset: int64(message.offset, file, `the offset of '${key}'`),
                size: int64(message.size, file, `the size of '${key}'`)
            };
            if (slices && slices.length > 0) {
                entry.slices = slices.map((slice) => (slice.extent ?? []).map((extent) => ({
                    start: int64(extent.start, file, `a slice start of '${key}'`),
                    ...(extent.has_length === 'length' ? { length: int64(extent.length, file, `a slice length of '${key}'`) } : {})
                })));
            }
            return entry;
        }
    };
}
async function decodeTrackableObjectGraph(bytes, file) {
    const { Reader, TrackableObjectGraph, TrackableObject } = await loadProtoTypes();
    // protobufjs decodes each node, one at a time, and each is replaced by a compact copy at once:
    // decoded whole, the graph of a model of 10^5 variables held ~200 MB (every node three arrays
    // grown by push, every short string a chain of 8-character pieces, see flatString). The loop
    // is the one protobufjs generates for `repeated TrackableObject nodes = 1`, the graph's only field.
    const names = new Map();
    const intern = (name) => {
        const known = names.get(name);
        if (known !== undefined)
            return known;
        const flat = flatString(name);
        if (names.size < MAX_INTERNED_NAMES)
            names.set(flat, flat);
        return flat;
    };
    const nodes = [];
    try {
        const reader = Reader.create(bytes);
        while (reader.pos < reader.len) {
            const tag = reader.uint32();
            if (tag >>> 3 === 1 && (tag & 7) === 2) {
                nodes.push(compactNode(TrackableObject.decode(reader, reader.uint32()), intern));
            }
            else {
                reader.skipType(tag & 7);
            }
        }
    }
    catch (error) {
        throw new errors/* FormatError */.IF(file, `the _CHECKPOINTABLE_OBJECT_GRAPH tensor is not a valid ${TrackableObjectGraph.name} (${error.message})`, {
            fix: 'The file is corrupted or was not written by TensorFlow.'
        });
    }
    return nodes;
}
/** A node with exact-size arrays, shared names and strings in one piece. */
function compactNode(node, intern) {
    return {
        children: node.children.length === 0 ? NONE : node.children.map((child) => ({ node_id: child.node_id, local_name: intern(child.local_name) })),
        attributes: node.attributes.length === 0
            ? NONE
            : node.attributes.map((a) => ({ name: intern(a.name), full_name: flatString(a.full_name), checkpoint_key: flatString(a.checkpoint_key) })),
        slot_variables: node.slot_variables.length === 0
            ? NONE
            : node.slot_variables.map((slot) => ({
                original_variable_node_id: slot.original_variable_node_id,
                slot_name: intern(slot.slot_name),
                slot_variable_node_id: slot.slot_variable_node_id
            }))
    };
}
const ENCODER = new TextEncoder();
const UTF8 = new TextDecoder();
let scratch = new Uint8Array(256);
/**
 * The same string in one piece. protobufjs builds strings under 64 bytes 8 characters at a time
 * (`str += String.fromCharCode(...)`, protobufjs:src/util/utf8.js), which V8 keeps as a chain of
 * concatenations: ~6x the memory of the text, for each of 10^5 keys and full names. The round
 * trip is exact: protobufjs decodes strictly, so the string is valid UTF-16 (no lone surrogates).
 */
function flatString(text) {
    // V8 stores concatenations shorter than 13 characters flat already.
    if (text.length < 13)
        return text;
    if (scratch.length < text.length * 3)
        scratch = new Uint8Array(text.length * 3);
    const { written } = ENCODER.encodeInto(text, scratch);
    return UTF8.decode(scratch.subarray(0, written));
}
/** The shared empty list of a compact node. */
const NONE = Object.freeze([]);
/** Distinct names shared between nodes (`kernel`, `VARIABLE_VALUE`, `m`); the rest are kept as they are. */
const MAX_INTERNED_NAMES = 10_000;
/**
 * The names in a collection of serialized VariableDefs (`trainable_variables`, `variables`),
 * as checkpoint keys: "conv1/weights:0" -> "conv1/weights"; a partition -> its full variable.
 */
async function decodeVariableCollection(collectionDefs, file, collection) {
    const { MetaGraphDef, VariableDef } = await loadProtoTypes();
    const message = decode(MetaGraphDef, collectionDefs, file, 'the collections of the meta graph');
    const collections = (message.collection_def ?? {});
    const values = collections[collection]?.bytes_list?.value;
    if (!values)
        return undefined;
    return values.map((bytes) => {
        const variable = decode(VariableDef, bytes, file, `an entry of the ${collection} collection`);
        const slice = variable.save_slice_info_def;
        if (slice?.full_name)
            return slice.full_name;
        return String(variable.variable_name ?? '').replace(/:\d+$/, '');
    });
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/meta-graph.ts





/**
 * The `trainable_variables` collection of a TF1 MetaGraphDef (`.meta` file) or of the meta graphs
 * of a `saved_model.pb`, without reading the graph: the top-level fields are walked by tag and
 * length (src/formats/protobuf-wire.ts, through a small read window), the GraphDef (field 2, often most of the file, with
 * constants embedded) is skipped, and only the `collection_def` entries (field 4) are read.
 * Field numbers: tensorflow/tensorflow:tensorflow/core/protobuf/meta_graph.proto, saved_model.proto.
 */
const META_GRAPH_COLLECTION_DEF = 4;
const SAVED_MODEL_META_GRAPHS = 2;
/** The length-delimited top-level fields of the message in `[start, end)`: their heads are read, their payloads skipped. */
async function* fields(window, start, end, what) {
    const reader = new protobuf_wire/* ProtoReader */.i(window, start, end, what);
    let count = 0;
    for (let field = await reader.next(); field; field = await reader.next()) {
        if (++count > limits/* MAX_TF_PROTO_FIELDS */.BX) {
            throw new errors/* LimitExceededError */.lo(window.name, 'the number of top-level protobuf fields', count, limits/* MAX_TF_PROTO_FIELDS */.BX);
        }
        if (field.wireType === protobuf_wire/* WireType */.O.LEN)
            yield field;
    }
}
/** The serialized `collection_def` fields of the MetaGraphDef in `[start, end)`, concatenated. */
async function collectionBytes(window, start, end, budget) {
    const chunks = [];
    for await (const field of fields(window, start, end, 'MetaGraphDef')) {
        if (field.field !== META_GRAPH_COLLECTION_DEF)
            continue;
        budget.left -= field.length;
        if (budget.left < 0) {
            throw new errors/* LimitExceededError */.lo(window.name, 'the bytes of its collections', limits/* MAX_TF_COLLECTION_BYTES */.Fu - budget.left, limits/* MAX_TF_COLLECTION_BYTES */.Fu);
        }
        // Re-emit the field with its tag so that the concatenation decodes as a MetaGraphDef.
        const head = encodeFieldHead(META_GRAPH_COLLECTION_DEF, field.length);
        chunks.push(head, await window.source.read(field.offset, field.length));
    }
    return chunks;
}
function encodeFieldHead(number, length) {
    const bytes = [];
    for (let value = number * 8 + protobuf_wire/* WireType */.O.LEN;;) {
        bytes.push(value >= 0x80 ? (value & 0x7f) | 0x80 : value);
        if (value < 0x80)
            break;
        value = Math.floor(value / 128);
    }
    for (let value = length;;) {
        bytes.push(value >= 0x80 ? (value % 128) | 0x80 : value);
        if (value < 0x80)
            break;
        value = Math.floor(value / 128);
    }
    return Uint8Array.from(bytes);
}
function concat(chunks) {
    const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
    }
    return out;
}
/**
 * The checkpoint keys of the `trainable_variables` collection of a `.meta` file, or undefined
 * when the meta graph has no such collection.
 */
async function trainableFromMetaGraph(source) {
    const chunks = await collectionBytes(new source_window/* SourceWindow */.WI(source), 0, source.size, { left: limits/* MAX_TF_COLLECTION_BYTES */.Fu });
    const names = await decodeVariableCollection(concat(chunks), source.name, 'trainable_variables');
    return names ? new Set(names) : undefined;
}
/** The same for a `saved_model.pb`: the union over its meta graphs (they share one variables bundle). */
async function trainableFromSavedModel(source) {
    const budget = { left: limits/* MAX_TF_COLLECTION_BYTES */.Fu };
    let trainable;
    const window = new source_window/* SourceWindow */.WI(source);
    for await (const field of fields(window, 0, source.size, 'SavedModel')) {
        if (field.field !== SAVED_MODEL_META_GRAPHS)
            continue;
        const chunks = await collectionBytes(window, field.offset, field.offset + field.length, budget);
        const names = await decodeVariableCollection(concat(chunks), source.name, 'trainable_variables');
        if (!names)
            continue;
        trainable ??= new Set();
        for (const name of names)
            trainable.add(name);
    }
    return trainable;
}

// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/formats/binary-reader.ts
var binary_reader = __webpack_require__(8627);
// EXTERNAL MODULE: ./node_modules/snappyjs/index.js
var snappyjs = __webpack_require__(4528);
;// CONCATENATED MODULE: ./src/formats/tensorflow/crc32c.ts
/**
 * CRC-32C (Castagnoli) and LevelDB's masking, as TensorFlow uses them for SSTable block trailers
 * (tensorflow/tensorflow:tensorflow/core/lib/io/table_builder.cc, WriteRawBlock) and bundle entries.
 * Reflected polynomial 0x82F63B78, init and xorout 0xFFFFFFFF; crc32c("123456789") = 0xE3069283.
 */
const TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** Continues a CRC-32C over more bytes (`crc32cExtend(0, bytes)` is the CRC of `bytes`). */
function crc32cExtend(crc, bytes) {
    let c = (crc ^ 0xffffffff) >>> 0;
    for (let i = 0; i < bytes.length; i++)
        c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function crc32c(bytes) {
    return crc32cExtend(0, bytes);
}
/** LevelDB's kMaskDelta: stored CRCs are rotated and offset, so a CRC of CRCs is not trivial. */
const MASK_DELTA = 0xa282ead8;
function maskCrc(crc) {
    return ((((crc >>> 15) | (crc << 17)) >>> 0) + MASK_DELTA) >>> 0;
}
function unmaskCrc(masked) {
    const rot = (masked - MASK_DELTA) >>> 0;
    return ((rot >>> 17) | (rot << 15)) >>> 0;
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/sstable.ts





/**
 * Reader for the immutable LevelDB-format table ("SSTable") that TensorFlow writes as a
 * checkpoint's `.index` (and as a V1 checkpoint). Layout, from tensorflow/tensorflow:
 * tensorflow/core/lib/io/format.{h,cc}, block.cc, block_builder.cc, table_builder.cc:
 *
 *   [data block][trailer] ... [metaindex block][trailer][index block][trailer][footer: 48 bytes]
 *
 * The footer holds two BlockHandles (varint64 offset, varint64 size) and the magic number; each
 * block is followed by a 5-byte trailer (compression type, masked CRC32C of contents + type).
 * The index block maps a separator key to the handle of each data block, in key order.
 *
 * The table is parsed in one pass, in time linear in its size: each block once, each entry once,
 * entries only up to the block's restart array (FORMATS.md §1.2, traps 4-6).
 */
/** `kTableMagicNumber` = 0xdb4775248b80fb57, stored as two little-endian u32s. */
const TABLE_MAGIC = Uint8Array.of(0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb);
/** `Footer::kEncodedLength` = 2 * BlockHandle::kMaxEncodedLength (20) + 8. */
const FOOTER_BYTES = 48;
/** `kBlockTrailerSize`: one type byte and a fixed32 masked CRC. */
const BLOCK_TRAILER_BYTES = 5;
const NO_COMPRESSION = 0;
const SNAPPY_COMPRESSION = 1;
/** True when the last 8 bytes of `bytes` are the table magic. */
function hasTableMagic(bytes) {
    if (bytes.length < FOOTER_BYTES)
        return false;
    const tail = bytes.length - TABLE_MAGIC.length;
    return TABLE_MAGIC.every((byte, i) => bytes[tail + i] === byte);
}
/** Reads every entry of the table in `bytes` (the whole file), calling `visit` in key order. */
function readTable(bytes, file, visit) {
    if (bytes.length < FOOTER_BYTES) {
        throw new errors/* FormatError */.IF(file, `is ${bytes.length} bytes, shorter than an SSTable footer (${FOOTER_BYTES} bytes)`, {
            fix: 'The file is truncated; re-save the checkpoint or restore the file.'
        });
    }
    if (!hasTableMagic(bytes)) {
        throw new errors/* FormatError */.IF(file, 'does not end with the SSTable magic number 57 fb 80 8b 24 75 47 db', {
            offset: bytes.length - TABLE_MAGIC.length,
            fix: 'This is not a TensorFlow checkpoint index, or it is truncated.'
        });
    }
    const footerStart = bytes.length - FOOTER_BYTES;
    const footer = new binary_reader/* BinaryReader */.V5(bytes.subarray(footerStart), file, footerStart);
    const metaindex = readHandle(footer, 'metaindex handle');
    const index = readHandle(footer, 'index handle');
    void metaindex; // TF writes it empty ("TODO(postrelease): Add stats and other meta blocks").
    const indexBlock = readBlock(bytes, index, file, 'index block', footerStart);
    let nextDataStart = 0;
    let blockNumber = 0;
    parseBlock(indexBlock, file, 'index block', (_separator, handleBytes) => {
        const handle = readHandle(new binary_reader/* BinaryReader */.V5(handleBytes, file), `handle of data block ${blockNumber}`);
        // Data blocks are written back to back; requiring that keeps a hostile index from making us
        // parse one block many times.
        if (handle.offset < nextDataStart) {
            throw new errors/* FormatError */.IF(file, `data block ${blockNumber} overlaps the previous block`, { offset: handle.offset });
        }
        nextDataStart = handle.offset + handle.size + BLOCK_TRAILER_BYTES;
        const what = `data block ${blockNumber} (bytes ${handle.offset}..${handle.offset + handle.size})`;
        parseBlock(readBlock(bytes, handle, file, what, index.offset), file, what, visit);
        blockNumber++;
    });
}
function readHandle(reader, what) {
    const offset = reader.varint(`${what} offset`);
    const size = reader.varint(`${what} size`);
    return { offset, size };
}
/**
 * The contents of one block: trailer checked (masked CRC32C over contents + type byte, as
 * format.cc ReadBlock), snappy blocks decompressed. `limit` is where the block must end.
 */
function readBlock(bytes, handle, file, what, limit = bytes.length) {
    const end = handle.offset + handle.size;
    if (end + BLOCK_TRAILER_BYTES > limit) {
        throw new errors/* FormatError */.IF(file, `${what} (${handle.size} bytes at ${handle.offset}) runs past the end of its table`, {
            offset: handle.offset,
            fix: 'The index is truncated or corrupted; re-save the checkpoint or restore the file.'
        });
    }
    const contents = bytes.subarray(handle.offset, end);
    const type = bytes[end];
    const stored = unmaskCrc(new DataView(bytes.buffer, bytes.byteOffset + end + 1, 4).getUint32(0, true));
    const actual = crc32cExtend(crc32cExtend(0, contents), bytes.subarray(end, end + 1));
    if (stored !== actual) {
        throw new errors/* FormatError */.IF(file, `${what} fails its CRC32C check (stored ${hex(stored)}, computed ${hex(actual)})`, { offset: handle.offset, fix: 'The index is corrupted; re-save the checkpoint or restore the file from its source.' });
    }
    if (type === NO_COMPRESSION)
        return contents;
    if (type === SNAPPY_COMPRESSION)
        return unsnappy(contents, file, what, handle.offset);
    throw new errors/* FormatError */.IF(file, `${what} has compression type ${type}; only 0 (none) and 1 (snappy) exist`, {
        offset: end
    });
}
/** Raw snappy (not the framing format), as port::Snappy_Uncompress. Copies may overlap their output. */
function unsnappy(contents, file, what, offset) {
    const declared = new binary_reader/* BinaryReader */.V5(contents, file, offset).varint(`${what} uncompressed length`);
    if (declared > limits/* MAX_TF_BLOCK_BYTES */.Ug) {
        throw new errors/* LimitExceededError */.lo(file, `the uncompressed size of ${what}`, declared, limits/* MAX_TF_BLOCK_BYTES */.Ug);
    }
    try {
        // A Uint8Array that is not a Buffer, so snappyjs returns a plain Uint8Array.
        return (0,snappyjs/* uncompress */.k)(new Uint8Array(contents.buffer, contents.byteOffset, contents.length), limits/* MAX_TF_BLOCK_BYTES */.Ug);
    }
    catch (error) {
        throw new errors/* FormatError */.IF(file, `${what} is not valid snappy data (${error.message})`, { offset });
    }
}
/**
 * Walks the entries of one block (block.cc): each entry is varint32 shared, varint32 non_shared,
 * varint32 value_length, the key's non-shared tail, the value; then u32 restarts[n], u32 n.
 * Keys are rebuilt as bytes (they are byte strings: slice keys hold 0x00 and 0xff).
 */
function parseBlock(block, file, what, visit) {
    if (block.length < 4)
        throw new errors/* FormatError */.IF(file, `${what} is ${block.length} bytes, too short for its restart count`);
    const view = new DataView(block.buffer, block.byteOffset, block.length);
    const numRestarts = view.getUint32(block.length - 4, true);
    if (numRestarts > (block.length - 4) / 4) {
        throw new errors/* FormatError */.IF(file, `${what} claims ${numRestarts} restart points, more than fit in its ${block.length} bytes`);
    }
    const entriesEnd = block.length - 4 * (1 + numRestarts);
    let p = 0;
    let previousKey = new Uint8Array(0);
    const varint32 = () => {
        let result = 0;
        for (let shift = 0; shift <= 28; shift += 7) {
            if (p >= entriesEnd)
                break;
            const byte = block[p++];
            result += (byte & 0x7f) * 2 ** shift;
            if (byte < 0x80)
                return result;
        }
        throw new errors/* FormatError */.IF(file, `${what} has a malformed entry header at block offset ${p}`);
    };
    while (p < entriesEnd) {
        const entryStart = p;
        let shared, nonShared, valueLength;
        if (p + 3 <= entriesEnd && (block[p] | block[p + 1] | block[p + 2]) < 0x80) {
            // Fast path of DecodeEntry: all three values fit in one byte each.
            shared = block[p];
            nonShared = block[p + 1];
            valueLength = block[p + 2];
            p += 3;
        }
        else {
            shared = varint32();
            nonShared = varint32();
            valueLength = varint32();
        }
        if (shared > previousKey.length || nonShared + valueLength > entriesEnd - p) {
            throw new errors/* FormatError */.IF(file, `${what} has a corrupt entry at block offset ${entryStart}`, {
                fix: 'The index is corrupted; re-save the checkpoint or restore the file from its source.'
            });
        }
        let key;
        if (shared === 0) {
            key = block.subarray(p, p + nonShared);
        }
        else {
            key = new Uint8Array(shared + nonShared);
            key.set(previousKey.subarray(0, shared));
            key.set(block.subarray(p, p + nonShared), shared);
        }
        p += nonShared;
        const value = block.subarray(p, p + valueLength);
        p += valueLength;
        visit(key, value);
        previousKey = key;
    }
}
function hex(value) {
    return `0x${value.toString(16).padStart(8, '0')}`;
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/bundle.ts



const bundle_UTF8 = new TextDecoder('utf-8');
/** Parses the whole `.index` file (decoders: `await loadBundleDecoders()`). */
function parseBundleIndex(bytes, file, decode) {
    let header;
    const tensors = [];
    const partitioned = new Map();
    readTable(bytes, file, (key, value) => {
        if (key.length === 0) {
            header = decode.header(value, file);
            return;
        }
        if (header === undefined) {
            throw new errors/* FormatError */.IF(file, 'has no bundle header: the empty key "" must be the first entry', {
                fix: 'This is not a V2 tensor bundle index (a V1 checkpoint or another SSTable?).'
            });
        }
        // Keys are as long as their block allows (MAX_TF_BLOCK_BYTES); a name is never near that.
        if (key.length > limits/* MAX_NAME_BYTES */.pg)
            throw new errors/* LimitExceededError */.lo(file, 'the length of a checkpoint key', key.length, limits/* MAX_NAME_BYTES */.pg);
        if (tensors.length + partitioned.size >= limits/* MAX_TENSORS */.am) {
            throw new errors/* LimitExceededError */.lo(file, 'the number of tensors', tensors.length + partitioned.size + 1, limits/* MAX_TENSORS */.am);
        }
        if (key[0] === 0) {
            // A slice of a partitioned variable: OrderedCode key (FORMATS.md §1.4).
            const slice = decodeSliceKey(key, file);
            const tensor = decode.entry(value, file, slice.variable);
            tensor.name = `${slice.variable}[${slice.spec}]`;
            tensor.variable = slice.variable;
            tensor.slice = slice.extents;
            tensors.push(tensor);
            return;
        }
        const name = bundle_UTF8.decode(key);
        const entry = decode.entry(value, file, name);
        if (entry.shape.length > limits/* MAX_DIMS */.VW)
            throw new errors/* LimitExceededError */.lo(file, `the rank of '${name}'`, entry.shape.length, limits/* MAX_DIMS */.VW);
        if (entry.slices) {
            // Its shard/offset/size are ignored by TF; its bytes are in the slice entries.
            partitioned.set(name, entry);
            return;
        }
        // Extended in place: no copy per entry (an index can hold 10^5 of them).
        const tensor = entry;
        tensor.name = name;
        tensor.variable = name;
        tensors.push(tensor);
    });
    if (!header) {
        throw new errors/* FormatError */.IF(file, 'is an empty table: it has no bundle header', {
            fix: 'The index is truncated or not a TensorFlow V2 checkpoint index.'
        });
    }
    if (header.numShards < 1 || header.numShards > limits/* MAX_TF_SHARDS */._u) {
        throw new errors/* FormatError */.IF(file, `its header says the bundle has ${header.numShards} data shards`, {
            fix: `A bundle has 1 to ${limits/* MAX_TF_SHARDS */._u} shards; the index is corrupted.`
        });
    }
    for (const tensor of tensors) {
        if (tensor.shardId < 0 || tensor.shardId >= header.numShards) {
            throw new errors/* FormatError */.IF(file, `'${tensor.name}' is in shard ${tensor.shardId}, but the bundle has ${header.numShards} shards`);
        }
        if (tensor.offset < 0 || tensor.size < 0) {
            throw new errors/* FormatError */.IF(file, `'${tensor.name}' has a negative offset or size`);
        }
    }
    return { header, tensors, partitioned };
}
/** `P.data-00000-of-00001` (naming.cc DataFilename: "%s.data-%05d-of-%05d"). */
function dataShardPath(prefix, shard, numShards) {
    return `${prefix}.data-${String(shard).padStart(5, '0')}-of-${String(numShards).padStart(5, '0')}`;
}
/**
 * Decodes a slice key as saved_tensor_slice_util.cc EncodeTensorNameSlice writes it with
 * ordered_code.cc: WriteNumIncreasing(0), WriteString(name), WriteNumIncreasing(rank), then per
 * dimension WriteSignedNumIncreasing(start) and WriteSignedNumIncreasing(length) (-1 = all).
 */
function decodeSliceKey(key, file) {
    const bad = (what) => new errors/* FormatError */.IF(file, `malformed partitioned-variable key: ${what}`);
    let p = 1; // WriteNumIncreasing(0) is the single byte 0x00.
    const name = [];
    for (;;) {
        if (p >= key.length)
            throw bad('its name is not terminated');
        const byte = key[p++];
        if (byte === 0x00) {
            const next = key[p++];
            if (next === 0x01)
                break; // terminator 00 01
            if (next === 0xff)
                name.push(0x00); // escaped 0x00
            else
                throw bad('bad escape in its name');
        }
        else if (byte === 0xff) {
            if (key[p++] !== 0x00)
                throw bad('bad escape in its name');
            name.push(0xff);
        }
        else {
            name.push(byte);
        }
    }
    const variable = bundle_UTF8.decode(Uint8Array.from(name));
    const readUnsigned = () => {
        const length = key[p++];
        if (length === undefined || length > 8 || p + length > key.length)
            throw bad('bad rank');
        let value = 0;
        for (let i = 0; i < length; i++)
            value = value * 256 + key[p++];
        return value;
    };
    const readSigned = () => {
        // First byte: sign bit, then a unary count of extra bytes (ordered_code.cc kLengthToHeaderBits).
        if (p >= key.length)
            throw bad('truncated extent');
        const first = key[p];
        const negative = (first & 0x80) === 0;
        const header = negative ? ~first & 0xff : first;
        let extra = 0;
        for (let bit = 0x40; bit > 0 && header & bit; bit >>= 1)
            extra++;
        const total = extra + 1;
        if (total > 8 || p + total > key.length)
            throw bad('unsupported extent encoding');
        let value = 0;
        for (let i = 0; i < total; i++) {
            let byte = key[p + i];
            if (negative)
                byte = ~byte & 0xff;
            if (i === 0)
                byte &= 0xff >> (extra + 1);
            value = value * 256 + byte;
        }
        p += total;
        return negative ? -value - 1 : value;
    };
    const rank = readUnsigned();
    if (rank > limits/* MAX_DIMS */.VW)
        throw bad(`rank ${rank}`);
    const extents = [];
    for (let d = 0; d < rank; d++) {
        const start = readSigned();
        const length = readSigned();
        extents.push(length < 0 ? { start } : { start, length });
    }
    const spec = extents.map((e) => (e.length === undefined ? ':' : `${e.start}:${e.start + e.length}`)).join(',');
    return { variable, extents, spec };
}

// EXTERNAL MODULE: ./src/core/categorize.ts
var categorize = __webpack_require__(5306);
;// CONCATENATED MODULE: ./src/core/rules/tensorflow.ts
/**
 * TensorFlow / Keras name rules: the last resort after the object graph, the meta graph's
 * `trainable_variables` and the slot structure (src/formats/tensorflow/classify.ts). First match
 * wins. Sources: FORMATS.md §2 (tensorflow/tensorflow:tensorflow/python/training/*.py slot names,
 * tensorflow/python/trackable key grammar), DESIGN.md's category table.
 */
const TENSORFLOW_NAME_RULES = [
    {
        pattern: /^_CHECKPOINTABLE_OBJECT_GRAPH$/,
        category: 'metadata',
        reason: 'the TF2 object graph, stored as a string tensor'
    },
    {
        // tf.train.Checkpoint attributes other than a variable's value: OBJECT_CONFIG_JSON, ITERATOR_STATE...
        pattern: /\/\.ATTRIBUTES\/(?!VARIABLE_VALUE$)[^/]+$/,
        category: 'metadata',
        reason: 'a serialized object attribute, not a variable'
    },
    {
        pattern: /\/\.OPTIMIZER_SLOT\//,
        category: 'optimizer',
        reason: 'TF2 optimizer slot variable (.OPTIMIZER_SLOT)'
    },
    {
        // tf.compat.v1.train.AdamOptimizer's non-slot accumulators; a second optimizer adds _1, _2...
        pattern: /(^|\/)beta[12]_power(_\d+)?$/,
        category: 'optimizer',
        reason: 'Adam beta power accumulator (TF1 AdamOptimizer)'
    },
    {
        // TF2 objects named optimizer / *_optimizer: iter, hyper-parameters, new Keras `_variables/N`.
        pattern: /^([^/]*_)?optimizer\//i,
        category: 'optimizer',
        reason: 'variable of an optimizer object (iteration count, hyper-parameter or slot)'
    },
    {
        // Keras 2 on TF1 graphs: the optimizer's accumulators are plain Variables under training/<Opt>/.
        pattern: /^training(_\d+)?\/[A-Za-z]+\/Variable(_\d+)?$/,
        category: 'optimizer',
        reason: 'Keras (TF1 graph) optimizer accumulator'
    },
    {
        pattern: /^(Adam|Nadam|Adamax|SGD|RMSprop|Adagrad|Adadelta|Ftrl)(_\d+)?\/(iterations|lr|learning_rate|beta_1|beta_2|decay|momentum|rho|epsilon)$/,
        category: 'optimizer',
        reason: 'Keras (TF1 graph) optimizer hyper-parameter'
    },
    {
        pattern: /(^|\/)(moving_mean|moving_variance|moving_stddev|renorm_mean|renorm_stddev|renorm_mean_weight|renorm_stddev_weight)(\/|$)/,
        category: 'buffers',
        reason: 'batch-norm moving statistics (non-trainable)'
    },
    {
        pattern: /(^|\/)ExponentialMovingAverage(_\d+)?(\/|$)/,
        category: 'buffers',
        reason: 'ExponentialMovingAverage shadow variable'
    },
    {
        pattern: /(^|\/)(global_step|save_counter|step|epoch|iterations)(\/\.ATTRIBUTES\/VARIABLE_VALUE)?$/,
        category: 'bookkeeping',
        reason: 'training-loop counter'
    },
    {
        pattern: /(^|\/)keras_api\/metrics\//,
        category: 'bookkeeping',
        reason: 'Keras metric accumulator'
    },
    {
        // The usual names of layer parameters (tf.layers, Keras, slim).
        pattern: /(^|\/)(kernel|bias|biases|weights|gamma|beta|embeddings|depthwise_kernel|pointwise_kernel|recurrent_kernel)(\/\.ATTRIBUTES\/VARIABLE_VALUE)?$/,
        category: 'weights',
        reason: 'layer parameter name'
    }
];
/**
 * TF1 optimizers name slot variables `<var>/<optimizer name>`, `_1`, `_2` in slot-creation
 * order (tensorflow/tensorflow:tensorflow/python/training/adam.py, rmsprop.py, ftrl.py,
 * momentum.py, adagrad.py, adadelta.py `_create_slots`). Used to say which slot a key is.
 */
const TF1_SLOT_NAMES = {
    Adam: ['m', 'v'],
    Momentum: ['momentum'],
    RMSProp: ['rms', 'momentum'],
    Adagrad: ['accumulator'],
    ProximalAdagrad: ['accumulator'],
    AdagradDA: ['gradient_accumulator', 'gradient_squared_accumulator'],
    Ftrl: ['accum', 'linear'],
    Adadelta: ['accum', 'accum_update']
};
/** Suffixes that look like slots by shape but are not optimizer state. */
const NOT_A_SLOT = /^(ExponentialMovingAverage(_\d+)?|moving_mean|moving_variance)$/;

;// CONCATENATED MODULE: ./src/formats/tensorflow/classify.ts


const AUTHORITY = ['object-graph', 'meta-graph', 'slot-structure', 'name-rules'];
/**
 * The slots found by either source, per optimizer: which slots, of how many variables. Counted
 * as they are found (in the order found), not kept one object per slot: 10^5 of them otherwise.
 */
class SlotTally {
    byOptimizer = new Map();
    add(optimizer, slot, primary) {
        let entry = this.byOptimizer.get(optimizer);
        if (!entry)
            this.byOptimizer.set(optimizer, (entry = { slots: new Set(), primaries: new Set() }));
        entry.slots.add(slot);
        entry.primaries.add(primary);
    }
}
function classifyVariables(variables, evidence) {
    const decisions = new Map();
    const slots = new SlotTally();
    const byName = new Map();
    for (const variable of variables)
        byName.set(variable.name, variable);
    if (evidence.objectGraph)
        fromObjectGraph(evidence.objectGraph, byName, decisions, slots);
    if (evidence.trainable)
        fromTrainableCollection(evidence.trainable, variables, decisions);
    fromSlotStructure(variables, byName, decisions, slots);
    for (const variable of variables) {
        if (decisions.has(variable.name))
            continue;
        const rule = (0,categorize/* matchNameRule */.T)(variable.name, TENSORFLOW_NAME_RULES);
        if (rule) {
            decisions.set(variable.name, { category: rule.category, reason: rule.reason, by: 'name-rules' });
        }
        else if (evidence.trainable) {
            decisions.set(variable.name, {
                category: 'buffers',
                reason: 'a variable the meta graph does not list as trainable',
                by: 'meta-graph'
            });
        }
        else {
            decisions.set(variable.name, { category: 'unclassified', reason: 'no rule matched this name', by: 'name-rules' });
        }
    }
    const used = new Set();
    for (const decision of decisions.values())
        used.add(decision.by);
    // The framework's own metadata decided, even where it only confirmed there is nothing to classify.
    if (evidence.objectGraph)
        used.add('object-graph');
    if (evidence.trainable)
        used.add('meta-graph');
    const classifiedBy = AUTHORITY.find((source) => used.has(source)) ?? 'name-rules';
    const categoryNotes = {};
    const optimizerNote = describeSlots(slots) ?? describeOptimizerObjects(decisions);
    if (optimizerNote)
        categoryNotes.optimizer = optimizerNote;
    return { decisions, classifiedBy, categoryNotes };
}
// --- 1. The TF2 object graph -------------------------------------------------------------------
const VARIABLE_VALUE = 'VARIABLE_VALUE';
/** Children of an optimizer object that only optimizers have (optimizer_v2 `iter`, Keras 3 `_iterations`). */
const OPTIMIZER_MARKERS = new Set(['iter', '_iterations']);
function fromObjectGraph(nodes, byName, decisions, slots) {
    const label = objectLabels(nodes);
    const keysOf = (id) => {
        const keys = [];
        for (const attribute of nodes[id]?.attributes ?? [])
            if (attribute.name === VARIABLE_VALUE)
                keys.push(attribute.checkpoint_key);
        return keys;
    };
    // Optimizers: nodes that own slot variables, or that have an iteration counter of their own.
    const optimizers = new Set();
    nodes.forEach((node, id) => {
        if (node.slot_variables.length > 0 || node.children.some((child) => OPTIMIZER_MARKERS.has(child.local_name))) {
            optimizers.add(id);
        }
    });
    const slotNodes = new Set();
    const trained = new Map();
    for (const optimizer of optimizers) {
        const optimizerLabel = label(optimizer);
        // The slots of one variable (m, v) follow each other: its display key is built once for them.
        let lastPrimary;
        let lastDisplay = '';
        for (const ref of nodes[optimizer].slot_variables) {
            slotNodes.add(ref.slot_variable_node_id);
            trained.set(ref.original_variable_node_id, optimizerLabel);
            const primary = keysOf(ref.original_variable_node_id)[0] ?? label(ref.original_variable_node_id);
            slots.add(optimizerLabel, ref.slot_name, primary);
            if (primary !== lastPrimary) {
                lastPrimary = primary;
                lastDisplay = displayKey(primary);
            }
            for (const key of keysOf(ref.slot_variable_node_id)) {
                decisions.set(key, {
                    category: 'optimizer',
                    reason: `${ref.slot_name} slot of ${lastDisplay} (${optimizerLabel})`,
                    by: 'object-graph'
                });
            }
        }
    }
    // The optimizers' own variables: everything reachable from an optimizer that is not a slot or a
    // variable it trains (iteration count, learning rate, beta_1..., new Keras `_variables/N`).
    for (const optimizer of optimizers) {
        const seen = new Set([optimizer]);
        const queue = [optimizer];
        // An index, not queue.shift(): shifting an array of 10^5 ids copies it each time.
        for (let head = 0; head < queue.length; head++) {
            const id = queue[head];
            for (const key of keysOf(id)) {
                if (decisions.has(key) || trained.has(id))
                    continue;
                decisions.set(key, {
                    category: 'optimizer',
                    reason: `variable of the optimizer ${label(optimizer)} (iteration count, hyper-parameter or slot)`,
                    by: 'object-graph'
                });
            }
            for (const child of nodes[id]?.children ?? []) {
                if (seen.has(child.node_id) || trained.has(child.node_id) || slotNodes.has(child.node_id))
                    continue;
                seen.add(child.node_id);
                queue.push(child.node_id);
            }
        }
    }
    const trainedBy = new Map();
    nodes.forEach((node, id) => {
        for (const attribute of node.attributes) {
            const key = attribute.checkpoint_key;
            if (decisions.has(key) || !byName.has(key))
                continue;
            if (attribute.name !== VARIABLE_VALUE) {
                decisions.set(key, { category: 'metadata', reason: `${attribute.name} attribute of ${label(id)}`, by: 'object-graph' });
                continue;
            }
            const optimizer = trained.get(id);
            if (optimizer) {
                // One shared decision per optimizer: decisions are read, never changed.
                let decision = trainedBy.get(optimizer);
                if (!decision)
                    trainedBy.set(optimizer, (decision = { category: 'weights', reason: `trained by ${optimizer}`, by: 'object-graph' }));
                decisions.set(key, decision);
                continue;
            }
            // Not optimized in this checkpoint: counters and statistics by name (the key, or the
            // variable's TF1-style full_name, which keeps `BatchNorm/moving_mean` where the key only
            // says `variables/84`), else a model variable.
            const rule = [key, attribute.full_name]
                .map((name) => (name ? (0,categorize/* matchNameRule */.T)(name, TENSORFLOW_NAME_RULES) : undefined))
                .find((match) => match !== undefined && match.category !== 'weights');
            const variable = byName.get(key);
            if (rule) {
                const via = attribute.full_name && !rule.pattern.test(key) ? ` (full name ${attribute.full_name})` : '';
                decisions.set(key, { category: rule.category, reason: `${rule.reason}${via}`, by: 'object-graph' });
            }
            else if (/^u?int(8|16|32|64)$/.test(variable.dtype) && variable.shape.length === 0) {
                decisions.set(key, { category: 'bookkeeping', reason: 'an integer scalar (a counter) of the object graph', by: 'object-graph' });
            }
            else {
                const note = optimizers.size > 0 ? ' (no optimizer slot: frozen or not trainable)' : '';
                decisions.set(key, { category: 'weights', reason: `model variable in the object graph${note}`, by: 'object-graph' });
            }
        }
    });
}
/**
 * Each node's label: its path from the root as the checkpoint keys spell it (`model/dense/kernel`),
 * else `node N`. Paths are built on demand from the breadth-first parent of each node: only a few
 * nodes (optimizers, non-value attributes) need one, and a string per node of a model of 10^5
 * variables cost more than the rest of the classification.
 */
function objectLabels(nodes) {
    const UNSEEN = -2;
    const parent = new Int32Array(nodes.length).fill(UNSEEN);
    const localName = new Array(nodes.length);
    const outside = new Map(); // child ids past the last node
    const seen = (id) => (id >= 0 && id < nodes.length ? parent[id] !== UNSEEN : id === 0 || outside.has(id));
    if (nodes.length > 0)
        parent[0] = -1;
    const queue = [0];
    // Breadth-first with a moving head: queue.shift() on a large array (a model of 10^5
    // variables) copies the array each time, which made this quadratic.
    for (let head = 0; head < queue.length; head++) {
        const id = queue[head];
        for (const child of nodes[id]?.children ?? []) {
            const childId = child.node_id;
            if (seen(childId))
                continue;
            if (childId >= 0 && childId < nodes.length) {
                parent[childId] = id;
                localName[childId] = child.local_name;
            }
            else {
                outside.set(childId, { parent: id, name: child.local_name });
            }
            queue.push(childId);
        }
    }
    const pathOf = (id) => {
        // Iterative: a hostile graph can be a chain of 10^5 nodes.
        const names = [];
        for (let at = id; at !== 0;) {
            const inside = at > 0 && at < nodes.length;
            const up = inside ? parent[at] : outside.get(at)?.parent;
            if (up === undefined || up === UNSEEN || up === -1)
                return undefined;
            names.push(inside ? localName[at] : outside.get(at).name);
            at = up;
        }
        let path = '';
        for (let i = names.length - 1; i >= 0; i--)
            path = path === '' ? names[i] : `${path}/${names[i]}`;
        return path;
    };
    return (id) => pathOf(id) ?? `node ${id}`;
}
/** `model/dense/kernel/.ATTRIBUTES/VARIABLE_VALUE` -> `model/dense/kernel`. */
function displayKey(key) {
    return key.replace(/\/\.ATTRIBUTES\/VARIABLE_VALUE$/, '');
}
// --- 2. The TF1 meta graph -------------------------------------------------------------------------
function fromTrainableCollection(trainable, variables, decisions) {
    for (const variable of variables) {
        if (decisions.has(variable.name) || !trainable.has(variable.name))
            continue;
        decisions.set(variable.name, { category: 'weights', reason: 'listed in the meta graph\'s trainable_variables', by: 'meta-graph' });
    }
}
// --- 3. The slot structure ---------------------------------------------------------------------------
const SLOT_SUFFIX = /^[A-Za-z][A-Za-z0-9_]*$/;
function fromSlotStructure(variables, byName, decisions, slots) {
    const withSlots = new Map();
    for (const variable of variables) {
        const slash = variable.name.lastIndexOf('/');
        if (slash <= 0)
            continue;
        // The suffix first: it rules most names out without hashing their prefix.
        const suffix = variable.name.slice(slash + 1);
        if (!SLOT_SUFFIX.test(suffix) || NOT_A_SLOT.test(suffix))
            continue;
        const primary = byName.get(variable.name.slice(0, slash));
        if (!primary)
            continue;
        if (primary.dtype !== variable.dtype || !sameShape(primary.shape, variable.shape))
            continue;
        const { optimizer, slot } = slotOf(suffix);
        slots.add(optimizer, slot, primary.name);
        if (!decisions.has(variable.name)) {
            decisions.set(variable.name, {
                category: 'optimizer',
                reason: `${optimizer} slot${slot === suffix ? '' : ` (${slot})`} of ${primary.name}: same shape and dtype`,
                by: 'slot-structure'
            });
        }
        if (!decisions.has(primary.name)) {
            // One shared decision per suffix: decisions are read, never changed.
            let decision = withSlots.get(suffix);
            if (!decision)
                withSlots.set(suffix, (decision = { category: 'weights', reason: `has optimizer slots (${suffix})`, by: 'slot-structure' }));
            decisions.set(primary.name, decision);
        }
    }
}
/** `Adam_1` -> optimizer Adam, slot v (TF1 names slots by optimizer, then `_1`, `_2` in creation order). */
function slotOf(suffix) {
    // Every variable has the same few suffixes (Adam, Adam_1): decided once each.
    let known = SLOT_OF.get(suffix);
    if (!known) {
        known = parseSlotSuffix(suffix);
        if (SLOT_OF.size < MAX_CACHED_SUFFIXES)
            SLOT_OF.set(suffix, known);
    }
    return known;
}
const SLOT_OF = new Map();
const MAX_CACHED_SUFFIXES = 1_000;
function parseSlotSuffix(suffix) {
    const match = /^(.*?)(?:_(\d+))?$/.exec(suffix);
    const optimizer = match[1];
    const index = match[2] === undefined ? 0 : Number(match[2]);
    const known = TF1_SLOT_NAMES[optimizer];
    if (known && index < known.length)
        return { optimizer, slot: known[index] };
    return { optimizer: suffix, slot: suffix };
}
function sameShape(a, b) {
    return a.length === b.length && a.every((dim, i) => dim === b[i]);
}
/** "Adam slots (m, v) for 8 variables", one clause per optimizer. */
function describeSlots(slots) {
    const { byOptimizer } = slots;
    if (byOptimizer.size === 0)
        return undefined;
    return [...byOptimizer.entries()]
        .map(([optimizer, entry]) => {
        const count = entry.primaries.size;
        return `${optimizer} slots (${[...entry.slots].join(', ')}) for ${count} variable${count === 1 ? '' : 's'}`;
    })
        .join('; ');
}
/**
 * Without slot references (new Keras optimizers keep m and v as `_variables/N` of the optimizer
 * object, and the object graph may be absent): "generator_optimizer (19 variables), ...".
 */
function describeOptimizerObjects(decisions) {
    const counts = new Map();
    for (const [name, decision] of decisions) {
        if (decision.category !== 'optimizer')
            continue;
        const owner = /^((?:[^/]*_)?optimizer)\//i.exec(name);
        if (owner)
            counts.set(owner[1], (counts.get(owner[1]) ?? 0) + 1);
    }
    if (counts.size === 0)
        return undefined;
    return [...counts].map(([owner, count]) => `${owner} (${count} variable${count === 1 ? '' : 's'})`).join(', ');
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/dtypes.ts
/**
 * tensorflow.DataType values to our canonical dtype names (src/core/dtypes.ts). Values from the
 * current tensorflow/tensorflow:tensorflow/core/framework/types.proto as listed in FORMATS.md §1.6;
 * `*_REF` types are the base type + 100.
 */
const TF_DTYPES = {
    1: 'float32',
    2: 'float64',
    3: 'int32',
    4: 'uint8',
    5: 'int16',
    6: 'int8',
    7: 'string',
    8: 'complex64',
    9: 'int64',
    10: 'bool',
    11: 'qint8',
    12: 'quint8',
    13: 'qint32',
    14: 'bfloat16',
    15: 'qint16',
    16: 'quint16',
    17: 'uint16',
    18: 'complex128',
    19: 'float16',
    20: 'resource',
    21: 'variant',
    22: 'uint32',
    23: 'uint64',
    24: 'float8_e5m2',
    25: 'float8_e4m3fn',
    26: 'float8_e4m3fnuz',
    27: 'float8_e4m3b11fnuz',
    28: 'float8_e5m2fnuz',
    29: 'int4',
    30: 'uint4',
    31: 'int2',
    32: 'uint2',
    33: 'float4_e2m1'
};
function tfDtypeName(value) {
    const base = value > 100 ? value - 100 : value;
    return TF_DTYPES[base] ?? `tf_dtype_${value}`;
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/read-bundle.ts








/** `OBJECT_GRAPH_PROTO_KEY` (tensorflow/tensorflow:tensorflow/python/trackable/constants.py). */
const OBJECT_GRAPH_KEY = '_CHECKPOINTABLE_OBJECT_GRAPH';
/**
 * Reads the tensor bundle with prefix `prefix` (`P.index` plus `P.data-*`): every tensor's span in
 * its data shard, and its category. Data shards are only stat'ed, except for one positioned read
 * of the object graph tensor when the bundle has one.
 */
async function readTensorBundle(prefix, files, options = {}) {
    const indexPath = `${prefix}.index`;
    const source = await files.open(indexPath);
    let index;
    try {
        if (source.size > limits/* MAX_TF_INDEX_BYTES */.X)
            throw new errors/* LimitExceededError */.lo(indexPath, 'the index size', source.size, limits/* MAX_TF_INDEX_BYTES */.X);
        index = parseBundleIndex(await source.read(0, source.size), indexPath, await loadBundleDecoders());
    }
    finally {
        await source.close();
    }
    const warnings = [];
    const result = [{ path: indexPath, role: 'index', bytes: source.size, present: true }];
    // Data shards: their sizes on disk, or what the index describes when one is absent.
    const { numShards } = index.header;
    const described = new Array(numShards).fill(0);
    for (const tensor of index.tensors) {
        described[tensor.shardId] = Math.max(described[tensor.shardId], tensor.offset + tensor.size);
    }
    const shardPaths = [];
    const missing = [];
    for (let shard = 0; shard < numShards; shard++) {
        const path = dataShardPath(prefix, shard, numShards);
        shardPaths.push(path);
        const size = await files.size(path);
        if (size === undefined) {
            missing.push(path);
            result.push({ path, role: 'data', bytes: described[shard], present: false });
        }
        else {
            result.push({ path, role: 'data', bytes: size, present: true });
        }
    }
    if (missing.length > 0) {
        warnings.push(`${missing.length} of ${numShards} data shard(s) missing: ${missing.join(', ')}; ` +
            'their sizes are taken from the index (the bytes its tensors occupy), so the total is what the complete checkpoint would hold');
    }
    const objectGraph = await readObjectGraph(index, shardPaths, files, warnings);
    const variables = variablesOf(index);
    const classification = classifyVariables(variables, { objectGraph, trainable: options.trainable });
    const mismatched = sizeMismatches(index);
    if (mismatched.length > 0) {
        warnings.push(`${indexPath}: ${mismatched.length} tensor(s) whose size in the index differs from dtype x shape ` +
            `(${mismatched.slice(0, 3).join(', ')}${mismatched.length > 3 ? ', ...' : ''}); their sizes are taken from the index, which TensorFlow would reject`);
    }
    if (index.header.endianness === 'big')
        warnings.push(`${indexPath}: big-endian tensor data (sizes are unaffected)`);
    const tensors = index.tensors.map((tensor) => {
        const decision = classification.decisions.get(tensor.variable);
        const info = {
            name: tensor.name,
            dtype: tfDtypeName(tensor.dtype),
            shape: tensor.shape,
            file: shardPaths[tensor.shardId],
            offset: tensor.offset,
            byteLength: tensor.size,
            category: decision?.category ?? 'unclassified'
        };
        if (decision)
            info.reason = tensor.slice ? `slice of ${tensor.variable}; ${decision.reason}` : decision.reason;
        return info;
    });
    return { files: result, tensors, classifiedBy: classification.classifiedBy, warnings, categoryNotes: classification.categoryNotes };
}
/**
 * Tensors whose `size` is not numElements x element size. TF refuses to load those ("Invalid size
 * in bundle entry", tensor_bundle.cc BundleReader::GetValue); strings, variants and sub-byte types
 * have no fixed size and are not checked.
 */
function sizeMismatches(index) {
    const names = [];
    for (const tensor of index.tensors) {
        const dtype = tfDtypeName(tensor.dtype);
        if ((dtypes/* DTYPES */.A1[dtype]?.bits ?? 0) < 8 || tensor.shape.some((dim) => dim < 0))
            continue;
        const expected = (0,dtypes/* denseBytes */.vQ)(dtype, tensor.shape);
        if (expected !== undefined && expected !== tensor.size)
            names.push(`'${tensor.name}' ${tensor.size} B, expected ${expected} B`);
    }
    return names;
}
/** The variables to classify: plain tensors, and each partitioned variable once (not its slices). */
function variablesOf(index) {
    const variables = [];
    for (const tensor of index.tensors) {
        if (!tensor.slice)
            variables.push({ name: tensor.name, dtype: tfDtypeName(tensor.dtype), shape: tensor.shape });
    }
    for (const [name, entry] of index.partitioned)
        variables.push({ name, dtype: tfDtypeName(entry.dtype), shape: entry.shape });
    return variables;
}
/**
 * The TrackableObjectGraph stored as the scalar string tensor `_CHECKPOINTABLE_OBJECT_GRAPH`:
 * varint64 length, masked CRC32C of the length (4 bytes), then the serialized proto
 * (tensor_bundle.cc WriteStringTensor). Undefined when the bundle has none or its shard is absent.
 */
async function readObjectGraph(index, shardPaths, files, warnings) {
    const entry = index.tensors.find((tensor) => tensor.name === OBJECT_GRAPH_KEY);
    if (!entry)
        return undefined;
    const path = shardPaths[entry.shardId];
    if ((await files.size(path)) === undefined) {
        warnings.push(`the object graph is in the missing shard ${path}; categories come from the slot structure and names`);
        return undefined;
    }
    if (entry.size > limits/* MAX_TF_OBJECT_GRAPH_BYTES */.ID) {
        throw new errors/* LimitExceededError */.lo(path, 'the size of the object graph tensor', entry.size, limits/* MAX_TF_OBJECT_GRAPH_BYTES */.ID);
    }
    const source = await files.open(path);
    let bytes;
    try {
        bytes = await source.read(entry.offset, entry.size);
    }
    finally {
        await source.close();
    }
    const reader = new binary_reader/* BinaryReader */.V5(bytes, path, entry.offset);
    const length = reader.varint('object graph length');
    reader.skip(4); // masked CRC32C of the length
    if (length !== reader.remaining) {
        throw new errors/* FormatError */.IF(path, `the object graph tensor says ${length} bytes but its entry holds ${reader.remaining}`, {
            offset: entry.offset,
            fix: 'The data shard does not match its index; re-save the checkpoint.'
        });
    }
    return await decodeTrackableObjectGraph(reader.take(length), path);
}

// EXTERNAL MODULE: ./src/formats/tensorflow/sniff.ts
var sniff = __webpack_require__(5096);
// EXTERNAL MODULE: ./src/formats/tensorflow/state-file.ts
var state_file = __webpack_require__(5164);
;// CONCATENATED MODULE: ./src/formats/tensorflow/index.ts








/**
 * The TensorFlow readers: V2 checkpoints (`P.index` + `P.data-NNNNN-of-NNNNN` [+ `P.meta`]) and
 * SavedModel directories (`saved_model.pb` + `variables/variables.*` + assets). V1 checkpoints
 * (one SSTable file holding the tensors) are recognised and reported as unsupported.
 */
const tensorflowCheckpointReader = {
    ...sniff/* tensorflowCheckpointSniffer */.Ze,
    async read(path, files) {
        if (!path.endsWith('.index'))
            throw await v1Error(path, files);
        const prefix = path.slice(0, -'.index'.length);
        const extra = [];
        const warnings = [];
        let trainable;
        const metaPath = `${prefix}.meta`;
        const metaSize = await files.size(metaPath);
        if (metaSize !== undefined) {
            extra.push({ path: metaPath, role: 'graph', bytes: metaSize, present: true });
            trainable = await readTrainable(metaPath, files, trainableFromMetaGraph, warnings);
        }
        const state = await stateFileNaming(prefix, files);
        if (state)
            extra.push(state);
        const bundle = await readTensorBundle(prefix, files, { trainable });
        return {
            format: 'tensorflow-checkpoint',
            name: prefix,
            files: [...bundle.files, ...extra],
            tensors: bundle.tensors,
            classifiedBy: bundle.classifiedBy,
            warnings: [...warnings, ...bundle.warnings],
            categoryNotes: bundle.categoryNotes
        };
    }
};
/**
 * The directory's `checkpoint` state file, when it names `prefix` as the latest checkpoint. A
 * directory of several checkpoints has one state file: it is counted once, with the checkpoint it
 * points at, so that every byte of the directory is counted exactly once.
 */
async function stateFileNaming(prefix, files) {
    const dir = (0,checkpoint_files/* dirname */.pD)(prefix);
    if (!(await files.list(dir)).includes(state_file/* STATE_FILE */.b))
        return undefined;
    const path = (0,checkpoint_files/* joinPath */.uJ)(dir, state_file/* STATE_FILE */.b);
    const size = await files.size(path);
    if (size === undefined || size > limits/* MAX_TF_STATE_FILE_BYTES */.$5)
        return undefined;
    const source = await files.open(path);
    let text;
    try {
        text = new TextDecoder().decode(await source.read(0, size));
    }
    finally {
        await source.close();
    }
    return (0,state_file/* latestFromStateFile */.$)(path, text) === prefix ? { path, role: 'state', bytes: size, present: true } : undefined;
}
async function readTrainable(path, files, scan, warnings) {
    const source = await files.open(path);
    try {
        return await scan(source);
    }
    catch (error) {
        if (!(error instanceof errors/* FormatError */.IF))
            throw error;
        // The graph is only evidence for the categories; the sizes do not depend on it.
        warnings.push(`could not read trainable_variables from the graph (${error.message}); categories come from the slot structure and names`);
        return undefined;
    }
    finally {
        await source.close();
    }
}
/** A V1 checkpoint: one SSTable holding SavedTensorSlices, tensors included (FORMATS.md §1.5). */
async function v1Error(path, files) {
    const source = await files.open(path);
    try {
        if (source.size > limits/* MAX_TF_INDEX_BYTES */.X) {
            return new errors/* UnsupportedFormatError */.N$(path, 'a TensorFlow V1 checkpoint (tensors stored inside one SSTable), which is not read');
        }
        let entries = 0;
        readTable(await source.read(0, source.size), path, () => entries++);
        return new errors/* UnsupportedFormatError */.N$(path, `a TensorFlow V1 checkpoint (one SSTable of SavedTensorSlices, ${Math.max(entries - 1, 0)} tensor slice(s), no .index), ` +
            'the format TF replaced by V2 in 1.0', 'Re-save it with the V2 saver: restore it in TF 1.x and save again with tf.compat.v1.train.Saver() ' +
            '(write_version=tf.compat.v1.train.SaverDef.V2, the default), which writes .index and .data files.');
    }
    finally {
        await source.close();
    }
}
// --- SavedModel ------------------------------------------------------------------------------------
/** Files of a SavedModel directory besides the graph and variables (tensorflow/python/saved_model/constants.py). */
const SAVED_MODEL_EXTRAS = ['fingerprint.pb', 'keras_metadata.pb'];
const ASSET_DIRS = ['assets', 'assets.extra'];
const tensorflowSavedModelReader = {
    ...sniff/* tensorflowSavedModelSniffer */.X0,
    async read(path, files) {
        const dir = sniff/* VARIABLES_INDEX */.Fm.test(path) ? (0,checkpoint_files/* dirname */.pD)((0,checkpoint_files/* dirname */.pD)(path)) : (0,checkpoint_files/* dirname */.pD)(path);
        const names = await files.list(dir);
        const own = [];
        const warnings = [];
        let trainable;
        const graphName = sniff/* SAVED_MODEL_FILES */.aH.find((name) => names.includes(name));
        if (graphName) {
            const graphPath = (0,checkpoint_files/* joinPath */.uJ)(dir, graphName);
            own.push({ path: graphPath, role: 'graph', bytes: (await files.size(graphPath)) ?? 0, present: true });
            if (graphName === 'saved_model.pb')
                trainable = await readTrainable(graphPath, files, trainableFromSavedModel, warnings);
        }
        else {
            warnings.push(`${(0,checkpoint_files/* joinPath */.uJ)(dir, 'saved_model.pb')} is missing: the graph is not counted, categories come from the variables alone`);
        }
        for (const name of SAVED_MODEL_EXTRAS) {
            const extraPath = (0,checkpoint_files/* joinPath */.uJ)(dir, name);
            const size = names.includes(name) ? await files.size(extraPath) : undefined;
            if (size !== undefined)
                own.push({ path: extraPath, role: 'asset', bytes: size, present: true });
        }
        for (const assetDir of ASSET_DIRS) {
            if (names.includes(assetDir))
                await listTree((0,checkpoint_files/* joinPath */.uJ)(dir, assetDir), files, own);
        }
        const prefix = await variablesPrefix(dir, files);
        if (prefix === undefined) {
            return { format: 'tensorflow-savedmodel', name: dir, files: own, tensors: [], classifiedBy: 'format', warnings };
        }
        const bundle = await readTensorBundle(prefix, files, { trainable });
        return {
            format: 'tensorflow-savedmodel',
            name: dir,
            files: [...own, ...bundle.files],
            tensors: bundle.tensors,
            classifiedBy: bundle.classifiedBy,
            warnings: [...warnings, ...bundle.warnings],
            categoryNotes: bundle.categoryNotes
        };
    }
};
/**
 * The SavedModel's variables bundle: `variables/variables.*` as TensorFlow writes it, or a
 * `variables.*` bundle beside `saved_model.pb` (a SavedModel copied flat, as some model zoos and
 * test-data folders store it; without this it would be reported as two checkpoints).
 */
async function variablesPrefix(dir, files) {
    for (const prefix of [(0,checkpoint_files/* joinPath */.uJ)((0,checkpoint_files/* joinPath */.uJ)(dir, 'variables'), 'variables'), (0,checkpoint_files/* joinPath */.uJ)(dir, 'variables')]) {
        if ((await files.size(`${prefix}.index`)) !== undefined)
            return prefix;
    }
    return undefined;
}
/** Every regular file under `dir`, as assets. */
async function listTree(dir, files, out) {
    const pending = [dir];
    let count = 0;
    while (pending.length > 0) {
        const current = pending.pop();
        for (const name of await files.list(current)) {
            const path = (0,checkpoint_files/* joinPath */.uJ)(current, name);
            const size = await files.size(path);
            if (++count > limits/* MAX_SAVEDMODEL_ASSET_FILES */.D1) {
                throw new errors/* FormatError */.IF(dir, `holds more than ${limits/* MAX_SAVEDMODEL_ASSET_FILES */.D1} files and directories`, {
                    fix: 'A SavedModel has a few asset files; check what this directory is.'
                });
            }
            if (size === undefined)
                pending.push(path); // a directory
            else
                out.push({ path, role: 'asset', bytes: size, present: true });
        }
    }
}


/***/ })

};

//# sourceMappingURL=685.index.js.map