export const id = 825;
export const ids = [825];
export const modules = {

/***/ 64528:
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

var SnappyDecompressor = (__webpack_require__(50422)/* .SnappyDecompressor */ .c)
var SnappyCompressor = (__webpack_require__(38437)/* .SnappyCompressor */ .d)

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

/***/ 38437:
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

/***/ 50422:
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

/***/ 49416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ Companions),
/* harmony export */   X: () => (/* binding */ listSome)
/* harmony export */ });
/**
 * The files a checkpoint's primary file names beside itself (TF data shards, a shard index's
 * shards, GGUF splits, ONNX external data, an OpenVINO `.bin`, Core ML weight files, DCP data
 * files), with ONE policy for those that are absent (a download cut short, a Git LFS file not
 * fetched): an absent file is listed with `present: false` and the size the checkpoint describes
 * for it, or 0 when nothing describes it, and the checkpoint gets one warning, worded here for
 * every format, naming the absent files and how they were counted. An absent companion is never an
 * error: the sizes the checkpoint describes are still worth a report.
 */
class Companions {
    source;
    describedBy;
    /** Every companion, present or absent, in the order they were met. */
    files = [];
    absent = [];
    /**
     * @param describedBy what describes the companions' sizes, for the warning: `the index`, `the
     *   graph`, `the XML`: "counted at the N bytes the index describes".
     */
    constructor(source, describedBy) {
        this.source = source;
        this.describedBy = describedBy;
    }
    /**
     * The companion at `path`: present with its size on disk, or absent with `describedBytes` (0
     * when the checkpoint does not describe it).
     */
    async companion(path, role, options = {}) {
        const size = await this.source.size(path);
        return size === undefined ? this.absentFile(path, role, options.describedBytes) : this.present(path, role, size);
    }
    /** A companion the reader already found on disk (it opened it, or knows its size). */
    present(path, role, bytes) {
        const file = { path, role, bytes, present: true };
        this.files.push(file);
        return file;
    }
    /** A companion the reader already found absent, counted at `describedBytes` (or 0). */
    absentFile(path, role, describedBytes) {
        const bytes = describedBytes ?? 0;
        const file = { path, role, bytes, present: false };
        this.files.push(file);
        this.absent.push({ path, bytes, described: describedBytes !== undefined });
        return file;
    }
    /** The absent companions' paths. */
    absentPaths() {
        return this.absent.map((file) => file.path);
    }
    /** The one warning about absent companions (none when all are present). */
    warnings() {
        const described = this.absent.filter((file) => file.described);
        const undescribed = this.absent.filter((file) => !file.described);
        const warnings = [];
        if (described.length > 0) {
            const bytes = described.reduce((sum, file) => sum + file.bytes, 0);
            warnings.push(`${absentList(described)}: counted at the ${bytes} bytes ${this.describedBy} describes, so the total is what the complete checkpoint would hold`);
        }
        if (undescribed.length > 0) {
            const one = undescribed.length === 1;
            warnings.push(`${absentList(undescribed)}: ${this.describedBy} does not describe ${one ? 'its' : 'their'} size, so ${one ? 'it is' : 'they are'} counted as 0 bytes`);
        }
        return warnings;
    }
}
/** `2 files of the checkpoint are absent (a, b)`: the one way absent files are named. */
function absentList(files) {
    const names = listSome(files.map((file) => file.path));
    return files.length === 1 ? `1 file of the checkpoint is absent (${names})` : `${files.length} files of the checkpoint are absent (${names})`;
}
/** The first `count` names, and how many more. */
function listSome(names, count = 3) {
    return names.length <= count ? names.join(', ') : `${names.slice(0, count).join(', ')}, and ${names.length - count} more`;
}


/***/ }),

/***/ 47247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ LazySource),
/* harmony export */   g: () => (/* binding */ withSource)
/* harmony export */ });
/**
 * Opens `path`, runs `read` over it and closes it whatever happens: the one open/try/finally/close
 * of the readers, so that no reader leaks a file handle on a format error.
 */
async function withSource(files, path, read) {
    const source = await files.open(path);
    try {
        return await read(source);
    }
    finally {
        await source.close();
    }
}
/**
 * A file opened on its first use, for a reader that needs it only for some items (a DCP data file,
 * read only for an item whose size the metadata omits); `close()` closes it if it was opened.
 */
class LazySource {
    files;
    path;
    opened;
    constructor(files, path) {
        this.files = files;
        this.path = path;
    }
    source() {
        this.opened ??= this.files.open(this.path);
        return this.opened;
    }
    async close() {
        if (this.opened)
            await (await this.opened).close();
    }
}


/***/ }),

/***/ 30825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tensorflowCheckpointReader: () => (/* binding */ tensorflowCheckpointReader),
  tensorflowSavedModelReader: () => (/* binding */ tensorflowSavedModelReader)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(36419);
// EXTERNAL MODULE: ./src/io/checkpoint-files.ts
var checkpoint_files = __webpack_require__(89366);
// EXTERNAL MODULE: ./src/formats/kit/companions.ts
var companions = __webpack_require__(49416);
// EXTERNAL MODULE: ./src/io/bytes/index.ts + 8 modules
var io_bytes = __webpack_require__(73031);
;// CONCATENATED MODULE: ./src/formats/tensorflow/protos.ts


/** A reader over a whole message held in memory. */
function messageOf(bytes, file, what) {
    return new io_bytes/* ProtoReader */.iP(io_bytes/* Window */.p8.of(bytes, file, 0, what), 0, bytes.length, what);
}
/**
 * The decoders of one index's entries. An index of 10^5 tensors is 10^5 small messages: the
 * readers (one per nesting level) and the fields they fill are made once and moved from entry to
 * entry, over a window of the whole buffer the SSTable hands entries in (bench/README.md, "Sync
 * fast path"), so that an entry allocates what it keeps and nothing else.
 */
function bundleDecoders() {
    let levels;
    return {
        header(bytes, file) {
            const reader = messageOf(bytes, file, 'the bundle header (key "")');
            let numShards = 0;
            let endianness = 0;
            let producer;
            for (let field = reader.nextLoaded(); field; field = reader.nextLoaded()) {
                if (field.field === 1)
                    numShards = reader.int32(field, 'num_shards');
                else if (field.field === 2)
                    endianness = reader.int32(field, 'endianness');
                else if (field.field === 3)
                    producer = versionProducer(reader.message(field, reader.what));
            }
            return { numShards, endianness: endianness === 1 ? 'big' : 'little', ...(producer !== undefined ? { producer } : {}) };
        },
        entry(bytes, file, key) {
            if (levels === undefined || bytes.buffer !== levels.buffer || file !== levels.file)
                levels = new Levels(bytes.buffer, file);
            const what = `the entry of '${key}'`;
            const reader = levels.readers[0].reset(bytes.byteOffset, bytes.byteOffset + bytes.length, what);
            const field = levels.fields[0];
            let dtype = 0;
            let shape;
            let shardId = 0;
            let offset = 0;
            let size = 0;
            let slices;
            while (reader.nextInto(field)) {
                switch (field.field) {
                    case 1:
                        dtype = reader.int32(field, 'dtype');
                        break;
                    case 2:
                        shape = shapeDims(levels, reader, field);
                        break;
                    case 3:
                        shardId = reader.int32(field, 'shard_id');
                        break;
                    case 4:
                        offset = reader.int64(field, 'the offset');
                        break;
                    case 5:
                        size = reader.int64(field, 'the size');
                        break;
                    case 7:
                        ;
                        (slices ??= []).push(sliceExtents(levels, reader, field));
                        break;
                }
            }
            const entry = { dtype, shape: shape ?? [], shardId, offset, size };
            if (slices)
                entry.slices = slices;
            return entry;
        }
    };
}
/**
 * BundleEntryProto: 1 dtype (int32), 2 shape (TensorShapeProto), 3 shard_id (int32), 4 offset
 * (int64), 5 size (int64), 6 crc32c (fixed32, unused), 7 slices (repeated TensorSliceProto); its
 * messages nest three deep (entry, shape or slice, dim or extent): a reader and a field for each.
 * Offsets in errors are within the SSTable's buffer; the errors name the entry's key.
 */
class Levels {
    buffer;
    file;
    readers;
    fields = [io_bytes/* ProtoReader */.iP.field(), io_bytes/* ProtoReader */.iP.field(), io_bytes/* ProtoReader */.iP.field()];
    constructor(buffer, file) {
        this.buffer = buffer;
        this.file = file;
        const window = io_bytes/* Window */.p8.of(new Uint8Array(buffer), file, 0, 'index block');
        this.readers = [0, 1, 2].map(() => new io_bytes/* ProtoReader */.iP(window, 0, 0, 'BundleEntryProto'));
    }
}
/** VersionDef: 1 producer (int32); a version without it has producer 0. */
function versionProducer(reader) {
    let producer = 0;
    for (let field = reader.nextLoaded(); field; field = reader.nextLoaded())
        if (field.field === 1)
            producer = reader.int32(field, 'producer');
    return producer;
}
/** TensorShapeProto (`field` of `entry`): 2 dim (repeated Dim: 1 size (int64, -1 unknown), 2 name); 3 unknown_rank is not needed. */
function shapeDims(levels, entry, field) {
    const shape = levels.readers[1].enter(entry, field, entry.what);
    const dim = levels.readers[2];
    const [, shapeField, dimField] = levels.fields;
    const dims = [];
    while (shape.nextInto(shapeField)) {
        if (shapeField.field !== 2)
            continue;
        dim.enter(shape, shapeField, entry.what);
        let size = 0;
        while (dim.nextInto(dimField))
            if (dimField.field === 1)
                size = dim.int64(dimField, 'a dimension');
        dims.push(size);
    }
    return dims;
}
/** TensorSliceProto (`field` of `entry`): 1 extent (repeated Extent: 1 start (int64), 2 length (int64, in the oneof `has_length`: absent = all)). */
function sliceExtents(levels, entry, field) {
    const slice = levels.readers[1].enter(entry, field, entry.what);
    const extent = levels.readers[2];
    const [, sliceField, extentField] = levels.fields;
    const extents = [];
    while (slice.nextInto(sliceField)) {
        if (sliceField.field !== 1)
            continue;
        extent.enter(slice, sliceField, entry.what);
        let start = 0;
        let length;
        while (extent.nextInto(extentField)) {
            if (extentField.field === 1)
                start = extent.int64(extentField, 'a slice start');
            else if (extentField.field === 2)
                length = extent.int64(extentField, 'a slice length');
        }
        extents.push(length === undefined ? { start } : { start, length });
    }
    return extents;
}
/**
 * The variable collections of a MetaGraphDef from its `collection_def` fields (field 4, a
 * map<string, CollectionDef>), each given as its content: a map entry, 1 key and 2 value. The
 * last entry of a key wins.
 */
function decodeVariableCollections(collectionDefs, file) {
    const wanted = {};
    for (const bytes of collectionDefs) {
        const entry = messageOf(bytes, file, 'a collection of the meta graph');
        let key = '';
        let value;
        for (let inner = entry.nextLoaded(); inner; inner = entry.nextLoaded()) {
            if (inner.field === 1)
                key = stringOf(entry, inner, 'a collection name');
            else if (inner.field === 2)
                value = inner;
        }
        if (key === 'trainable_variables' || key === 'global_step')
            wanted[key] = { entry, value };
    }
    const of = (key) => {
        const found = wanted[key];
        return found && collectionVariables(found.entry, found.value);
    };
    const trainable = of('trainable_variables');
    const globalStep = of('global_step');
    return { ...(trainable ? { trainable } : {}), ...(globalStep ? { globalStep } : {}) };
}
/**
 * A collection's variables (CollectionDef: 1 node_list, 2 bytes_list, each `1: repeated value`):
 * serialized VariableDefs (a partition's is its full variable) or else tensor names; undefined
 * when it holds neither list.
 */
function collectionVariables(meta, collection) {
    if (collection === undefined)
        return undefined;
    const reader = meta.message(collection, meta.what);
    let nodeList;
    let bytesList;
    for (let field = reader.nextLoaded(); field; field = reader.nextLoaded()) {
        if (field.field === 1)
            nodeList = field;
        else if (field.field === 2)
            bytesList = field;
    }
    const list = bytesList ?? nodeList;
    if (list === undefined)
        return undefined;
    const values = reader.message(list, reader.what);
    const names = [];
    for (let field = values.nextLoaded(); field; field = values.nextLoaded()) {
        if (field.field !== 1)
            continue;
        names.push(list === bytesList ? variableName(values.message(field, 'a VariableDef')) : tensorToVariable(stringOf(values, field, 'a tensor name')));
    }
    return names;
}
/** VariableDef: 1 variable_name, 4 save_slice_info_def (SaveSliceInfoDef: 1 full_name, the partitioned variable's key). */
function variableName(reader) {
    let name = '';
    let fullName = '';
    for (let field = reader.nextLoaded(); field; field = reader.nextLoaded()) {
        if (field.field === 1)
            name = stringOf(reader, field, 'variable_name');
        else if (field.field === 4) {
            const info = reader.message(field, reader.what);
            for (let inner = info.nextLoaded(); inner; inner = info.nextLoaded())
                if (inner.field === 1)
                    fullName = stringOf(info, inner, 'full_name');
        }
    }
    return fullName || tensorToVariable(name);
}
/** A `string` field of a message held in memory. */
function stringOf(reader, field, what) {
    return reader.strictStringInWindow(field, limits/* MAX_NAME_BYTES */.pg, what);
}
/** "conv1/weights:0" -> "conv1/weights": a variable's tensor name to its checkpoint key. */
function tensorToVariable(name) {
    return name.replace(/:\d+$/, '');
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/meta-graph.ts




/**
 * The variable collections of a TF1 MetaGraphDef (`.meta` file) or of the meta graphs of a
 * `saved_model.pb` (`trainable_variables`, `global_step`), without reading the graph: the top-level fields are walked by tag and
 * length (src/io/bytes/protobuf.ts, through a small read window), the GraphDef (field 2, often most of the file, with
 * constants embedded) is skipped, and only the `collection_def` entries (field 4) are read.
 * Field numbers: tensorflow/tensorflow:tensorflow/core/protobuf/meta_graph.proto, saved_model.proto.
 */
const META_GRAPH_COLLECTION_DEF = 4;
const SAVED_MODEL_META_GRAPHS = 2;
/** The length-delimited top-level fields of the message in `[start, end)`: their heads are read, their payloads skipped. */
async function* fields(window, start, end, what) {
    const reader = new io_bytes/* ProtoReader */.iP(window, start, end, what);
    let count = 0;
    for (let field = await reader.next(); field; field = await reader.next()) {
        if (++count > limits/* MAX_TF_PROTO_FIELDS */.BX) {
            throw new errors/* LimitExceededError */.lo(window.name, 'the number of top-level protobuf fields', count, limits/* MAX_TF_PROTO_FIELDS */.BX);
        }
        if (field.wireType === io_bytes/* WireType */.O0.LEN)
            yield field;
    }
}
/** The contents of the `collection_def` fields of the MetaGraphDef in `[start, end)` (map entries). */
async function collectionBytes(window, start, end, budget) {
    const entries = [];
    for await (const field of fields(window, start, end, 'MetaGraphDef')) {
        if (field.field !== META_GRAPH_COLLECTION_DEF)
            continue;
        budget.left -= field.length;
        if (budget.left < 0) {
            throw new errors/* LimitExceededError */.lo(window.name, 'the bytes of its collections', limits/* MAX_TF_COLLECTION_BYTES */.Fu - budget.left, limits/* MAX_TF_COLLECTION_BYTES */.Fu);
        }
        entries.push(await window.source.read(field.offset, field.length));
    }
    return entries;
}
/** The collections of a `.meta` file. */
async function collectionsOfMetaGraph(source) {
    const chunks = await collectionBytes(new io_bytes/* Window */.p8(source), 0, source.size, { left: limits/* MAX_TF_COLLECTION_BYTES */.Fu });
    const collections = new CollectedSets();
    collections.add(decodeVariableCollections(chunks, source.name));
    return collections.sets;
}
/** The same for a `saved_model.pb`: the union over its meta graphs (they share one variables bundle). */
async function collectionsOfSavedModel(source) {
    const budget = { left: limits/* MAX_TF_COLLECTION_BYTES */.Fu };
    const collections = new CollectedSets();
    const window = new io_bytes/* Window */.p8(source);
    for await (const field of fields(window, 0, source.size, 'SavedModel')) {
        if (field.field !== SAVED_MODEL_META_GRAPHS)
            continue;
        const chunks = await collectionBytes(window, field.offset, field.offset + field.length, budget);
        collections.add(decodeVariableCollections(chunks, source.name));
    }
    return collections.sets;
}
/** The union of the collections of several meta graphs; a collection none has stays undefined. */
class CollectedSets {
    sets = {};
    add(collections) {
        for (const key of ['trainable', 'globalStep']) {
            const names = collections[key];
            if (!names)
                continue;
            const set = (this.sets[key] ??= new Set());
            for (const name of names)
                set.add(name);
        }
    }
}

// EXTERNAL MODULE: ./src/core/dtypes.ts
var dtypes = __webpack_require__(36622);
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

;// CONCATENATED MODULE: ./src/formats/tensorflow/slots.ts
/** A one-item evidence list of slot evidence. */
function slotEvidence(source, detail, detailOf, role = 'optimizer-slot') {
    const evidence = { role, source, detail, detailOf };
    return Object.freeze([evidence]);
}
/** The reason of `deciding` (the classifier's chosen detail) for a slot of `variable`, when that evidence names slots. */
function slotReason(evidence, deciding, variable) {
    for (const item of evidence) {
        if (item.detail === deciding && 'detailOf' in item)
            return item.detailOf(variable);
    }
    return undefined;
}
/**
 * The slots found by any source, per optimizer: which slots, of how many variables. Counted as
 * they are found, not kept one object per slot: 10^5 of them otherwise.
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
    /** "Adam slots (m, v) for 8 variables", one clause per optimizer; undefined when none was found. */
    describe() {
        if (this.byOptimizer.size === 0)
            return undefined;
        return [...this.byOptimizer.entries()]
            .map(([optimizer, entry]) => {
            const count = entry.primaries.size;
            return `${optimizer} slots (${[...entry.slots].join(', ')}) for ${count} variable${count === 1 ? '' : 's'}`;
        })
            .join('; ');
    }
}
/** `model/dense/kernel/.ATTRIBUTES/VARIABLE_VALUE` -> `model/dense/kernel`. */
function displayKey(key) {
    return key.replace(/\/\.ATTRIBUTES\/VARIABLE_VALUE$/, '');
}

// EXTERNAL MODULE: ./node_modules/snappyjs/index.js
var snappyjs = __webpack_require__(64528);
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
function sstable_readTable(bytes, file, visit) {
    const { index, footerStart } = readFooter(bytes.subarray(Math.max(bytes.length - FOOTER_BYTES, 0)), bytes.length, file);
    const handles = dataBlockHandles(readBlock(bytes, index, file, 'index block', footerStart), file);
    handles.forEach((handle, blockNumber) => {
        const what = dataBlockName(handle, blockNumber);
        parseBlock(readBlock(bytes, handle, file, what, index.offset), file, what, visit);
    });
}
/**
 * `readTable` over a source, reading the data blocks as they are walked, a window of whole blocks
 * (TABLE_WINDOW_BYTES) at a time: only the window is alive at a time, not the whole file. A `.index` of 10^5
 * tensors is 7 MB; read whole, its buffer outlives the parse (it is promoted to the old
 * generation before the parse ends) and is collected only by a later full GC, so it stayed in the
 * peak RSS of the whole run.
 *
 * Every window is read into one buffer (a Window with the reuse policy), refilled for the next: a new buffer per
 * window left each dead window (external memory, not counted by the young generation) waiting
 * for a scavenge, up to the whole index at 10^5 tensors. Refilling is safe because nothing keeps
 * a view into a window past the visit of its entry: `value` is a view into it, valid only during
 * the call (EntryVisitor); keys are rebuilt in a buffer of their own (parseBlock); a snappy block
 * is decompressed into a new array; handles and errors hold numbers and strings. The bundle's
 * visitor (bundle.ts) decodes names into strings and entries into numbers (BundleEntryProto and
 * BundleHeaderProto are decoded into numbers and strings, no view kept).
 */
async function readTableFrom(source, file, visit) {
    const footerBytes = await source.read(Math.max(source.size - FOOTER_BYTES, 0), Math.min(source.size, FOOTER_BYTES));
    const { index, footerStart } = readFooter(footerBytes, source.size, file);
    checkBlockEnd(index, file, 'index block', footerStart);
    const indexBlock = checkBlock(await source.read(index.offset, blockEnd(index) - index.offset), index, file, 'index block');
    const handles = dataBlockHandles(indexBlock, file);
    // One buffer refilled window after window (the reuse policy, reading exactly each window).
    const windows = new io_bytes/* Window */.p8(source, { kind: 'reuse', readBytes: 0 });
    for (let first = 0; first < handles.length;) {
        // One read for the blocks first..last-1: as many whole blocks as fit in the window (at least
        // one), and none that runs past the table, so that its error comes when it is reached.
        checkBlockEnd(handles[first], file, dataBlockName(handles[first], first), index.offset);
        const start = handles[first].offset;
        let last = first + 1;
        while (last < handles.length && blockEnd(handles[last]) - start <= TABLE_WINDOW_BYTES && blockEnd(handles[last]) <= index.offset)
            last++;
        const length = blockEnd(handles[last - 1]) - start;
        const window = await windows.view(start, length);
        for (; first < last; first++) {
            const handle = handles[first];
            const what = dataBlockName(handle, first);
            const block = window.subarray(handle.offset - start, blockEnd(handle) - start);
            parseBlock(checkBlock(block, handle, file, what), file, what, visit);
        }
    }
}
/** Where the block at `handle` ends, its trailer included. */
function blockEnd(handle) {
    return handle.offset + handle.size + BLOCK_TRAILER_BYTES;
}
/** Bytes of a table read at a time: a few of TF's 256 KiB blocks (table_options.h block_size). */
const TABLE_WINDOW_BYTES = 1024 * 1024;
/** The handle of the index block, from the footer (`footerBytes`: the last 48 bytes of a table of `size` bytes). */
function readFooter(footerBytes, size, file) {
    if (size < FOOTER_BYTES) {
        throw new errors/* FormatError */.IF(file, `is ${size} bytes, shorter than an SSTable footer (${FOOTER_BYTES} bytes)`, {
            fix: 'The file is truncated; re-save the checkpoint or restore the file.'
        });
    }
    if (!hasTableMagic(footerBytes)) {
        throw new errors/* FormatError */.IF(file, 'does not end with the SSTable magic number 57 fb 80 8b 24 75 47 db', {
            offset: size - TABLE_MAGIC.length,
            fix: 'This is not a TensorFlow checkpoint index, or it is truncated.'
        });
    }
    const footerStart = size - FOOTER_BYTES;
    const footer = io_bytes/* Cursor */.bs.over(footerBytes, file, footerStart, 'footer');
    const metaindex = readHandle(footer, 'metaindex handle');
    const index = readHandle(footer, 'index handle');
    void metaindex; // TF writes it empty ("TODO(postrelease): Add stats and other meta blocks").
    return { index, footerStart };
}
/** The data block handles the index block lists, in key order. */
function dataBlockHandles(indexBlock, file) {
    const handles = [];
    let nextDataStart = 0;
    parseBlock(indexBlock, file, 'index block', (_separator, handleBytes) => {
        const handle = readHandle(io_bytes/* Cursor */.bs.over(handleBytes, file, 0, 'block handle'), `handle of data block ${handles.length}`);
        // Data blocks are written back to back; requiring that keeps a hostile index from making us
        // parse one block many times.
        if (handle.offset < nextDataStart) {
            throw new errors/* FormatError */.IF(file, `data block ${handles.length} overlaps the previous block`, { offset: handle.offset });
        }
        nextDataStart = handle.offset + handle.size + BLOCK_TRAILER_BYTES;
        handles.push(handle);
    });
    return handles;
}
function dataBlockName(handle, blockNumber) {
    return `data block ${blockNumber} (bytes ${handle.offset}..${handle.offset + handle.size})`;
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
    checkBlockEnd(handle, file, what, limit);
    return checkBlock(bytes.subarray(handle.offset, handle.offset + handle.size + BLOCK_TRAILER_BYTES), handle, file, what);
}
function checkBlockEnd(handle, file, what, limit) {
    if (blockEnd(handle) > limit) {
        throw new errors/* FormatError */.IF(file, `${what} (${handle.size} bytes at ${handle.offset}) runs past the end of its table`, {
            offset: handle.offset,
            fix: 'The index is truncated or corrupted; re-save the checkpoint or restore the file.'
        });
    }
}
/** `block`: the block at `handle`, its contents then its 5-byte trailer. */
function checkBlock(block, handle, file, what) {
    const end = handle.size;
    const contents = block.subarray(0, end);
    const type = block[end];
    const stored = unmaskCrc(new DataView(block.buffer, block.byteOffset + end + 1, 4).getUint32(0, true));
    const actual = crc32cExtend(crc32cExtend(0, contents), block.subarray(end, end + 1));
    if (stored !== actual) {
        throw new errors/* FormatError */.IF(file, `${what} fails its CRC32C check (stored ${hex(stored)}, computed ${hex(actual)})`, {
            offset: handle.offset,
            fix: 'The index is corrupted; re-save the checkpoint or restore the file from its source.'
        });
    }
    if (type === NO_COMPRESSION)
        return contents;
    if (type === SNAPPY_COMPRESSION)
        return unsnappy(contents, file, what, handle.offset);
    throw new errors/* FormatError */.IF(file, `${what} has compression type ${type}; only 0 (none) and 1 (snappy) exist`, {
        offset: handle.offset + end
    });
}
/** Raw snappy (not the framing format), as port::Snappy_Uncompress. Copies may overlap their output. */
function unsnappy(contents, file, what, offset) {
    const declared = io_bytes/* Cursor */.bs.over(contents, file, offset, what).varint(`${what} uncompressed length`);
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
 * Keys are rebuilt as bytes (they are byte strings: slice keys hold 0x00 and 0xff), in one buffer:
 * an entry shares a prefix with the previous key, which is already there, so only its tail is
 * written (no new array per entry, and no copy of the prefix).
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
    let key = new Uint8Array(64);
    let previousKeyLength = 0;
    // Entry headers that are not three one-byte varints are read through a Cursor over the entries.
    let entries;
    const varint = () => {
        entries ??= new io_bytes/* Cursor */.bs(io_bytes/* Window */.p8.of(block, file, 0, what), 0, entriesEnd, what);
        entries.position = p;
        const value = entries.varint(`an entry header of ${what}`);
        p = entries.position;
        return value;
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
            shared = varint();
            nonShared = varint();
            valueLength = varint();
        }
        if (shared > previousKeyLength || nonShared + valueLength > entriesEnd - p) {
            throw new errors/* FormatError */.IF(file, `${what} has a corrupt entry at block offset ${entryStart}`, {
                fix: 'The index is corrupted; re-save the checkpoint or restore the file from its source.'
            });
        }
        const keyLength = shared + nonShared;
        if (keyLength > key.length) {
            const grown = new Uint8Array(Math.max(keyLength, key.length * 2));
            grown.set(key.subarray(0, shared));
            key = grown;
        }
        for (let i = 0; i < nonShared; i++)
            key[shared + i] = block[p + i];
        p += nonShared;
        const value = block.subarray(p, p + valueLength);
        p += valueLength;
        visit(key.subarray(0, keyLength), value);
        previousKeyLength = keyLength;
    }
}
function hex(value) {
    return `0x${value.toString(16).padStart(8, '0')}`;
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/bundle.ts






/**
 * A tensor of the bundle as the reader reports it, with the evidence of the variable its bytes
 * belong to (`explain`). Its `reason`, the classifier's deciding evidence, is completed when it is
 * read: an optimizer slot's reason names the variable it belongs to ("m slot of
 * model/dense/kernel (optimizer)"), a string of its own for each of the 2 * 10^5 slots of a model
 * trained with Adam (~5 MB at the peak of a read of 10^5 tensors) that no report prints. The
 * tensor keeps the variable's name (a string held anyway) and builds the text from the shared
 * evidence (SlotEvidence) instead.
 */
class BundleTensor {
    name;
    dtype;
    shape;
    file;
    offset;
    byteLength;
    evidence = NO_EVIDENCE;
    /** The deciding evidence's detail, as the classifier set it. */
    deciding = undefined;
    /** The variable a slot belongs to; for a slice of a partitioned variable, that and the variable. */
    context = undefined;
    constructor(name, dtype, shape, file, offset, byteLength) {
        this.name = name;
        this.dtype = dtype;
        this.shape = shape;
        this.file = file;
        this.offset = offset;
        this.byteLength = byteLength;
    }
    /** What the file says of the tensor's variable; `slotOf`: the variable it is a slot of; `sliceOf`: the partitioned variable it is a slice of. */
    explain(evidence, slotOf, sliceOf) {
        this.evidence = evidence;
        this.context = sliceOf === undefined ? slotOf : { slotOf, sliceOf };
    }
    get reason() {
        const { deciding, context } = this;
        if (deciding === undefined || context === undefined)
            return deciding;
        const slotOf = typeof context === 'string' ? context : context.slotOf;
        const text = (slotOf !== undefined ? slotReason(this.evidence, deciding, slotOf) : undefined) ?? deciding;
        return typeof context === 'string' ? text : `slice of ${context.sliceOf}; ${text}`;
    }
    set reason(text) {
        this.deciding = text;
    }
}
const NO_EVIDENCE = Object.freeze([]);
/**
 * Parses the whole `.index` file `file` (`P.index`; decoders: `await loadBundleDecoders()`).
 * Each entry becomes its final TensorInfo at once: with 10^5 entries, every object kept from one
 * entry to the end of the parse survives several young-generation collections, and an
 * intermediate object per entry cost as much garbage-collection time as the parse itself.
 */
function parseBundleIndex(bytes, file, decode) {
    const parser = bundleIndexParser(file, decode);
    readTable(bytes, file, parser.visit);
    return parser.finish();
}
/** `parseBundleIndex` reading the index `file` from `source` block by block (see readTableFrom). */
async function readBundleIndex(source, file, decode) {
    const parser = bundleIndexParser(file, decode);
    await readTableFrom(source, file, parser.visit);
    return parser.finish();
}
/** The entry visitor that builds a BundleIndex, and `finish` that returns it once the table is read. */
function bundleIndexParser(file, decode) {
    const prefix = file.endsWith('.index') ? file.slice(0, -'.index'.length) : file;
    let header;
    const shardPaths = [];
    const described = [];
    const tensors = [];
    const slices = new Map();
    const partitioned = new Map();
    // One array per distinct shape: nothing modifies a TensorInfo's shape.
    const shapes = new io_bytes/* ShapeInterner */.R0();
    const add = (name, entry) => {
        const { numShards } = header;
        if (entry.shardId < 0 || entry.shardId >= numShards) {
            throw new errors/* FormatError */.IF(file, `'${name}' is in shard ${entry.shardId}, but the bundle has ${numShards} shards`);
        }
        if (entry.offset < 0 || entry.size < 0)
            throw new errors/* FormatError */.IF(file, `'${name}' has a negative offset or size`);
        described[entry.shardId] = Math.max(described[entry.shardId], entry.offset + entry.size);
        tensors.push(new BundleTensor(name, tfDtypeName(entry.dtype), shapes.intern(entry.shape), shardPaths[entry.shardId], entry.offset, entry.size));
    };
    const visit = (key, value) => {
        if (key.length === 0) {
            header = decode.header(value, file);
            if (header.numShards < 1 || header.numShards > limits/* MAX_TF_SHARDS */._u) {
                throw new errors/* FormatError */.IF(file, `its header says the bundle has ${header.numShards} data shards`, {
                    fix: `A bundle has 1 to ${limits/* MAX_TF_SHARDS */._u} shards; the index is corrupted.`
                });
            }
            for (let shard = 0; shard < header.numShards; shard++) {
                shardPaths.push(dataShardPath(prefix, shard, header.numShards));
                described.push(0);
            }
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
            slices.set(tensors.length, { variable: slice.variable, extents: slice.extents });
            add(`${slice.variable}[${slice.spec}]`, decode.entry(value, file, slice.variable));
            return;
        }
        const name = io_bytes/* UTF8 */.az.decode(key);
        const entry = decode.entry(value, file, name);
        if (entry.shape.length > limits/* MAX_DIMS */.VW)
            throw new errors/* LimitExceededError */.lo(file, `the rank of '${name}'`, entry.shape.length, limits/* MAX_DIMS */.VW);
        if (entry.slices) {
            // Its shard/offset/size are ignored by TF; its bytes are in the slice entries.
            partitioned.set(name, entry);
            return;
        }
        add(name, entry);
    };
    const finish = () => {
        if (!header) {
            throw new errors/* FormatError */.IF(file, 'is an empty table: it has no bundle header', {
                fix: 'The index is truncated or not a TensorFlow V2 checkpoint index.'
            });
        }
        return { header, shardPaths, tensors, slices, partitioned, described };
    };
    return { visit, finish };
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
    const variable = io_bytes/* UTF8 */.az.decode(Uint8Array.from(name));
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

// EXTERNAL MODULE: ./src/core/classify.ts
var classify = __webpack_require__(68193);
;// CONCATENATED MODULE: ./src/core/rules/tensorflow.ts
/**
 * What kind of model variable a name says, when the object graph says only that a variable is the
 * model's: moving statistics, shadow copies, counters and metric accumulators, by the name the
 * graph gives it (its key or full_name), read with the object graph's authority by
 * src/formats/tensorflow/object-graph-evidence.ts. Also part of the name table below.
 */
const TENSORFLOW_MODEL_VARIABLE_RULES = [
    {
        pattern: /(^|\/)(moving_mean|moving_variance|moving_stddev|renorm_mean|renorm_stddev|renorm_mean_weight|renorm_stddev_weight)(\/|$)/,
        role: 'model-state',
        reason: 'batch-norm moving statistics (non-trainable)'
    },
    {
        pattern: /(^|\/)ExponentialMovingAverage(_\d+)?(\/|$)/,
        role: 'copy',
        reason: 'ExponentialMovingAverage shadow variable'
    },
    {
        pattern: /(^|\/)(global_step|save_counter|step|epoch|iterations)(\/\.ATTRIBUTES\/VARIABLE_VALUE)?$/,
        role: 'loop-state',
        reason: 'training-loop counter'
    },
    {
        pattern: /(^|\/)keras_api\/metrics\//,
        role: 'loop-state',
        reason: 'Keras metric accumulator'
    }
];
/**
 * TensorFlow / Keras name rules: the last resort after the object graph, the meta graph and the
 * slot structure (src/formats/tensorflow/evidence.ts), which are read first and outrank them
 * (core/classify.ts). First match wins, so the specific rules come before the general ones.
 * Sources: FORMATS.md §2 (tensorflow/tensorflow:tensorflow/python/training/*.py slot names,
 * tensorflow/python/trackable key grammar), DESIGN.md's category table.
 */
const TENSORFLOW_NAME_RULES = [
    {
        pattern: /^_CHECKPOINTABLE_OBJECT_GRAPH$/,
        role: 'config',
        reason: 'the TF2 object graph, stored as a string tensor'
    },
    {
        // tf.train.Checkpoint attributes other than a variable's value: OBJECT_CONFIG_JSON, ITERATOR_STATE...
        pattern: /\/\.ATTRIBUTES\/(?!VARIABLE_VALUE$)[^/]+$/,
        role: 'config',
        reason: 'a serialized object attribute, not a variable'
    },
    {
        pattern: /\/\.OPTIMIZER_SLOT\//,
        role: 'optimizer-slot',
        reason: 'TF2 optimizer slot variable (.OPTIMIZER_SLOT)'
    },
    {
        // tf.compat.v1.train.AdamOptimizer's non-slot accumulators; a second optimizer adds _1, _2...
        pattern: /(^|\/)beta[12]_power(_\d+)?$/,
        role: 'optimizer-state',
        reason: 'Adam beta power accumulator (TF1 AdamOptimizer)'
    },
    {
        // A Keras 3 optimizer tracks the model's variables it trains (keras-team/keras:
        // keras/src/optimizers/base_optimizer.py `_trainable_variables`), so TF saves each weight
        // once, under the optimizer's key: these are the model's weights, not optimizer state.
        pattern: /^(.*\/)?([^/]*_)?optimizer\/_trainable_variables\/\d+\/\.ATTRIBUTES\/VARIABLE_VALUE$/i,
        role: 'parameter',
        reason: "a variable the Keras 3 optimizer trains (a model weight saved under the optimizer's key)"
    },
    {
        // TF2 objects named optimizer / *_optimizer: iter, hyper-parameters, new Keras `_variables/N`.
        pattern: /(^|\/)([^/]*_)?optimizer\//i,
        role: 'optimizer-state',
        reason: 'variable of an optimizer object (iteration count, hyper-parameter or slot)'
    },
    {
        // Keras 2 on TF1 graphs: the optimizer's accumulators are plain Variables under training/<Opt>/.
        pattern: /^training(_\d+)?\/[A-Za-z]+\/Variable(_\d+)?$/,
        role: 'optimizer-slot',
        reason: 'Keras (TF1 graph) optimizer accumulator'
    },
    {
        pattern: /^(Adam|Nadam|Adamax|SGD|RMSprop|Adagrad|Adadelta|Ftrl)(_\d+)?\/(iterations|lr|learning_rate|beta_1|beta_2|decay|momentum|rho|epsilon)$/,
        role: 'optimizer-state',
        reason: 'Keras (TF1 graph) optimizer hyper-parameter'
    },
    ...TENSORFLOW_MODEL_VARIABLE_RULES,
    {
        // The usual names of layer parameters (tf.layers, Keras, slim).
        pattern: /(^|\/)(kernel|bias|biases|weights|gamma|beta|embeddings|depthwise_kernel|pointwise_kernel|recurrent_kernel)(\/\.ATTRIBUTES\/VARIABLE_VALUE)?$/,
        role: 'parameter',
        reason: 'layer parameter name'
    },
    {
        // TF2 object-based keys spell the path from the checkpoint's root: a variable's value under
        // an object of the root (`model/.../.ATTRIBUTES/VARIABLE_VALUE`) that no rule above took
        // (optimizer objects and slots, counters, statistics) is a variable of the model
        // (tensorflow/python/checkpoint/save_util_v1.py key grammar). One directly on the root
        // (`episode_counter/.ATTRIBUTES/...`) could be anything the training script tracked.
        pattern: /^[^/]+\/(?!\.ATTRIBUTES\/).*\/\.ATTRIBUTES\/VARIABLE_VALUE$/,
        role: 'parameter',
        reason: "a variable on the model's path (TF2 key with no optimizer on its path)"
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
/**
 * The non-slot variables a TF1 optimizer creates beside its slots (adam.py `_create_slots`:
 * `_create_non_slot_variable(name="beta1_power")`; a second optimizer's get `_1`, `_2`...). A
 * checkpoint that holds an optimizer's slots holds these scalars of it too.
 */
const TF1_NON_SLOT_VARIABLES = {
    Adam: /^beta[12]_power(_\d+)?$/
};
/** Suffixes that look like slots by shape but are not optimizer state. */
const NOT_A_SLOT = /^(ExponentialMovingAverage(_\d+)?|moving_mean|moving_variance)$/;
/**
 * Children of an object that only optimizers have: an iteration counter of its own (optimizer_v2
 * `iter`, Keras 3 `_iterations`). An object with `slot_variables` is an optimizer too.
 */
const OPTIMIZER_MARKERS = new Set(['iter', '_iterations']);
/**
 * Lists an object keeps of the variables that are trained, or not, in the object graph: a Keras 3
 * optimizer's `_trainable_variables` (the variables it trains), a Keras model's or a SavedModel
 * root's `trainable_variables` / `non_trainable_variables` (and Keras 2's `_weights` spelling).
 */
const TRAINABLE_LISTS = new Set(['trainable_variables', '_trainable_variables', 'trainable_weights', '_trainable_weights']);
const NON_TRAINABLE_LISTS = new Set([
    'non_trainable_variables',
    '_non_trainable_variables',
    'non_trainable_weights',
    '_non_trainable_weights'
]);

;// CONCATENATED MODULE: ./src/formats/tensorflow/object-graph-evidence.ts



/**
 * What a TF2 object graph says of each variable: which tree its node hangs from, not the key it
 * was saved under. TensorFlow saves a variable once, under the first path its breadth-first walk
 * finds; Keras 3's optimizer tracks the variables it trains (`_trainable_variables`), so a
 * `tf.train.Checkpoint(model=..., optimizer=...)` saves every weight under an optimizer key while
 * the same node hangs from the model's layers. So, per variable node, the first of:
 *  1. a slot variable of an optimizer (its `slot_variables`): optimizer state, a slot of its variable;
 *  2. trained by an optimizer (the original of a slot, or in a Keras 3 optimizer's
 *     `_trainable_variables`): a parameter;
 *  3. listed by a model object as trainable or not (`trainable_variables`,
 *     `non_trainable_variables`: a SavedModel's root, a Keras model): a parameter, or model state;
 *  4. reachable from an optimizer only: the optimizer's own (a Keras 3 list holding one variable
 *     per trained variable, shaped like it, is a slot list; the rest are its iteration count,
 *     learning rate, loss scale);
 *  5. an integer scalar on the root object (save_counter, a step the training loop keeps): a counter;
 *  6. any other variable is the model's: of the kind its names in the graph say (its path or
 *     full_name: `batch_normalization/moving_mean` where the key says only `variables/84`), else
 *     a parameter.
 * Optimizers are the objects with `slot_variables` or an iteration counter of their own.
 */
const VARIABLE_VALUE = 'VARIABLE_VALUE';
const INTEGER = /^u?int(8|16|32|64)$/;
/** The order of the statements above, per node; 0 = not said yet. */
const SLOT = 1;
const TRAINED = 2;
const LISTED_TRAINABLE = 3;
const LISTED_NOT_TRAINABLE = 4;
const OPTIMIZER_OWNED = 5;
/**
 * Per variable (by position), the object graph's evidence (shared lists), or undefined where the
 * graph does not name it. `slotOf` receives, for each slot, the variable it is a slot of; `slots`
 * tallies the slots per optimizer for the category note.
 */
function objectGraphEvidence(graph, variables, slotOf, slots) {
    const reading = new GraphReading(graph, variables, slotOf, slots);
    for (const optimizer of reading.optimizers)
        reading.readSlots(optimizer);
    reading.markModelTree();
    reading.readLists();
    for (const optimizer of reading.optimizers) {
        reading.markOwned(optimizer);
        reading.readSlotLists(optimizer);
    }
    return reading.evidenceOfValues();
}
/**
 * One reading of a graph: per node (flat arrays: 1.3 * 10^5 nodes for 10^5 variables), the
 * statement that applies to it (`said`, in the order of the module comment) and the object that
 * makes it (`saidBy`: its optimizer, or the object listing it), filled statement by statement.
 */
class GraphReading {
    graph;
    variables;
    slotOf;
    slots;
    optimizers = [];
    evidence;
    label;
    said;
    saidBy;
    isOptimizer;
    inModel;
    constructor(graph, variables, slotOf, slots) {
        this.graph = graph;
        this.variables = variables;
        this.slotOf = slotOf;
        this.slots = slots;
        const count = graph.nodeCount;
        this.evidence = new Array(variables.length).fill(undefined);
        this.label = objectLabels(graph);
        this.said = new Uint8Array(count);
        this.saidBy = new Int32Array(count);
        this.isOptimizer = new Uint8Array(count);
        this.inModel = new Uint8Array(count);
        for (let id = 0; id < count; id++) {
            let optimizer = graph.slotEnd(id) > graph.slotStart(id);
            for (let c = graph.childStart(id); c < graph.childEnd(id) && !optimizer; c++)
                optimizer = OPTIMIZER_MARKERS.has(graph.childName[c]);
            if (optimizer) {
                this.isOptimizer[id] = 1;
                this.optimizers.push(id);
            }
        }
    }
    /** 1 and 2: an optimizer's slot variables, the variables they belong to, and (Keras 3) the list of the variables it trains. */
    readSlots(optimizer) {
        const { graph, said } = this;
        const optimizerLabel = this.label(optimizer);
        const bySlotName = new Map();
        for (let s = graph.slotStart(optimizer); s < graph.slotEnd(optimizer); s++) {
            const original = graph.slotOriginal[s];
            const slotName = graph.slotName[s];
            const slotNode = graph.slotNode[s];
            if (graph.has(slotNode))
                said[slotNode] = SLOT;
            this.say(original, TRAINED, optimizer);
            const originalValue = this.valueOf(original);
            const primary = originalValue >= 0 ? this.variables[originalValue].name : (graph.unresolvedKeys.get(attributeOfValue(graph, original)) ?? this.label(original));
            this.slots.add(optimizerLabel, slotName, primary);
            let slot = bySlotName.get(slotName);
            if (!slot) {
                slot = slotEvidence('object-graph', `${slotName} slot (${optimizerLabel})`, (variable) => `${slotName} slot of ${displayKey(variable)} (${optimizerLabel})`);
                bySlotName.set(slotName, slot);
            }
            this.giveSlot(this.valueOf(slotNode), slot, primary);
        }
        forEachItemOfList(graph, optimizer, TRAINABLE_LISTS, (item) => this.say(item, TRAINED, optimizer));
    }
    /** The model's tree: everything the root reaches without entering an optimizer or a slot. */
    markModelTree() {
        const { inModel, isOptimizer, said } = this;
        walk(this.graph, 0, (id) => {
            if (inModel[id] || isOptimizer[id] || said[id] === SLOT)
                return false;
            inModel[id] = 1;
            return true;
        });
    }
    /** 3: the lists an object of the model's tree keeps of its trainable and non-trainable variables. */
    readLists() {
        const { graph } = this;
        for (let id = 0; id < graph.nodeCount; id++) {
            if (!this.inModel[id])
                continue;
            for (let c = graph.childStart(id); c < graph.childEnd(id); c++) {
                const name = graph.childName[c];
                const statement = NON_TRAINABLE_LISTS.has(name) ? LISTED_NOT_TRAINABLE : TRAINABLE_LISTS.has(name) ? LISTED_TRAINABLE : 0;
                if (statement === 0)
                    continue;
                const list = graph.childId[c];
                for (let at = graph.childStart(list); at < graph.childEnd(list); at++)
                    this.say(graph.childId[at], statement, id);
            }
        }
    }
    /** 4: what only `optimizer` reaches (a nested optimizer owns its own); each node is owned once, so all walks enter a node at most once. */
    markOwned(optimizer) {
        const { isOptimizer, inModel, said } = this;
        let started = false;
        walk(this.graph, optimizer, (id) => {
            if (id === optimizer)
                return started ? false : (started = true);
            if (isOptimizer[id] || inModel[id] || said[id] !== 0)
                return false;
            this.say(id, OPTIMIZER_OWNED, optimizer);
            return true;
        });
    }
    /**
     * A Keras 3 optimizer's slot lists (`_momentums`, `_velocities`): lists of its own variables
     * with one variable per variable it trains, in the same order and of the same shape and dtype
     * (it builds them by `add_variable_from_reference` over its `_trainable_variables`). Its
     * `_variables` list, which starts with the iteration count, is not one.
     */
    readSlotLists(optimizer) {
        const { graph, variables } = this;
        const trainedNodes = [];
        forEachItemOfList(graph, optimizer, TRAINABLE_LISTS, (item) => trainedNodes.push(item));
        const trained = trainedNodes.map((node) => this.valueOf(node));
        if (trained.length === 0 || trained.some((value) => value < 0))
            return;
        const optimizerLabel = this.label(optimizer);
        for (let c = graph.childStart(optimizer); c < graph.childEnd(optimizer); c++) {
            const list = graph.childId[c];
            const listName = graph.childName[c];
            if (TRAINABLE_LISTS.has(listName) || graph.childEnd(list) - graph.childStart(list) !== trained.length)
                continue;
            const items = [];
            for (let at = graph.childStart(list); at < graph.childEnd(list); at++) {
                const item = graph.childId[at];
                const value = this.valueOf(item);
                if (value < 0 || this.said[item] !== OPTIMIZER_OWNED || !alike(variables[value], variables[trained[items.length]]))
                    break;
                items.push(value);
            }
            if (items.length !== trained.length)
                continue;
            const slotName = listName.replace(/^_+/, '');
            const slot = slotEvidence('object-graph', `${slotName} slot (${optimizerLabel})`, (variable) => `${slotName} slot of ${variable} (${optimizerLabel})`);
            items.forEach((value, j) => {
                const primary = this.nameOf(trainedNodes[j]);
                this.slots.add(optimizerLabel, slotName, primary);
                this.giveSlot(value, slot, primary);
            });
        }
    }
    /** The evidence of every variable the graph names, from what was said of its node. */
    evidenceOfValues() {
        const { graph, evidence, said, saidBy } = this;
        const onRoot = new Uint8Array(graph.nodeCount);
        for (let c = graph.childStart(0); c < graph.childEnd(0); c++)
            if (graph.has(graph.childId[c]))
                onRoot[graph.childId[c]] = 1;
        // One list per statement and object that says it (an optimizer, an object listing variables).
        const shared = new Map();
        const sharedFor = (statement, id, make) => {
            const key = id * 8 + statement;
            let found = shared.get(key);
            if (!found)
                shared.set(key, (found = make(id === 0 ? 'the root object' : this.label(id))));
            return found;
        };
        const modelVariable = (0,classify/* evidenceOf */.X1)('parameter', 'object-graph', `model variable in the object graph${this.optimizers.length > 0 ? ' (no optimizer trains it: frozen or not trainable)' : ''}`);
        const kinds = new ModelVariableKinds(modelVariable);
        for (let id = 0; id < graph.nodeCount; id++) {
            for (let a = graph.attributeStart(id); a < graph.attributeEnd(id); a++) {
                const i = graph.attributeVariable[a];
                if (i < 0 || evidence[i] !== undefined)
                    continue;
                const name = graph.attributeName[a];
                if (name !== VARIABLE_VALUE) {
                    evidence[i] = (0,classify/* evidenceOf */.X1)('config', 'object-graph', `${name} attribute of ${this.label(id)}`);
                    continue;
                }
                const by = saidBy[id] - 1;
                switch (said[id]) {
                    case TRAINED:
                        evidence[i] = sharedFor(TRAINED, by, (optimizer) => (0,classify/* evidenceOf */.X1)('parameter', 'object-graph', `trained by ${optimizer}`));
                        break;
                    case LISTED_TRAINABLE:
                        evidence[i] = sharedFor(LISTED_TRAINABLE, by, (owner) => (0,classify/* evidenceOf */.X1)('parameter', 'object-graph', `among the trainable variables ${owner} lists`));
                        break;
                    case LISTED_NOT_TRAINABLE:
                        evidence[i] = sharedFor(LISTED_NOT_TRAINABLE, by, (owner) => (0,classify/* evidenceOf */.X1)('model-state', 'object-graph', `among the non-trainable variables ${owner} lists`));
                        break;
                    case OPTIMIZER_OWNED:
                        evidence[i] = sharedFor(OPTIMIZER_OWNED, by, (optimizer) => (0,classify/* evidenceOf */.X1)('optimizer-state', 'object-graph', `variable of the optimizer ${optimizer} (iteration count, hyper-parameter or slot)`));
                        break;
                    default: {
                        const variable = this.variables[i];
                        const counter = onRoot[id] === 1 && INTEGER.test(variable.dtype) && variable.shape.length === 0;
                        evidence[i] = counter ? ROOT_COUNTER : kinds.of(variable.name, graph.attributeFullName[a]);
                    }
                }
            }
        }
        return evidence;
    }
    /** Says `statement` of node `id`, made by `by`, unless something was said of it already. */
    say(id, statement, by) {
        if (!this.graph.has(id) || this.said[id] !== 0)
            return;
        this.said[id] = statement;
        this.saidBy[id] = by + 1;
    }
    giveSlot(value, slot, primary) {
        if (value < 0 || this.evidence[value] !== undefined)
            return;
        this.evidence[value] = slot;
        this.slotOf[value] = primary;
    }
    /** The position of the variable node `id`'s value names, -1 if none. */
    valueOf(id) {
        const a = attributeOfValue(this.graph, id);
        return a < 0 ? -1 : this.graph.attributeVariable[a];
    }
    /** How variable node `id` is named in reasons: its full_name (`dense/kernel`), else its key. */
    nameOf(id) {
        const a = attributeOfValue(this.graph, id);
        return this.graph.attributeFullName[a] || displayKey(this.variables[this.graph.attributeVariable[a]].name);
    }
}
const ROOT_COUNTER = (0,classify/* evidenceOf */.X1)('loop-state', 'object-graph', "an integer scalar on the checkpoint's root object (a counter: save_counter, a step)");
/**
 * The kind of a model variable by the names the graph gives it (its key, then its full_name), with
 * the object graph's authority, before the bare statement that it is the model's. One list per
 * rule for keys; a list per variable only where its full_name alone says (it names the full name).
 */
class ModelVariableKinds {
    modelVariable;
    byRule = new Map();
    constructor(modelVariable) {
        this.modelVariable = modelVariable;
    }
    of(key, fullName) {
        const byKey = (0,classify/* evidenceFromRules */.nc)(key, TENSORFLOW_MODEL_VARIABLE_RULES);
        if (byKey.length > 0) {
            let found = this.byRule.get(byKey);
            if (!found)
                this.byRule.set(byKey, (found = Object.freeze([{ ...byKey[0], source: 'object-graph' }, ...this.modelVariable])));
            return found;
        }
        const byFullName = fullName ? (0,classify/* evidenceFromRules */.nc)(fullName, TENSORFLOW_MODEL_VARIABLE_RULES) : byKey;
        if (byFullName.length === 0)
            return this.modelVariable;
        const kind = { role: byFullName[0].role, source: 'object-graph', detail: `${byFullName[0].detail} (full name ${fullName})` };
        return Object.freeze([kind, ...this.modelVariable]);
    }
}
function attributeOfValue(graph, id) {
    for (let a = graph.attributeStart(id); a < graph.attributeEnd(id); a++)
        if (graph.attributeName[a] === VARIABLE_VALUE)
            return a;
    return -1;
}
function alike(a, b) {
    return a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((dim, i) => dim === b.shape[i]);
}
/** Calls `visit` with each item of each child list of `id` named in `lists`. */
function forEachItemOfList(graph, id, lists, visit) {
    for (let c = graph.childStart(id); c < graph.childEnd(id); c++) {
        if (!lists.has(graph.childName[c]))
            continue;
        const list = graph.childId[c];
        for (let at = graph.childStart(list); at < graph.childEnd(list); at++)
            if (graph.has(graph.childId[at]))
                visit(graph.childId[at]);
    }
}
/**
 * Breadth-first from `start` (included) through the nodes `enter` takes: it marks a node and says
 * true, or false for a node already marked or not to be entered, so each node is entered once.
 */
function walk(graph, start, enter) {
    if (!graph.has(start) || !enter(start))
        return;
    const queue = [start];
    // An index, not queue.shift(): shifting an array of 10^5 ids copies it each time.
    for (let head = 0; head < queue.length; head++) {
        const id = queue[head];
        for (let c = graph.childStart(id); c < graph.childEnd(id); c++) {
            const child = graph.childId[c];
            if (graph.has(child) && enter(child))
                queue.push(child);
        }
    }
}
/**
 * Each node's label: its path from the root as the checkpoint keys spell it (`model/dense/kernel`),
 * else `node N`. Paths are built on demand from the breadth-first parent of each node: only a few
 * nodes (optimizers, non-value attributes) need one, and a string per node of a model of 10^5
 * variables cost more than the rest of the classification.
 */
function objectLabels(graph) {
    const UNSEEN = -2;
    const parent = new Int32Array(graph.nodeCount).fill(UNSEEN);
    /** The child reference (position in childId/childName) each node was reached by. */
    const via = new Int32Array(graph.nodeCount);
    if (graph.nodeCount > 0)
        parent[0] = -1;
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
        const id = queue[head];
        for (let c = graph.childStart(id); c < graph.childEnd(id); c++) {
            const child = graph.childId[c];
            if (!graph.has(child) || parent[child] !== UNSEEN)
                continue;
            parent[child] = id;
            via[child] = c;
            queue.push(child);
        }
    }
    const pathOf = (id) => {
        // Iterative: a hostile graph can be a chain of 10^5 nodes.
        const names = [];
        for (let at = id; at !== 0; at = parent[at]) {
            if (!graph.has(at) || parent[at] < 0)
                return undefined;
            names.push(graph.childName[via[at]]);
        }
        return names.reverse().join('/');
    };
    return (id) => pathOf(id) ?? `node ${id}`;
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/evidence.ts





/**
 * Each variable's position by its name, for the two name lookups of a TF read: the object graph's
 * checkpoint keys, straight from their UTF-8 bytes (10^5 at 10^5 variables), and the slot
 * structure's prefixes (`X` of `X/Adam`), as strings. A NameIndex: do not replace with a Map of
 * decoded keys (bench/README.md, "Name index").
 */
function variableIndex(variables) {
    return new io_bytes/* NameIndex */.SJ(variables.length, (i) => variables[i].name);
}
/** `OBJECT_GRAPH_PROTO_KEY` (tensorflow/tensorflow:tensorflow/python/trackable/constants.py). */
const OBJECT_GRAPH_KEY = '_CHECKPOINTABLE_OBJECT_GRAPH';
function variableEvidence(variables, sources, names = variableIndex(variables)) {
    const slotOf = new Array(variables.length).fill(undefined);
    const slots = new SlotTally();
    const graph = sources.objectGraph ? objectGraphEvidence(sources.objectGraph, variables, slotOf, slots) : undefined;
    const structure = slotStructure(variables, names, slotOf, slots);
    const { metaGraph } = sources;
    const joined = new JoinedLists();
    const evidence = new Array(variables.length);
    for (let i = 0; i < variables.length; i++) {
        const { name } = variables[i];
        let found = joined.join(graph?.[i], structure[i]);
        if (metaGraph)
            found = joined.join(found, metaGraphEvidence(metaGraph, name));
        if (sources.objectGraph && name === OBJECT_GRAPH_KEY)
            found = joined.join(found, THE_OBJECT_GRAPH);
        evidence[i] = found.length > 0 ? found : (0,classify/* evidenceFromRules */.nc)(name, TENSORFLOW_NAME_RULES);
    }
    const categoryNotes = {};
    const optimizerNote = slots.describe() ?? describeOptimizerObjects(variables, evidence);
    if (optimizerNote)
        categoryNotes.optimizer = optimizerNote;
    const classifiedBy = sources.objectGraph ? 'object-graph' : metaGraph?.trainable || metaGraph?.globalStep ? 'meta-graph' : 'name-rules';
    return { evidence, slotOf, classifiedBy, categoryNotes };
}
const THE_OBJECT_GRAPH = (0,classify/* evidenceOf */.X1)('config', 'object-graph', 'the TF2 object graph, stored as a string tensor');
// --- The TF1 meta graph ---------------------------------------------------------------------------
const TRAINABLE = (0,classify/* evidenceOf */.X1)('parameter', 'meta-graph', "listed in the meta graph's trainable_variables");
const NOT_TRAINABLE = (0,classify/* evidenceOf */.X1)('not-trained', 'meta-graph', 'a variable the meta graph does not list as trainable');
const GLOBAL_STEP = (0,classify/* evidenceOf */.X1)('loop-state', 'meta-graph', "the meta graph's global_step (training-loop counter)");
function metaGraphEvidence(metaGraph, name) {
    if (metaGraph.globalStep?.has(name))
        return GLOBAL_STEP;
    if (!metaGraph.trainable)
        return undefined;
    return metaGraph.trainable.has(name) ? TRAINABLE : NOT_TRAINABLE;
}
const evidence_NO_EVIDENCE = Object.freeze([]);
/**
 * Concatenations of shared evidence lists, each made once: the parts are shared (one per kind of
 * statement), so there are few combinations however many variables share them.
 */
class JoinedLists {
    byFirst = new Map();
    join(first, second) {
        if (!first || first.length === 0)
            return second ?? evidence_NO_EVIDENCE;
        if (!second || second.length === 0)
            return first;
        let bySecond = this.byFirst.get(first);
        if (!bySecond)
            this.byFirst.set(first, (bySecond = new Map()));
        let both = bySecond.get(second);
        if (!both)
            bySecond.set(second, (both = Object.freeze([...first, ...second])));
        return both;
    }
}
// --- The slot structure ------------------------------------------------------------------------------
const SLOT_SUFFIX = /^[A-Za-z][A-Za-z0-9_]*$/;
const PART = /\/part_(\d+)$/;
const ATTRIBUTES = '/.ATTRIBUTES';
/**
 * Per variable, what the slot structure says (shared lists), or undefined. Names are looked up in
 * `names` (one table from name to position, shared with the object graph's decoder): with 10^5
 * variables, hash-map operations on names were most of the time of this pass.
 */
function slotStructure(variables, names, slotOf, slots) {
    const found = new Array(variables.length).fill(undefined);
    const optimizers = new Set();
    // Every TF2 key ends in `/.ATTRIBUTES/<attribute>`, whose prefix is a variable only if some key
    // ends in `/.ATTRIBUTES`: without one, those prefixes are not looked up (10^5 lookups of names
    // that cannot be there, a tenth of a TF2 read).
    const attributesCanBePrimary = variables.some((variable) => variable.name.endsWith(ATTRIBUTES));
    for (let i = 0; i < variables.length; i++) {
        const variable = variables[i];
        const slash = variable.name.lastIndexOf('/');
        if (slash <= 0)
            continue;
        if (!attributesCanBePrimary && slash >= ATTRIBUTES.length && variable.name.startsWith(ATTRIBUTES, slash - ATTRIBUTES.length))
            continue;
        // The suffix first: it rules most names out without hashing their prefix.
        const suffix = variable.name.slice(slash + 1);
        if (!SLOT_SUFFIX.test(suffix) || NOT_A_SLOT.test(suffix))
            continue;
        const primaryIndex = primaryOf(variables, names, variable, variable.name.slice(0, slash));
        if (primaryIndex < 0)
            continue;
        const primary = variables[primaryIndex];
        const known = slotSuffix(suffix);
        slots.add(known.optimizer, known.slot, primary.name);
        optimizers.add(known.optimizer);
        // The first statement of each kind stands (a name can look like a slot of two variables).
        if (found[i] === undefined) {
            found[i] = known.evidence;
            slotOf[i] ??= primary.name;
        }
        found[primaryIndex] ??= known.primaryEvidence;
    }
    for (const optimizer of optimizers)
        nonSlotVariables(variables, optimizer, found);
    return found;
}
/** The position of the variable `prefix` names (or, for `X/part_N`, of `X`) when `slot` is shaped like it (its part N), else -1. */
function primaryOf(variables, names, slot, prefix) {
    const exact = names.position(prefix);
    if (exact >= 0)
        return evidence_alike(variables[exact], slot, variables[exact].shape) ? exact : -1;
    // A partitioned variable's slots (TF1 Estimator's Ftrl, Adagrad): `X/part_N/<slot>`, shaped like part N of X.
    const part = PART.exec(prefix);
    if (!part)
        return -1;
    const whole = names.position(prefix.slice(0, part.index));
    if (whole < 0)
        return -1;
    const primary = variables[whole];
    const partShape = primary.parts?.[Number(part[1])] ?? primary.shape;
    return evidence_alike(primary, slot, partShape) ? whole : -1;
}
function evidence_alike(primary, slot, shape) {
    return primary.dtype === slot.dtype && shape.length === slot.shape.length && shape.every((dim, i) => dim === slot.shape[i]);
}
/** An optimizer's non-slot scalars (TF1_NON_SLOT_VARIABLES), once its slots are found. */
function nonSlotVariables(variables, optimizer, found) {
    const pattern = TF1_NON_SLOT_VARIABLES[optimizer];
    if (!pattern)
        return;
    const evidence = (0,classify/* evidenceOf */.X1)('optimizer-state', 'slot-structure', `non-slot variable of the ${optimizer} optimizer whose slots this checkpoint holds`);
    for (let i = 0; i < variables.length; i++) {
        const { name, shape } = variables[i];
        if (shape.length === 0 && found[i] === undefined && pattern.test(name.slice(name.lastIndexOf('/') + 1)))
            found[i] = evidence;
    }
}
const SAME_SHAPE = ': same shape and dtype';
const SLOT_OF = new Map();
const MAX_CACHED_SUFFIXES = 1_000;
/** `Adam_1` -> optimizer Adam, slot v (TF1 names slots by optimizer, then `_1`, `_2` in creation order). */
function slotSuffix(suffix) {
    // Every variable has the same few suffixes (Adam, Adam_1): made once each.
    let known = SLOT_OF.get(suffix);
    if (!known) {
        known = parseSlotSuffix(suffix);
        if (SLOT_OF.size < MAX_CACHED_SUFFIXES)
            SLOT_OF.set(suffix, known);
    }
    return known;
}
function parseSlotSuffix(suffix) {
    const match = /^(.*?)(?:_(\d+))?$/.exec(suffix);
    const known = TF1_SLOT_NAMES[match[1]];
    const index = match[2] === undefined ? 0 : Number(match[2]);
    const [optimizer, slot] = known && index < known.length ? [match[1], known[index]] : [suffix, suffix];
    const slotText = `${optimizer} slot${slot === suffix ? '' : ` (${slot})`}`;
    return {
        optimizer,
        slot,
        evidence: slotEvidence('slot-structure', `${slotText} of a variable${SAME_SHAPE}`, (variable) => `${slotText} of ${variable}${SAME_SHAPE}`),
        primaryEvidence: (0,classify/* evidenceOf */.X1)('parameter', 'slot-structure', `has optimizer slots (${suffix})`)
    };
}
/**
 * Without slot references (new Keras optimizers keep m and v as `_variables/N` of the optimizer
 * object, and the object graph may be absent): "generator_optimizer (19 variables), ...", counting
 * the variables something says are the optimizer's and nothing says are the model's.
 */
function describeOptimizerObjects(variables, evidence) {
    const counts = new Map();
    for (let i = 0; i < variables.length; i++) {
        let optimizer = false;
        let model = false;
        for (const { role } of evidence[i]) {
            optimizer ||= role === 'optimizer-slot' || role === 'optimizer-state';
            model ||= role === 'parameter';
        }
        if (!optimizer || model)
            continue;
        const owner = /^((?:[^/]*_)?optimizer)\//i.exec(variables[i].name);
        if (owner)
            counts.set(owner[1], (counts.get(owner[1]) ?? 0) + 1);
    }
    if (counts.size === 0)
        return undefined;
    return [...counts].map(([owner, count]) => `${owner} (${count} variable${count === 1 ? '' : 's'})`).join(', ');
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/object-graph.ts
/**
 * A TF2 checkpoint's TrackableObjectGraph (tensorflow/tensorflow:
 * tensorflow/core/protobuf/trackable_object_graph.proto) as classification reads it: per node,
 * its children, its serialized attributes and the slot variables it owns, in flat arrays.
 *
 * Why flat arrays: a model of 10^5 variables has ~1.3 * 10^5 nodes. Kept as objects (a node, an
 * array per repeated field, an object per child, attribute and slot, a string per checkpoint key)
 * the graph took ~47 MB of heap for 16 MB of protobuf, most of a TF2 read's peak memory. Here a
 * node is a few array positions, an attribute's checkpoint key is the position of the variable
 * it names (the key string is the tensor's name, already held once), and repeated names (`kernel`,
 * `VARIABLE_VALUE`, `m`) are one string each.
 *
 * The items of node `id` are the positions `start(id) <= i < end(id)` of the per-item arrays,
 * e.g. children `childId[i]` / `childName[i]` for `childStart(id) <= i < childEnd(id)`. An id
 * outside the graph (a hostile child reference) has no items.
 */
class ObjectGraph {
    nodeCount;
    childOffsets;
    childId;
    childName;
    attributeOffsets;
    attributeName;
    attributeVariable;
    unresolvedKeys;
    attributeFullName;
    slotOffsets;
    slotOriginal;
    slotName;
    slotNode;
    constructor(
    /** Number of nodes; node 0 is the root. */
    nodeCount, childOffsets, 
    /** ObjectReference.node_id of each child reference. */
    childId, 
    /** ObjectReference.local_name of each child reference. */
    childName, attributeOffsets, 
    /** SerializedTensor.name of each attribute (`VARIABLE_VALUE` for a variable's value). */
    attributeName, 
    /** The position, among the variables the graph was resolved against, of the tensor each attribute's checkpoint_key names; -1 if none. */
    attributeVariable, 
    /** The checkpoint_key of the attributes that name no variable (none in a consistent checkpoint). */
    unresolvedKeys, 
    /** SerializedTensor.full_name of each attribute ('' when absent, and for slots named before them: see ObjectGraphBuilder). */
    attributeFullName, slotOffsets, 
    /** SlotVariableReference.original_variable_node_id of each slot. */
    slotOriginal, 
    /** SlotVariableReference.slot_name of each slot. */
    slotName, 
    /** SlotVariableReference.slot_variable_node_id of each slot. */
    slotNode) {
        this.nodeCount = nodeCount;
        this.childOffsets = childOffsets;
        this.childId = childId;
        this.childName = childName;
        this.attributeOffsets = attributeOffsets;
        this.attributeName = attributeName;
        this.attributeVariable = attributeVariable;
        this.unresolvedKeys = unresolvedKeys;
        this.attributeFullName = attributeFullName;
        this.slotOffsets = slotOffsets;
        this.slotOriginal = slotOriginal;
        this.slotName = slotName;
        this.slotNode = slotNode;
    }
    has(id) {
        return id >= 0 && id < this.nodeCount;
    }
    childStart(id) {
        return this.has(id) ? this.childOffsets[id] : 0;
    }
    childEnd(id) {
        return this.has(id) ? this.childOffsets[id + 1] : 0;
    }
    attributeStart(id) {
        return this.has(id) ? this.attributeOffsets[id] : 0;
    }
    attributeEnd(id) {
        return this.has(id) ? this.attributeOffsets[id + 1] : 0;
    }
    slotStart(id) {
        return this.has(id) ? this.slotOffsets[id] : 0;
    }
    slotEnd(id) {
        return this.has(id) ? this.slotOffsets[id + 1] : 0;
    }
}
/**
 * Builds an ObjectGraph from its nodes, given one at a time and item by item as they are decoded
 * (`startNode`, then its children, attributes and slot references in any order). Its arrays start
 * at the sizes expected (from the number of tensors: a node per object, an attribute per
 * variable, at most a slot per variable) and double when a graph has more: arrays grown by push
 * from empty left outgrown copies of tens of MB behind for 10^5 nodes.
 */
class ObjectGraphBuilder {
    maxItems;
    tooMany;
    nodes = 0;
    children = 0;
    attributes = 0;
    slots = 0;
    childOffsets;
    childId;
    childName = [];
    attributeOffsets;
    attributeName = [];
    attributeVariable;
    unresolvedKeys = new Map();
    attributeFullName = [];
    slotOffsets;
    slotOriginal;
    slotName = [];
    slotNode;
    /**
     * Nodes named as slot variables by the nodes added so far (1 = a slot). A slot's attributes are
     * decided by its slot reference, so their full_name is never read: it is not kept for nodes
     * already known as slots when they are added (optimizers come before the variables in TF's
     * breadth-first numbering; that saves a string per slot, 2/3 of an Adam checkpoint's).
     */
    slotNodeSeen;
    /** Whether the node being added is one of those. */
    addingSlot = false;
    constructor(expected, maxItems, tooMany) {
        this.maxItems = maxItems;
        this.tooMany = tooMany;
        this.childOffsets = new Uint32Array(expected.nodes + 1);
        this.attributeOffsets = new Uint32Array(expected.nodes + 1);
        this.slotOffsets = new Uint32Array(expected.nodes + 1);
        this.childId = new Int32Array(expected.children);
        this.attributeVariable = new Int32Array(expected.attributes);
        this.slotOriginal = new Int32Array(expected.slots);
        this.slotNode = new Int32Array(expected.slots);
        this.slotNodeSeen = new Uint8Array(expected.nodes);
    }
    /** Starts the next node (ids are given in order, from 0); the items added next are its own. */
    startNode() {
        this.countItem();
        const n = this.nodes++;
        if (n + 2 > this.childOffsets.length) {
            this.childOffsets = grown(this.childOffsets, n + 2);
            this.attributeOffsets = grown(this.attributeOffsets, n + 2);
            this.slotOffsets = grown(this.slotOffsets, n + 2);
        }
        this.childOffsets[n + 1] = this.children;
        this.attributeOffsets[n + 1] = this.attributes;
        this.slotOffsets[n + 1] = this.slots;
        this.addingSlot = n < this.slotNodeSeen.length && this.slotNodeSeen[n] === 1;
    }
    /** Whether the full_name of the current node's attributes is kept (see slotNodeSeen); when not, it need not be decoded. */
    get keepsFullName() {
        return !this.addingSlot;
    }
    /** An ObjectReference of the current node. */
    addChild(nodeId, localName) {
        this.countItem();
        if (this.children + 1 > this.childId.length)
            this.childId = grown(this.childId, this.children + 1);
        this.childId[this.children] = nodeId;
        this.childName[this.children++] = localName;
        this.childOffsets[this.nodes] = this.children;
    }
    /**
     * A SerializedTensor of the current node: `variable` is the position of the variable its
     * checkpoint_key names, else -1 and `unresolvedKey` is that key. `fullName` is dropped unless
     * `keepsFullName`.
     */
    addAttribute(name, fullName, variable, unresolvedKey) {
        this.countItem();
        if (this.attributes + 1 > this.attributeVariable.length)
            this.attributeVariable = grown(this.attributeVariable, this.attributes + 1);
        if (variable < 0)
            this.unresolvedKeys.set(this.attributes, unresolvedKey);
        this.attributeName[this.attributes] = name;
        this.attributeVariable[this.attributes] = variable;
        this.attributeFullName[this.attributes++] = this.addingSlot ? '' : fullName;
        this.attributeOffsets[this.nodes] = this.attributes;
    }
    /** A SlotVariableReference of the current node. */
    addSlot(originalVariableNodeId, slotName, slotVariableNodeId) {
        this.countItem();
        if (this.slots + 1 > this.slotNode.length) {
            this.slotOriginal = grown(this.slotOriginal, this.slots + 1);
            this.slotNode = grown(this.slotNode, this.slots + 1);
        }
        this.markSlot(slotVariableNodeId);
        this.slotOriginal[this.slots] = originalVariableNodeId;
        this.slotName[this.slots] = slotName;
        this.slotNode[this.slots++] = slotVariableNodeId;
        this.slotOffsets[this.nodes] = this.slots;
    }
    build() {
        return new ObjectGraph(this.nodes, this.childOffsets, this.childId, this.childName, this.attributeOffsets, this.attributeName, this.attributeVariable, this.unresolvedKeys, this.attributeFullName, this.slotOffsets, this.slotOriginal, this.slotName, this.slotNode);
    }
    /** Nodes and their items count together against the limit, each before anything is stored for it. */
    countItem() {
        const items = this.nodes + this.children + this.attributes + this.slots + 1;
        if (items > this.maxItems)
            throw this.tooMany(items);
    }
    markSlot(id) {
        // Ids beyond what a graph within the item limit can hold are not marked (their names are kept).
        if (id < 0 || id >= this.maxItems)
            return;
        if (id >= this.slotNodeSeen.length) {
            const grownSeen = new Uint8Array(Math.min(this.maxItems, Math.max(id + 1, this.slotNodeSeen.length * 2)));
            grownSeen.set(this.slotNodeSeen);
            this.slotNodeSeen = grownSeen;
        }
        this.slotNodeSeen[id] = 1;
    }
}
/** A copy of `array` with room for at least `needed` items (twice as many as it had). */
function grown(array, needed) {
    const copy = new array.constructor(Math.max(needed, array.length * 2, 16));
    copy.set(array);
    return copy;
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/object-graph-proto.ts




/** Bytes of the graph read at a time. */
const GRAPH_WINDOW_BYTES = 256 * 1024;
/** The window an object graph is read through: one buffer of GRAPH_WINDOW_BYTES, refilled. */
function graphWindow(source) {
    return new io_bytes/* Window */.p8(source, { kind: 'reuse', readBytes: GRAPH_WINDOW_BYTES });
}
/**
 * The TrackableObjectGraph in `graph` from byte `start` to its end (the serialized proto, in
 * memory or through a graphWindow), with its checkpoint keys resolved against `variables` (see ObjectGraph); `tensors` (the
 * bundle's tensor count) sizes its arrays. The graph is read through one reused window of 256 KiB
 * (bench/README.md, "Windows": a new buffer per window left up to the whole graph, 16 MB at 10^5
 * variables, of dead windows in the peak RSS); each node is loaded whole and decoded into the
 * graph at once (readTrackableObject). Reuse is safe because nothing keeps a view into the window
 * past its node: names and keys are decoded into strings, ids and counts are numbers.
 */
async function decodeTrackableObjectGraph(graph, file, variables, tensors = 0, start = 0) {
    const window = graph instanceof Uint8Array ? io_bytes/* Window */.p8.of(graph, file, 0, 'object graph') : graph;
    const expected = { nodes: 2 * tensors + 16, children: 2 * tensors + 16, attributes: tensors + 16, slots: tensors };
    const tooMany = (items) => new errors/* LimitExceededError */.lo(file, 'the nodes and items of the object graph', items, limits/* MAX_TF_OBJECT_GRAPH_ITEMS */.A);
    const builder = new ObjectGraphBuilder(expected, limits/* MAX_TF_OBJECT_GRAPH_ITEMS */.A, tooMany);
    const names = new SharedNames(window);
    const what = 'the _CHECKPOINTABLE_OBJECT_GRAPH tensor';
    const reader = new io_bytes/* ProtoReader */.iP(window, start, window.size, what);
    // One reader and one field per nesting level, reused for every node and item (nothing is allocated per field).
    const walk = {
        node: new io_bytes/* ProtoReader */.iP(window, start, start, what),
        item: new io_bytes/* ProtoReader */.iP(window, start, start, what),
        field: io_bytes/* ProtoReader */.iP.field(),
        inner: io_bytes/* ProtoReader */.iP.field()
    };
    const field = io_bytes/* ProtoReader */.iP.field();
    // TrackableObjectGraph: 1 nodes (repeated TrackableObject), its only field.
    for (;;) {
        if (!reader.nextInWindowInto(field)) {
            if (reader.done)
                break;
            Object.assign(field, await reader.next());
        }
        if (field.field !== 1 || field.wireType !== io_bytes/* WireType */.O0.LEN)
            continue;
        walk.node.enter(reader, field, what);
        // An await only when the window must be refilled: one per node was most of the walk's time.
        if (!window.has(field.offset, field.length))
            await walk.node.loadRest(field.length);
        readTrackableObject(walk, builder, names, variables);
    }
    return builder.build();
}
/**
 * One TrackableObject, all in the window, added to `builder` field by field
 * (tensorflow/tensorflow:tensorflow/core/protobuf/trackable_object_graph.proto):
 *
 *   TrackableObject       1 children: ObjectReference, 2 attributes: SerializedTensor,
 *                         3 slot_variables: SlotVariableReference (all repeated)
 *   ObjectReference       1 node_id (int32), 2 local_name
 *   SerializedTensor      1 name, 2 full_name, 3 checkpoint_key (4 optional_restore: unused)
 *   SlotVariableReference 1 original_variable_node_id (int32), 2 slot_name, 3 slot_variable_node_id (int32)
 *
 * Nothing is built per node but what the graph keeps: a message per node, an array per repeated
 * field and an object per item, all garbage once added to the graph, were a third of a TF2 read's
 * CPU time at 10^5 variables. Protobuf's rules hold (the last value of a field wins, a field of an
 * unexpected wire type is skipped like an unknown one), and only the strings kept are decoded:
 * names through SharedNames, a slot's full_name not at all (ObjectGraphBuilder.keepsFullName), a
 * checkpoint_key only if it names no variable (it is looked up from its bytes: NameIndex).
 */
function readTrackableObject(walk, builder, names, variables) {
    const { node, item, field } = walk;
    builder.startNode();
    while (node.nextInto(field)) {
        if (field.wireType !== io_bytes/* WireType */.O0.LEN)
            continue;
        if (field.field === 1)
            readObjectReference(item.enter(node, field, node.what), walk.inner, builder, names);
        else if (field.field === 2)
            readSerializedTensor(item.enter(node, field, node.what), walk.inner, builder, names, variables);
        else if (field.field === 3)
            readSlotVariableReference(item.enter(node, field, node.what), walk.inner, builder, names);
    }
}
function readObjectReference(reader, field, builder, names) {
    let nodeId = 0;
    let localName = '';
    while (reader.nextInto(field)) {
        if (field.field === 1 && field.wireType === io_bytes/* WireType */.O0.VARINT)
            nodeId = reader.int32(field, 'node_id');
        else if (field.field === 2 && field.wireType === io_bytes/* WireType */.O0.LEN)
            localName = names.read(field);
    }
    builder.addChild(nodeId, localName);
}
function readSerializedTensor(reader, field, builder, names, variables) {
    let name = '';
    let fullName = '';
    // checkpoint_key: where its last value is (offset -1: absent, the empty key).
    let keyAt = -1;
    let keyLength = 0;
    while (reader.nextInto(field)) {
        if (field.wireType !== io_bytes/* WireType */.O0.LEN)
            continue;
        if (field.field === 1)
            name = names.read(field);
        else if (field.field === 2)
            fullName = builder.keepsFullName ? names.decode(field.offset, field.length) : '';
        else if (field.field === 3) {
            keyAt = field.offset;
            keyLength = field.length;
        }
    }
    let variable;
    let unresolvedKey = '';
    const { buffer, bufferStart } = names.window;
    if (keyAt >= 0) {
        const start = keyAt - bufferStart;
        variable = variables.positionOfUtf8(buffer, start, start + keyLength);
        // A key that names no variable is kept as text (and checked as UTF-8, as every string read).
        if (variable < 0)
            unresolvedKey = names.decode(keyAt, keyLength);
    }
    else {
        variable = variables.positionOfUtf8(buffer, 0, 0); // the empty key
    }
    builder.addAttribute(name, fullName, variable, unresolvedKey);
}
function readSlotVariableReference(reader, field, builder, names) {
    let original = 0;
    let slotName = '';
    let slotNode = 0;
    while (reader.nextInto(field)) {
        if (field.field === 1 && field.wireType === io_bytes/* WireType */.O0.VARINT)
            original = reader.int32(field, 'original_variable_node_id');
        else if (field.field === 2 && field.wireType === io_bytes/* WireType */.O0.LEN)
            slotName = names.read(field);
        else if (field.field === 3 && field.wireType === io_bytes/* WireType */.O0.VARINT)
            slotNode = reader.int32(field, 'slot_variable_node_id');
    }
    builder.addSlot(original, slotName, slotNode);
}
/**
 * The short names the graph repeats on every node (`kernel`, `VARIABLE_VALUE`, `m`, `v`), one
 * string for each distinct name, found from their bytes without decoding them again: decoding
 * was a call into the platform's TextDecoder and a new string for each of ~4 * 10^5 names at 10^5
 * variables, to keep one of them. A name is found by a hash of its bytes and taken only if it has
 * exactly these bytes (compared as ASCII; a name with other characters is decoded each time).
 * The table is emptied when full, rather than frozen: frozen, it was filled by the first large
 * node of a model (children `layer_0`, `layer_1`...) and every later repeated name was a string
 * of its own (~4 MB at 10^5 variables). A name that repeats is back in it at its next occurrence.
 */
class SharedNames {
    window;
    byHash = new Map();
    constructor(window) {
        this.window = window;
    }
    /** The string field `field` (in the window, which holds the node being decoded). */
    read(field) {
        const { buffer, bufferStart } = this.window;
        const start = field.offset - bufferStart;
        const end = start + field.length;
        const hash = (0,io_bytes/* hashUtf8 */.e1)(buffer, start, end);
        const known = this.byHash.get(hash);
        if (known !== undefined && (0,io_bytes/* isAscii */.ER)(known, buffer, start, end))
            return known;
        const name = this.decode(field.offset, field.length);
        if (this.byHash.size >= MAX_SHARED_NAMES)
            this.byHash.clear();
        this.byHash.set(hash, name);
        return name;
    }
    /** The string of `length` bytes at file offset `offset` (in the window), strict UTF-8 as every proto3 string. */
    decode(offset, length) {
        if (length > limits/* MAX_NAME_BYTES */.pg) {
            throw new errors/* FormatError */.IF(this.window.name, `a name in the object graph is ${length} bytes, over the ${limits/* MAX_NAME_BYTES */.pg}-byte limit`, { offset });
        }
        const start = offset - this.window.bufferStart;
        return (0,io_bytes/* strictUtf8 */.NR)(this.window.buffer.subarray(start, start + length), this.window.name, 'a name in the object graph', offset);
    }
}
/** Distinct names held at a time by SharedNames. */
const MAX_SHARED_NAMES = 10_000;

// EXTERNAL MODULE: ./src/formats/kit/open.ts
var kit_open = __webpack_require__(47247);
;// CONCATENATED MODULE: ./src/formats/tensorflow/read-bundle.ts











/**
 * Reads the tensor bundle with prefix `prefix` (`P.index` plus `P.data-*`): every tensor's span in
 * its data shard, and what the checkpoint says of it (evidence.ts). Data shards are only stat'ed, except for one positioned read
 * of the object graph tensor when the bundle has one.
 */
async function readTensorBundle(prefix, files, options = {}) {
    const indexPath = `${prefix}.index`;
    const { indexBytes, index } = await readIndex(prefix, files);
    const { header, shardPaths, tensors } = index;
    // Data shards: their sizes on disk, or what the index describes (the bytes its tensors occupy).
    const shards = new companions/* Companions */.I(files, 'the index');
    for (let shard = 0; shard < header.numShards; shard++)
        await shards.companion(shardPaths[shard], 'data', { describedBytes: index.described[shard] });
    const warnings = shards.warnings();
    const result = [{ path: indexPath, role: 'index', bytes: indexBytes, present: true }, ...shards.files];
    const { variables, variableOf } = variablesOf(index);
    const names = variableIndex(variables);
    const objectGraphTensor = tensors.find((tensor) => tensor.name === OBJECT_GRAPH_KEY);
    const objectGraph = objectGraphTensor && (await readObjectGraph(objectGraphTensor, files, warnings, names, tensors.length));
    const found = variableEvidence(variables, { objectGraph, metaGraph: options.metaGraph }, names);
    const mismatched = sizeMismatches(tensors);
    if (mismatched.length > 0) {
        warnings.push(`${indexPath}: ${mismatched.length} tensor(s) whose size in the index differs from dtype x shape ` +
            `(${mismatched.slice(0, 3).join(', ')}${mismatched.length > 3 ? ', ...' : ''}); their sizes are taken from the index, which TensorFlow would reject`);
    }
    if (header.endianness === 'big')
        warnings.push(`${indexPath}: big-endian tensor data (sizes are unaffected)`);
    // Each tensor gets the evidence of the variable its bytes belong to.
    const { evidence, slotOf } = found;
    tensors.forEach((tensor, i) => tensor.explain(evidence[variableOf[i]], slotOf[variableOf[i]], index.slices.get(i)?.variable));
    return { files: result, tensors, classifiedBy: found.classifiedBy, warnings, categoryNotes: found.categoryNotes };
}
async function readIndex(prefix, files) {
    const indexPath = `${prefix}.index`;
    return (0,kit_open/* withSource */.g)(files, indexPath, async (source) => {
        if (source.size > limits/* MAX_TF_INDEX_BYTES */.X)
            throw new errors/* LimitExceededError */.lo(indexPath, 'the index size', source.size, limits/* MAX_TF_INDEX_BYTES */.X);
        return { indexBytes: source.size, index: await readBundleIndex(source, indexPath, bundleDecoders()) };
    });
}
/**
 * The variables to classify: each tensor with data of its own is its own variable (its
 * TensorInfo, which has a name, dtype and shape), then each partitioned variable once; and for
 * each tensor, the position of the variable its bytes belong to.
 */
function variablesOf(index) {
    const variables = [];
    const variableOf = new Uint32Array(index.tensors.length);
    index.tensors.forEach((tensor, i) => {
        if (index.slices.has(i))
            return;
        variableOf[i] = variables.length;
        variables.push(tensor);
    });
    const partitioned = new Map();
    for (const [name, entry] of index.partitioned) {
        partitioned.set(name, variables.length);
        variables.push({ name, dtype: tfDtypeName(entry.dtype), shape: entry.shape, parts: [] });
    }
    // Each partitioned variable's parts, in partition order (by where each slice starts).
    const slices = [...index.slices].sort(([, a], [, b]) => compareStarts(a.extents, b.extents));
    for (const [i, slice] of slices) {
        const variable = variables[(variableOf[i] = partitioned.get(slice.variable))];
        variable.parts?.push(index.tensors[i].shape);
    }
    return { variables, variableOf };
}
function compareStarts(a, b) {
    for (let d = 0; d < Math.min(a.length, b.length); d++)
        if (a[d].start !== b[d].start)
            return a[d].start - b[d].start;
    return 0;
}
/**
 * Tensors whose size in the index is not numElements x element size. TF refuses to load those
 * ("Invalid size in bundle entry", tensor_bundle.cc BundleReader::GetValue); strings, variants and
 * sub-byte types have no fixed size and are not checked.
 */
function sizeMismatches(tensors) {
    const names = [];
    for (const tensor of tensors) {
        if ((dtypes/* DTYPES */.A1[tensor.dtype]?.bits ?? 0) < 8 || tensor.shape.some((dim) => dim < 0))
            continue;
        const expected = (0,dtypes/* denseBytes */.vQ)(tensor.dtype, tensor.shape);
        if (expected !== undefined && expected !== tensor.byteLength)
            names.push(`'${tensor.name}' ${tensor.byteLength} B, expected ${expected} B`);
    }
    return names;
}
/**
 * The TrackableObjectGraph stored as the scalar string tensor `_CHECKPOINTABLE_OBJECT_GRAPH`:
 * varint64 length, masked CRC32C of the length (4 bytes), then the serialized proto
 * (tensor_bundle.cc WriteStringTensor). Undefined when the bundle has none or its shard is absent.
 */
async function readObjectGraph(entry, files, warnings, variables, tensorCount) {
    const path = entry.file;
    if ((await files.size(path)) === undefined) {
        warnings.push(`the object graph is in the absent shard ${path}; categories come from the slot structure and names`);
        return undefined;
    }
    if (entry.byteLength > limits/* MAX_TF_OBJECT_GRAPH_BYTES */.ID) {
        throw new errors/* LimitExceededError */.lo(path, 'the size of the object graph tensor', entry.byteLength, limits/* MAX_TF_OBJECT_GRAPH_BYTES */.ID);
    }
    return (0,kit_open/* withSource */.g)(files, path, async (source) => {
        // varint64 length and the 4-byte CRC of the length, then the proto, all read through one window.
        const window = graphWindow(new io_bytes/* SpanSource */.sR(source, entry.offset, entry.byteLength, path));
        const head = new io_bytes/* Cursor */.bs(window, 0, window.size, 'object graph tensor');
        await head.ensureUpTo(io_bytes/* MAX_VARINT_BYTES */.cJ + 4);
        const length = head.varint('object graph length');
        head.skip(4); // masked CRC32C of the length
        const holds = entry.byteLength - head.position;
        if (length !== holds) {
            throw new errors/* FormatError */.IF(path, `the object graph tensor says ${length} bytes but its entry holds ${holds}`, {
                offset: entry.offset,
                fix: 'The data shard does not match its index; re-save the checkpoint.'
            });
        }
        return await decodeTrackableObjectGraph(window, path, variables, tensorCount, head.position);
    });
}

// EXTERNAL MODULE: ./src/formats/tensorflow/sniff.ts
var sniff = __webpack_require__(95096);
;// CONCATENATED MODULE: ./src/formats/tensorflow/state-file.ts




/** The state file TF's checkpoint managers keep next to their checkpoints. */
const STATE_FILE = 'checkpoint';
/**
 * The checkpoint a TF `checkpoint` state file names as latest, as a path next to the state file.
 * The file is a text proto, `model_checkpoint_path: "ckpt-1000"` (FORMATS.md §1.1), relative to
 * its directory or absolute where it was saved. An absolute path is read as its last component in
 * this directory: the path of the machine that trained it means nothing in a checkout.
 */
function latestFromStateFile(statePath, text) {
    const match = /^model_checkpoint_path:\s*"((?:[^"\\]|\\.)*)"/m.exec(text);
    if (!match)
        return undefined;
    const target = match[1].replace(/\\(.)/g, '$1');
    return (0,checkpoint_files/* joinPath */.uJ)((0,checkpoint_files/* dirname */.pD)(statePath), target.startsWith('/') ? (0,checkpoint_files/* basename */.P8)(target) : target);
}
/**
 * The state file in `dir`, if there is one, read up to MAX_TF_STATE_FILE_BYTES. For the pipeline,
 * which marks the latest checkpoint, and the TF reader, which lists the file with the checkpoint it
 * names; errors opening or reading it are the caller's to handle.
 */
async function readStateFile(dir, files) {
    if (!(await files.list(dir)).includes(STATE_FILE))
        return undefined;
    const path = (0,checkpoint_files/* joinPath */.uJ)(dir, STATE_FILE);
    return (0,kit_open/* withSource */.g)(files, path, async (source) => {
        const text = (0,io_bytes/* utf8 */.As)(await source.read(0, Math.min(source.size, limits/* MAX_TF_STATE_FILE_BYTES */.$5)));
        return { path, bytes: source.size, latest: latestFromStateFile(path, text) };
    });
}

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
        let metaGraph;
        const metaPath = `${prefix}.meta`;
        const metaSize = await files.size(metaPath);
        if (metaSize !== undefined) {
            extra.push({ path: metaPath, role: 'graph', bytes: metaSize, present: true });
            metaGraph = await readCollections(metaPath, files, collectionsOfMetaGraph, warnings);
        }
        const latest = await latestMarker(prefix, files);
        if (latest?.stateFile)
            extra.push(latest.stateFile);
        const bundle = await readTensorBundle(prefix, files, { metaGraph });
        return {
            format: 'tensorflow-checkpoint',
            name: prefix,
            files: [...bundle.files, ...extra],
            tensors: bundle.tensors,
            classifiedBy: bundle.classifiedBy,
            warnings: [...warnings, ...bundle.warnings],
            categoryNotes: bundle.categoryNotes,
            ...(latest ? { latest: true } : {})
        };
    }
};
/**
 * Whether the directory's `checkpoint` state file names `prefix` as the latest checkpoint, and the
 * state file to count with it. A directory of several checkpoints has one state file: it is counted
 * once, with the checkpoint it points at, so that every byte of the directory is counted exactly
 * once. A state file that cannot be read only means no checkpoint is marked latest.
 */
async function latestMarker(prefix, files) {
    let state;
    try {
        state = await readStateFile((0,checkpoint_files/* dirname */.pD)(prefix), files);
    }
    catch {
        return undefined;
    }
    if (state?.latest !== prefix)
        return undefined;
    if (state.bytes > limits/* MAX_TF_STATE_FILE_BYTES */.$5)
        return {};
    return { stateFile: { path: state.path, role: 'state', bytes: state.bytes, present: true } };
}
async function readCollections(path, files, scan, warnings) {
    try {
        return await (0,kit_open/* withSource */.g)(files, path, scan);
    }
    catch (error) {
        if (!(error instanceof errors/* FormatError */.IF))
            throw error;
        // The graph is only evidence for the categories; the sizes do not depend on it.
        warnings.push(`could not read the collections of the graph (${error.message}); categories come from the slot structure and names`);
        return undefined;
    }
}
/** A V1 checkpoint: one SSTable holding SavedTensorSlices, tensors included (FORMATS.md §1.5). */
async function v1Error(path, files) {
    return (0,kit_open/* withSource */.g)(files, path, async (source) => {
        if (source.size > limits/* MAX_TF_INDEX_BYTES */.X) {
            return new errors/* UnsupportedFormatError */.N$(path, 'a TensorFlow V1 checkpoint (tensors stored inside one SSTable), which is not read');
        }
        let entries = 0;
        await readTableFrom(source, path, () => entries++);
        return new errors/* UnsupportedFormatError */.N$(path, `a TensorFlow V1 checkpoint (one SSTable of SavedTensorSlices, ${Math.max(entries - 1, 0)} tensor slice(s), no .index), ` +
            'the format TF replaced by V2 in 1.0', 'Re-save it with the V2 saver: restore it in TF 1.x and save again with tf.compat.v1.train.Saver() ' +
            '(write_version=tf.compat.v1.train.SaverDef.V2, the default), which writes .index and .data files.');
    });
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
        let metaGraph;
        const graphName = sniff/* SAVED_MODEL_FILES */.aH.find((name) => names.includes(name));
        if (graphName) {
            const graphPath = (0,checkpoint_files/* joinPath */.uJ)(dir, graphName);
            own.push({ path: graphPath, role: 'graph', bytes: (await files.size(graphPath)) ?? 0, present: true });
            if (graphName === 'saved_model.pb')
                metaGraph = await readCollections(graphPath, files, collectionsOfSavedModel, warnings);
        }
        else {
            // Categories then come from the variables alone.
            const graph = new companions/* Companions */.I(files, 'the variables bundle');
            own.push(graph.absentFile((0,checkpoint_files/* joinPath */.uJ)(dir, 'saved_model.pb'), 'graph'));
            warnings.push(...graph.warnings());
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
        const bundle = await readTensorBundle(prefix, files, { metaGraph });
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

//# sourceMappingURL=825.index.js.map