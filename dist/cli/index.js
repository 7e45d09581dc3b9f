#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

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

var SnappyDecompressor = (__nccwpck_require__(422)/* .SnappyDecompressor */ .c)
var SnappyCompressor = (__nccwpck_require__(437)/* .SnappyCompressor */ .d)

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

/***/ 437:
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

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(266);

// The entry only wires the process to main(); every decision lives below it.
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd()
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 266:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: ExitCode, USAGE, parseCliArgs

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * Domain errors. Each has one sentence shape, so a user can read any of them the same way:
 *
 *   `<file>: <what is wrong> (<where>). <fix, when there is one>`
 *
 * The pipeline catches them per file and puts them in the report; the CLI and the action then
 * go on with the other checkpoints.
 */
/** Base of every error a user is meant to read. */
class ModelSizeBudgetError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** A checkpoint file is malformed: truncated, corrupt, or not what its header claims. */
class FormatError extends ModelSizeBudgetError {
    file;
    offset;
    constructor(file, what, options = {}) {
        const where = options.offset === undefined ? '' : ` (at byte ${options.offset})`;
        const fix = options.fix ? ` ${options.fix}` : '';
        super(`${file}: ${what}${where}.${fix}`);
        this.file = file;
        this.offset = options.offset;
    }
}
/** A file looks like a checkpoint but is in a format (or version) that is not read. */
class UnsupportedFormatError extends ModelSizeBudgetError {
    file;
    constructor(file, what, fix) {
        super(`${file}: unsupported format: ${what}.${fix ? ` ${fix}` : ''}`);
        this.file = file;
    }
}
/** First line of every Git LFS pointer file (`git-lfs/git-lfs:docs/spec.md`). */
const LFS_POINTER_HEAD = 'version https://git-lfs.github.com/spec/v1';
/** Whether a file's first bytes are a Git LFS pointer's (its first line is ASCII). */
function looksLikeLfsPointer(head) {
    return head.length >= LFS_POINTER_HEAD.length && [...LFS_POINTER_HEAD].every((char, i) => head[i] === char.charCodeAt(0));
}
/** A Git LFS pointer where a checkpoint was expected: the checkout did not fetch LFS objects. */
class LfsPointerError extends ModelSizeBudgetError {
    file;
    constructor(file, pointedBytes) {
        const size = pointedBytes === undefined ? '' : ` for a ${pointedBytes}-byte object`;
        super(`${file}: this is a Git LFS pointer${size}, not the checkpoint itself. ` +
            'Check out with `lfs: true` (actions/checkout) or run `git lfs pull` first.');
        this.file = file;
    }
}
/** A file the checkpoint needs is not there (and its size cannot be inferred). */
class MissingFileError extends ModelSizeBudgetError {
    file;
    constructor(file, neededBy, fix) {
        super(`${file}: missing, but ${neededBy} needs it.${fix ? ` ${fix}` : ''}`);
        this.file = file;
    }
}
/** A pickle asked for something outside the allow-list. Nothing was executed. */
class UnsafePickleError extends ModelSizeBudgetError {
    file;
    constructor(file, global) {
        super(`${file}: the pickle references '${global}', which is not a tensor or plain container; ` +
            'it was not executed. Save a plain state_dict (torch.save(model.state_dict())) or use safetensors.');
        this.file = file;
    }
}
/** A limit that protects the runner (memory, time) was exceeded by a file. */
class LimitExceededError extends ModelSizeBudgetError {
    file;
    constructor(file, limitName, value, limit) {
        super(`${file}: ${limitName} is ${value}, over the limit of ${limit}; the file is corrupt or hostile.`);
        this.file = file;
    }
}
/** Bad configuration: a budget line, a CLI flag, an action input, a baseline file. */
class ConfigError extends ModelSizeBudgetError {
}

;// CONCATENATED MODULE: ./src/io/byte-source.ts

/** Throws the standard "unexpected end of file" error for a span outside the source. */
function checkSpan(source, offset, length) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new FormatError(source.name, `invalid read of ${length} bytes at offset ${offset}`);
    }
    if (offset + length > source.size) {
        throw new FormatError(source.name, `unexpected end of file: expected ${length} bytes at offset ${offset} but the file has ${source.size} bytes`, { fix: 'The file is truncated or corrupted; re-export or re-download it.' });
    }
}
/** A ByteSource over bytes already in memory: tests, and small git blobs. */
class byte_source_BufferByteSource {
    name;
    bytes;
    size;
    bytesRead = 0;
    constructor(name, bytes) {
        this.name = name;
        this.bytes = bytes;
        this.size = bytes.length;
    }
    async read(offset, length) {
        checkSpan(this, offset, length);
        this.bytesRead += length;
        return this.bytes.subarray(offset, offset + length);
    }
    async close() { }
}

;// CONCATENATED MODULE: ./src/io/file-byte-source.ts


/** A ByteSource over a file on disk: `pread` at the asked offsets, nothing cached or mapped. */
class FileByteSource {
    name;
    size;
    handle;
    bytesRead = 0;
    constructor(name, size, handle) {
        this.name = name;
        this.size = size;
        this.handle = handle;
    }
    static async open(path, name = path) {
        const handle = await (0,promises_namespaceObject.open)(path, 'r');
        try {
            const { size } = await handle.stat();
            return new FileByteSource(name, size, handle);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    async read(offset, length) {
        checkSpan(this, offset, length);
        const buffer = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
            const { bytesRead } = await this.handle.read(buffer, filled, length - filled, offset + filled);
            if (bytesRead === 0)
                break; // the file shrank under us; checkSpan below reports it
            filled += bytesRead;
        }
        this.bytesRead += filled;
        if (filled < length)
            checkSpan({ name: this.name, size: offset + filled }, offset, length);
        return buffer;
    }
    async close() {
        await this.handle.close();
    }
}

;// CONCATENATED MODULE: ./src/io/disk-files.ts



/** CheckpointFiles on the local disk, with paths relative to `root` (the workspace). */
class DiskFiles {
    root;
    opened = [];
    constructor(root) {
        this.root = root;
    }
    /** Bytes read so far through every file this opened: the reading discipline, measured. */
    get bytesRead() {
        return this.opened.reduce((sum, source) => sum + source.bytesRead, 0);
    }
    abs(path) {
        return (0,external_node_path_namespaceObject.resolve)(this.root, path);
    }
    async open(path) {
        const source = await FileByteSource.open(this.abs(path), path);
        this.opened.push(source);
        return source;
    }
    async size(path) {
        try {
            const info = await (0,promises_namespaceObject.stat)(this.abs(path));
            return info.isFile() ? info.size : undefined;
        }
        catch {
            return undefined;
        }
    }
    async list(dir) {
        try {
            return (await (0,promises_namespaceObject.readdir)(this.abs(dir))).sort();
        }
        catch {
            return [];
        }
    }
}

;// CONCATENATED MODULE: ./src/core/limits.ts
/**
 * Every limit that protects the runner from a corrupt or hostile checkpoint, in one place,
 * each with its reason. Readers check these *before* allocating or looping.
 *
 * A limit is generous for real files (the largest real value we know of is noted) and small
 * enough that a file cannot make us allocate more than a few hundred MB or loop for minutes.
 */
// --- General ---------------------------------------------------------------------------------
/** Tensors in one checkpoint. Large LLM checkpoints have ~10^4; 10^7 entries of metadata would already be GBs. */
const MAX_TENSORS = 10_000_000;
/** Dimensions of one tensor. TF allows 254 (kMaxDims); nothing real comes close. */
const MAX_DIMS = 64;
/** Bytes of one tensor name. The longest real TF2 keys are a few hundred bytes. */
const MAX_NAME_BYTES = 64 * 1024;
/** The first bytes read from every candidate file to sniff its format. */
const SNIFF_BYTES = 64;
/** Directory entries visited when searching the given paths, so that a runaway tree cannot stall a run. */
const MAX_WALKED_ENTRIES = 1_000_000;
// --- TensorFlow --------------------------------------------------------------------------------
/**
 * Bytes of a TF `.index` file, which is read whole. Real ones are KBs to a few MB (a 110,900-tensor
 * index is about 10 MB); 256 MiB of index would describe tens of millions of tensors.
 */
const MAX_TF_INDEX_BYTES = 256 * 1024 * 1024;
/**
 * Uncompressed bytes of one SSTable block after snappy. TF cuts blocks at 256 KiB
 * (table_options.h, block_size); one entry can make a block larger, but a BundleEntryProto is tiny.
 */
const MAX_TF_BLOCK_BYTES = 64 * 1024 * 1024;
/** Data shards of one bundle. The file names use %05d, so TF itself cannot name more than 99,999. */
const MAX_TF_SHARDS = 99_999;
/**
 * Bytes of the `_CHECKPOINTABLE_OBJECT_GRAPH` string tensor read from a data shard. The largest
 * real one we know (an Object Detection API export with 684 tensors) is 331 kB.
 */
const MAX_TF_OBJECT_GRAPH_BYTES = 256 * 1024 * 1024;
/**
 * Bytes of the collections read from a `.meta` / `saved_model.pb` (the graph itself is skipped,
 * not read). Collections list names; a few MB is already a very large model.
 */
const MAX_TF_COLLECTION_BYTES = 64 * 1024 * 1024;
/** Top-level fields scanned in a `.meta` / `saved_model.pb` (each is a tag and a length). */
const MAX_TF_PROTO_FIELDS = 1_000_000;
/**
 * Bytes of a `checkpoint` state file, which is read whole. It lists one line per kept checkpoint
 * (`max_to_keep`, 5 by default); a larger file is not a state file and is left alone.
 */
const MAX_TF_STATE_FILE_BYTES = 64 * 1024;
/** Files under a SavedModel's `assets/` and `assets.extra/` (vocabularies, a few files in practice). */
const MAX_SAVEDMODEL_ASSET_FILES = 100_000;
// --- PyTorch / pickle / zip ---------------------------------------------------------------------
/** Central-directory entries of one zip archive. A PyTorch archive has one per storage (~10^4 for an LLM). */
const MAX_ZIP_ENTRIES = 1_000_000;
/** Bytes of a zip central directory, read in one piece: 46 bytes + name (+ extras) per entry, ~100 MB at the entry limit. */
const MAX_ZIP_DIRECTORY_BYTES = 256 * 1024 * 1024;
/**
 * Bytes of one pickle (`data.pkl`, `constants.pkl`, a legacy stream's object pickle). It is
 * metadata: ~100 bytes per tensor (a 70B-parameter `pytorch_model.bin` has a few hundred KB);
 * Lightning checkpoints add hyper-parameters and RNG state (a few KB).
 */
const MAX_PICKLE_BYTES = 256 * 1024 * 1024;
/** Memo entries (BINPUT/MEMOIZE) of one pickle. Real pickles memoize ~3 objects per tensor. */
const MAX_PICKLE_MEMO = 10_000_000;
/** Values on the unpickler's stack at once (a MARKed tuple/list/dict lives there before it is built). */
const MAX_PICKLE_STACK = 10_000_000;
/** Open MARKs at once: the nesting depth. Python's own pickler recurses, so real pickles stay < 1000. */
const MAX_PICKLE_MARK_DEPTH = 10_000;
/** Items of one list, dict or set built by APPEND(S)/SETITEM(S)/ADDITEMS. */
const MAX_PICKLE_CONTAINER_ITEMS = 10_000_000;
/** Bytes of one pickled string or bytes object. RNG state arrays are a few KB; hparams rarely more. */
const MAX_PICKLE_STRING_BYTES = 64 * 1024 * 1024;
/** Bytes of one LONG1/LONG4 integer. Storage sizes and counters fit in 8; Python's own ints rarely exceed 64. */
const MAX_PICKLE_LONG_BYTES = 1024;
/** Nesting depth walked when collecting the tensors of an unpickled value (cycles are cut separately). */
const MAX_PICKLE_WALK_DEPTH = 10_000;
// --- safetensors -------------------------------------------------------------------------------
/**
 * Bytes of a safetensors JSON header, checked before the header is read. The reference reader
 * refuses headers over 100 MB (`huggingface/safetensors:safetensors/src/tensor.rs`, MAX_HEADER_SIZE);
 * a header with 10^5 tensors is about 10 MB.
 */
const MAX_SAFETENSORS_HEADER_BYTES = 100_000_000;
/**
 * Bytes of a `*.safetensors.index.json`. Its `weight_map` has one short line per tensor: a
 * 10^5-tensor model's index is a few MB.
 */
const MAX_SAFETENSORS_INDEX_BYTES = 64 * 1024 * 1024;
// --- ONNX --------------------------------------------------------------------------------------
/**
 * Nesting of ONNX graphs (If/Loop/Scan bodies inside bodies). Real models nest a few levels; the
 * limit stops a crafted file from recursing without bound.
 */
const MAX_ONNX_GRAPH_DEPTH = 32;
/**
 * Bytes of one ONNX string field that is read (a tensor name, an `external_data` key or value).
 * Names are short; an `external_data` location is a relative path.
 */
const MAX_ONNX_STRING_BYTES = 64 * 1024;
// --- Keras / HDF5 ------------------------------------------------------------------------------
/** Groups and datasets walked in one HDF5 file. A Keras model has a few per layer; 10^6 layers is absurd. */
const MAX_HDF5_OBJECTS = 1_000_000;
/** v1 B-tree nodes read in one file (group and chunk indexes); bounds a hostile tree, cycles are caught separately. */
const MAX_HDF5_BTREE_NODES = 1_000_000;
/** Chunks listed for one dataset by a fixed-array index (read in one block). */
const MAX_HDF5_CHUNKS = 10_000_000;
/**
 * One index block read whole: a v2 B-tree node (h5py: 512 bytes), a fixed-array data block
 * (10^6 chunks × 16 bytes), a fractal-heap object (a link message: under 64 KiB).
 */
const MAX_HDF5_INDEX_BLOCK_BYTES = 64 * 1024 * 1024;
/** Group nesting depth. Keras nests a few levels per sub-model; deeper means a cyclic or hostile file. */
const MAX_HDF5_DEPTH = 256;
/** Bytes of one object header, all continuation blocks together. Keras keeps attributes under 64 KiB each (HDF5_OBJECT_HEADER_LIMIT). */
const MAX_HDF5_HEADER_BYTES = 16 * 1024 * 1024;
/** A group's local heap (its link names). Real heaps hold a few KB of names. */
const MAX_HDF5_HEAP_BYTES = 64 * 1024 * 1024;
/** One attribute value decoded (layer_names, weight_names are chunked by Keras below 64 KiB). */
const MAX_HDF5_ATTRIBUTE_VALUE_BYTES = 1024 * 1024;
/** `config.json` / `metadata.json` read from a `.keras` archive. Real configs are a few KB to a few MB. */
const MAX_KERAS_CONFIG_BYTES = 64 * 1024 * 1024;
// --- GGUF --------------------------------------------------------------------------------------
/** Dimensions of a GGUF tensor: GGML_MAX_DIMS (`ggml-org/llama.cpp:ggml/include/ggml.h`). */
const MAX_GGUF_DIMS = 4;
/**
 * Bytes of a GGUF string that is read rather than skipped (KV keys, tensor names, and the
 * `general.alignment` key's neighbours). llama.cpp limits tensor names to 64 bytes
 * (GGML_MAX_NAME); KV keys are dotted identifiers.
 */
const MAX_GGUF_KEY_BYTES = 64 * 1024;
/**
 * Nesting of GGUF arrays (an array of arrays...). Real files use flat arrays; the limit stops a
 * crafted file from recursing without bound.
 */
const MAX_GGUF_ARRAY_DEPTH = 8;

;// CONCATENATED MODULE: ./src/io/walk.ts



/** Directories never searched: VCS internals and dependency trees hold no user checkpoints. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '__pycache__']);
/**
 * Lists the files under `paths` (files or directories, searched recursively) without opening
 * any of them. Symlinks are followed only when they resolve inside `root`: a checkout cannot make
 * the tool read `/etc` or a sibling directory through a link.
 */
async function walk(root, paths) {
    const rootReal = await (0,promises_namespaceObject.realpath)(root);
    const result = { files: [], skipped: [] };
    let visited = 0;
    const toPosix = (abs) => (0,external_node_path_namespaceObject.relative)(root, abs).split(external_node_path_namespaceObject.sep).join('/') || '.';
    const visit = async (abs, explicit) => {
        if (++visited > MAX_WALKED_ENTRIES) {
            if (visited === MAX_WALKED_ENTRIES + 1) {
                result.skipped.push({ path: toPosix(abs), reason: `more than ${MAX_WALKED_ENTRIES} entries; the rest was not searched` });
            }
            return;
        }
        let info;
        try {
            info = await (0,promises_namespaceObject.lstat)(abs);
        }
        catch {
            result.skipped.push({ path: toPosix(abs), reason: 'no such file or directory' });
            return;
        }
        if (info.isSymbolicLink()) {
            let target;
            try {
                target = await (0,promises_namespaceObject.realpath)(abs);
            }
            catch {
                result.skipped.push({ path: toPosix(abs), reason: 'broken symbolic link' });
                return;
            }
            if (!explicit && !isInside(rootReal, target)) {
                result.skipped.push({ path: toPosix(abs), reason: 'symbolic link to a path outside the searched root; not followed' });
                return;
            }
            info = await (0,promises_namespaceObject.stat)(target);
            if (info.isDirectory()) {
                // Following directory links could loop; a linked directory is named explicitly if wanted.
                if (!explicit)
                    return;
            }
        }
        if (info.isFile()) {
            result.files.push(toPosix(abs));
        }
        else if (info.isDirectory()) {
            const name = abs.slice(abs.lastIndexOf(external_node_path_namespaceObject.sep) + 1);
            if (!explicit && SKIPPED_DIRS.has(name))
                return;
            const entries = (await (0,promises_namespaceObject.readdir)(abs)).sort();
            for (const entry of entries)
                await visit((0,external_node_path_namespaceObject.resolve)(abs, entry), false);
        }
    };
    for (const path of paths)
        await visit((0,external_node_path_namespaceObject.resolve)(root, path), true);
    result.files = [...new Set(result.files)].sort();
    return result;
}
function isInside(root, target) {
    return target === root || target.startsWith(root.endsWith(external_node_path_namespaceObject.sep) ? root : root + external_node_path_namespaceObject.sep);
}

;// CONCATENATED MODULE: ./src/core/dtypes.ts
const plain = (bits) => ({ bits, blockSize: 1 });
/** A block-quantized type: `blockSize` elements stored in `blockBytes` bytes. */
const quantized = (blockSize, blockBytes) => ({ bits: blockBytes * 8, blockSize });
const DTYPES = {
    bool: plain(8),
    int2: plain(2),
    int4: plain(4),
    uint4: plain(4),
    int8: plain(8),
    uint8: plain(8),
    int16: plain(16),
    uint16: plain(16),
    int32: plain(32),
    uint32: plain(32),
    int64: plain(64),
    uint64: plain(64),
    float4_e2m1: plain(4),
    float8_e4m3fn: plain(8),
    float8_e4m3fnuz: plain(8),
    float8_e5m2: plain(8),
    float8_e5m2fnuz: plain(8),
    float8_e8m0: plain(8),
    float16: plain(16),
    bfloat16: plain(16),
    float32: plain(32),
    float64: plain(64),
    complex64: plain(64),
    complex128: plain(128),
    qint8: plain(8),
    quint8: plain(8),
    qint16: plain(16),
    quint16: plain(16),
    qint32: plain(32),
    string: { bits: 0, blockSize: 1, variable: true },
    resource: { bits: 0, blockSize: 1, variable: true },
    variant: { bits: 0, blockSize: 1, variable: true },
    // safetensors' 6-bit floats (`huggingface/safetensors:safetensors/src/tensor.rs`, Dtype::bitsize)
    float6_e2m3: plain(6),
    float6_e3m2: plain(6),
    // --- GGUF block-quantized types ---
    // (elements per block, bytes per block) from the ggml type traits
    // (`ggml-org/llama.cpp:ggml/src/ggml.c`, type_traits: blck_size, type_size); ggml ids in
    // src/formats/gguf/ggml-types.ts. K-quants use super-blocks of QK_K = 256.
    q4_0: quantized(32, 18),
    q4_1: quantized(32, 20),
    q5_0: quantized(32, 22),
    q5_1: quantized(32, 24),
    q8_0: quantized(32, 34),
    q8_1: quantized(32, 40),
    q2_k: quantized(256, 84),
    q3_k: quantized(256, 110),
    q4_k: quantized(256, 144),
    q5_k: quantized(256, 176),
    q6_k: quantized(256, 210),
    q8_k: quantized(256, 292),
    iq2_xxs: quantized(256, 66),
    iq2_xs: quantized(256, 74),
    iq3_xxs: quantized(256, 98),
    iq1_s: quantized(256, 50),
    iq4_nl: quantized(32, 18),
    iq3_s: quantized(256, 110),
    iq2_s: quantized(256, 82),
    iq4_xs: quantized(256, 136),
    iq1_m: quantized(256, 56),
    tq1_0: quantized(256, 54),
    tq2_0: quantized(256, 66),
    mxfp4: quantized(32, 17),
    nvfp4: quantized(64, 36),
    q1_0: quantized(128, 18),
    q2_0: quantized(64, 18)
};
/** Number of elements of a shape (1 for a scalar). */
function elementCount(shape) {
    let count = 1;
    for (const dim of shape)
        count *= dim;
    return count;
}
/**
 * Bytes a dense tensor of this dtype and shape needs, or undefined for unknown and
 * variable-length dtypes. Sub-byte types round up to whole bytes (FORMATS.md trap 18).
 */
function denseBytes(dtype, shape) {
    const info = DTYPES[dtype];
    if (!info || info.variable)
        return undefined;
    const blocks = Math.ceil(elementCount(shape) / info.blockSize);
    return Math.ceil((blocks * info.bits) / 8);
}

;// CONCATENATED MODULE: ./src/core/format-bytes.ts
/**
 * Byte formatting shared by every renderer. SI units (kB, MB, GB), as pretty-bytes and
 * compressed-size-action print sizes: they match what `ls -lh --si` and most dashboards show.
 */
const SI_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
/** `39312345` → `39.3 MB`; `8` → `8 B`. Three significant digits, never scientific notation. */
function formatBytes(bytes) {
    const sign = bytes < 0 ? '-' : '';
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= 1000 && unit < SI_UNITS.length - 1) {
        value /= 1000;
        unit++;
    }
    if (unit === 0)
        return `${sign}${value} B`;
    const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
    let text = value.toFixed(digits);
    // Rounding can cross into the next band: keep three significant digits there too.
    const rounded = Number(text);
    if (rounded >= 1000 && unit < SI_UNITS.length - 1) {
        text = (value / 1000).toFixed(2); // 999.96 kB -> 1.00 MB, not 1000 kB
        unit++;
    }
    else if (rounded >= 100 && digits > 0) {
        text = rounded.toFixed(0); // 99.95 kB -> 100 kB, not 100.0 kB
    }
    else if (rounded >= 10 && digits > 1) {
        text = rounded.toFixed(1); // 9.996 kB -> 10.0 kB, not 10.00 kB
    }
    return `${sign}${text} ${SI_UNITS[unit]}`;
}
/** A signed size change: `+4.80 MB`, `-512 B`, `0 B`. */
function formatDeltaBytes(delta) {
    if (delta === 0)
        return '0 B';
    return (delta > 0 ? '+' : '') + formatBytes(delta);
}
/** A share or change in percent: `66.6%`, `+4.8%`, `<0.1%`. */
function formatPercent(ratio, options = {}) {
    const percent = ratio * 100;
    const sign = options.signed && percent > 0 ? '+' : '';
    if (percent !== 0 && Math.abs(percent) < 0.1)
        return `${sign}${percent < 0 ? '>-' : '<'}0.1%`;
    const digits = Math.abs(percent) >= 100 ? 0 : 1;
    return `${sign}${percent.toFixed(digits)}%`;
}
/** `3274634` → `3,274,634` (locale-independent, so tests and CI agree). */
function format_bytes_formatCount(count) {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

;// CONCATENATED MODULE: ./src/core/explain.ts

/** Optimizer state above this share of a checkpoint gets an explanation line. */
const OPTIMIZER_SHARE_WORTH_EXPLAINING = 0.1;
/** fp32 weights are called out when at least this share of the other float weights is 16-bit. */
const HALF_PRECISION_MAJORITY = 0.5;
/**
 * One-line explanations of the common surprises, in the words a user would search for. They are
 * what turns "39.3 MB" into "two thirds of it is Adam's m and v".
 */
function explain(report, result) {
    const lines = [];
    const { bytes } = report;
    if (bytes.total > 0 && bytes.optimizer / bytes.total >= OPTIMIZER_SHARE_WORTH_EXPLAINING) {
        const weightsOnly = bytes.total - bytes.optimizer;
        lines.push(`optimizer state is ${formatPercent(bytes.optimizer / bytes.total)} of this checkpoint; ` +
            `a weights-only export would be about ${formatBytes(weightsOnly)} ` +
            `(${optimizerFix(report.format)})`);
    }
    const fp32 = fp32AmongHalf(result);
    if (fp32)
        lines.push(fp32);
    if (report.unclassifiedTensors?.length) {
        lines.push(`${report.unclassifiedTensors.length} tensor(s) (${formatBytes(bytes.unclassified)}) matched no rule ` +
            'and are reported as unclassified, not counted as weights');
    }
    return lines;
}
function optimizerFix(format) {
    switch (format) {
        case 'tensorflow-checkpoint':
        case 'tensorflow-savedmodel':
            return 'save only the model, e.g. tf.train.Checkpoint(model=model) or model.save_weights()';
        case 'keras':
        case 'hdf5':
            return 'save with include_optimizer=False or model.save_weights()';
        case 'pytorch':
        case 'pytorch-legacy':
            return 'save model.state_dict() without the optimizer';
        default:
            return 'export the weights without the optimizer';
    }
}
/** "fp32 where fp16 was intended": a minority of fp32 weights in a mostly half-precision model. */
function fp32AmongHalf(result) {
    let half = 0;
    let single = 0;
    for (const tensor of result.tensors) {
        if (tensor.category !== 'weights')
            continue;
        if (tensor.dtype === 'float16' || tensor.dtype === 'bfloat16')
            half += tensor.byteLength;
        else if (tensor.dtype === 'float32')
            single += tensor.byteLength;
    }
    if (single === 0 || half === 0)
        return undefined;
    if (half / (half + single) < HALF_PRECISION_MAJORITY)
        return undefined;
    return (`${formatBytes(single)} of weights are float32 in a mostly half-precision checkpoint; ` +
        `casting them would save about ${formatBytes(single / 2)}`);
}

;// CONCATENATED MODULE: ./src/core/types.ts
/**
 * The plain data that flows through model-size-budget: what a reader finds in a checkpoint,
 * and the report that the analyzer builds from it. Pure types, no I/O.
 */
/** The categories in the order they are reported. */
const CATEGORIES = [
    'weights',
    'optimizer',
    'buffers',
    'bookkeeping',
    'metadata',
    'unclassified'
];

;// CONCATENATED MODULE: ./src/core/analyze.ts




function emptyCategoryBytes() {
    return { total: 0, weights: 0, optimizer: 0, buffers: 0, bookkeeping: 0, metadata: 0, unclassified: 0 };
}
/**
 * Attributes every byte of one checkpoint to a category.
 *
 * The accounting is by construction exact: `total` is the sum of the files' sizes; each tensor
 * payload span (each storage once) goes to its tensor's category; whatever bytes of the files no
 * payload covers (indexes, headers, pickles, zip structure, padding) are `metadata`. A span that
 * lies outside its file is a corrupt checkpoint, and is reported as such rather than allowed to
 * make the categories add up to more than the disk holds.
 */
function analyzeCheckpoint(result, options) {
    const bytes = emptyCategoryBytes();
    const fileSizes = new Map(result.files.map((file) => [file.path, file.bytes]));
    const payloadPerFile = new Map();
    const seenStorages = new Set();
    let parameters = 0;
    const unclassified = [];
    const tensorCounts = {};
    for (const tensor of result.tensors) {
        tensorCounts[tensor.category] = (tensorCounts[tensor.category] ?? 0) + 1;
        const fileSize = fileSizes.get(tensor.file);
        if (fileSize === undefined) {
            throw new FormatError(result.name, `tensor '${tensor.name}' points into '${tensor.file}', which is not a file of this checkpoint`);
        }
        // A NaN or fractional span would pass the bounds check below and leave the categories not
        // adding up to the bytes on disk.
        const wholeSpan = Number.isSafeInteger(tensor.offset) && Number.isSafeInteger(tensor.byteLength);
        if (!wholeSpan) {
            throw new FormatError(tensor.file, `tensor '${tensor.name}' has a span of ${tensor.byteLength} bytes at ${tensor.offset}, not a whole number of bytes`);
        }
        if (tensor.offset < 0 || tensor.byteLength < 0 || tensor.offset + tensor.byteLength > fileSize) {
            throw new FormatError(tensor.file, `tensor '${tensor.name}' claims bytes ${tensor.offset}..${tensor.offset + tensor.byteLength}, beyond the file's ${fileSize} bytes`, { fix: 'The checkpoint is truncated or its index does not match its data.' });
        }
        if (tensor.storageKey !== undefined) {
            if (seenStorages.has(tensor.storageKey))
                continue;
            seenStorages.add(tensor.storageKey);
        }
        bytes[tensor.category] += tensor.byteLength;
        payloadPerFile.set(tensor.file, (payloadPerFile.get(tensor.file) ?? 0) + tensor.byteLength);
        if (tensor.category === 'weights')
            parameters += elementCount(tensor.shape);
        if (tensor.category === 'unclassified')
            unclassified.push(tensor.name);
    }
    for (const file of result.files) {
        const payload = payloadPerFile.get(file.path) ?? 0;
        if (payload > file.bytes) {
            throw new FormatError(file.path, `its tensors claim ${payload} bytes, more than the file's ${file.bytes}`, { fix: 'Overlapping tensor spans: the checkpoint is corrupt.' });
        }
        bytes.metadata += file.bytes - payload;
        bytes.total += file.bytes;
    }
    const report = {
        id: options.id,
        format: result.format,
        files: result.files.map((file) => ({
            path: file.path,
            bytes: file.bytes,
            role: file.role,
            ...(file.present ? {} : { present: false })
        })),
        bytes,
        parameters,
        tensors: result.tensors.length,
        tensorCounts,
        ...(result.categoryNotes ? { categoryNotes: { ...result.categoryNotes } } : {}),
        classifiedBy: result.classifiedBy,
        warnings: [...result.warnings],
        explanations: []
    };
    if (unclassified.length > 0)
        report.unclassifiedTensors = unclassified;
    report.explanations = [...explain(report, result), ...(result.explanations ?? [])];
    if (options.top && options.top > 0)
        report.top = largestTensors(result, options.top);
    return report;
}
function largestTensors(result, count) {
    return [...result.tensors]
        .sort((a, b) => b.byteLength - a.byteLength || a.name.localeCompare(b.name))
        .slice(0, count)
        .map((tensor) => ({
        name: tensor.name,
        dtype: tensor.dtype,
        shape: tensor.shape,
        bytes: tensor.byteLength,
        category: tensor.category
    }));
}
/** Sums checkpoints into a report. Errors ride along so that one bad file never hides the rest. */
function buildReport(checkpoints, errors = []) {
    const total = emptyCategoryBytes();
    for (const checkpoint of checkpoints) {
        for (const key of [...CATEGORIES, 'total'])
            total[key] += checkpoint.bytes[key];
    }
    return { schema: 1, checkpoints, errors, total: { bytes: total } };
}

;// CONCATENATED MODULE: ./src/io/checkpoint-files.ts

/** POSIX helpers so that readers never need node:path (which would differ on Windows). */
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '.' : slash === 0 ? '/' : path.slice(0, slash);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function joinPath(dir, name) {
    if (dir === '' || dir === '.')
        return name;
    return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}
/** In-memory files, for tests and for building checkpoints inside a test. */
class MemoryFiles {
    files;
    constructor(files) {
        this.files = files;
    }
    async open(path) {
        const bytes = this.files.get(path);
        if (!bytes)
            throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return new BufferByteSource(path, bytes);
    }
    async size(path) {
        return this.files.get(path)?.length;
    }
    async list(dir) {
        const prefix = dir === '.' || dir === '' ? '' : dir.replace(/\/$/, '') + '/';
        const names = new Set();
        for (const path of this.files.keys()) {
            if (!path.startsWith(prefix))
                continue;
            names.add(path.slice(prefix.length).split('/')[0]);
        }
        return [...names].sort();
    }
}

;// CONCATENATED MODULE: ./src/formats/binary-reader.ts

/**
 * A bounds-checked little-endian cursor over bytes already read. Every overrun throws the same
 * FormatError naming the file and the offset, so a truncated header is a message, not a crash.
 */
class BinaryReader {
    bytes;
    file;
    baseOffset;
    view;
    position = 0;
    constructor(bytes, 
    /** File name for errors. */
    file, 
    /** Offset of `bytes[0]` in the file, so errors give file offsets. */
    baseOffset = 0) {
        this.bytes = bytes;
        this.file = file;
        this.baseOffset = baseOffset;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    get length() {
        return this.bytes.length;
    }
    get remaining() {
        return this.bytes.length - this.position;
    }
    /** Throws unless `n` more bytes are available. */
    need(n, what = 'data') {
        if (n < 0 || this.position + n > this.bytes.length) {
            throw new FormatError(this.file, `unexpected end of ${what}: expected ${n} more bytes`, {
                offset: this.baseOffset + this.position,
                fix: 'The file is truncated or corrupted.'
            });
        }
    }
    seek(position) {
        if (position < 0 || position > this.bytes.length) {
            throw new FormatError(this.file, `seek outside the data to ${position}`, {
                offset: this.baseOffset + this.position
            });
        }
        this.position = position;
    }
    skip(n) {
        this.need(n);
        this.position += n;
    }
    u8() {
        this.need(1);
        return this.bytes[this.position++];
    }
    u16() {
        this.need(2);
        const value = this.view.getUint16(this.position, true);
        this.position += 2;
        return value;
    }
    u32() {
        this.need(4);
        const value = this.view.getUint32(this.position, true);
        this.position += 4;
        return value;
    }
    i32() {
        this.need(4);
        const value = this.view.getInt32(this.position, true);
        this.position += 4;
        return value;
    }
    /** u64 as a bigint (for values that may legitimately exceed 2^53, e.g. pickle LONG8). */
    u64big() {
        this.need(8);
        const value = this.view.getBigUint64(this.position, true);
        this.position += 8;
        return value;
    }
    /** u64 as a number; throws when it is not a safe integer (sizes and offsets must be). */
    u64(what = 'value') {
        const at = this.baseOffset + this.position;
        return toSafeNumber(this.u64big(), this.file, what, at);
    }
    f32() {
        this.need(4);
        const value = this.view.getFloat32(this.position, true);
        this.position += 4;
        return value;
    }
    f64() {
        this.need(8);
        const value = this.view.getFloat64(this.position, true);
        this.position += 8;
        return value;
    }
    /** `n` raw bytes (a view, not a copy). */
    take(n) {
        this.need(n);
        const out = this.bytes.subarray(this.position, this.position + n);
        this.position += n;
        return out;
    }
    /** `n` bytes decoded as UTF-8. */
    utf8(n) {
        return UTF8.decode(this.take(n));
    }
    /** Unsigned LEB128 varint of up to 64 bits, as a number (throws above 2^53). */
    varint(what = 'varint') {
        const at = this.baseOffset + this.position;
        let result = 0;
        let scale = 1;
        for (let i = 0; i < 10; i++) {
            const byte = this.u8();
            // Multiply instead of shifting: JS shifts are 32-bit (FORMATS.md trap 3).
            result += (byte & 0x7f) * scale;
            if ((byte & 0x80) === 0) {
                if (!Number.isSafeInteger(result)) {
                    throw new FormatError(this.file, `${what} ${result} is larger than 2^53`, { offset: at });
                }
                return result;
            }
            scale *= 128;
        }
        throw new FormatError(this.file, `${what} does not end within 10 bytes`, { offset: at });
    }
}
const UTF8 = new TextDecoder('utf-8');
/** Converts a bigint size or offset to a number, or throws a FormatError naming the field. */
function toSafeNumber(value, file, what, offset) {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new FormatError(file, `${what} ${value} is larger than 2^53`, { offset });
    }
    return Number(value);
}

;// CONCATENATED MODULE: ./src/formats/source-window.ts

/** First window read after a jump: small, so skipping a payload costs at most this much reading. */
const MIN_WINDOW_BYTES = 1024;
/** Largest window: sequential metadata (a GGUF vocabulary, an ONNX node list) is read in these. */
const MAX_WINDOW_BYTES = 1024 * 1024;
/**
 * Positioned reads through a small read-ahead window, for readers that walk a file field by field
 * (the ONNX protobuf, GGUF's KV section) and skip payloads in between.
 *
 * The window adapts: while the reader moves sequentially through metadata, each new window doubles
 * (up to MAX_WINDOW_BYTES), so a 1 MB vocabulary costs a handful of reads; after a jump over a
 * payload it starts again at MIN_WINDOW_BYTES, so each skipped payload costs at most one small
 * read. Bytes read therefore follow the metadata and the number of tensors, never payload size.
 */
class SourceWindow {
    source;
    /** The bytes loaded last, starting at file offset `bufferStart`; decoders may index them directly. */
    buffer = new Uint8Array(0);
    bufferStart = 0;
    nextWindowBytes = MIN_WINDOW_BYTES;
    constructor(source) {
        this.source = source;
    }
    get name() {
        return this.source.name;
    }
    get size() {
        return this.source.size;
    }
    /** Whether `length` bytes at `offset` are in `buffer`. */
    has(offset, length) {
        return offset >= this.bufferStart && offset + length <= this.bufferStart + this.buffer.length;
    }
    /** Makes `length` bytes at `offset` available in `buffer`; throws the standard FormatError past the end. */
    async load(offset, length) {
        if (this.has(offset, length))
            return;
        checkSpan(this.source, offset, length);
        const end = this.bufferStart + this.buffer.length;
        const sequential = offset >= this.bufferStart && offset <= end && this.buffer.length > 0;
        this.nextWindowBytes = sequential ? Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES) : MIN_WINDOW_BYTES;
        const readLength = Math.max(length, Math.min(this.nextWindowBytes, this.source.size - offset));
        this.buffer = await this.source.read(offset, readLength);
        this.bufferStart = offset;
    }
    /** A view (not a copy) of `length` bytes at `offset`. */
    async view(offset, length) {
        if (!this.has(offset, length))
            await this.load(offset, length);
        const at = offset - this.bufferStart;
        return this.buffer.subarray(at, at + length);
    }
    /** Up to `length` bytes at `offset`, fewer at the end of the file (for varints near the end). */
    async viewUpTo(offset, length) {
        return this.view(offset, Math.max(0, Math.min(length, this.source.size - offset)));
    }
}

;// CONCATENATED MODULE: ./src/formats/gguf/ggml-types.ts
/**
 * ggml tensor type ids (`ggml_type`, `ggml-org/llama.cpp:ggml/include/ggml.h`) to canonical dtype
 * names. Block sizes and bytes per block live with the other dtypes in src/core/dtypes.ts (GGUF
 * section), from llama.cpp's `ggml/src/ggml.c` type_traits (blck_size, type_size). Ids 4, 5
 * (Q4_2, Q4_3), 31–33 (Q4_0_4_4…) and 36–38 (IQ4_NL_4_4…) were removed from GGUF files and are
 * refused. Id 42 (Q2_0) is the newest upstream type; a fork uses 42 for another type, so a Q2_0
 * size that does not fit the file is reported as such by the span checks.
 */
const GGML_TYPES = new Map([
    [0, 'float32'],
    [1, 'float16'],
    [2, 'q4_0'],
    [3, 'q4_1'],
    [6, 'q5_0'],
    [7, 'q5_1'],
    [8, 'q8_0'],
    [9, 'q8_1'],
    [10, 'q2_k'],
    [11, 'q3_k'],
    [12, 'q4_k'],
    [13, 'q5_k'],
    [14, 'q6_k'],
    [15, 'q8_k'],
    [16, 'iq2_xxs'],
    [17, 'iq2_xs'],
    [18, 'iq3_xxs'],
    [19, 'iq1_s'],
    [20, 'iq4_nl'],
    [21, 'iq3_s'],
    [22, 'iq2_s'],
    [23, 'iq4_xs'],
    [24, 'int8'],
    [25, 'int16'],
    [26, 'int32'],
    [27, 'int64'],
    [28, 'float64'],
    [29, 'iq1_m'],
    [30, 'bfloat16'],
    [34, 'tq1_0'],
    [35, 'tq2_0'],
    [39, 'mxfp4'],
    [40, 'nvfp4'],
    [41, 'q1_0'],
    [42, 'q2_0']
]);

;// CONCATENATED MODULE: ./src/formats/gguf/index.ts







/**
 * GGUF v1–v3 (`ggml-org/ggml:docs/gguf.md`, FORMATS.md §8):
 *
 *   "GGUF" u32 version, tensor_count, kv_count        (counts u64; u32 in v1)
 *   kv[kv_count]: string key, u32 value_type, value    (strings: u64 length + UTF-8; u32 in v1)
 *   tensor_info[tensor_count]: string name, u32 n_dims, u64 ne[n_dims], u32 ggml_type, u64 offset
 *   padding to ALIGNMENT (`general.alignment`, default 32), then tensor data
 *
 * Tensor offsets are relative to the aligned start of the data. KV values are skipped (their
 * lengths validated against the file) except `general.alignment`. Every tensor of a GGUF file is a
 * model weight — GGUF is an inference format with no optimizer state — so `classifiedBy` is
 * `format`; the header, KV metadata, tensor infos and alignment padding are metadata.
 */
const GGUF_MAGIC = [0x47, 0x47, 0x55, 0x46]; // "GGUF"
const GGUF_DEFAULT_ALIGNMENT = 32;
const ALIGNMENT_KEY = 'general.alignment';
/** gguf_type: KV value types and the bytes of the fixed-size ones. */
const GGUF_STRING = 8;
const GGUF_ARRAY = 9;
const FIXED_VALUE_BYTES = new Map([
    [0, 1], // uint8
    [1, 1], // int8
    [2, 2], // uint16
    [3, 2], // int16
    [4, 4], // uint32
    [5, 4], // int32
    [6, 4], // float32
    [7, 1], // bool
    [10, 8], // uint64
    [11, 8], // int64
    [12, 8] // float64
]);
const UNSIGNED_VALUE_TYPES = new Set([0, 2, 4, 10]);
/** Reads GGUF's little- (or, for byte-swapped v3 files, big-) endian fields through a window. */
class GgufCursor {
    window;
    position = 0;
    littleEndian = true;
    version = 3;
    constructor(window) {
        this.window = window;
    }
    get file() {
        return this.window.name;
    }
    get remaining() {
        return this.window.size - this.position;
    }
    async u32() {
        const bytes = await this.window.view(this.position, 4);
        this.position += 4;
        return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, this.littleEndian);
    }
    async u64(what) {
        const at = this.position;
        const bytes = await this.window.view(at, 8);
        this.position += 8;
        const value = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0, this.littleEndian);
        if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
            throw new FormatError(this.file, `${what} is ${value}, larger than any file`, {
                offset: at,
                fix: 'The file is corrupt or hostile.'
            });
        }
        return Number(value);
    }
    /**
     * Counts, string lengths, array lengths (and, in the tensor infos, dims): u32 in GGUF v1, u64
     * since v2 (v1 as read by `huggingface/candle:candle-core/src/quantized/gguf_file.rs`, whose
     * first GGUF reader was v1-only; the tensor offset was already u64).
     */
    async size(what) {
        return this.version === 1 ? this.u32() : this.u64(what);
    }
    async unsigned(type, what) {
        if (type === 10)
            return this.u64(what);
        const bytes = await this.bytes(FIXED_VALUE_BYTES.get(type) ?? 4);
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
        if (bytes.length === 1)
            return view.getUint8(0);
        return bytes.length === 2 ? view.getUint16(0, this.littleEndian) : view.getUint32(0, this.littleEndian);
    }
    async bytes(length) {
        const bytes = await this.window.view(this.position, length);
        this.position += length;
        return bytes;
    }
    skip(length, what) {
        if (length > this.remaining) {
            throw new FormatError(this.file, `${what} claims ${length} bytes but only ${this.remaining} remain in the file`, {
                offset: this.position,
                fix: 'The file is truncated or corrupt.'
            });
        }
        this.position += length;
    }
    async string(maxBytes, what) {
        const at = this.position;
        const length = await this.size(`length of ${what}`);
        if (length > maxBytes) {
            throw new FormatError(this.file, `${what} is ${length} bytes long, over the ${maxBytes}-byte limit`, {
                offset: at,
                fix: 'The file is corrupt or hostile.'
            });
        }
        const bytes = await this.window.view(this.position, length);
        this.position += length;
        return UTF8.decode(bytes);
    }
    async skipString(what) {
        this.skip(await this.size(`length of ${what}`), what);
    }
    /** Skips one KV value, checking every length against the file before looping over it. */
    async skipValue(type, what, depth = 0) {
        const fixed = FIXED_VALUE_BYTES.get(type);
        if (fixed !== undefined)
            return this.skip(fixed, what);
        if (type === GGUF_STRING)
            return this.skipString(what);
        if (type !== GGUF_ARRAY)
            throw this.unknownValueType(type, what);
        if (depth >= MAX_GGUF_ARRAY_DEPTH)
            throw new LimitExceededError(this.file, `array nesting of ${what}`, depth + 1, MAX_GGUF_ARRAY_DEPTH);
        const elementType = await this.u32();
        const count = await this.size(`element count of ${what}`);
        const elementBytes = FIXED_VALUE_BYTES.get(elementType);
        if (elementBytes !== undefined)
            return this.skip(count * elementBytes, what);
        // Strings and arrays take at least their length/header bytes each: a count the rest of the
        // file cannot hold is refused before looping.
        const minimum = elementType === GGUF_STRING ? (this.version === 1 ? 4 : 8) : this.version === 1 ? 8 : 12;
        if (elementType !== GGUF_STRING && elementType !== GGUF_ARRAY)
            throw this.unknownValueType(elementType, what);
        if (count * minimum > this.remaining) {
            throw new FormatError(this.file, `${what} claims ${count} elements, more than the rest of the file can hold`, {
                offset: this.position,
                fix: 'The file is truncated or corrupt.'
            });
        }
        for (let i = 0; i < count; i++)
            await this.skipValue(elementType, what, depth + 1);
    }
    unknownValueType(type, what) {
        return new FormatError(this.file, `${what} has value type ${type}, which GGUF does not define`, {
            offset: this.position,
            fix: 'The file is corrupt, or from a GGUF version newer than 3.'
        });
    }
}
const ggufReader = {
    format: 'gguf',
    matchesName: (path) => /\.gguf$/i.test(path),
    sniff: (candidate) => GGUF_MAGIC.every((byte, i) => candidate.head[i] === byte),
    /**
     * One GGUF file, or a split model read from its first shard: `name-00001-of-00003.gguf`
     * (llama.cpp's gguf-split naming, 5 digits, 1-based) claims its siblings, each a complete GGUF
     * file with its own header. Shards do not describe each other's sizes, so an absent shard is
     * listed with 0 bytes and a warning.
     */
    async read(path, files) {
        const shardPaths = splitShardPaths(path) ?? [path];
        const checkpointFiles = [];
        const tensors = [];
        const warnings = [];
        const headers = [];
        for (const shardPath of shardPaths) {
            if (shardPath !== path && (await files.size(shardPath)) === undefined) {
                checkpointFiles.push({ path: shardPath, role: 'data', bytes: 0, present: false });
                warnings.push(`shard '${basename(shardPath)}' is absent; GGUF shards do not record each other's sizes, so it is counted as 0 bytes`);
                continue;
            }
            const source = await files.open(shardPath);
            try {
                const layout = await readGgufLayout(new SourceWindow(source));
                checkpointFiles.push({ path: shardPath, role: 'data', bytes: source.size, present: true });
                tensors.push(...layout.tensors);
                headers.push(`v${layout.version} header, ${layout.kvCount} KV pairs, ${layout.tensors.length} tensor infos`);
            }
            finally {
                await source.close();
            }
        }
        const explanations = tensors.length === 0 && warnings.length === 0
            ? ['this GGUF file has no tensors (a vocabulary-only or metadata-only file): all of its bytes are metadata']
            : [];
        const metadataNote = headers.length === 1 ? `GGUF ${headers[0]}, alignment padding` : `${headers.length} GGUF shards: headers, KV pairs, tensor infos, padding`;
        return {
            format: 'gguf',
            name: path,
            files: checkpointFiles,
            tensors,
            classifiedBy: 'format',
            warnings,
            explanations,
            categoryNotes: { metadata: metadataNote }
        };
    }
};
/** The paths of all shards of a split model, when `path` is its first shard. */
function splitShardPaths(path) {
    const match = /^(.*)-00001-of-(\d{5})\.gguf$/i.exec(path);
    const count = match ? Number(match[2]) : 0;
    if (!match || count < 2)
        return undefined;
    return Array.from({ length: count }, (_, i) => `${match[1]}-${String(i + 1).padStart(5, '0')}-of-${match[2]}.gguf`);
}
async function readGgufLayout(window) {
    const path = window.name;
    const fileSize = window.size;
    const cursor = new GgufCursor(window);
    const magic = await cursor.bytes(4);
    if (!GGUF_MAGIC.every((byte, i) => magic[i] === byte)) {
        throw new FormatError(path, 'not a GGUF file: it does not start with "GGUF"', { offset: 0 });
    }
    const versionAt = cursor.position;
    let version = await cursor.u32();
    // A big-endian GGUF (v3 allows it, unflagged) shows its version byte-swapped: 0x03000000.
    if (version > 0xffff && (version & 0xffff) === 0) {
        cursor.littleEndian = false;
        version = ((version >>> 24) | ((version >>> 8) & 0xff00)) >>> 0;
    }
    if (version < 1 || version > 3) {
        throw new UnsupportedFormatError(path, `GGUF version ${version} (at byte ${versionAt}); versions 1 to 3 are read`);
    }
    cursor.version = version;
    const tensorCount = await cursor.size('tensor count');
    const kvCount = await cursor.size('metadata KV count');
    if (tensorCount > MAX_TENSORS)
        throw new LimitExceededError(path, 'the GGUF tensor count', tensorCount, MAX_TENSORS);
    // A KV pair is at least a key length, a type and a one-byte value; a tensor info at least a name
    // length, n_dims, a type and an offset. Counts the file cannot hold are refused before looping.
    const lengthBytes = version === 1 ? 4 : 8;
    if (kvCount * (lengthBytes + 5) > cursor.remaining || tensorCount * (lengthBytes + 16) > cursor.remaining) {
        throw new FormatError(path, `the header claims ${tensorCount} tensors and ${kvCount} KV pairs, more than the file's ${fileSize} bytes can hold`, {
            offset: 8,
            fix: 'The file is truncated or corrupt.'
        });
    }
    let alignment = GGUF_DEFAULT_ALIGNMENT;
    for (let i = 0; i < kvCount; i++) {
        const key = await cursor.string(MAX_GGUF_KEY_BYTES, `key of KV pair ${i}`);
        const typeAt = cursor.position;
        const type = await cursor.u32();
        if (key === ALIGNMENT_KEY && UNSIGNED_VALUE_TYPES.has(type)) {
            alignment = await cursor.unsigned(type, ALIGNMENT_KEY);
            // llama.cpp's gguf.cpp refuses an alignment that is 0 or not a power of two.
            if (!isPowerOfTwo(alignment)) {
                throw new FormatError(path, `${ALIGNMENT_KEY} is ${alignment}, not a power of two`, { offset: typeAt + 4 });
            }
        }
        else {
            await cursor.skipValue(type, `the value of '${key}'`);
        }
    }
    const infos = [];
    for (let i = 0; i < tensorCount; i++) {
        const at = cursor.position;
        const name = await cursor.string(MAX_NAME_BYTES, `name of tensor ${i}`);
        const nDims = await cursor.u32();
        if (nDims > MAX_GGUF_DIMS) {
            throw new FormatError(path, `tensor '${name}' has ${nDims} dimensions; GGUF allows at most ${MAX_GGUF_DIMS}`, { offset: at });
        }
        const dims = [];
        for (let d = 0; d < nDims; d++)
            dims.push(version === 1 ? await cursor.u32() : await cursor.u64(`dimension ${d} of '${name}'`));
        const type = await cursor.u32();
        const offset = await cursor.u64(`data offset of '${name}'`);
        infos.push({ name, dims, type, offset, at });
    }
    const dataStart = alignUp(cursor.position, alignment);
    const tensors = infos.map((info) => toTensor(path, info, dataStart, alignment, fileSize));
    return { version, littleEndian: cursor.littleEndian, kvCount, alignment, headerEnd: cursor.position, dataStart, tensors };
}
function toTensor(path, info, dataStart, alignment, fileSize) {
    const dtype = GGML_TYPES.get(info.type);
    const dtypeInfo = dtype === undefined ? undefined : DTYPES[dtype];
    if (dtype === undefined || dtypeInfo === undefined) {
        throw new UnsupportedFormatError(path, `tensor '${info.name}' has ggml type ${info.type}, which is not in the ggml type table`, 'It may be a type removed from GGUF (Q4_2, Q4_0_4_4…) or one newer than this tool.');
    }
    // ggml stores rows of whole blocks: ne[0] is a multiple of the block size (ggml.c, ggml_row_size).
    const elements = elementCount(info.dims);
    if ((info.dims[0] ?? 1) % dtypeInfo.blockSize !== 0) {
        throw new FormatError(path, `tensor '${info.name}' (${dtype}) has a first dimension of ${info.dims[0]}, not a multiple of its block size ${dtypeInfo.blockSize}`, { offset: info.at });
    }
    const byteLength = (elements / dtypeInfo.blockSize) * (dtypeInfo.bits / 8);
    if (info.offset % alignment !== 0) {
        throw new FormatError(path, `tensor '${info.name}' starts at data offset ${info.offset}, not a multiple of the alignment ${alignment}`, {
            offset: info.at
        });
    }
    const offset = dataStart + info.offset;
    if (!Number.isSafeInteger(byteLength) || offset + byteLength > fileSize) {
        throw new FormatError(path, `tensor '${info.name}' (${dtype}[${info.dims.join(', ')}], ${byteLength} bytes) ends at byte ${offset + byteLength}, beyond the file's ${fileSize} bytes`, { offset: info.at, fix: 'The file is truncated (an interrupted download?) or corrupt.' });
    }
    return {
        name: info.name,
        dtype,
        shape: info.dims,
        file: path,
        offset,
        byteLength,
        category: 'weights',
        reason: 'GGUF tensor: a GGUF file holds only model weights'
    };
}
/** Without bit operations, which are 32-bit in JS: a u64 alignment of 2^32 + 2^31 is not a power of two. */
function isPowerOfTwo(value) {
    if (!Number.isSafeInteger(value) || value < 1)
        return false;
    let power = 1;
    while (power < value)
        power *= 2;
    return power === value;
}
/** `align_offset(x) = x + (A - x % A) % A` (gguf.md). */
function alignUp(position, alignment) {
    return position + ((alignment - (position % alignment)) % alignment);
}

;// CONCATENATED MODULE: ./src/core/categorize.ts
/** The first rule matching `name`, or undefined when none does (the tensor is `unclassified`). */
function matchNameRule(name, rules) {
    return rules.find((rule) => rule.pattern.test(name));
}

;// CONCATENATED MODULE: ./src/core/rules/keras.ts
/**
 * Keras variable names, for the parts of a Keras file whose group layout does not decide
 * (FORMATS.md §2.4, §7). The group layout decides first: `optimizer_weights/*` and `optimizer/*`
 * are optimizer state, `model_weights/*` and `layers/*` are model variables; these rules then
 * tell a model variable's kind.
 */
/** Model variables that are state, not parameters (checked on the variable's own name). */
const KERAS_MODEL_VARIABLE_RULES = [
    {
        // keras-team/keras:keras/src/layers/normalization/batch_normalization.py (trainable=False)
        pattern: /(^|\/)moving_(mean|variance)(:\d+)?$/,
        category: 'buffers',
        reason: 'BatchNormalization moving statistics (non-trainable)'
    },
    {
        // keras-team/keras:keras/src/random/seed_generator.py: the RNG state of Dropout and friends.
        pattern: /(^|\/)seed_generator(_\d+)?(\/|$)|(^|\/)seed_generator_state(:\d+)?$/,
        category: 'bookkeeping',
        reason: 'random seed generator state'
    },
    {
        // Metric accumulators (Mean's total/count, the loss tracker) when a model saves them.
        pattern: /(^|\/)(metrics|compile_metrics|loss_tracker|[a-z_]*_tracker)(\/|$)/,
        category: 'bookkeeping',
        reason: 'metric accumulator'
    }
];
/** Optimizer variables that are scalars of the optimizer itself rather than per-variable slots. */
const KERAS_OPTIMIZER_SCALAR = /(^|\/)(iter|iterations|iteration|learning_rate|lr|decay|beta_1_power|beta_2_power|momentum_cache)(:\d+)?$/;

;// CONCATENATED MODULE: ./src/formats/keras/keras-layout.ts


/** Layer classes whose last two variables are non-trainable moving statistics. */
const BATCH_NORM_CLASSES = new Set(['BatchNormalization', 'SyncBatchNormalization']);
/** Layer classes whose variables are all adapt() state (mean, variance, count). */
const ADAPT_STATE_CLASSES = new Set(['Normalization']);
/**
 * Places each dataset of `tree` in its category. `file` and `base` place the payload spans in the
 * checkpoint file (`base` is where the HDF5 file starts inside a `.keras` archive).
 */
function classifyKerasTree(tree, file, base, config) {
    const layout = detectLayout(tree);
    const warnings = [];
    const tensors = [];
    const place = (dataset, category, reason) => {
        tensors.push({
            name: dataset.path,
            dtype: dataset.dtype,
            shape: dataset.shape,
            file,
            offset: base + dataset.storage.offset,
            byteLength: dataset.storage.byteLength,
            category,
            reason: chunkNote(dataset, reason),
            storageKey: `${file}#hdf5@${dataset.address}`
        });
    };
    if (layout === 'plain-hdf5') {
        for (const dataset of tree.datasets)
            place(dataset, 'unclassified', 'HDF5 dataset outside any Keras layout');
        if (tree.datasets.length > 0) {
            warnings.push('no Keras layout (model_weights/, layers/, optimizer/ groups or a layer_names attribute): ' +
                'this looks like plain HDF5 data; its datasets are reported as unclassified');
        }
        return { layout, classifiedBy: 'name-rules', tensors, warnings, categoryNotes: {}, layerNames: [] };
    }
    const groups = new Map(tree.groups.map((group) => [group.path, group]));
    let layerNames;
    if (layout === 'keras3-weights') {
        layerNames = tree.groups.filter((g) => /^layers\/[^/]+$/.test(g.path)).map((g) => g.path.slice('layers/'.length));
        const varsCount = countVarsPerGroup(tree.datasets);
        for (const dataset of tree.datasets) {
            const [category, reason] = classifyKeras3(dataset.path, varsCount, config);
            place(dataset, category, reason);
        }
    }
    else {
        const weightsRoot = layout === 'keras-legacy-model' ? 'model_weights' : '';
        layerNames = stringList(groups.get(weightsRoot), 'layer_names');
        for (const dataset of tree.datasets) {
            const [category, reason] = classifyLegacy(dataset.path, weightsRoot);
            place(dataset, category, reason);
        }
        const listed = new Set(layerNames);
        const unlisted = tree.groups
            .filter((g) => g.path !== weightsRoot && (weightsRoot === '' ? !g.path.includes('/') : g.path.startsWith(`${weightsRoot}/`) && !g.path.slice(weightsRoot.length + 1).includes('/')))
            .map((g) => (weightsRoot === '' ? g.path : g.path.slice(weightsRoot.length + 1)))
            .filter((name) => !listed.has(name) && name !== 'top_level_model_weights' && name !== 'optimizer_weights');
        if (layerNames.length > 0 && unlisted.length > 0) {
            warnings.push(`layer group(s) not in layer_names: ${unlisted.slice(0, 5).join(', ')}${unlisted.length > 5 ? ', …' : ''}`);
        }
    }
    const unclassified = tensors.filter((t) => t.category === 'unclassified').length;
    if (unclassified > 0)
        warnings.push(`${unclassified} dataset(s) outside the Keras weight and optimizer groups are unclassified`);
    return { layout, classifiedBy: 'dict-layout', tensors, warnings, categoryNotes: notes(tensors, layerNames, optimizerName(tree, layout)), layerNames };
}
/**
 * A chunked dataset has one span per chunk and TensorInfo one span: its offset is the first
 * chunk's and its length the chunks' stored sum, so the categories still add up exactly; the
 * reason says so.
 */
function chunkNote(dataset, reason) {
    const { layout, chunks } = dataset.storage;
    if (layout !== 'chunked' || (chunks ?? 0) <= 1)
        return reason;
    return `${reason}; ${chunks} chunks, counted by their stored sizes`;
}
function detectLayout(tree) {
    const paths = new Set(tree.groups.map((g) => g.path));
    const root = tree.groups.find((g) => g.path === '');
    if (paths.has('model_weights'))
        return 'keras-legacy-model';
    if (root && stringList(root, 'layer_names').length > 0)
        return 'keras-legacy-weights';
    const keras3 = tree.datasets.some((d) => /(^|\/)vars\/\d+$/.test(d.path)) || paths.has('layers') || paths.has('optimizer');
    if (keras3)
        return 'keras3-weights';
    return 'plain-hdf5';
}
/** A string-list attribute, including Keras' chunked form `name0`, `name1`, … for lists over 64 KiB. */
function stringList(group, name) {
    if (!group)
        return [];
    const whole = group.attributes.get(name);
    if (whole !== undefined)
        return asStrings(whole);
    // keras-team/keras:keras/src/legacy/saving/legacy_h5_format.py, save_attributes_to_hdf5_group.
    const chunks = [];
    for (let i = 0; group.attributes.has(`${name}${i}`); i++)
        chunks.push(...asStrings(group.attributes.get(`${name}${i}`)));
    return chunks;
}
function asStrings(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.map(String);
    return [];
}
function classifyLegacy(path, weightsRoot) {
    if (path.startsWith('optimizer_weights/')) {
        return KERAS_OPTIMIZER_SCALAR.test(path)
            ? ['optimizer', 'optimizer scalar (iterations / learning rate)']
            : ['optimizer', 'optimizer slot variable (optimizer_weights group)'];
    }
    const inWeights = weightsRoot === '' ? true : path.startsWith(`${weightsRoot}/`);
    if (!inWeights)
        return ['unclassified', 'dataset outside model_weights and optimizer_weights'];
    const rule = matchNameRule(path, KERAS_MODEL_VARIABLE_RULES);
    if (rule)
        return [rule.category, rule.reason];
    const layer = (weightsRoot === '' ? path : path.slice(weightsRoot.length + 1)).split('/')[0];
    if (/^normalization(_\d+)?$/.test(layer) && /(^|\/)(mean|variance|count)(:\d+)?$/.test(path)) {
        return ['buffers', 'Normalization adapt() statistics (non-trainable)'];
    }
    return ['weights', `layer weight (${weightsRoot === '' ? 'save_weights layout' : 'model_weights group'})`];
}
/** Number of `vars/N` datasets per vars group (`layers/batch_normalization/vars` → 4). */
function countVarsPerGroup(datasets) {
    const counts = new Map();
    for (const dataset of datasets) {
        const match = /^(.*)\/vars\/\d+$/.exec(dataset.path);
        if (match)
            counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
    }
    return counts;
}
function classifyKeras3(path, varsCount, config) {
    if (path.startsWith('optimizer/')) {
        // keras-team/keras:keras/src/optimizers/base_optimizer.py: variables[0] is `iterations`, then
        // `learning_rate` when it is a plain float (a scalar), then the slots, per model variable.
        const index = /\/vars\/(\d+)$/.exec(path)?.[1];
        if (index === '0')
            return ['optimizer', 'optimizer iterations counter (optimizer/vars/0)'];
        return ['optimizer', 'optimizer variable (optimizer group: learning rate or slot)'];
    }
    const rule = matchNameRule(path, KERAS_MODEL_VARIABLE_RULES);
    if (rule)
        return [rule.category, rule.reason];
    const match = /^(.*)\/vars\/(\d+)$/.exec(path);
    if (!match || !(path.startsWith('layers/') || path.startsWith('vars/'))) {
        return ['unclassified', 'dataset outside the layers/ and optimizer/ groups'];
    }
    const owner = match[1];
    const index = Number(match[2]);
    // Groups are named to_snake_case(class name), made unique with _N (saving_lib._save_container_state).
    const snake = owner.split('/').pop().replace(/_\d+$/, '');
    const className = config?.classesBySnakeName.get(snake);
    const isBatchNorm = className ? BATCH_NORM_CLASSES.has(className) : snake === 'batch_normalization' || snake === 'sync_batch_normalization';
    const source = className ? `config.json class ${className}` : `group name ${snake}`;
    const count = varsCount.get(owner) ?? 0;
    if (isBatchNorm && count >= 2 && index >= count - 2) {
        // Trainable variables come first (layer.py save_own_variables): gamma, beta, then moving_mean, moving_variance.
        return ['buffers', `BatchNormalization moving ${index === count - 2 ? 'mean' : 'variance'} (non-trainable; ${source})`];
    }
    const isAdaptState = className ? ADAPT_STATE_CLASSES.has(className) : snake === 'normalization';
    if (isAdaptState)
        return ['buffers', `Normalization adapt() statistics (non-trainable; ${source})`];
    return ['weights', 'layer variable (layers group)'];
}
/** The optimizer's name: Keras 3 stores it on `optimizer/vars`; legacy files nest slots under it. */
function optimizerName(tree, layout) {
    if (layout === 'keras3-weights') {
        const name = tree.groups.find((g) => g.path === 'optimizer/vars')?.attributes.get('name');
        return typeof name === 'string' && name !== '' ? name : undefined;
    }
    const first = tree.datasets.find((d) => d.path.startsWith('optimizer_weights/'));
    const segments = first?.path.split('/').slice(1, -1).filter((s) => s !== 'training');
    return segments?.[0];
}
function notes(tensors, layerNames, optimizer) {
    const out = {};
    const count = (category) => tensors.filter((t) => t.category === category).length;
    const weights = count('weights');
    if (weights > 0)
        out.weights = `${weights} variable(s) in ${layerNames.length} layer group(s)`;
    const optimizerCount = count('optimizer');
    if (optimizerCount > 0)
        out.optimizer = `${optimizer ? `${optimizer}: ` : ''}${optimizerCount} optimizer variable(s) (slots, iterations, learning rate)`;
    const buffers = count('buffers');
    if (buffers > 0)
        out.buffers = `${buffers} non-trainable statistic(s) (BatchNormalization / Normalization)`;
    return out;
}
/** Keras' `to_snake_case` (keras-team/keras:keras/src/utils/naming.py). */
function toSnakeCase(name) {
    return name
        .replace(/\W+/g, '')
        .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toLowerCase();
}
/** Layer classes named in a `.keras` archive's `config.json` (nested models included). */
function configLayers(config) {
    const classesBySnakeName = new Map();
    const visit = (node, depth) => {
        if (depth > 64 || node === null || typeof node !== 'object')
            return;
        if (Array.isArray(node)) {
            for (const item of node)
                visit(item, depth + 1);
            return;
        }
        const record = node;
        if (typeof record.class_name === 'string')
            classesBySnakeName.set(toSnakeCase(record.class_name), record.class_name);
        for (const value of Object.values(record))
            visit(value, depth + 1);
    };
    visit(config, 0);
    return { classesBySnakeName };
}

;// CONCATENATED MODULE: ./src/formats/hdf5/hdf5-file.ts



/**
 * A metadata-only HDF5 reader: superblock, object headers, group links and the few messages that
 * say where a dataset's bytes are (dataspace, datatype, data layout). It never reads a dataset's
 * payload, so its cost follows the number of objects, not the size of the weights
 * (bench/hdf5-approach.ts compares it with h5wasm).
 *
 * Byte layouts are from the HDF5 File Format Specification v3 (`HDFGroup/hdf5:doxygen/dox/FileFormatSpec*`,
 * "Level 0/1/2"), cross-checked against netron's reader (`lutzroeder/netron:source/hdf5.js`) and
 * the real Keras files in fixtures/real/keras.
 *
 * Supported: superblock v0–v3, object headers v1 and v2 (with continuation blocks), old-style
 * groups (symbol table: v1 B-tree + local heap + SNOD nodes) and new-style compact groups (link
 * messages), attributes v1–v3 (fixed-length string and numeric values are decoded), data layout
 * v1–v3 (compact, contiguous, chunked through the v1 chunk B-tree) and v4 contiguous/compact/
 * single-chunk. Dense link storage (fractal heaps) and v4 chunk indexes other than "single chunk"
 * are rejected with an UnsupportedFormatError: h5py writes neither with its default settings, which
 * is what Keras uses.
 */
/** The 8-byte HDF5 signature (`\x89HDF\r\n\x1a\n`). */
const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
function hasHdf5Signature(bytes, at = 0) {
    if (bytes.length < at + 8)
        return false;
    return HDF5_SIGNATURE.every((byte, i) => bytes[at + i] === byte);
}
const UNDEFINED_ADDRESS = -1;
/** Variable-length string attributes worth a global-heap read: the ones the Keras layout uses. */
const VLEN_ATTRIBUTES_READ = /^(layer_names\d*|weight_names\d*|dtype|keras_version|backend|name)$/;
// Message types (spec, "IV.A.2 Header Messages").
const MSG_DATASPACE = 0x0001;
const MSG_LINK_INFO = 0x0002;
const MSG_DATATYPE = 0x0003;
const MSG_EXTERNAL_FILES = 0x0007;
const MSG_LAYOUT = 0x0008;
const MSG_LINK = 0x0006;
const MSG_ATTRIBUTE = 0x000c;
const MSG_CONTINUATION = 0x0010;
const MSG_SYMBOL_TABLE = 0x0011;
/** Reads the whole tree of groups and datasets below the root group, metadata only. */
async function readHdf5Tree(source) {
    return new Hdf5Walker(source).walk();
}
class Hdf5Walker {
    source;
    superblock;
    objectsSeen = 0;
    btreeNodesRead = 0;
    visitedGroups = new Set();
    datasetsByAddress = new Map();
    chunkIndexes = new Map();
    tree = { groups: [], datasets: [], warnings: [] };
    pages;
    constructor(source) {
        this.source = source;
        this.pages = new PageCache(source);
    }
    async walk() {
        this.superblock = await this.readSuperblock();
        await this.walkObject(this.superblock.rootAddress, '', 0);
        // Chunk B-trees are walked once per dataset, after the groups (a dataset linked twice shares its storage object).
        for (const [dataset, btree] of this.chunkIndexes)
            await this.resolveChunks(dataset, btree);
        return this.tree;
    }
    // --- low level --------------------------------------------------------------------------------
    fail(what, offset) {
        return new FormatError(this.source.name, what, {
            offset,
            fix: 'The HDF5 file is truncated or corrupted; re-save it.'
        });
    }
    /** A bounds-checked read whose error names what was being read and where. */
    async readAt(offset, length, what) {
        if (offset < 0 || length < 0 || !Number.isSafeInteger(offset) || offset + length > this.source.size) {
            throw this.fail(`${what} needs ${length} bytes at offset ${offset}, beyond the end of the file (${this.source.size} bytes)`, offset >= 0 ? offset : undefined);
        }
        return new BinaryReader(await this.pages.read(offset, length), this.source.name, offset);
    }
    checkBlock(what, bytes) {
        if (bytes > MAX_HDF5_INDEX_BLOCK_BYTES)
            throw new LimitExceededError(this.source.name, `size of an HDF5 ${what}`, bytes, MAX_HDF5_INDEX_BLOCK_BYTES);
    }
    address(reader) {
        return readAddress(reader, this.superblock.offsetSize, this.source.name);
    }
    length(reader, what) {
        return readSized(reader, this.superblock.lengthSize, this.source.name, what);
    }
    // --- superblock ---------------------------------------------------------------------------------
    async readSuperblock() {
        const name = this.source.name;
        const head = await this.readAt(0, Math.min(this.source.size, 8), 'HDF5 signature');
        if (!hasHdf5Signature(head.bytes)) {
            throw new FormatError(name, 'not an HDF5 file: the signature \\x89HDF\\r\\n\\x1a\\n is missing', { offset: 0 });
        }
        const needAtLeast = (bytes, version) => {
            if (this.source.size < bytes) {
                throw new FormatError(name, `truncated HDF5 superblock (version ${version}): needs ${bytes} bytes, the file has ${this.source.size}`, { offset: this.source.size, fix: 'The file is truncated; re-save or re-download it.' });
            }
        };
        needAtLeast(10, -1);
        const version = (await this.readAt(8, 1, 'superblock version')).u8();
        if (version === 0 || version === 1) {
            // Fixed part up to the sizes: 16 bytes (+4 in v1), then 4 addresses and the root symbol-table entry.
            const prefix = await this.readAt(0, Math.min(this.source.size, 24), 'superblock');
            needAtLeast(16, version);
            prefix.seek(13);
            const offsetSize = prefix.u8();
            const lengthSize = prefix.u8();
            checkSizes(name, offsetSize, lengthSize);
            const fixed = 24 + (version === 1 ? 4 : 0);
            const total = fixed + 4 * offsetSize + (2 * offsetSize + 8 + 16);
            needAtLeast(total, version);
            const reader = await this.readAt(0, total, 'superblock');
            reader.seek(fixed);
            this.superblock = { version, offsetSize, lengthSize, rootAddress: 0 };
            const baseAddress = this.address(reader);
            this.address(reader); // free-space info
            const endOfFile = this.address(reader);
            this.address(reader); // driver info
            this.address(reader); // root entry: link name offset
            const rootAddress = this.address(reader);
            this.checkBase(baseAddress, endOfFile);
            return { version, offsetSize, lengthSize, rootAddress };
        }
        if (version === 2 || version === 3) {
            needAtLeast(11, version);
            const sizes = await this.readAt(9, 2, 'superblock');
            const offsetSize = sizes.u8();
            const lengthSize = sizes.u8();
            checkSizes(name, offsetSize, lengthSize);
            const total = 12 + 4 * offsetSize + 4;
            needAtLeast(total, version);
            const reader = await this.readAt(12, 4 * offsetSize, 'superblock');
            this.superblock = { version, offsetSize, lengthSize, rootAddress: 0 };
            const baseAddress = this.address(reader);
            this.address(reader); // superblock extension
            const endOfFile = this.address(reader);
            const rootAddress = this.address(reader);
            this.checkBase(baseAddress, endOfFile);
            return { version, offsetSize, lengthSize, rootAddress };
        }
        throw new UnsupportedFormatError(name, `HDF5 superblock version ${version}`, 'Versions 0 to 3 are read.');
    }
    checkBase(baseAddress, endOfFile) {
        if (baseAddress !== 0 && baseAddress !== UNDEFINED_ADDRESS) {
            // Addresses are relative to the base; the library writes 0 (the superblock's own position).
            throw new UnsupportedFormatError(this.source.name, `HDF5 base address ${baseAddress} (a user block or embedded file)`);
        }
        if (endOfFile !== UNDEFINED_ADDRESS && endOfFile > this.source.size) {
            throw new FormatError(this.source.name, `truncated HDF5 file: the superblock says it ends at byte ${endOfFile}, but it has ${this.source.size} bytes`, { offset: this.source.size, fix: 'The file is truncated; re-save or re-download it.' });
        }
    }
    // --- objects ----------------------------------------------------------------------------------
    async walkObject(address, path, depth) {
        if (depth > MAX_HDF5_DEPTH)
            throw new LimitExceededError(this.source.name, 'HDF5 group nesting depth', depth, MAX_HDF5_DEPTH);
        if (this.visitedGroups.has(address))
            return; // a hard link back to a group already walked (a cycle)
        const known = this.datasetsByAddress.get(address);
        if (known) {
            // A second hard link to one dataset: same storage, listed under both names, counted once.
            this.tree.datasets.push({ ...known, path });
            return;
        }
        if (++this.objectsSeen > MAX_HDF5_OBJECTS) {
            throw new LimitExceededError(this.source.name, 'number of HDF5 objects', this.objectsSeen, MAX_HDF5_OBJECTS);
        }
        const messages = await this.readObjectHeader(address);
        const attributes = new Map();
        for (const message of messages) {
            if (message.type === MSG_ATTRIBUTE) {
                const attribute = await this.parseAttribute(message);
                if (attribute)
                    attributes.set(attribute.name, attribute.value);
            }
        }
        const has = (type) => messages.some((m) => m.type === type);
        if (has(MSG_LAYOUT)) {
            const dataset = this.parseDataset(path, address, messages, attributes);
            this.datasetsByAddress.set(address, dataset);
            this.tree.datasets.push(dataset);
            return;
        }
        this.visitedGroups.add(address);
        this.tree.groups.push({ path, attributes });
        const children = [];
        for (const message of messages) {
            if (message.type === MSG_SYMBOL_TABLE)
                children.push(...(await this.symbolTableLinks(message)));
            else if (message.type === MSG_LINK) {
                const link = this.parseLink(message);
                if (link)
                    children.push(link);
            }
            else if (message.type === MSG_LINK_INFO)
                children.push(...(await this.denseLinks(message)));
        }
        for (const child of children) {
            await this.walkObject(child.address, path === '' ? child.name : `${path}/${child.name}`, depth + 1);
        }
    }
    /** The messages of an object header, following continuation blocks. */
    async readObjectHeader(address) {
        const first = await this.readAt(address, Math.min(16, this.source.size - Math.max(0, address)), 'object header');
        const isV2 = first.length >= 4 && first.bytes[0] === 0x4f && first.bytes[1] === 0x48 && first.bytes[2] === 0x44 && first.bytes[3] === 0x52; // OHDR
        const messages = [];
        const blocks = [];
        let creationOrder = false;
        if (isV2) {
            first.seek(4);
            const version = first.u8();
            if (version !== 2)
                throw this.fail(`object header version ${version} after the OHDR signature`, address + 4);
            const flags = first.u8();
            creationOrder = (flags & 0x04) !== 0;
            let skip = 6 + ((flags & 0x20) !== 0 ? 16 : 0) + ((flags & 0x10) !== 0 ? 4 : 0);
            const sizeBytes = 1 << (flags & 0x03);
            const head = await this.readAt(address + skip, sizeBytes, 'object header');
            const chunkSize = readSized(head, sizeBytes, this.source.name, 'object header size');
            skip += sizeBytes;
            blocks.push({ offset: address + skip, length: chunkSize });
        }
        else {
            first.need(16, 'object header');
            const version = first.u8();
            if (version !== 1)
                throw this.fail(`unknown object header version ${version}`, address);
            first.skip(1);
            first.u16(); // message count (the blocks' sizes are what bound the walk)
            first.u32(); // reference count
            const headerSize = first.u32();
            blocks.push({ offset: address + 16, length: headerSize }); // v1 messages start 8-aligned after the 12-byte prefix
        }
        const seenBlocks = new Set();
        let total = 0;
        for (let i = 0; i < blocks.length; i++) {
            const block = blocks[i];
            if (seenBlocks.has(block.offset))
                throw this.fail('object header continuation blocks form a cycle', block.offset);
            seenBlocks.add(block.offset);
            total += block.length;
            if (total > MAX_HDF5_HEADER_BYTES) {
                throw new LimitExceededError(this.source.name, 'HDF5 object header size', total, MAX_HDF5_HEADER_BYTES);
            }
            const reader = await this.readAt(block.offset, block.length, 'object header messages');
            if (isV2) {
                if (i > 0) {
                    const sig = reader.utf8(4);
                    if (sig !== 'OCHK')
                        throw this.fail(`object header continuation block without its OCHK signature`, block.offset);
                }
                const end = reader.length - 4; // checksum
                const prefix = creationOrder ? 6 : 4;
                while (end - reader.position >= prefix) {
                    const type = reader.u8();
                    const size = reader.u16();
                    reader.u8(); // flags
                    if (creationOrder)
                        reader.u16();
                    const offset = block.offset + reader.position;
                    const data = reader.take(size);
                    messages.push({ type, offset, data });
                    if (type === MSG_CONTINUATION)
                        blocks.push(this.continuation(data, offset));
                }
            }
            else {
                while (reader.remaining >= 8) {
                    const type = reader.u16();
                    const size = reader.u16();
                    reader.skip(4); // flags, reserved
                    const offset = block.offset + reader.position;
                    const data = reader.take(size);
                    messages.push({ type, offset, data });
                    if (type === MSG_CONTINUATION)
                        blocks.push(this.continuation(data, offset));
                    // v1 messages are padded to 8 bytes (FORMATS.md §7.3).
                    const pad = (8 - (reader.position % 8)) % 8;
                    if (reader.remaining < pad)
                        break;
                    reader.skip(pad);
                }
            }
        }
        return messages;
    }
    continuation(data, offset) {
        const reader = new BinaryReader(data, this.source.name, offset);
        return { offset: this.address(reader), length: this.length(reader, 'continuation length') };
    }
    // --- groups -------------------------------------------------------------------------------------
    /** Links of an old-style group: a v1 B-tree of SNOD nodes whose names live in a local heap. */
    async symbolTableLinks(message) {
        const reader = new BinaryReader(message.data, this.source.name, message.offset);
        const btreeAddress = this.address(reader);
        const heapAddress = this.address(reader);
        const heap = await this.readLocalHeap(heapAddress);
        const links = [];
        const { offsetSize } = this.superblock;
        await this.walkBtree(btreeAddress, 0, async (childAddress) => {
            const head = await this.readAt(childAddress, 8, 'symbol table node');
            if (head.utf8(4) !== 'SNOD')
                throw this.fail('symbol table node without its SNOD signature', childAddress);
            head.skip(2); // version, reserved
            const count = head.u16();
            const entrySize = 2 * offsetSize + 8 + 16;
            const entries = await this.readAt(childAddress + 8, count * entrySize, 'symbol table entries');
            for (let i = 0; i < count; i++) {
                entries.seek(i * entrySize);
                const nameOffset = readSized(entries, offsetSize, this.source.name, 'link name offset');
                const address = this.address(entries);
                links.push({ name: heapString(heap, nameOffset, this.source.name, heapAddress), address });
            }
        });
        return links;
    }
    async readLocalHeap(address) {
        const { offsetSize, lengthSize } = this.superblock;
        const head = await this.readAt(address, 8 + 2 * lengthSize + offsetSize, 'local heap');
        if (head.utf8(4) !== 'HEAP')
            throw this.fail('local heap without its HEAP signature', address);
        head.skip(4);
        const size = this.length(head, 'local heap size');
        this.length(head, 'free list offset');
        const dataAddress = this.address(head);
        if (size > MAX_HDF5_HEAP_BYTES)
            throw new LimitExceededError(this.source.name, 'HDF5 local heap size', size, MAX_HDF5_HEAP_BYTES);
        return (await this.readAt(dataAddress, size, 'local heap data')).bytes;
    }
    /**
     * Walks a version 1 B-tree (node type 0: group nodes, type 1: raw data chunks), calling `leaf`
     * for each child of a level-0 node with that child's key. Levels must decrease and no node is
     * visited twice, so a corrupt or hostile tree ends in an error, not a loop.
     */
    async walkBtree(address, dimensions, leaf) {
        const { offsetSize, lengthSize } = this.superblock;
        const visited = new Set();
        const visit = async (nodeAddress, expectedLevel) => {
            if (visited.has(nodeAddress))
                throw this.fail('B-tree nodes form a cycle', nodeAddress);
            visited.add(nodeAddress);
            if (++this.btreeNodesRead > MAX_HDF5_BTREE_NODES) {
                throw new LimitExceededError(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, MAX_HDF5_BTREE_NODES);
            }
            const head = await this.readAt(nodeAddress, 8 + 2 * offsetSize, 'B-tree node');
            if (head.utf8(4) !== 'TREE')
                throw this.fail('B-tree node without its TREE signature', nodeAddress);
            const type = head.u8();
            const level = head.u8();
            const entries = head.u16();
            if (expectedLevel !== undefined && level !== expectedLevel) {
                throw this.fail(`B-tree node at level ${level} where level ${expectedLevel} was expected`, nodeAddress);
            }
            const keySize = type === 0 ? lengthSize : 8 + 8 * (dimensions + 1);
            this.checkBlock('B-tree node', entries * (keySize + offsetSize) + keySize);
            const body = await this.readAt(nodeAddress + head.length, entries * (keySize + offsetSize) + keySize, 'B-tree node entries');
            for (let i = 0; i < entries; i++) {
                const chunkSize = type === 1 ? body.u32() : 0;
                body.skip(type === 1 ? keySize - 4 : keySize);
                const child = this.address(body);
                if (level > 0)
                    await visit(child, level - 1);
                else
                    await leaf(child, chunkSize);
            }
        };
        await visit(address, undefined);
    }
    parseLink(message) {
        const reader = new BinaryReader(message.data, this.source.name, message.offset);
        reader.u8(); // version
        const flags = reader.u8();
        const linkType = (flags & 0x08) !== 0 ? reader.u8() : 0;
        if ((flags & 0x04) !== 0)
            reader.skip(8); // creation order
        if ((flags & 0x10) !== 0)
            reader.u8(); // charset
        const nameLength = readSized(reader, 1 << (flags & 0x03), this.source.name, 'link name length');
        const name = reader.utf8(nameLength);
        if (linkType !== 0) {
            this.tree.warnings.push(`HDF5 ${linkType === 1 ? 'soft' : 'external'} link '${name}' was not followed`);
            return undefined;
        }
        return { name, address: this.address(reader) };
    }
    /**
     * Links of a new-style group in dense storage (spec IV.A.2.c, III.G, III.A.2): the link info
     * message names a fractal heap holding the link messages and a v2 B-tree (record type 5:
     * name hash, heap ID) indexing them by name. Groups with few links keep them as link messages
     * in the header instead (then the heap address is undefined).
     */
    async denseLinks(message) {
        const reader = new BinaryReader(message.data, this.source.name, message.offset);
        reader.u8(); // version
        const flags = reader.u8();
        if ((flags & 0x01) !== 0)
            reader.skip(8); // max creation index
        const heapAddress = this.address(reader);
        const nameIndex = this.address(reader);
        if (heapAddress === UNDEFINED_ADDRESS || nameIndex === UNDEFINED_ADDRESS)
            return [];
        const heap = await this.readFractalHeap(heapAddress);
        const links = [];
        await this.walkBtree2(nameIndex, async (record) => {
            record.u32(); // name hash
            const object = await this.heapObject(heap, record.take(record.remaining));
            const link = this.parseLink({ type: MSG_LINK, offset: object.offset, data: object.data });
            if (link)
                links.push(link);
        });
        return links;
    }
    async readFractalHeap(address) {
        const { offsetSize: o, lengthSize: l } = this.superblock;
        const size = 4 + 1 + 2 + 2 + 1 + 4 + l + o + l + o + 8 * l + 2 + l + l + 2 + 2 + o + 2;
        const head = await this.readAt(address, size, 'fractal heap header');
        if (head.utf8(4) !== 'FRHP')
            throw this.fail('fractal heap header without its FRHP signature', address);
        head.u8(); // version
        head.u16(); // heap ID length
        const filtersLength = head.u16();
        head.u8(); // flags
        const maxManagedObject = head.u32();
        head.skip(l + o + l + o + 8 * l); // huge objects, free space, managed space counters
        const width = head.u16();
        const startingBlock = this.length(head, 'fractal heap starting block size');
        const maxDirectBlock = this.length(head, 'fractal heap maximum direct block size');
        const maxHeapBits = head.u16();
        head.u16(); // starting rows in the root indirect block
        const root = this.address(head);
        const rows = head.u16();
        if (filtersLength > 0) {
            throw new UnsupportedFormatError(this.source.name, 'an HDF5 group whose link heap is compressed (I/O filters on a fractal heap)');
        }
        if (width === 0 || startingBlock === 0 || maxDirectBlock < startingBlock) {
            throw this.fail(`fractal heap with table width ${width} and block sizes ${startingBlock}..${maxDirectBlock}`, address);
        }
        return {
            address,
            width,
            startingBlock,
            maxDirectRows: Math.log2(maxDirectBlock) - Math.log2(startingBlock) + 2,
            root,
            rows,
            offsetBytes: Math.ceil(maxHeapBits / 8),
            lengthBytes: bytesFor(Math.min(maxDirectBlock, maxManagedObject))
        };
    }
    /** The bytes of a fractal heap object from its heap ID (managed or tiny objects). */
    async heapObject(heap, id) {
        const reader = new BinaryReader(id, this.source.name);
        const first = reader.u8();
        const type = (first >> 4) & 0x03;
        if (type === 2)
            return { offset: 0, data: reader.take(Math.min(reader.remaining, (first & 0x0f) + 1)) }; // tiny: inline
        if (type !== 0)
            throw new UnsupportedFormatError(this.source.name, 'an HDF5 link stored as a "huge" fractal heap object');
        const offset = readSized(reader, heap.offsetBytes, this.source.name, 'heap object offset');
        const length = readSized(reader, heap.lengthBytes, this.source.name, 'heap object length');
        let blockAddress = heap.root;
        let blockOffset = 0;
        if (heap.rows > 0) {
            // Root indirect block: row r holds `width` direct blocks of startingBlock·2^max(0, r-1) bytes.
            let row = 0;
            let rowStart = 0;
            const rowBlock = (r) => heap.startingBlock * 2 ** Math.max(0, r - 1);
            while (row < heap.rows && offset >= rowStart + heap.width * rowBlock(row)) {
                rowStart += heap.width * rowBlock(row);
                row++;
            }
            if (row >= heap.rows)
                throw this.fail(`heap object offset ${offset} beyond the fractal heap`, heap.address);
            if (row >= heap.maxDirectRows) {
                throw new UnsupportedFormatError(this.source.name, 'an HDF5 group whose link heap has nested indirect blocks');
            }
            const column = Math.floor((offset - rowStart) / rowBlock(row));
            blockOffset = rowStart + column * rowBlock(row);
            const { offsetSize } = this.superblock;
            const entryAt = heap.root + 4 + 1 + offsetSize + heap.offsetBytes + (row * heap.width + column) * offsetSize;
            blockAddress = this.address(await this.readAt(entryAt, offsetSize, 'fractal heap indirect block'));
            if (blockAddress === UNDEFINED_ADDRESS)
                throw this.fail(`heap object offset ${offset} in an unallocated block`, entryAt);
        }
        const at = blockAddress + (offset - blockOffset);
        this.checkBlock('fractal heap object', length);
        return { offset: at, data: (await this.readAt(at, length, 'fractal heap object')).bytes };
    }
    // --- datasets -----------------------------------------------------------------------------------
    parseDataset(path, address, messages, attributes) {
        const find = (type) => messages.find((m) => m.type === type);
        const dataspace = find(MSG_DATASPACE);
        const datatype = find(MSG_DATATYPE);
        const layout = find(MSG_LAYOUT);
        const shape = dataspace ? this.parseDataspace(new BinaryReader(dataspace.data, this.source.name, dataspace.offset)) : [];
        const type = datatype ? parseDatatype(new BinaryReader(datatype.data, this.source.name, datatype.offset)) : { dtype: 'unknown', size: 0 };
        const { storage, btree } = this.parseLayout(layout, path, hdf5_file_elementCount(shape) * type.size);
        if (find(MSG_EXTERNAL_FILES)) {
            this.tree.warnings.push(`dataset '${path}' stores its data in external files, which are not counted`);
            storage.layout = 'external';
            storage.byteLength = 0;
        }
        const bfloat16 = attributes.get('dtype') === 'bfloat16'; // Keras stores bfloat16 as 16-bit data with this attribute
        const dataset = { path, address, dtype: bfloat16 ? 'bfloat16' : type.dtype, shape, storage, attributes };
        if (btree)
            this.chunkIndexes.set(dataset, btree);
        else
            this.checkInside(dataset);
        return dataset;
    }
    checkInside(dataset) {
        const { offset, byteLength } = dataset.storage;
        if (offset + byteLength > this.source.size) {
            throw this.fail(`dataset '${dataset.path}' claims bytes ${offset}..${offset + byteLength}, beyond the end of the file`, offset);
        }
    }
    parseDataspace(reader) {
        const version = reader.u8();
        const rank = reader.u8();
        const flags = reader.u8();
        if (rank > MAX_DIMS)
            throw new LimitExceededError(this.source.name, 'HDF5 dataspace rank', rank, MAX_DIMS);
        if (version === 1)
            reader.skip(5);
        else if (version === 2) {
            if (reader.u8() === 2)
                return []; // null dataspace: no elements
        }
        else
            throw this.fail(`unknown dataspace version ${version}`, reader.baseOffset);
        void flags;
        const shape = [];
        for (let i = 0; i < rank; i++)
            shape.push(this.length(reader, 'dimension size'));
        return shape;
    }
    /** The chunk rank of a layout message (dataset rank + 1 for the element size). */
    layoutRank(dimensionality) {
        if (dimensionality > MAX_DIMS + 1)
            throw new LimitExceededError(this.source.name, 'HDF5 data layout rank', dimensionality, MAX_DIMS + 1);
        return dimensionality;
    }
    /** Data layout message (spec IV.A.2.i); `logicalBytes` sizes an unfiltered single chunk. */
    parseLayout(message, path, logicalBytes) {
        const reader = new BinaryReader(message.data, this.source.name, message.offset);
        const version = reader.u8();
        if (version === 1 || version === 2) {
            const dimensionality = this.layoutRank(reader.u8());
            const layoutClass = reader.u8();
            reader.skip(5);
            const dataAddress = layoutClass !== 0 ? this.address(reader) : UNDEFINED_ADDRESS;
            const dims = [];
            for (let i = 0; i < dimensionality; i++)
                dims.push(reader.u32());
            if (layoutClass === 0) {
                const size = reader.u32();
                return { storage: { layout: 'compact', offset: message.offset + reader.position, byteLength: size } };
            }
            if (layoutClass === 1) {
                // v1/v2 contiguous: the size is the dims (the last one being the element size) multiplied.
                return { storage: contiguous(dataAddress, hdf5_file_elementCount(dims)) };
            }
            return { storage: chunkedPending(), btree: { kind: 'btree1', address: dataAddress, dimensions: dimensionality - 1 } };
        }
        // Version 5 (HDF5 2.0, written for filtered chunked datasets under libver latest) has the v4
        // fields; checked on files written by h5wasm 0.10.3.
        if (version >= 3 && version <= 5) {
            const layoutClass = reader.u8();
            if (layoutClass === 0) {
                const size = reader.u16();
                return { storage: { layout: 'compact', offset: message.offset + reader.position, byteLength: size } };
            }
            if (layoutClass === 1) {
                const dataAddress = this.address(reader);
                return { storage: contiguous(dataAddress, this.length(reader, 'contiguous storage size')) };
            }
            if (layoutClass === 3)
                return { storage: { layout: 'virtual', offset: 0, byteLength: 0 } };
            if (layoutClass !== 2)
                throw this.fail(`unknown data layout class ${layoutClass} for dataset '${path}'`, message.offset);
            if (version === 3) {
                const dimensionality = this.layoutRank(reader.u8());
                const btreeAddress = this.address(reader);
                return { storage: chunkedPending(), btree: { kind: 'btree1', address: btreeAddress, dimensions: dimensionality - 1 } };
            }
            const flags = reader.u8();
            const dimensionality = this.layoutRank(reader.u8());
            const encoded = reader.u8();
            if (encoded < 1 || encoded > 8)
                throw this.fail(`chunk dimension sizes of ${encoded} bytes`, message.offset);
            // Chunk dimensions, the last one being the element size (as in v3): their product is a chunk's bytes.
            let chunkBytes = 1;
            for (let i = 0; i < dimensionality; i++)
                chunkBytes *= readSized(reader, encoded, this.source.name, 'chunk dimension');
            const filtered = (flags & 0x02) !== 0;
            const indexType = reader.u8();
            switch (indexType) {
                case 1: {
                    // Single chunk: the whole dataset is one chunk at the index address.
                    const size = filtered ? this.length(reader, 'filtered chunk size') : logicalBytes;
                    if (filtered)
                        reader.u32(); // filter mask
                    const dataAddress = this.address(reader);
                    return { storage: { ...contiguous(dataAddress, size), layout: 'chunked', chunks: 1 } };
                }
                case 2: {
                    // Implicit: unfiltered chunks allocated back to back, no index.
                    const dataAddress = this.address(reader);
                    const chunks = Math.ceil(logicalBytes / Math.max(1, chunkBytes));
                    return { storage: { ...contiguous(dataAddress, chunks * chunkBytes), layout: 'chunked', chunks } };
                }
                case 3: {
                    reader.u8(); // page bits (the header repeats them)
                    const address = this.address(reader);
                    return { storage: chunkedPending(), btree: { kind: 'fixed-array', address, chunkBytes } };
                }
                case 5: {
                    reader.skip(6); // node size, split and merge percentages (the header repeats them)
                    const address = this.address(reader);
                    return { storage: chunkedPending(), btree: { kind: 'btree2', address, chunkBytes, dimensions: dimensionality - 1 } };
                }
            }
            throw new UnsupportedFormatError(this.source.name, `dataset '${path}' uses HDF5 chunk index type ${indexType} (layout v4${indexType === 4 ? ', extensible array' : ''})`, 'h5py writes it only with libver="latest" and resizable datasets; save with the default libver.');
        }
        throw this.fail(`unknown data layout version ${version} for dataset '${path}'`, message.offset);
    }
    /** Sums the chunks listed by a dataset's chunk index (each chunk's stored, possibly filtered, size). */
    async resolveChunks(dataset, index) {
        const storage = dataset.storage;
        if (index.address === UNDEFINED_ADDRESS)
            return; // no chunk written yet
        let first = Number.POSITIVE_INFINITY;
        let total = 0;
        let chunks = 0;
        const add = async (chunkAddress, chunkSize) => {
            if (chunkAddress === UNDEFINED_ADDRESS)
                return;
            if (chunkAddress + chunkSize > this.source.size) {
                throw this.fail(`a chunk of dataset '${dataset.path}' extends beyond the end of the file`, chunkAddress);
            }
            first = Math.min(first, chunkAddress);
            total += chunkSize;
            chunks++;
        };
        if (index.kind === 'btree1')
            await this.walkBtree(index.address, index.dimensions, add);
        else if (index.kind === 'fixed-array')
            await this.walkFixedArray(index, add);
        else {
            const { offsetSize } = this.superblock;
            await this.walkBtree2(index.address, async (record, type) => {
                const chunkAddress = readAddress(record, offsetSize, this.source.name);
                let size = index.chunkBytes;
                if (type === 11) {
                    // Type 11: address, chunk size (the bytes the record has left after the mask and offsets), filter mask, offsets.
                    size = readSized(record, record.length - offsetSize - 4 - 8 * index.dimensions, this.source.name, 'chunk size');
                }
                await add(chunkAddress, size);
            });
        }
        // TensorInfo has one span: the first chunk's offset, all chunks' stored bytes (chunks need not be
        // adjacent: the HDF5 library interleaves them with other objects).
        storage.offset = chunks > 0 ? first : 0;
        storage.byteLength = total;
        storage.chunks = chunks;
        this.checkInside(dataset);
    }
    /** Fixed array chunk index (spec III.H): FAHD header, FADB data block, optionally paged. */
    async walkFixedArray(index, add) {
        const { offsetSize, lengthSize } = this.superblock;
        const head = await this.readAt(index.address, 8 + lengthSize + offsetSize, 'fixed array header');
        if (head.utf8(4) !== 'FAHD')
            throw this.fail('fixed array header without its FAHD signature', index.address);
        head.u8(); // version
        const filtered = head.u8() === 1; // client id: 0 plain chunks, 1 filtered chunks (with their sizes)
        const entrySize = head.u8();
        const pageBits = head.u8();
        const entries = this.length(head, 'fixed array entries');
        const dataBlock = this.address(head);
        if (entries > MAX_HDF5_CHUNKS)
            throw new LimitExceededError(this.source.name, 'chunks of one HDF5 dataset', entries, MAX_HDF5_CHUNKS);
        if (dataBlock === UNDEFINED_ADDRESS)
            return;
        const pageEntries = 2 ** pageBits;
        const paged = entries > pageEntries;
        const pages = paged ? Math.ceil(entries / pageEntries) : 1;
        const prefix = 6 + offsetSize + (paged ? Math.ceil(pages / 8) : 0);
        const size = paged ? prefix + 4 + entries * entrySize + pages * 4 : prefix + entries * entrySize + 4;
        this.checkBlock('fixed array data block', size);
        const block = await this.readAt(dataBlock, size, 'fixed array data block');
        if (block.utf8(4) !== 'FADB')
            throw this.fail('fixed array data block without its FADB signature', dataBlock);
        // Unpaged: elements follow the prefix; paged: the prefix has its checksum, then each page ends in one.
        let at = paged ? prefix + 4 : prefix;
        for (let i = 0; i < entries; i++) {
            if (paged && i > 0 && i % pageEntries === 0)
                at += 4;
            block.seek(at);
            const chunkAddress = readAddress(block, offsetSize, this.source.name);
            const chunkSize = filtered ? readSized(block, entrySize - offsetSize - 4, this.source.name, 'chunk size') : index.chunkBytes;
            await add(chunkAddress, chunkSize);
            at += entrySize;
        }
    }
    /**
     * Walks a version 2 B-tree (spec III.A.2), calling `record` with a reader over each record.
     * Field widths of the child pointers follow from the node size (as H5B2__hdr_init computes them).
     */
    async walkBtree2(address, record) {
        const { offsetSize, lengthSize } = this.superblock;
        const head = await this.readAt(address, 16 + offsetSize + 2 + lengthSize, 'v2 B-tree header');
        if (head.utf8(4) !== 'BTHD')
            throw this.fail('v2 B-tree header without its BTHD signature', address);
        head.u8(); // version
        const type = head.u8();
        const nodeSize = head.u32();
        const recordSize = head.u16();
        const depth = head.u16();
        head.skip(2); // split, merge percentages
        const root = this.address(head);
        const rootRecords = head.u16();
        if (depth > MAX_HDF5_DEPTH || recordSize === 0 || nodeSize <= 10 + recordSize) {
            throw this.fail(`v2 B-tree with depth ${depth}, node size ${nodeSize} and record size ${recordSize}`, address);
        }
        this.checkBlock('v2 B-tree node', nodeSize);
        // max records per node and the byte widths of the counts, per depth (leaves are depth 0).
        const maxRecords = [Math.floor((nodeSize - 10) / recordSize)];
        const countBytes = [bytesFor(maxRecords[0])];
        const cumulative = [maxRecords[0]];
        const cumulativeBytes = [bytesFor(cumulative[0])];
        for (let d = 1; d <= depth; d++) {
            const pointer = offsetSize + countBytes[d - 1] + (d > 1 ? cumulativeBytes[d - 1] : 0);
            maxRecords[d] = Math.floor((nodeSize - 10) / (recordSize + pointer));
            countBytes[d] = bytesFor(maxRecords[d]);
            cumulative[d] = (maxRecords[d] + 1) * cumulative[d - 1] + maxRecords[d];
            cumulativeBytes[d] = bytesFor(cumulative[d]);
        }
        const visited = new Set();
        const visit = async (nodeAddress, records, level) => {
            if (nodeAddress === UNDEFINED_ADDRESS || records === 0)
                return;
            if (visited.has(nodeAddress))
                throw this.fail('v2 B-tree nodes form a cycle', nodeAddress);
            visited.add(nodeAddress);
            if (++this.btreeNodesRead > MAX_HDF5_BTREE_NODES) {
                throw new LimitExceededError(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, MAX_HDF5_BTREE_NODES);
            }
            if (records > maxRecords[level])
                throw this.fail(`v2 B-tree node with ${records} records, over its ${maxRecords[level]}`, nodeAddress);
            const node = await this.readAt(nodeAddress, nodeSize, 'v2 B-tree node');
            const signature = node.utf8(4);
            if (signature !== (level === 0 ? 'BTLF' : 'BTIN'))
                throw this.fail(`v2 B-tree node with signature '${signature}' at depth ${level}`, nodeAddress);
            node.skip(2);
            for (let i = 0; i < records; i++) {
                await record(new BinaryReader(node.take(recordSize), this.source.name, nodeAddress + node.position - recordSize), type);
            }
            if (level === 0)
                return;
            const children = [];
            for (let i = 0; i <= records; i++) {
                const child = this.address(node);
                const count = readSized(node, countBytes[level - 1], this.source.name, 'v2 B-tree child record count');
                if (level > 1)
                    node.skip(cumulativeBytes[level - 1]);
                children.push({ address: child, records: count });
            }
            for (const child of children)
                await visit(child.address, child.records, level - 1);
        };
        await visit(root, rootRecords, depth);
    }
    // --- attributes ---------------------------------------------------------------------------------
    /** Variable-length strings: each element is (length u32, global heap collection address, object index u32). */
    async vlenStrings(raw, count, scalar) {
        const reader = new BinaryReader(raw, this.source.name);
        const strings = [];
        for (let i = 0; i < count; i++) {
            reader.u32(); // sequence length (bytes, for strings)
            const collection = this.address(reader);
            const index = reader.u32();
            if (collection === UNDEFINED_ADDRESS) {
                strings.push('');
                continue;
            }
            const objects = await this.globalHeap(collection);
            strings.push(UTF8.decode(objects.get(index) ?? new Uint8Array(0)));
        }
        return scalar ? strings[0] : strings;
    }
    globalHeaps = new Map();
    /** A global heap collection (spec III.E): GCOL, version, collection size, then the objects. */
    async globalHeap(address) {
        const cached = this.globalHeaps.get(address);
        if (cached)
            return cached;
        const { lengthSize } = this.superblock;
        const head = await this.readAt(address, 8 + lengthSize, 'global heap');
        if (head.utf8(4) !== 'GCOL')
            throw this.fail('global heap collection without its GCOL signature', address);
        head.skip(4);
        const size = this.length(head, 'global heap size');
        if (size > MAX_HDF5_HEAP_BYTES)
            throw new LimitExceededError(this.source.name, 'HDF5 global heap size', size, MAX_HDF5_HEAP_BYTES);
        const reader = await this.readAt(address, size, 'global heap');
        reader.seek(8 + lengthSize);
        const objects = new Map();
        while (reader.remaining >= 8 + lengthSize) {
            const index = reader.u16();
            if (index === 0)
                break; // free space
            reader.skip(6); // reference count, reserved
            const objectSize = this.length(reader, 'global heap object size');
            objects.set(index, reader.take(objectSize));
            reader.skip(Math.min(reader.remaining, (8 - (objectSize % 8)) % 8));
        }
        this.globalHeaps.set(address, objects);
        return objects;
    }
    async parseAttribute(message) {
        const reader = new BinaryReader(message.data, this.source.name, message.offset);
        const version = reader.u8();
        reader.u8(); // reserved / flags
        const nameSize = reader.u16();
        const datatypeSize = reader.u16();
        const dataspaceSize = reader.u16();
        if (version === 3)
            reader.u8(); // name character set
        const padded = (n) => (version === 1 ? Math.ceil(n / 8) * 8 : n);
        const nameBytes = reader.take(padded(nameSize));
        const name = UTF8.decode(nameBytes.subarray(0, nameSize)).replace(/\0+$/, '');
        const typeReader = new BinaryReader(reader.take(padded(datatypeSize)), this.source.name, message.offset + reader.position);
        const spaceReader = new BinaryReader(reader.take(padded(dataspaceSize)), this.source.name, message.offset + reader.position);
        let value;
        try {
            const type = parseDatatype(typeReader);
            const shape = this.parseDataspace(spaceReader);
            const count = hdf5_file_elementCount(shape);
            const bytes = type.size * count;
            if (bytes > MAX_HDF5_ATTRIBUTE_VALUE_BYTES || bytes > reader.remaining)
                return { name, value: undefined };
            const raw = reader.take(bytes);
            if (type.vlenString) {
                // Only the few string attributes Keras' layout needs are fetched from the global heap
                // (not model_config, which can be megabytes of JSON).
                value = VLEN_ATTRIBUTES_READ.test(name) ? await this.vlenStrings(raw, count, shape.length === 0) : undefined;
            }
            else
                value = decodeAttribute(type, count, shape.length === 0, raw);
        }
        catch (error) {
            if (error instanceof LimitExceededError)
                throw error;
            value = undefined; // an attribute we cannot decode is not needed to size the file
        }
        return { name, value };
    }
}
/**
 * Small reads through aligned pages with adaptive read-ahead. h5py interleaves metadata and
 * payloads (a dataset's header, then its data, then the next header), so a miss reads one 4 KiB
 * page and a large payload next to it is never touched. Where the walker misses page after page
 * in order (a run of headers, heaps and B-tree nodes), each further miss reads twice as many pages,
 * up to HDF5_MAX_READ_AHEAD_PAGES: fewer, larger reads through metadata-dense regions, while bytes
 * read stay bounded by the metadata, not the weights. Reads larger than a page go to the source.
 */
class PageCache {
    source;
    pages = new Map();
    nextSequential = -1;
    run = 1;
    constructor(source) {
        this.source = source;
    }
    async read(offset, length) {
        const first = Math.floor(offset / HDF5_PAGE_BYTES);
        const last = Math.floor((offset + length - 1) / HDF5_PAGE_BYTES);
        if (length === 0 || length > HDF5_PAGE_BYTES)
            return this.source.read(offset, length);
        if (last !== first) {
            // Straddles two pages: join them (both usually cached already).
            const a = await this.page(first);
            const b = await this.page(last);
            const out = new Uint8Array(length);
            const start = offset - first * HDF5_PAGE_BYTES;
            out.set(a.subarray(start), 0);
            out.set(b.subarray(0, length - (a.length - start)), a.length - start);
            return out;
        }
        const page = await this.page(first);
        const start = offset - first * HDF5_PAGE_BYTES;
        return page.subarray(start, start + length);
    }
    async page(index) {
        const cached = this.pages.get(index);
        if (cached)
            return cached;
        this.run = index === this.nextSequential ? Math.min(this.run * 2, HDF5_MAX_READ_AHEAD_PAGES) : 1;
        const start = index * HDF5_PAGE_BYTES;
        const bytes = await this.source.read(start, Math.min(this.run * HDF5_PAGE_BYTES, this.source.size - start));
        const count = Math.ceil(bytes.length / HDF5_PAGE_BYTES);
        for (let i = 0; i < count; i++) {
            if (this.pages.size >= HDF5_CACHED_PAGES)
                this.pages.delete(this.pages.keys().next().value);
            this.pages.set(index + i, bytes.subarray(i * HDF5_PAGE_BYTES, (i + 1) * HDF5_PAGE_BYTES));
        }
        this.nextSequential = index + count;
        return this.pages.get(index);
    }
}
/** Page size of the metadata read cache (a typical object header is 200-600 bytes). */
const HDF5_PAGE_BYTES = 4096;
/** Longest read-ahead (256 KiB), reached after a run of sequential misses. */
const HDF5_MAX_READ_AHEAD_PAGES = 64;
/** Pages kept (4 MiB). */
const HDF5_CACHED_PAGES = 1024;
/** Chunked storage before its B-tree is walked. */
function chunkedPending() {
    return { layout: 'chunked', offset: 0, byteLength: 0, chunks: 0 };
}
function contiguous(address, size) {
    // An undefined address: the dataset was created but never written (no bytes on disk).
    if (address === UNDEFINED_ADDRESS)
        return { layout: 'contiguous', offset: 0, byteLength: 0 };
    return { layout: 'contiguous', offset: address, byteLength: size };
}
/** Bytes that encode counts up to `max` (H5VM_limit_enc_size). */
function bytesFor(max) {
    return Math.floor(Math.log2(Math.max(1, max)) / 8) + 1;
}
function hdf5_file_elementCount(shape) {
    return shape.reduce((a, b) => a * b, 1);
}
function checkSizes(file, offsetSize, lengthSize) {
    for (const [what, size] of [
        ['size of offsets', offsetSize],
        ['size of lengths', lengthSize]
    ]) {
        if (![2, 4, 8].includes(size)) {
            throw new FormatError(file, `invalid HDF5 superblock: ${what} is ${size} (expected 2, 4 or 8)`, { offset: 13 });
        }
    }
}
/** An address of `size` bytes; all 0xFF bytes is the undefined address. */
function readAddress(reader, size, file) {
    const bytes = reader.take(size);
    if (bytes.every((b) => b === 0xff))
        return UNDEFINED_ADDRESS;
    return sizedValue(bytes, file, 'address', reader.baseOffset + reader.position - size);
}
function readSized(reader, size, file, what) {
    const bytes = reader.take(size);
    return sizedValue(bytes, file, what, reader.baseOffset + reader.position - size);
}
function sizedValue(bytes, file, what, offset) {
    let value = 0;
    for (let i = bytes.length - 1; i >= 0; i--)
        value = value * 256 + bytes[i];
    if (!Number.isSafeInteger(value))
        throw new FormatError(file, `${what} is larger than 2^53`, { offset });
    return value;
}
function heapString(heap, offset, file, heapAddress) {
    if (offset >= heap.length)
        throw new FormatError(file, `link name offset ${offset} outside the local heap`, { offset: heapAddress });
    let end = heap.indexOf(0, offset);
    if (end < 0)
        end = heap.length;
    return UTF8.decode(heap.subarray(offset, end));
}
/** Datatype message (spec IV.A.2.d): class and version in byte 0, 3 bytes of class bits, size. */
function parseDatatype(reader) {
    const classAndVersion = reader.u8();
    const typeClass = classAndVersion & 0x0f;
    const bits0 = reader.u8();
    const bits1 = reader.u8();
    reader.u8();
    const size = reader.u32();
    void bits1;
    switch (typeClass) {
        case 0: {
            const signed = (bits0 & 0x08) !== 0;
            const bits = size * 8;
            return { dtype: [1, 2, 4, 8].includes(size) ? `${signed ? 'int' : 'uint'}${bits}` : `int${bits}`, size, class: 0, signed };
        }
        case 1:
            return { dtype: size === 2 ? 'float16' : size === 4 ? 'float32' : size === 8 ? 'float64' : `float${size * 8}`, size, class: 1 };
        case 3:
            return { dtype: 'string', size, class: 3 };
        case 6:
            // h5py writes numpy complex as a compound of two floats (r, i).
            return { dtype: size === 8 ? 'complex64' : size === 16 ? 'complex128' : 'compound', size, class: 6 };
        case 8:
            // h5py writes numpy bool as an enum over int8 (FALSE = 0, TRUE = 1).
            return { dtype: size === 1 ? 'bool' : 'enum', size, class: 8 };
        case 9:
            return { dtype: (bits0 & 0x0f) === 1 ? 'string' : 'vlen', size, class: 9, vlenString: (bits0 & 0x0f) === 1 };
        default:
            return { dtype: ['bitfield', 'opaque', 'reference', 'array'][typeClass - 4] ?? `hdf5-class-${typeClass}`, size, class: typeClass };
    }
}
function decodeAttribute(type, count, scalar, bytes) {
    if (type.class === 3) {
        const strings = [];
        for (let i = 0; i < count; i++) {
            const raw = bytes.subarray(i * type.size, (i + 1) * type.size);
            const end = raw.indexOf(0);
            strings.push(UTF8.decode(end < 0 ? raw : raw.subarray(0, end)));
        }
        return scalar ? strings[0] : strings;
    }
    if (type.class === 0 || type.class === 1) {
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const numbers = [];
        for (let i = 0; i < count; i++) {
            const at = i * type.size;
            if (type.class === 1)
                numbers.push(type.size === 8 ? view.getFloat64(at, true) : type.size === 4 ? view.getFloat32(at, true) : NaN);
            else if (type.size === 8)
                numbers.push(Number(type.signed ? view.getBigInt64(at, true) : view.getBigUint64(at, true)));
            else if (type.size === 4)
                numbers.push(type.signed ? view.getInt32(at, true) : view.getUint32(at, true));
            else if (type.size === 2)
                numbers.push(type.signed ? view.getInt16(at, true) : view.getUint16(at, true));
            else if (type.size === 1)
                numbers.push(type.signed ? view.getInt8(at) : view.getUint8(at));
        }
        return scalar ? numbers[0] : numbers;
    }
    return undefined; // variable-length strings live in the global heap; Keras' sizing does not need them
}

;// CONCATENATED MODULE: ./src/formats/hdf5/hdf5-reader.ts


/**
 * HDF5 files: Keras legacy `.h5` (`model.save('x.h5')`), `save_weights('x.h5')`, Keras 3
 * `.weights.h5`. Recognised by the HDF5 signature, whatever the name (`.h5`, `.hdf5`, `.keras`
 * saved by old tf.keras in HDF5 form). Only object headers, group nodes and heaps are read.
 *
 * An HDF5 file without a Keras layout is still reported (format `hdf5`, its datasets
 * `unclassified` with a warning) rather than rejected: the user pointed the action at it, its
 * bytes are real, and "unclassified" keeps them visible without guessing; a data file that should
 * not be measured is excluded by the `path` glob.
 */
const hdf5Reader = {
    format: 'hdf5',
    matchesName(path) {
        return /\.(h5|hdf5|he5|keras)$/i.test(path);
    },
    sniff(candidate) {
        return hasHdf5Signature(candidate.head);
    },
    async read(path, files) {
        const source = await files.open(path);
        try {
            const tree = await readHdf5Tree(source);
            const keras = classifyKerasTree(tree, path, 0);
            return {
                format: keras.layout === 'plain-hdf5' ? 'hdf5' : 'keras',
                name: path,
                files: [{ path, role: 'data', bytes: source.size, present: true }],
                tensors: keras.tensors,
                classifiedBy: keras.classifiedBy,
                warnings: [...tree.warnings, ...keras.warnings],
                categoryNotes: keras.categoryNotes
            };
        }
        finally {
            await source.close();
        }
    }
};

;// CONCATENATED MODULE: ./src/formats/hdf5/window-source.ts

/**
 * A ByteSource over a span of another one: a stored (uncompressed) zip entry read in place, so
 * the HDF5 walker sees `model.weights.h5` as a file of its own without it being copied out of the
 * `.keras` archive. Offsets are relative to the window; `bytesRead` is the outer source's count.
 */
class WindowByteSource {
    outer;
    start;
    size;
    name;
    constructor(outer, start, size, name) {
        this.outer = outer;
        this.start = start;
        this.size = size;
        this.name = name;
        checkSpan(outer, start, size);
    }
    get bytesRead() {
        return this.outer.bytesRead;
    }
    async read(offset, length) {
        checkSpan(this, offset, length);
        return this.outer.read(this.start + offset, length);
    }
    /** The outer source belongs to whoever opened it. */
    async close() { }
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/formats/zip.ts



/** A zip starts with a local file header (`PK\x03\x04`); an empty zip starts with its EOCD. */
function looksLikeZip(head) {
    return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}
const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Tail read first: the EOCD, a ZIP64 locator and record, and a short comment fit. */
const SHORT_TAIL = 4096;
/** Local headers read to confirm that the archive is written back to back. */
const LAYOUT_SAMPLE = 32;
/** Longest data descriptor (signature, crc, two 64-bit sizes). */
const MAX_DATA_DESCRIPTOR = 24;
/** Local headers read concurrently when they all have to be read. */
const HEADER_BATCH = 64;
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');
async function openZip(source) {
    const fail = (what, offset) => new FormatError(source.name, `invalid zip archive: ${what}`, offset === undefined ? {} : { offset });
    // --- end of central directory: scan back over a possible comment. Most archives (torch's
    // among them) have none, so a short tail is tried before the longest one a comment allows.
    const findEnd = (tail) => {
        const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
        for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
            if (view.getUint32(i, true) === EOCD_SIGNATURE && i + EOCD_SIZE + view.getUint16(i + 20, true) <= tail.length)
                return i;
        }
        return -1;
    };
    let tailLength = Math.min(source.size, SHORT_TAIL);
    let tail = await source.read(source.size - tailLength, tailLength);
    let eocd = findEnd(tail);
    if (eocd < 0 && tailLength < source.size) {
        tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
        tail = await source.read(source.size - tailLength, tailLength);
        eocd = findEnd(tail);
    }
    if (eocd < 0)
        throw fail('end of central directory not found or unreadable');
    const tailStart = source.size - tailLength;
    const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let entryCount = tv.getUint16(eocd + 10, true);
    let directorySize = tv.getUint32(eocd + 12, true);
    let directoryOffset = tv.getUint32(eocd + 16, true);
    const eocdOffset = tailStart + eocd;
    // --- ZIP64: a locator right before the EOCD points at the ZIP64 EOCD record
    if (eocd >= 20 && tv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE) {
        const recordOffset = bigToSafe(tv.getBigUint64(eocd - 20 + 8, true));
        if (recordOffset === undefined || recordOffset + 56 > eocdOffset)
            throw fail('ZIP64 end-of-directory locator points outside the file', eocdOffset - 20);
        const record = await source.read(recordOffset, 56);
        const rv = new DataView(record.buffer, record.byteOffset, 56);
        if (rv.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE)
            throw fail('ZIP64 end-of-directory record not found', recordOffset);
        const count = bigToSafe(rv.getBigUint64(32, true));
        const size = bigToSafe(rv.getBigUint64(40, true));
        const offset = bigToSafe(rv.getBigUint64(48, true));
        if (count === undefined || size === undefined || offset === undefined)
            throw fail('ZIP64 directory fields beyond 2^53', recordOffset);
        entryCount = count;
        directorySize = size;
        directoryOffset = offset;
    }
    if (entryCount > MAX_ZIP_ENTRIES)
        throw new LimitExceededError(source.name, 'the number of zip entries', entryCount, MAX_ZIP_ENTRIES);
    if (directorySize > MAX_ZIP_DIRECTORY_BYTES) {
        throw new LimitExceededError(source.name, 'the size of the zip central directory', directorySize, MAX_ZIP_DIRECTORY_BYTES);
    }
    if (directoryOffset + directorySize > eocdOffset)
        throw fail('central directory extends past its end record', directoryOffset);
    // --- the central directory, in one read (or from the tail already read)
    const directory = directoryOffset >= tailStart
        ? tail.subarray(directoryOffset - tailStart, directoryOffset - tailStart + directorySize)
        : await source.read(directoryOffset, directorySize);
    const dv = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
    const entries = [];
    const nameLengths = new Map();
    let at = 0;
    for (let n = 0; n < entryCount; n++) {
        const where = directoryOffset + at;
        if (at + 46 > directory.length || dv.getUint32(at, true) !== CENTRAL_SIGNATURE)
            throw fail('corrupt central directory', where);
        const flags = dv.getUint16(at + 8, true);
        const method = dv.getUint16(at + 10, true);
        let compressedSize = dv.getUint32(at + 20, true);
        let uncompressedSize = dv.getUint32(at + 24, true);
        const nameLength = dv.getUint16(at + 28, true);
        const extraLength = dv.getUint16(at + 30, true);
        const commentLength = dv.getUint16(at + 32, true);
        let localHeaderOffset = dv.getUint32(at + 42, true);
        const next = at + 46 + nameLength + extraLength + commentLength;
        if (next > directory.length)
            throw fail('corrupt central directory', where);
        const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
        const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
        // ZIP64 extended information (id 1): only the fields whose 32-bit value is all ones, in order.
        let e = at + 46 + nameLength;
        const extraEnd = e + extraLength;
        while (e + 4 <= extraEnd) {
            const id = dv.getUint16(e, true);
            const size = dv.getUint16(e + 2, true);
            if (id === 0x0001) {
                let f = e + 4;
                const field = () => {
                    if (f + 8 > e + 4 + size)
                        throw fail(`entry '${name}' has a short ZIP64 extra field`, where);
                    const value = bigToSafe(dv.getBigUint64(f, true));
                    f += 8;
                    if (value === undefined)
                        throw fail(`entry '${name}' has a size beyond 2^53`, where);
                    return value;
                };
                if (uncompressedSize === 0xffffffff)
                    uncompressedSize = field();
                if (compressedSize === 0xffffffff)
                    compressedSize = field();
                if (localHeaderOffset === 0xffffffff)
                    localHeaderOffset = field();
                break;
            }
            e += 4 + size;
        }
        if (flags & 1)
            throw fail(`entry '${name}' is encrypted`);
        if (method === 0 && compressedSize !== uncompressedSize) {
            throw fail(`stored entry '${name}' has compressed size ${compressedSize} but uncompressed size ${uncompressedSize}`, where);
        }
        if (localHeaderOffset + 30 + compressedSize > directoryOffset)
            throw fail(`entry '${name}' extends into the central directory or past it`, where);
        const entry = { name, method, compressedSize, uncompressedSize, localHeaderOffset, flags };
        entries.push(entry);
        nameLengths.set(entry, nameLength);
        at = next;
    }
    const dataStart = async (entry) => {
        const header = await source.read(entry.localHeaderOffset, 30);
        const hv = new DataView(header.buffer, header.byteOffset, 30);
        if (hv.getUint32(0, true) !== LOCAL_SIGNATURE)
            throw fail(`bad local header for '${entry.name}'`, entry.localHeaderOffset);
        const start = entry.localHeaderOffset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
        if (start + entry.compressedSize > source.size)
            throw fail(`entry '${entry.name}' extends beyond the end of the file`, entry.localHeaderOffset);
        return start;
    };
    const readAll = async (wanted) => {
        const starts = [];
        for (let i = 0; i < wanted.length; i += HEADER_BATCH) {
            starts.push(...(await Promise.all(wanted.slice(i, i + HEADER_BATCH).map(dataStart))));
        }
        return starts;
    };
    // Where the local header after each entry begins (the directory for the last one).
    let nextHeader;
    const nextHeaderOffsets = () => {
        if (nextHeader)
            return nextHeader;
        const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
        nextHeader = new Map(byOffset.map((entry, i) => [entry, i + 1 < byOffset.length ? byOffset[i + 1].localHeaderOffset : directoryOffset]));
        return nextHeader;
    };
    const dataStarts = async (wanted, options = {}) => {
        const sampleSize = Math.max(2, options.sample ?? LAYOUT_SAMPLE);
        if (wanted.length <= sampleSize)
            return readAll(wanted);
        const next = nextHeaderOffsets();
        // The sample: entries spread over the list, plus every entry large enough to need ZIP64
        // sizes (whose data descriptor, if any, may be longer).
        const step = (wanted.length - 1) / (sampleSize - 1);
        const sample = [
            ...new Set([
                ...Array.from({ length: sampleSize }, (_, i) => wanted[Math.round(i * step)]),
                ...wanted.filter((entry) => entry.compressedSize >= 0xffffffff).slice(0, sampleSize)
            ])
        ];
        const actual = await Promise.all(sample.map(dataStart));
        // What follows each payload before the next header: nothing, or a data descriptor (bit 3;
        // torch's miniz writes a 16-byte one after every record). It must be the same everywhere.
        const trailerOf = (entry, start) => next.get(entry) - start - entry.compressedSize;
        const trailer = trailerOf(sample[0], actual[0]);
        const uniform = trailer >= 0 &&
            trailer <= MAX_DATA_DESCRIPTOR &&
            sample.every((entry, i) => trailerOf(entry, actual[i]) === trailer) &&
            wanted.every((entry) => (entry.flags & 0x8) === (sample[0].flags & 0x8));
        if (!uniform)
            return readAll(wanted);
        const starts = wanted.map((entry) => next.get(entry) - trailer - entry.compressedSize);
        const plausible = wanted.every((entry, i) => starts[i] >= entry.localHeaderOffset + 30 + (nameLengths.get(entry) ?? 0));
        return plausible ? starts : readAll(wanted);
    };
    const readEntry = async (entry, maxBytes) => {
        if (entry.uncompressedSize > maxBytes || entry.compressedSize > maxBytes) {
            throw new FormatError(source.name, `zip entry '${entry.name}' is ${entry.uncompressedSize} bytes, over the ${maxBytes}-byte limit for metadata`);
        }
        const start = await dataStart(entry);
        const stored = await source.read(start, entry.compressedSize);
        if (entry.method === 0)
            return stored;
        if (entry.method !== 8)
            throw fail(`entry '${entry.name}' uses compression method ${entry.method}`);
        try {
            const inflated = (0,external_node_zlib_namespaceObject.inflateRawSync)(stored, { maxOutputLength: Math.max(1, maxBytes) });
            return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
        }
        catch (error) {
            throw fail(`entry '${entry.name}' does not inflate (${error.message})`);
        }
    };
    return { entries, dataStart, dataStarts, readEntry };
}
function bigToSafe(value) {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
}

;// CONCATENATED MODULE: ./src/formats/keras/keras-archive-reader.ts







/**
 * Keras 3 `.keras` archives (`keras-team/keras:keras/src/saving/saving_lib.py`): a zip holding
 * `metadata.json`, `config.json` and `model.weights.h5`. Keras writes the entries stored
 * (uncompressed), so the weights file is walked in place through a window on the archive and each
 * dataset's span is a span of the `.keras` file. The zip structure, the two JSON files and the
 * weights file's own HDF5 metadata are metadata.
 */
const kerasArchiveReader = {
    format: 'keras',
    matchesName(path) {
        return /\.keras$/i.test(path);
    },
    sniff(candidate) {
        // Other zip formats (PyTorch) share the magic; the name decides between them.
        return looksLikeZip(candidate.head) && /\.keras$/i.test(candidate.path);
    },
    async read(path, files) {
        const source = await files.open(path);
        try {
            const archive = await openZip(source);
            const byName = new Map(archive.entries.map((entry) => [entry.name, entry]));
            const weights = byName.get('model.weights.h5');
            const config = await readConfig(path, archive, byName.get('config.json'));
            const result = {
                format: 'keras',
                name: path,
                files: [{ path, role: 'data', bytes: source.size, present: true }],
                tensors: [],
                classifiedBy: 'dict-layout',
                warnings: []
            };
            if (!weights) {
                const other = archive.entries.find((entry) => /^model\.weights\./.test(entry.name));
                if (!other) {
                    result.warnings.push('the archive has no model.weights.h5: it holds no weights');
                    return result;
                }
                result.tensors.push(await wholeEntry(path, archive, other, 'unclassified'));
                result.warnings.push(`${other.name} is not an HDF5 weights file; its ${other.compressedSize} bytes are reported as unclassified`);
                return result;
            }
            const start = await archive.dataStart(weights);
            if (weights.method !== 0) {
                // A deflated entry's datasets have no span in the archive; inflating it would read every
                // payload byte. Keras never writes it so (saving_lib uses ZIP_STORED); a re-zipped file might.
                result.tensors.push(await wholeEntry(path, archive, weights, 'unclassified'));
                result.warnings.push('model.weights.h5 is compressed inside the archive, so its tensors cannot be located without inflating every weight; ' +
                    'its bytes are reported as unclassified. Save with model.save("x.keras") (entries stored uncompressed).');
                return result;
            }
            const window = new WindowByteSource(source, start, weights.compressedSize, `${path}:model.weights.h5`);
            const tree = await readHdf5Tree(window);
            const keras = classifyKerasTree(tree, path, start, config);
            result.tensors = keras.tensors;
            result.classifiedBy = keras.classifiedBy;
            result.warnings.push(...tree.warnings, ...keras.warnings);
            result.categoryNotes = keras.categoryNotes;
            return result;
        }
        finally {
            await source.close();
        }
    }
};
async function readConfig(path, archive, entry) {
    if (!entry)
        return undefined;
    const bytes = await archive.readEntry(entry, MAX_KERAS_CONFIG_BYTES);
    try {
        return configLayers(JSON.parse(UTF8.decode(bytes)));
    }
    catch (error) {
        throw new FormatError(path, `config.json is not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
            fix: 'Re-save the model with model.save("x.keras").'
        });
    }
}
/** One pseudo-tensor for a whole entry whose content cannot be walked in place. */
async function wholeEntry(path, archive, entry, category) {
    return {
        name: entry.name,
        dtype: 'bytes',
        shape: [entry.compressedSize],
        file: path,
        offset: await archive.dataStart(entry),
        byteLength: entry.compressedSize,
        category,
        reason: 'archive entry that cannot be read in place'
    };
}

;// CONCATENATED MODULE: ./src/formats/protobuf-wire.ts


/**
 * A protobuf wire-format reader over positioned reads, for messages too large to decode whole
 * (an ONNX model with embedded weights is up to 2 GiB of `raw_data`). It walks one message field
 * by field; a length-delimited field is returned as a span (offset, length) that the caller may
 * open as a sub-message, read as a short string, or simply leave: the reader then moves past it
 * without reading its bytes. A whole-message decoder (protobufjs) would copy every payload.
 *
 * Wire format (https://protobuf.dev/programming-guides/encoding/): a field is a varint tag
 * `(field_number << 3) | wire_type`, then a value: 0 varint, 1 fixed64, 2 varint length + bytes,
 * 5 fixed32 (3 and 4, the deprecated groups, do not occur in the messages read here).
 */
const WireType = { VARINT: 0, FIXED64: 1, LEN: 2, FIXED32: 5 };
/** Longest varint: 10 bytes carry 64 bits. */
const MAX_VARINT_BYTES = 10;
class ProtoReader {
    window;
    start;
    end;
    what;
    /** File offset of the next field. */
    position;
    constructor(window, start, 
    /** File offset one past the message's last byte. */
    end, 
    /** What the message is, for errors (`ModelProto`, `TensorProto 'fc.weight'`). */
    what) {
        this.window = window;
        this.start = start;
        this.end = end;
        this.what = what;
        this.position = start;
    }
    get file() {
        return this.window.name;
    }
    /** The next field, or undefined at the end of the message. The reader has moved past its value. */
    async next() {
        if (this.position >= this.end)
            return undefined;
        const tagAt = this.position;
        const tag = await this.varint();
        const field = Math.floor(tag / 8);
        const wireType = tag % 8;
        if (field === 0)
            throw this.error('field number 0', tagAt);
        const offset = this.position;
        switch (wireType) {
            case WireType.VARINT: {
                const value = await this.varint();
                return { field, wireType, offset, length: this.position - offset, value };
            }
            case WireType.FIXED64:
                this.advance(8, field, tagAt);
                return { field, wireType, offset, length: 8, value: 0 };
            case WireType.FIXED32:
                this.advance(4, field, tagAt);
                return { field, wireType, offset, length: 4, value: 0 };
            case WireType.LEN: {
                const length = await this.varint();
                const contentAt = this.position;
                if (!Number.isSafeInteger(length))
                    throw this.error(`field ${field} has a length over 2^53`, tagAt);
                this.advance(length, field, tagAt);
                return { field, wireType, offset: contentAt, length, value: 0 };
            }
            default:
                throw this.error(`field ${field} has wire type ${wireType}, which this message never uses`, tagAt);
        }
    }
    /** A reader over a length-delimited field's content. */
    message(field, what) {
        this.expectLen(field, what);
        return new ProtoReader(this.window, field.offset, field.offset + field.length, what);
    }
    /** A length-delimited field's content as UTF-8, refusing strings over `maxBytes` before reading them. */
    async string(field, maxBytes, what) {
        return UTF8.decode(await this.bytes(field, maxBytes, what));
    }
    /** A length-delimited field's content (a view into the read window), up to `maxBytes`. */
    async bytes(field, maxBytes, what) {
        this.expectLen(field, what);
        if (field.length > maxBytes) {
            throw new FormatError(this.file, `${what} in ${this.what} is ${field.length} bytes, over the ${maxBytes}-byte limit`, {
                offset: field.offset,
                fix: 'The file is corrupt or hostile.'
            });
        }
        return this.window.view(field.offset, field.length);
    }
    /** Packed repeated varints (e.g. `TensorProto.dims`), at most `maxCount` of them. */
    async packedVarints(field, maxCount, what) {
        const bytes = await this.bytes(field, maxCount * MAX_VARINT_BYTES, what);
        const values = [];
        let value = 0;
        let scale = 1;
        for (let i = 0; i < bytes.length; i++) {
            const byte = bytes[i];
            // Multiplication, not shifts: JS shifts are 32-bit (FORMATS.md trap 3).
            value += (byte & 0x7f) * scale;
            scale *= 128;
            if ((byte & 0x80) === 0) {
                if (values.length >= maxCount) {
                    throw new FormatError(this.file, `${what} in ${this.what} has more than ${maxCount} values`, { offset: field.offset });
                }
                values.push(value);
                value = 0;
                scale = 1;
            }
            else if (scale > 128 ** MAX_VARINT_BYTES) {
                throw new FormatError(this.file, `${what} in ${this.what} holds a varint longer than 10 bytes`, { offset: field.offset + i });
            }
        }
        if (scale !== 1)
            throw new FormatError(this.file, `${what} in ${this.what} ends inside a varint`, { offset: field.offset });
        return values;
    }
    expectLen(field, what) {
        if (field.wireType !== WireType.LEN) {
            throw new FormatError(this.file, `${what} in ${this.what} has wire type ${field.wireType}, expected length-delimited`, {
                offset: field.offset,
                fix: 'The file is not a valid protobuf of this kind, or is corrupt.'
            });
        }
    }
    advance(length, field, tagAt) {
        if (this.position + length > this.end) {
            throw this.error(`field ${field} claims ${length} bytes, beyond the end of the message at byte ${this.end}`, tagAt);
        }
        this.position += length;
    }
    async varint() {
        const at = this.position;
        const available = Math.min(MAX_VARINT_BYTES, this.end - at, this.window.size - at);
        // Decoded from the window's buffer directly: this runs several times per tensor.
        if (!this.window.has(at, available))
            await this.window.load(at, available);
        const buffer = this.window.buffer;
        const base = at - this.window.bufferStart;
        let value = 0;
        let scale = 1;
        for (let i = 0; i < available; i++) {
            const byte = buffer[base + i];
            value += (byte & 0x7f) * scale;
            if ((byte & 0x80) === 0) {
                this.position = at + i + 1;
                return value;
            }
            scale *= 128;
        }
        throw this.error(available === MAX_VARINT_BYTES ? 'a varint longer than 10 bytes' : 'the message ends inside a varint', at);
    }
    error(what, offset) {
        return new FormatError(this.file, `invalid protobuf in ${this.what}: ${what}`, {
            offset,
            fix: 'The file is truncated or corrupt; re-export it.'
        });
    }
}

;// CONCATENATED MODULE: ./src/formats/onnx/data-types.ts
/**
 * ONNX `TensorProto.DataType` codes to canonical dtype names (src/core/dtypes.ts), from
 * `onnx/onnx:onnx/onnx.proto` (enum DataType). Codes 25/26 (UINT2/INT2) are the newest; their
 * packing is not verified, so only the container's stored length is trusted for them.
 */
const ONNX_DATA_TYPES = [
    /*  0 */ undefined, // UNDEFINED
    /*  1 */ 'float32',
    /*  2 */ 'uint8',
    /*  3 */ 'int8',
    /*  4 */ 'uint16',
    /*  5 */ 'int16',
    /*  6 */ 'int32',
    /*  7 */ 'int64',
    /*  8 */ 'string',
    /*  9 */ 'bool',
    /* 10 */ 'float16',
    /* 11 */ 'float64',
    /* 12 */ 'uint32',
    /* 13 */ 'uint64',
    /* 14 */ 'complex64',
    /* 15 */ 'complex128',
    /* 16 */ 'bfloat16',
    /* 17 */ 'float8_e4m3fn',
    /* 18 */ 'float8_e4m3fnuz',
    /* 19 */ 'float8_e5m2',
    /* 20 */ 'float8_e5m2fnuz',
    /* 21 */ 'uint4',
    /* 22 */ 'int4',
    /* 23 */ 'float4_e2m1',
    /* 24 */ 'float8_e8m0',
    /* 25 */ 'uint2',
    /* 26 */ 'int2'
];
/** The dtype name of an ONNX data type code; unknown codes keep their number visible. */
function onnxDtype(code) {
    return ONNX_DATA_TYPES[code] ?? `onnx_type_${code}`;
}

;// CONCATENATED MODULE: ./src/formats/onnx/index.ts








/**
 * ONNX models (`.onnx`), with embedded or external tensor data.
 *
 * The protobuf is walked field by field with positioned reads (src/formats/protobuf-wire.ts):
 * only the messages that can hold initializers are opened, and every payload (`raw_data`, the
 * typed `*_data` fields) is recorded as a span and stepped over, never read. Field numbers from
 * `onnx/onnx:onnx/onnx.proto` (FORMATS.md §6).
 *
 * Categories come from the format: an initializer is a model weight (ONNX has no trainable flag and
 * no optimizer state in an inference graph), so `classifiedBy` is `format`. Initializers count
 * wherever they are: the main graph, subgraphs of If/Loop/Scan nodes, `training_info` graphs, and
 * sparse initializers. Tensors inside `Constant` nodes and other attributes are part of the graph
 * (shape constants, folded scalars) and stay metadata with the rest of the `.onnx` bytes.
 */
// ModelProto
const MODEL_DOC_STRING = 6;
const MODEL_GRAPH = 7;
const MODEL_TRAINING_INFO = 20;
// TrainingInfoProto
const TRAINING_INITIALIZATION = 1;
const TRAINING_ALGORITHM = 2;
// GraphProto
const GRAPH_NODE = 1;
const GRAPH_INITIALIZER = 5;
const GRAPH_SPARSE_INITIALIZER = 15;
const GRAPH_DOC_STRING = 10;
// NodeProto / AttributeProto
const NODE_NAME = 3;
const NODE_ATTRIBUTE = 5;
const NODE_DOC_STRING = 6;
const ATTRIBUTE_GRAPH = 6;
const ATTRIBUTE_GRAPHS = 11;
// SparseTensorProto
const SPARSE_VALUES = 1;
const SPARSE_INDICES = 2;
const SPARSE_DIMS = 3;
// TensorProto
const TENSOR_DIMS = 1;
const TENSOR_DATA_TYPE = 2;
const TENSOR_NAME = 8;
const TENSOR_RAW_DATA = 9;
const TENSOR_EXTERNAL_DATA = 13;
const TENSOR_DATA_LOCATION = 14;
/** float_data, int32_data, string_data, int64_data, double_data, uint64_data: typed payloads. */
const TENSOR_TYPED_DATA = new Set([4, 5, 6, 7, 10, 11]);
const DATA_LOCATION_EXTERNAL = 1;
// StringStringEntryProto
const ENTRY_KEY = 1;
const ENTRY_VALUE = 2;
class OnnxWalk {
    path;
    files;
    tensors = [];
    warnings = [];
    externalFiles = new Map();
    nodes = 0;
    /** Bytes of doc_string fields (model, graphs, nodes): measured from their lengths, never read. */
    docStringBytes = 0;
    constructor(path, files) {
        this.path = path;
        this.files = files;
    }
    async model(reader) {
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.field === MODEL_DOC_STRING && field.wireType === WireType.LEN)
                this.docStringBytes += field.length;
            else if (field.field === MODEL_GRAPH && field.wireType === WireType.LEN) {
                await this.graph(reader.message(field, 'GraphProto'), 'graph', 0);
            }
            else if (field.field === MODEL_TRAINING_INFO && field.wireType === WireType.LEN) {
                await this.trainingInfo(reader.message(field, 'TrainingInfoProto'));
            }
        }
    }
    async trainingInfo(reader) {
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.wireType !== WireType.LEN)
                continue;
            if (field.field === TRAINING_INITIALIZATION) {
                await this.graph(reader.message(field, 'GraphProto'), 'training_info initialization graph', 1);
            }
            else if (field.field === TRAINING_ALGORITHM) {
                await this.graph(reader.message(field, 'GraphProto'), 'training_info algorithm graph', 1);
            }
        }
    }
    async graph(reader, where, depth) {
        if (depth > MAX_ONNX_GRAPH_DEPTH) {
            throw new LimitExceededError(this.path, 'ONNX graph nesting', depth, MAX_ONNX_GRAPH_DEPTH);
        }
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.wireType !== WireType.LEN)
                continue;
            if (field.field === GRAPH_INITIALIZER) {
                const tensor = await readTensorProto(reader.message(field, 'TensorProto'));
                await this.add(tensor, tensor.name, where);
            }
            else if (field.field === GRAPH_SPARSE_INITIALIZER) {
                await this.sparseInitializer(reader.message(field, 'SparseTensorProto'), where);
            }
            else if (field.field === GRAPH_NODE) {
                this.nodes++;
                await this.node(reader.message(field, 'NodeProto'), where, depth);
            }
            else if (field.field === GRAPH_DOC_STRING) {
                this.docStringBytes += field.length;
            }
        }
    }
    /** Only a node's subgraph attributes (If/Loop/Scan bodies) can hold initializers. */
    async node(reader, where, depth) {
        let name = '';
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.wireType !== WireType.LEN)
                continue;
            if (field.field === NODE_DOC_STRING)
                this.docStringBytes += field.length;
            else if (field.field === NODE_NAME)
                name = await reader.string(field, MAX_ONNX_STRING_BYTES, 'node name');
            else if (field.field === NODE_ATTRIBUTE) {
                const attribute = reader.message(field, 'AttributeProto');
                for (let inner = await attribute.next(); inner; inner = await attribute.next()) {
                    if (inner.wireType !== WireType.LEN)
                        continue;
                    if (inner.field === ATTRIBUTE_GRAPH || inner.field === ATTRIBUTE_GRAPHS) {
                        await this.graph(attribute.message(inner, 'GraphProto'), `subgraph of node '${name}' in the ${where}`, depth + 1);
                    }
                }
            }
        }
    }
    /** Both parts of a sparse initializer are stored weight bytes: the values and their indices. */
    async sparseInitializer(reader, where) {
        let values;
        let indices;
        let dims = [];
        for (let field = await reader.next(); field; field = await reader.next()) {
            if (field.field === SPARSE_VALUES)
                values = await readTensorProto(reader.message(field, 'TensorProto'));
            else if (field.field === SPARSE_INDICES)
                indices = await readTensorProto(reader.message(field, 'TensorProto'));
            else if (field.field === SPARSE_DIMS)
                dims = await readDims(reader, field, dims);
        }
        const name = values?.name || indices?.name || '(unnamed sparse initializer)';
        const dense = `sparse ${dims.length ? `[${dims.join(', ')}]` : ''}`.trim();
        if (values)
            await this.add(values, name, `${where}, ${dense} values`);
        if (indices)
            await this.add(indices, `${name} (indices)`, `${where}, ${dense} indices`);
    }
    async add(tensor, name, where) {
        if (this.tensors.length >= MAX_TENSORS) {
            throw new LimitExceededError(this.path, 'the number of ONNX initializers', this.tensors.length + 1, MAX_TENSORS);
        }
        const dtype = onnxDtype(tensor.dataType);
        const reason = `ONNX initializer (${where}): initializers are the model's weights`;
        if (tensor.external) {
            const span = await this.externalSpan(tensor, name, dtype);
            this.tensors.push({ name, dtype, shape: tensor.dims, category: 'weights', reason, ...span });
            return;
        }
        const payload = tensor.payload;
        const byteLength = payload ? payload.end - payload.offset : 0;
        if (payload?.raw) {
            const expected = denseBytes(dtype, tensor.dims);
            if (expected !== undefined && expected !== byteLength) {
                this.warnings.push(`initializer '${name}': raw_data holds ${byteLength} bytes but ${dtype}[${tensor.dims.join(', ')}] needs ${expected}`);
            }
        }
        this.tensors.push({
            name,
            dtype,
            shape: tensor.dims,
            file: this.path,
            offset: payload?.offset ?? tensor.at,
            byteLength,
            category: 'weights',
            reason
        });
    }
    /**
     * `external_data` (`onnx/onnx:docs/ExternalData.md`): `location` relative to the model's
     * directory; `offset` and `length` decimal strings, both optional.
     */
    async externalSpan(tensor, name, dtype) {
        const externalData = tensor.externalData ?? new Map();
        const location = externalData.get('location');
        if (!location) {
            throw new FormatError(this.path, `initializer '${name}' has external data without a 'location'`, {
                offset: tensor.at,
                fix: 'Re-save the model with onnx.save_model(..., save_as_external_data=True).'
            });
        }
        const file = await this.externalFile(location, name, tensor.at);
        const offset = parseDecimal(externalData.get('offset'), 'offset', name, this.path, tensor.at) ?? 0;
        // Without `length`, onnx reads from `offset` to the end of the file (onnx/onnx:
        // onnx/external_data_helper.py, load_external_data_for_tensor); for an absent file the dense
        // size is the best description there is.
        const length = parseDecimal(externalData.get('length'), 'length', name, this.path, tensor.at) ??
            (file.size !== undefined ? Math.max(0, file.size - offset) : (denseBytes(dtype, tensor.dims) ?? 0));
        if (!Number.isSafeInteger(offset + length)) {
            throw new FormatError(this.path, `initializer '${name}' describes ${offset + length} bytes of external data, more than any file holds`, {
                offset: tensor.at,
                fix: 'The model is corrupt or hostile.'
            });
        }
        file.describedBytes = Math.max(file.describedBytes, offset + length);
        // Two initializers naming the same bytes (deduplicated exports) share one storage.
        return { file: file.path, offset, byteLength: length, storageKey: `${file.path}@${offset}+${length}` };
    }
    async externalFile(location, name, at) {
        const segments = location.split(/[\\/]/);
        if (location.startsWith('/') || /^[A-Za-z]:/.test(location) || segments.includes('..')) {
            throw new FormatError(this.path, `initializer '${name}' puts its data at '${location}', outside the model's directory`, { offset: at, fix: 'External data must be a relative path next to the model; this file was not opened.' });
        }
        const path = joinPath(dirname(this.path), segments.filter((s) => s !== '' && s !== '.').join('/'));
        let file = this.externalFiles.get(path);
        if (!file) {
            file = { path, size: await this.files.size(path), describedBytes: 0 };
            this.externalFiles.set(path, file);
        }
        return file;
    }
    /** The checkpoint's files: the graph, then each external data file (absent ones with their described size). */
    checkpointFiles(modelBytes) {
        const list = [{ path: this.path, role: 'graph', bytes: modelBytes, present: true }];
        for (const file of this.externalFiles.values()) {
            if (file.size === undefined) {
                this.warnings.push(`external data file '${basename(file.path)}' is missing; its ${file.describedBytes} bytes are counted as the graph describes them`);
                list.push({ path: file.path, role: 'data', bytes: file.describedBytes, present: false });
            }
            else {
                list.push({ path: file.path, role: 'data', bytes: file.size, present: true });
            }
        }
        return list;
    }
}
async function readTensorProto(reader) {
    const tensor = {
        name: '',
        dims: [],
        dataType: 0,
        external: false,
        at: reader.start
    };
    for (let field = await reader.next(); field; field = await reader.next()) {
        if (field.field === TENSOR_DIMS)
            tensor.dims = await readDims(reader, field, tensor.dims);
        else if (field.field === TENSOR_DATA_TYPE && field.wireType === WireType.VARINT)
            tensor.dataType = field.value;
        else if (field.field === TENSOR_NAME)
            tensor.name = await reader.string(field, MAX_ONNX_STRING_BYTES, 'tensor name');
        else if (field.field === TENSOR_DATA_LOCATION && field.wireType === WireType.VARINT) {
            tensor.external = field.value === DATA_LOCATION_EXTERNAL;
        }
        else if (field.field === TENSOR_EXTERNAL_DATA) {
            const entry = reader.message(field, 'StringStringEntryProto');
            let key = '';
            let value = '';
            for (let inner = await entry.next(); inner; inner = await entry.next()) {
                if (inner.field === ENTRY_KEY)
                    key = await entry.string(inner, MAX_ONNX_STRING_BYTES, 'external_data key');
                else if (inner.field === ENTRY_VALUE)
                    value = await entry.string(inner, MAX_ONNX_STRING_BYTES, 'external_data value');
            }
            tensor.externalData ??= new Map();
            tensor.externalData.set(key, value);
        }
        else if (field.field === TENSOR_RAW_DATA || TENSOR_TYPED_DATA.has(field.field)) {
            // The payload: recorded, never read. Unpacked repeated values arrive as many fields; their
            // span runs from the first to the last.
            const end = field.offset + field.length;
            const raw = field.field === TENSOR_RAW_DATA;
            tensor.payload = tensor.payload
                ? { offset: Math.min(tensor.payload.offset, field.offset), end: Math.max(tensor.payload.end, end), raw: false }
                : { offset: field.offset, end, raw };
        }
    }
    return tensor;
}
/** `dims` arrive packed (one LEN field) or one varint per field; both are accepted. */
async function readDims(reader, field, dims) {
    const more = field.wireType === WireType.LEN ? await reader.packedVarints(field, MAX_DIMS, 'dims') : [field.value];
    const all = [...dims, ...more];
    if (all.length > MAX_DIMS)
        throw new LimitExceededError(reader.file, 'the number of tensor dimensions', all.length, MAX_DIMS);
    for (const dim of all) {
        if (!Number.isSafeInteger(dim)) {
            throw new FormatError(reader.file, `a tensor dimension of ${reader.what} is negative or over 2^53`, { offset: field.offset });
        }
    }
    return all;
}
function parseDecimal(text, key, name, file, at) {
    if (text === undefined)
        return undefined;
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
        throw new FormatError(file, `initializer '${name}' has external_data ${key} '${text}', not a decimal byte count`, {
            offset: at
        });
    }
    return Number(text);
}
/** ModelProto fields a file can start with, and the wire type each must have. */
const MODEL_FIELD_WIRE_TYPES = new Map([
    [1, WireType.VARINT], // ir_version
    [2, WireType.LEN], // producer_name
    [3, WireType.LEN], // producer_version
    [4, WireType.LEN], // domain
    [5, WireType.VARINT], // model_version
    [6, WireType.LEN], // doc_string
    [7, WireType.LEN], // graph
    [8, WireType.LEN], // opset_import
    [14, WireType.LEN], // metadata_props
    [20, WireType.LEN], // training_info
    [25, WireType.LEN] // functions
]);
/** Doc strings above this share of the .onnx get an explanation line. */
const DOC_STRINGS_WORTH_EXPLAINING = 0.1;
/** Highest `ir_version` accepted by the content-only sniff (IR 11 is current; leave room). */
const MAX_PLAUSIBLE_IR_VERSION = 32;
const onnxReader = {
    format: 'onnx',
    matchesName: (path) => /\.onnx$/i.test(path),
    /**
     * ONNX has no magic number. A `.onnx` file is accepted when its first byte is a ModelProto tag;
     * any other name only when it starts the way every exporter writes it: `ir_version` (field 1)
     * with a small value, then another ModelProto field.
     */
    sniff(candidate) {
        const head = candidate.head;
        // Every field a model starts with in practice has a number below 16: a one-byte tag.
        if (head.length < 2 || (head[0] & 0x80) !== 0)
            return false;
        const firstField = head[0] >> 3;
        if (MODEL_FIELD_WIRE_TYPES.get(firstField) !== (head[0] & 7))
            return false;
        if (/\.onnx$/i.test(candidate.path))
            return true;
        if (head[0] !== 0x08 || head[1] === 0 || head[1] > MAX_PLAUSIBLE_IR_VERSION || head.length < 3)
            return false;
        return MODEL_FIELD_WIRE_TYPES.get(head[2] >> 3) === (head[2] & 7);
    },
    async read(path, files) {
        const source = await files.open(path);
        const walk = new OnnxWalk(path, files);
        try {
            await walk.model(new ProtoReader(new SourceWindow(source), 0, source.size, 'ModelProto'));
        }
        finally {
            await source.close();
        }
        const checkpointFiles = walk.checkpointFiles(source.size);
        const explanations = [];
        if (walk.docStringBytes >= DOC_STRINGS_WORTH_EXPLAINING * source.size) {
            explanations.push(`doc strings take ${formatBytes(walk.docStringBytes)} (${formatPercent(walk.docStringBytes / source.size)}) of ${basename(path)}: ` +
                "exporters such as torch.onnx.export record each node's Python stack trace there; " +
                'clearing the doc_string fields shrinks the file without changing the model');
        }
        return {
            format: 'onnx',
            name: path,
            files: checkpointFiles,
            tensors: walk.tensors,
            classifiedBy: 'format',
            warnings: walk.warnings,
            explanations,
            categoryNotes: {
                metadata: [
                    `graph of ${walk.nodes} node${walk.nodes === 1 ? '' : 's'}`,
                    'names',
                    ...(walk.docStringBytes > 0 ? [`doc strings (${formatBytes(walk.docStringBytes)})`] : []),
                    'protobuf framing'
                ].join(', ')
            }
        };
    }
};

;// CONCATENATED MODULE: ./src/formats/pickle/values.ts
/** A `module.name` the pickle refers to (GLOBAL / STACK_GLOBAL / INST / OBJ). */
class PickleGlobal {
    module;
    name;
    constructor(module, name) {
        this.module = module;
        this.name = name;
    }
    get qualifiedName() {
        return `${this.module}.${this.name}`;
    }
}
/**
 * What a REDUCE / NEWOBJ / OBJ / INST of a global without a builder would have made: the callable,
 * its arguments, and the state a later BUILD gave it. Kept so tensors nested inside (a module's
 * `_parameters`, an `argparse.Namespace`) are still found.
 */
class PickleObject {
    callable;
    args;
    state = undefined;
    constructor(callable, args) {
        this.callable = callable;
        this.args = args;
    }
}

;// CONCATENATED MODULE: ./src/formats/pickle/unpickler.ts



/** The pickle ended before its STOP opcode: a truncated file, or (legacy streams) a window too small. */
class PickleTruncatedError extends FormatError {
}
/** Python 2 module names that protocol < 3 pickles use for builtins (`fix_imports`). */
const PY2_MODULES = { __builtin__: 'builtins', copy_reg: 'copyreg' };
function unpickle(bytes, options) {
    return new Unpickler(bytes, options).run();
}
class Unpickler {
    bytes;
    options;
    position = 0;
    stack = [];
    marks = [];
    memo = new Map();
    resolved = new Map();
    view;
    base;
    file;
    constructor(bytes, options) {
        this.bytes = bytes;
        this.options = options;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.base = options.baseOffset ?? 0;
        this.file = options.file;
    }
    fail(what, at = this.position) {
        return new FormatError(this.file, `invalid pickle: ${what}`, {
            offset: this.base + at,
            fix: 'The file is truncated or corrupted; re-export it.'
        });
    }
    need(n) {
        if (this.position + n > this.bytes.length) {
            throw new PickleTruncatedError(this.file, 'pickle ends before its STOP opcode', {
                offset: this.base + this.bytes.length,
                fix: 'The file is truncated; re-export it.'
            });
        }
    }
    u8() {
        this.need(1);
        return this.bytes[this.position++];
    }
    u16() {
        this.need(2);
        const v = this.view.getUint16(this.position, true);
        this.position += 2;
        return v;
    }
    u32() {
        this.need(4);
        const v = this.view.getUint32(this.position, true);
        this.position += 4;
        return v;
    }
    i32() {
        this.need(4);
        const v = this.view.getInt32(this.position, true);
        this.position += 4;
        return v;
    }
    /** An 8-byte length (BINUNICODE8, BINBYTES8, BYTEARRAY8), checked as a bigint so the error gives its real value. */
    u64Length(what) {
        this.need(8);
        const v = this.view.getBigUint64(this.position, true);
        this.position += 8;
        if (v > BigInt(MAX_PICKLE_STRING_BYTES))
            throw new LimitExceededError(this.file, `a pickled ${what} length`, v, MAX_PICKLE_STRING_BYTES);
        return Number(v);
    }
    take(n, limit, what) {
        if (n > limit)
            throw new LimitExceededError(this.file, `a pickled ${what} length`, n, limit);
        this.need(n);
        const out = this.bytes.subarray(this.position, this.position + n);
        this.position += n;
        return out;
    }
    str(n) {
        return decodeUtf8(this.take(n, MAX_PICKLE_STRING_BYTES, 'string'));
    }
    /** A text-protocol argument: bytes up to the next newline. */
    line() {
        const end = this.bytes.indexOf(0x0a, this.position);
        if (end < 0) {
            this.need(this.bytes.length - this.position + 1);
        }
        const text = decodeLatin1(this.bytes.subarray(this.position, end));
        this.position = end + 1;
        return text;
    }
    push(value) {
        if (this.stack.length >= MAX_PICKLE_STACK) {
            throw new LimitExceededError(this.file, 'the pickle stack depth', this.stack.length + 1, MAX_PICKLE_STACK);
        }
        this.stack.push(value);
    }
    pop() {
        if (this.stack.length === 0 || (this.marks.length > 0 && this.stack.length <= this.marks[this.marks.length - 1])) {
            throw this.fail('pop from an empty stack', this.position - 1);
        }
        return this.stack.pop();
    }
    top() {
        if (this.stack.length === 0)
            throw this.fail('empty stack', this.position - 1);
        return this.stack[this.stack.length - 1];
    }
    popMark() {
        const mark = this.marks.pop();
        if (mark === undefined)
            throw this.fail('no MARK to pop to', this.position - 1);
        return this.stack.splice(mark);
    }
    memoPut(index, value) {
        if (!this.memo.has(index) && this.memo.size >= MAX_PICKLE_MEMO) {
            throw new LimitExceededError(this.file, 'the pickle memo size', this.memo.size + 1, MAX_PICKLE_MEMO);
        }
        this.memo.set(index, value);
    }
    memoGet(index) {
        if (!this.memo.has(index))
            throw this.fail(`memo entry ${index} was never stored`, this.position - 1);
        return this.memo.get(index);
    }
    /** Resolves a global against the allow-list; anything else stops here (nothing after it is read). */
    global(rawModule, name) {
        // A pickle names the same few globals once per tensor (unless memoized): resolve each once.
        const raw = `${rawModule}\n${name}`;
        if (this.resolved.has(raw))
            return this.resolved.get(raw);
        const module = PY2_MODULES[rawModule] ?? rawModule;
        const qualified = `${module}.${name}`;
        const allowed = this.options.globals.get(qualified);
        let value;
        if (allowed)
            value = allowed.value !== undefined ? allowed.value : new PickleGlobal(module, name);
        else if (this.options.allowedModulePrefixes?.some((prefix) => module.startsWith(prefix) || `${module}.` === prefix)) {
            value = new PickleGlobal(module, name);
        }
        else
            throw new UnsafePickleError(this.file, qualified);
        this.resolved.set(raw, value);
        return value;
    }
    /** REDUCE / NEWOBJ: a pure builder when the allow-list has one, else a record of the call. */
    call(callable, args, at) {
        if (!(callable instanceof PickleGlobal))
            throw this.fail('call of something that is not a global', at);
        const list = Array.isArray(args) ? args : args === null ? [] : undefined;
        if (!list)
            throw this.fail(`arguments of ${callable.qualifiedName} are not a tuple`, at);
        const builder = this.options.globals.get(callable.qualifiedName)?.build;
        if (!builder)
            return new PickleObject(callable, list);
        try {
            return builder(list, callable);
        }
        catch (error) {
            if (error instanceof FormatError || error instanceof LimitExceededError)
                throw error;
            throw this.fail(`unexpected arguments to ${callable.qualifiedName} (${error.message})`, at);
        }
    }
    checkSize(size, what) {
        if (size > MAX_PICKLE_CONTAINER_ITEMS)
            throw new LimitExceededError(this.file, `the item count of a pickled ${what}`, size, MAX_PICKLE_CONTAINER_ITEMS);
    }
    setItems(target, items, at) {
        if (items.length % 2 !== 0)
            throw this.fail('SETITEMS with an odd number of values', at);
        if (target instanceof Map) {
            this.checkSize(target.size + items.length / 2, 'dict');
            for (let i = 0; i < items.length; i += 2)
                target.set(items[i], items[i + 1]);
        }
        else if (target instanceof PickleObject) {
            // A dict subclass we keep opaque (e.g. an omegaconf node): keep its items as its state.
            const state = target.state instanceof Map ? target.state : new Map();
            for (let i = 0; i < items.length; i += 2)
                state.set(items[i], items[i + 1]);
            target.state = state;
        }
        else {
            throw this.fail('SETITEM on something that is not a dict', at);
        }
    }
    appendItems(target, items, at) {
        if (Array.isArray(target)) {
            this.checkSize(target.length + items.length, 'list');
            for (const item of items)
                target.push(item);
        }
        else if (target instanceof PickleObject) {
            const state = Array.isArray(target.state) ? target.state : [];
            state.push(...items);
            target.state = state;
        }
        else {
            throw this.fail('APPEND on something that is not a list', at);
        }
    }
    run() {
        for (;;) {
            const at = this.position;
            const op = this.u8();
            switch (op) {
                case 0x80: // PROTO
                    if (this.u8() > 5)
                        throw this.fail('pickle protocol above 5', at);
                    break;
                case 0x95: // FRAME: a length hint only
                    this.need(8);
                    this.position += 8;
                    break;
                case 0x2e: {
                    // STOP
                    const value = this.pop();
                    return { value, end: this.position };
                }
                case 0x28: // MARK
                    if (this.marks.length >= MAX_PICKLE_MARK_DEPTH) {
                        throw new LimitExceededError(this.file, 'the pickle nesting depth', this.marks.length + 1, MAX_PICKLE_MARK_DEPTH);
                    }
                    this.marks.push(this.stack.length);
                    break;
                case 0x30: // POP
                    if (this.marks.length > 0 && this.stack.length === this.marks[this.marks.length - 1])
                        this.marks.pop();
                    else
                        this.pop();
                    break;
                case 0x31: // POP_MARK
                    this.popMark();
                    break;
                case 0x32: // DUP
                    this.push(this.top());
                    break;
                // --- constants and numbers
                case 0x4e: // NONE
                    this.push(null);
                    break;
                case 0x88: // NEWTRUE
                    this.push(true);
                    break;
                case 0x89: // NEWFALSE
                    this.push(false);
                    break;
                case 0x4b: // BININT1
                    this.push(this.u8());
                    break;
                case 0x4d: // BININT2
                    this.push(this.u16());
                    break;
                case 0x4a: // BININT
                    this.push(this.i32());
                    break;
                case 0x49: {
                    // INT (text): "00"/"01" are False/True in protocol 0
                    const text = this.line();
                    if (text === '00')
                        this.push(false);
                    else if (text === '01')
                        this.push(true);
                    else
                        this.push(this.parseInt(text, at));
                    break;
                }
                case 0x4c: // LONG (text, trailing L)
                    this.push(this.parseInt(this.line().replace(/L$/, ''), at));
                    break;
                case 0x8a: // LONG1
                    this.push(this.long(this.u8()));
                    break;
                case 0x8b: {
                    // LONG4
                    const n = this.i32();
                    if (n < 0)
                        throw this.fail('negative LONG4 length', at);
                    this.push(this.long(n));
                    break;
                }
                case 0x46: {
                    // FLOAT (text)
                    const value = Number(this.line());
                    this.push(value);
                    break;
                }
                case 0x47: {
                    // BINFLOAT: big-endian float64
                    this.need(8);
                    this.push(this.view.getFloat64(this.position, false));
                    this.position += 8;
                    break;
                }
                // --- strings and bytes
                case 0x58: // BINUNICODE
                    this.push(this.str(this.u32()));
                    break;
                case 0x8c: // SHORT_BINUNICODE
                    this.push(this.str(this.u8()));
                    break;
                case 0x8d: // BINUNICODE8
                    this.push(this.str(this.u64Length('string')));
                    break;
                case 0x56: // UNICODE (raw-unicode-escape text)
                    this.push(rawUnicodeEscape(this.line()));
                    break;
                case 0x54: {
                    // BINSTRING (py2 str): signed length
                    const n = this.i32();
                    if (n < 0)
                        throw this.fail('negative BINSTRING length', at);
                    this.push(unpickler_latin1.decode(this.take(n, MAX_PICKLE_STRING_BYTES, 'string')));
                    break;
                }
                case 0x55: // SHORT_BINSTRING
                    this.push(unpickler_latin1.decode(this.take(this.u8(), MAX_PICKLE_STRING_BYTES, 'string')));
                    break;
                case 0x53: // STRING (quoted repr)
                    this.push(quotedString(this.line()));
                    break;
                case 0x42: // BINBYTES
                    this.push(this.take(this.u32(), MAX_PICKLE_STRING_BYTES, 'bytes'));
                    break;
                case 0x43: // SHORT_BINBYTES
                    this.push(this.take(this.u8(), MAX_PICKLE_STRING_BYTES, 'bytes'));
                    break;
                case 0x8e: // BINBYTES8
                case 0x96: // BYTEARRAY8
                    this.push(this.take(this.u64Length('bytes'), MAX_PICKLE_STRING_BYTES, 'bytes'));
                    break;
                case 0x97: // NEXT_BUFFER
                case 0x98: // READONLY_BUFFER
                    throw new FormatError(this.file, 'the pickle uses out-of-band buffers (protocol 5), which a file cannot carry', {
                        offset: this.base + at
                    });
                // --- containers
                case 0x29: // EMPTY_TUPLE
                    this.push([]);
                    break;
                case 0x74: // TUPLE
                    this.push(this.popMark());
                    break;
                case 0x85: // TUPLE1
                    this.push([this.pop()]);
                    break;
                case 0x86: {
                    // TUPLE2
                    const b = this.pop();
                    const a = this.pop();
                    this.push([a, b]);
                    break;
                }
                case 0x87: {
                    // TUPLE3
                    const c = this.pop();
                    const b = this.pop();
                    const a = this.pop();
                    this.push([a, b, c]);
                    break;
                }
                case 0x5d: // EMPTY_LIST
                    this.push([]);
                    break;
                case 0x6c: // LIST
                    this.push(this.popMark());
                    break;
                case 0x61: {
                    // APPEND
                    const item = this.pop();
                    this.appendItems(this.top(), [item], at);
                    break;
                }
                case 0x65: {
                    // APPENDS
                    const items = this.popMark();
                    this.appendItems(this.top(), items, at);
                    break;
                }
                case 0x7d: // EMPTY_DICT
                    this.push(new Map());
                    break;
                case 0x64: {
                    // DICT
                    const items = this.popMark();
                    const dict = new Map();
                    this.setItems(dict, items, at);
                    this.push(dict);
                    break;
                }
                case 0x73: {
                    // SETITEM
                    const value = this.pop();
                    const key = this.pop();
                    this.setItems(this.top(), [key, value], at);
                    break;
                }
                case 0x75: {
                    // SETITEMS
                    const items = this.popMark();
                    this.setItems(this.top(), items, at);
                    break;
                }
                case 0x8f: // EMPTY_SET
                    this.push(new Set());
                    break;
                case 0x90: {
                    // ADDITEMS
                    const items = this.popMark();
                    const set = this.top();
                    if (!(set instanceof Set))
                        throw this.fail('ADDITEMS on something that is not a set', at);
                    this.checkSize(set.size + items.length, 'set');
                    for (const item of items)
                        set.add(item);
                    break;
                }
                case 0x91: // FROZENSET
                    this.push(new Set(this.popMark()));
                    break;
                // --- memo
                case 0x70: // PUT (text)
                    this.memoPut(this.parseIndex(this.line(), at), this.top());
                    break;
                case 0x71: // BINPUT
                    this.memoPut(this.u8(), this.top());
                    break;
                case 0x72: // LONG_BINPUT
                    this.memoPut(this.u32(), this.top());
                    break;
                case 0x94: // MEMOIZE
                    this.memoPut(this.memo.size, this.top());
                    break;
                case 0x67: // GET (text)
                    this.push(this.memoGet(this.parseIndex(this.line(), at)));
                    break;
                case 0x68: // BINGET
                    this.push(this.memoGet(this.u8()));
                    break;
                case 0x6a: // LONG_BINGET
                    this.push(this.memoGet(this.u32()));
                    break;
                // --- the points where a real unpickler runs code: resolved against the allow-list only
                case 0x63: {
                    // GLOBAL "module\nname\n"
                    const module = this.line();
                    const name = this.line();
                    this.push(this.global(module, name));
                    break;
                }
                case 0x93: {
                    // STACK_GLOBAL
                    const name = this.pop();
                    const module = this.pop();
                    if (typeof module !== 'string' || typeof name !== 'string')
                        throw this.fail('STACK_GLOBAL of non-strings', at);
                    this.push(this.global(module, name));
                    break;
                }
                case 0x69: {
                    // INST "module\nname\n" with MARKed args
                    const module = this.line();
                    const name = this.line();
                    const cls = this.global(module, name);
                    this.push(this.call(cls, this.popMark(), at));
                    break;
                }
                case 0x6f: {
                    // OBJ: MARK cls args...
                    const items = this.popMark();
                    if (items.length === 0)
                        throw this.fail('OBJ without a class', at);
                    this.push(this.call(items[0], items.slice(1), at));
                    break;
                }
                case 0x52: {
                    // REDUCE
                    const args = this.pop();
                    const callable = this.pop();
                    this.push(this.call(callable, args, at));
                    break;
                }
                case 0x81: {
                    // NEWOBJ
                    const args = this.pop();
                    const cls = this.pop();
                    this.push(this.call(cls, args, at));
                    break;
                }
                case 0x92: {
                    // NEWOBJ_EX (kwargs are dropped: no allowed builder takes any)
                    this.pop();
                    const args = this.pop();
                    const cls = this.pop();
                    this.push(this.call(cls, args, at));
                    break;
                }
                case 0x62: {
                    // BUILD: set the state of the object below; plain containers keep theirs
                    const state = this.pop();
                    const target = this.top();
                    if (target instanceof PickleObject)
                        target.state = state;
                    break;
                }
                case 0x51: {
                    // BINPERSID
                    const pid = this.pop();
                    this.push(this.persistent(pid, at));
                    break;
                }
                case 0x50: // PERSID (text)
                    this.push(this.persistent(this.line(), at));
                    break;
                case 0x82: // EXT1
                case 0x83: // EXT2
                case 0x84: {
                    // EXT4: the copyreg extension registry is process state we do not have
                    const code = op === 0x82 ? this.u8() : op === 0x83 ? this.u16() : this.u32();
                    throw new UnsafePickleError(this.file, `copyreg extension code ${code}`);
                }
                default:
                    throw this.fail(`unknown opcode 0x${op.toString(16).padStart(2, '0')}`, at);
            }
        }
    }
    persistent(pid, at) {
        const load = this.options.persistentLoad;
        if (!load)
            throw this.fail('a persistent id, which this pickle is not expected to have', at);
        try {
            return load(pid);
        }
        catch (error) {
            if (error instanceof FormatError || error instanceof LimitExceededError || error instanceof UnsafePickleError)
                throw error;
            throw this.fail(`unexpected persistent id (${error.message})`, at);
        }
    }
    long(n) {
        if (n > MAX_PICKLE_LONG_BYTES)
            throw new LimitExceededError(this.file, 'a pickled integer length', n, MAX_PICKLE_LONG_BYTES);
        this.need(n);
        if (n === 0)
            return 0;
        let value = 0n;
        for (let i = n - 1; i >= 0; i--)
            value = (value << 8n) | BigInt(this.bytes[this.position + i]);
        if (this.bytes[this.position + n - 1] & 0x80)
            value -= 1n << BigInt(8 * n);
        this.position += n;
        return narrow(value);
    }
    parseInt(text, at) {
        if (!/^[-+]?\d+$/.test(text.trim()))
            throw this.fail(`bad integer literal '${text.slice(0, 40)}'`, at);
        return narrow(BigInt(text.trim()));
    }
    parseIndex(text, at) {
        const value = Number(text);
        if (!Number.isSafeInteger(value) || value < 0)
            throw this.fail(`bad memo index '${text.slice(0, 40)}'`, at);
        return value;
    }
}
const unpickler_utf8 = new TextDecoder('utf-8');
const unpickler_latin1 = new TextDecoder('latin1');
/** Pickles are mostly short ASCII keys; decoding those without TextDecoder's per-call cost halves the parse. */
function decodeUtf8(bytes) {
    if (bytes.length > 64)
        return unpickler_utf8.decode(bytes);
    for (let i = 0; i < bytes.length; i++)
        if (bytes[i] >= 0x80)
            return unpickler_utf8.decode(bytes);
    return String.fromCharCode.apply(null, bytes);
}
function decodeLatin1(bytes) {
    return bytes.length > 64 ? unpickler_latin1.decode(bytes) : String.fromCharCode.apply(null, bytes);
}
/** A bigint as a number when that is exact. */
function narrow(value) {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}
function rawUnicodeEscape(text) {
    return text.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_, u4, u8) => String.fromCodePoint(parseInt(u4 ?? u8, 16)));
}
/** A protocol-0 STRING argument: a Python repr in single or double quotes. */
function quotedString(text) {
    const quote = text[0];
    if ((quote !== "'" && quote !== '"') || text[text.length - 1] !== quote)
        return text;
    const body = text.slice(1, -1);
    const escapes = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
    return body.replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e) => e.startsWith('x') && e.length === 3 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (escapes[e] ?? `\\${e}`));
}

;// CONCATENATED MODULE: ./src/core/rules/pytorch.ts
/**
 * PyTorch name tables. The checkpoint's own dict layout (`{model, optimizer, epoch}`) decides
 * first; these tables decide within a section, and for top-level keys.
 */
/**
 * `nn.Module` buffers: registered with `register_buffer`, saved in the state_dict next to the
 * parameters, never trained. A state_dict does not mark them, so their names do
 * (`torch/nn/modules/batchnorm.py`: running_mean, running_var, num_batches_tracked).
 */
const PYTORCH_BUFFER_RULES = [
    { pattern: /(^|[./])running_(mean|var)$/, category: 'buffers', reason: 'BatchNorm running statistic (nn.Module buffer)' },
    { pattern: /(^|[./])num_batches_tracked$/, category: 'buffers', reason: 'BatchNorm batch counter (nn.Module buffer)' },
    { pattern: /(^|[./])position_ids$/, category: 'buffers', reason: 'position-id buffer (HF transformers)' },
    { pattern: /(^|[./])attn\.(masked_)?bias$/, category: 'buffers', reason: 'causal attention mask buffer (GPT-2 style)' },
    { pattern: /(^|[./])masked_bias$/, category: 'buffers', reason: 'causal attention mask buffer' },
    { pattern: /(^|[./])inv_freq$/, category: 'buffers', reason: 'rotary embedding frequencies (buffer)' },
    { pattern: /(^|[./])relative_position_index$/, category: 'buffers', reason: 'relative position index (buffer)' }
];
/**
 * Per-parameter optimizer state (`torch/optim/*.py`, the keys of `self.state[p]`), for the
 * reason text; every tensor of an optimizer state_dict is optimizer state, known slot or not.
 */
const PYTORCH_OPTIMIZER_SLOTS = {
    exp_avg: 'Adam first moment (m)',
    exp_avg_sq: 'Adam second moment (v)',
    max_exp_avg_sq: 'AMSGrad max second moment',
    momentum_buffer: 'SGD/RMSprop momentum buffer',
    square_avg: 'RMSprop/Adadelta squared-gradient average',
    grad_avg: 'RMSprop centered gradient average',
    acc_delta: 'Adadelta accumulated update',
    sum: 'Adagrad accumulator',
    exp_inf: 'Adamax infinity norm',
    mu_product: 'NAdam momentum product',
    ax: 'ASGD average',
    eta: 'ASGD step size',
    mu: 'ASGD momentum',
    prev: 'Rprop previous gradient',
    step_size: 'Rprop step sizes'
};
/**
 * Top-level keys of training checkpoints (FORMATS.md §4.4: torch tutorials, Lightning's
 * `state_dict`/`optimizer_states`/`loops`/`callbacks`, HF Trainer's `optimizer.pt` and
 * `rng_state.pth`, timm's `state_dict_ema`). First match wins.
 */
const PYTORCH_SECTION_RULES = [
    { pattern: /^(ema|model_ema|ema_model|ema_state_dict|state_dict_ema|shadow|averaged_model|swa_model|ema_weights)$/i, section: 'ema', reason: 'EMA shadow weights (not trained)' },
    { pattern: /^(optimizer|optimizers|optimizer_state_dict|optimizer_states|optimizer_state|optim|optim_state|opt|opt_state)$|_optimizer$|^optimizer_/i, section: 'optimizer', reason: 'optimizer state_dict' },
    { pattern: /^(model|models|state_dict|model_state_dict|model_state|module|net|network|params|weights|generator|discriminator|encoder|decoder|backbone|student|teacher|netG|netD)$/i, section: 'model', reason: 'model state_dict' },
    {
        pattern: /^(epoch|epochs|global_step|step|steps|iteration|iter|iters|best_\w+|rng_state|rng_states|rng|random_state|torch_rng_state|cuda_rng_state|numpy_rng_state|python_rng_state|python|numpy|cpu|cuda|loops|callbacks|lr_scheduler|lr_schedulers|scheduler|schedulers|scheduler_state_dict|scaler|grad_scaler|amp|metrics|hyper_parameters|hparams|args|config|pytorch-lightning_version|version)$/i,
        section: 'bookkeeping',
        reason: 'training-loop state (counters, RNG, schedulers, callbacks)'
    }
];

;// CONCATENATED MODULE: ./src/formats/pytorch/torch-globals.ts

/**
 * What a `torch.save` pickle may name, and the pure builders that turn torch's rebuild calls into
 * tensor references. The list follows what torch itself lets `torch.load(weights_only=True)`
 * through (`pytorch/pytorch:torch/_weights_only_unpickler.py`) plus the plain data types that
 * Lightning and HF checkpoints carry in their bookkeeping (numpy RNG state, argparse/omegaconf
 * hyper-parameters). Nothing on it is ever called: "allowed" only means "understood as data".
 */
/** A storage as a persistent id names it: `("storage", storage_type, key, location, numel)`. */
class StorageRef {
    key;
    dtype;
    numel;
    location;
    constructor(
    /** The record key: `data/<key>` in a zip, the root key in a legacy stream. */
    key, 
    /** Element dtype from the storage class (`torch.FloatStorage` → float32); uint8 for untyped. */
    dtype, 
    /** Elements of the (root) storage, in its dtype. */
    numel, location) {
        this.key = key;
        this.dtype = dtype;
        this.numel = numel;
        this.location = location;
    }
}
/** A tensor that `_rebuild_tensor_v2` & co. would have built: a view of a storage. */
class TensorRef {
    storage;
    dtype;
    shape;
    stride;
    storageOffset;
    parameter;
    quantized;
    constructor(
    /** Undefined for tensors without data (meta tensors). */
    storage, dtype, shape, 
    /** Elements between neighbours along each dimension (row-major: `[cols, 1]`). */
    stride, storageOffset, 
    /** Rebuilt through `_rebuild_parameter*`: an `nn.Parameter`, so a trainable weight. */
    parameter, 
    /** Quantized tensors carry their quantizer; kept for the reason text only. */
    quantized = false) {
        this.storage = storage;
        this.dtype = dtype;
        this.shape = shape;
        this.stride = stride;
        this.storageOffset = storageOffset;
        this.parameter = parameter;
        this.quantized = quantized;
    }
    asParameter() {
        return new TensorRef(this.storage, this.dtype, this.shape, this.stride, this.storageOffset, true, this.quantized);
    }
    /** Storage elements this view reaches: `Σ (size_i − 1) · stride_i + 1` (0 when empty). */
    get extent() {
        let last = 0;
        for (let i = 0; i < this.shape.length; i++) {
            if (this.shape[i] === 0)
                return 0;
            last += (this.shape[i] - 1) * (this.stride[i] ?? 0);
        }
        return last + 1;
    }
}
/**
 * Storage class → dtype (`torch/storage.py` `_LegacyStorage` subclasses; netron's
 * `lutzroeder/netron:source/python.js` `torch.*Storage.dtype`).
 */
const STORAGE_DTYPES = {
    ByteStorage: 'uint8',
    CharStorage: 'int8',
    ShortStorage: 'int16',
    IntStorage: 'int32',
    LongStorage: 'int64',
    HalfStorage: 'float16',
    FloatStorage: 'float32',
    DoubleStorage: 'float64',
    ComplexHalfStorage: 'complex32',
    ComplexFloatStorage: 'complex64',
    ComplexDoubleStorage: 'complex128',
    BoolStorage: 'bool',
    BFloat16Storage: 'bfloat16',
    QInt8Storage: 'qint8',
    QUInt8Storage: 'quint8',
    QInt32Storage: 'qint32',
    QUInt4x2Storage: 'quint4x2',
    QUInt2x4Storage: 'quint2x4',
    UInt16Storage: 'uint16',
    UInt32Storage: 'uint32',
    UInt64Storage: 'uint64',
    UntypedStorage: 'uint8',
    TypedStorage: 'uint8'
};
/** torch dtype objects (`torch.float32`…) as they appear in `_rebuild_tensor_v3` and meta tensors. */
const TORCH_DTYPES = {
    uint8: 'uint8',
    int8: 'int8',
    int16: 'int16',
    short: 'int16',
    int32: 'int32',
    int: 'int32',
    int64: 'int64',
    long: 'int64',
    uint16: 'uint16',
    uint32: 'uint32',
    uint64: 'uint64',
    float16: 'float16',
    half: 'float16',
    float32: 'float32',
    float: 'float32',
    float64: 'float64',
    double: 'float64',
    bfloat16: 'bfloat16',
    complex32: 'complex32',
    complex64: 'complex64',
    complex128: 'complex128',
    bool: 'bool',
    qint8: 'qint8',
    quint8: 'quint8',
    qint32: 'qint32',
    quint4x2: 'quint4x2',
    float8_e4m3fn: 'float8_e4m3fn',
    float8_e4m3fnuz: 'float8_e4m3fnuz',
    float8_e5m2: 'float8_e5m2',
    float8_e5m2fnuz: 'float8_e5m2fnuz',
    float8_e8m0fnu: 'float8_e8m0',
    float4_e2m1fn_x2: 'float4_e2m1'
};
/** Bytes per element of the dtypes storages can have (sub-byte packed types count whole bytes). */
const STORAGE_ELEMENT_BYTES = {
    uint8: 1,
    int8: 1,
    int16: 2,
    int32: 4,
    int64: 8,
    uint16: 2,
    uint32: 4,
    uint64: 8,
    float16: 2,
    float32: 4,
    float64: 8,
    bfloat16: 2,
    complex32: 4,
    complex64: 8,
    complex128: 16,
    bool: 1,
    qint8: 1,
    quint8: 1,
    qint32: 4,
    quint4x2: 1,
    quint2x4: 1,
    float8_e4m3fn: 1,
    float8_e4m3fnuz: 1,
    float8_e5m2: 1,
    float8_e5m2fnuz: 1,
    float8_e8m0: 1,
    float4_e2m1: 1
};
/** The storage class a persistent id names, as a dtype; undefined when it is not a storage class. */
function storageDtype(storageType) {
    if (!(storageType instanceof PickleGlobal))
        return undefined;
    if (storageType.module !== 'torch' && storageType.module !== 'torch.cuda' && storageType.module !== 'torch.storage')
        return undefined;
    return STORAGE_DTYPES[storageType.name];
}
/**
 * The storage a torch.save persistent id names, in a zip archive and a legacy stream alike:
 * `("storage", storage_type, key, location, numel[, view_metadata])`
 * (`pytorch/pytorch:torch/serialization.py`, persistent_id). `recordKey` maps the key to where the
 * format keeps that storage's bytes, and throws for a key the format cannot hold. The errors are
 * plain: the unpickler reports them as an invalid persistent id at its offset.
 */
function persistentStorage(pid, recordKey) {
    if (!Array.isArray(pid) || pid[0] !== 'storage' || pid.length < 5)
        throw new Error('not a ("storage", type, key, location, numel) tuple');
    const dtype = storageDtype(pid[1]);
    if (!dtype)
        throw new Error('unknown storage type');
    const key = pid[2];
    const numel = pid[4];
    if (typeof key !== 'string')
        throw new Error('storage key is not a string');
    if (typeof numel !== 'number' || !Number.isSafeInteger(numel) || numel < 0)
        throw new Error('storage size is not a count');
    return new StorageRef(recordKey(key), dtype, numel, typeof pid[3] === 'string' ? pid[3] : 'cpu');
}
function torch_globals_int(value, what) {
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    throw new Error(`${what} is not an integer`);
}
function intList(value, what) {
    if (!Array.isArray(value))
        throw new Error(`${what} is not a tuple`);
    return value.map((item) => {
        const n = torch_globals_int(item, what);
        if (n < 0)
            throw new Error(`${what} has a negative entry`);
        return n;
    });
}
function rebuildTensor(storage, offset, size, stride, dtype, quantized = false) {
    if (!(storage instanceof StorageRef))
        throw new Error('the storage argument is not a storage');
    const shape = intList(size, 'size');
    // Old pickles may omit the stride; a dense row-major layout is what they then had.
    const strides = Array.isArray(stride) && stride.length === shape.length ? intList(stride, 'stride') : rowMajor(shape);
    return new TensorRef(storage, dtype ?? storage.dtype, shape, strides, torch_globals_int(offset, 'storage offset'), false, quantized);
}
function rowMajor(shape) {
    const stride = new Array(shape.length);
    let step = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        stride[i] = step;
        step *= shape[i];
    }
    return stride;
}
function asParameter(data) {
    return data instanceof TensorRef ? data.asParameter() : data;
}
function pairsToMap(args) {
    const map = new Map();
    const items = args[0];
    if (Array.isArray(items)) {
        for (const pair of items)
            if (Array.isArray(pair) && pair.length === 2)
                map.set(pair[0], pair[1]);
    }
    return map;
}
/** Builds the allow-list. TorchScript archives additionally allow their own `__torch__.` classes. */
function torchGlobals() {
    const globals = new Map();
    const opaque = (...names) => {
        for (const name of names)
            globals.set(name, {});
    };
    const build = (name, fn) => {
        globals.set(name, { build: fn });
    };
    // torch._utils: tensor and parameter rebuilders (`pytorch/pytorch:torch/_utils.py`).
    build('torch._utils._rebuild_tensor', (a) => rebuildTensor(a[0], a[1], a[2], a[3]));
    build('torch._utils._rebuild_tensor_v2', (a) => rebuildTensor(a[0], a[1], a[2], a[3]));
    build('torch._utils._rebuild_tensor_v3', (a) => rebuildTensor(a[0], a[1], a[2], a[3], typeof a[6] === 'string' ? a[6] : undefined));
    build('torch._utils._rebuild_qtensor', (a) => rebuildTensor(a[0], a[1], a[2], a[3], undefined, true));
    build('torch._utils._rebuild_parameter', (a) => asParameter(a[0]));
    build('torch._utils._rebuild_parameter_with_state', (a) => asParameter(a[0]));
    build('torch._utils._rebuild_parameter_v2', (a) => asParameter(a[0]));
    build('torch._utils._rebuild_meta_tensor_no_storage', (a) => new TensorRef(undefined, typeof a[0] === 'string' ? a[0] : 'float32', intList(a[1], 'size'), intList(a[2] ?? [], 'stride'), 0, false));
    // Tensor subclasses: `_rebuild_from_type_v2(func, type, args, state)` rebuilds through `func`.
    const fromType = (a) => {
        const func = a[0];
        const args = a[2];
        const inner = func instanceof PickleGlobal ? globals.get(func.qualifiedName)?.build : undefined;
        return inner && Array.isArray(args) ? inner(args, func) : args;
    };
    build('torch._tensor._rebuild_from_type_v2', fromType);
    build('torch._tensor._rebuild_from_type', fromType);
    // Kept opaque: the walk still finds the tensors nested in their arguments.
    opaque('torch._utils._rebuild_sparse_tensor', 'torch._utils._rebuild_sparse_csr_tensor', 'torch._utils._rebuild_nested_tensor', 'torch._utils._rebuild_wrapper_subclass', 'torch._utils._rebuild_device_tensor_from_numpy', 'torch._utils._rebuild_xla_tensor', 'torch._utils._rebuild_mlc_tensor', 'torch.serialization._get_layout', 'torch.nn.parameter.Parameter', 'torch.torch_version.TorchVersion');
    build('torch.Size', (a) => (Array.isArray(a[0]) ? a[0] : []));
    build('torch.device', (a) => a.map(String).join(':'));
    // Storage classes, named by persistent ids; `torch.cuda.*` in legacy streams.
    for (const storage of Object.keys(STORAGE_DTYPES)) {
        opaque(`torch.${storage}`, `torch.cuda.${storage}`, `torch.storage.${storage}`);
    }
    // dtype objects stand for their name.
    for (const [name, dtype] of Object.entries(TORCH_DTYPES))
        globals.set(`torch.${name}`, { value: dtype });
    for (const layout of ['strided', 'sparse_coo', 'sparse_csr', 'sparse_csc', 'sparse_bsr', 'sparse_bsc']) {
        globals.set(`torch.${layout}`, { value: layout });
    }
    for (const format of ['contiguous_format', 'channels_last', 'preserve_format'])
        globals.set(`torch.${format}`, { value: format });
    // Quantization schemes in `_rebuild_qtensor` quantizer params.
    for (const scheme of ['per_tensor_affine', 'per_channel_affine', 'per_channel_affine_float_qparams']) {
        globals.set(`torch.${scheme}`, { value: scheme });
    }
    // Python containers and scalars.
    build('collections.OrderedDict', pairsToMap);
    build('collections.defaultdict', () => new Map());
    build('builtins.set', (a) => new Set(Array.isArray(a[0]) ? a[0] : []));
    build('builtins.frozenset', (a) => new Set(Array.isArray(a[0]) ? a[0] : []));
    build('builtins.bytearray', (a) => (a[0] instanceof Uint8Array ? a[0] : new Uint8Array()));
    // Protocol-2 pickles spell bytes as `_codecs.encode(text, 'latin1')`.
    build('_codecs.encode', (a) => (typeof a[0] === 'string' ? Uint8Array.from(a[0], (c) => c.charCodeAt(0) & 0xff) : new Uint8Array()));
    opaque('builtins.complex', 'builtins.slice', 'builtins.range', 'builtins.object', 'builtins.dict', 'builtins.list', 'builtins.tuple', 'builtins.int', 'builtins.float', 'builtins.str', 'builtins.bool', 'builtins.bytes', 'copyreg._reconstructor', 'argparse.Namespace', 'pathlib.Path', 'pathlib.PosixPath', 'pathlib.WindowsPath', 'pathlib.PurePosixPath', 'pathlib.PureWindowsPath', 'datetime.datetime', 'datetime.date', 'datetime.time', 'datetime.timedelta', 'datetime.timezone', 'typing.Any', 
    // numpy scalars and arrays (Lightning/HF RNG state: `np.random.get_state()`), numpy 1 and 2.
    'numpy.core.multiarray._reconstruct', 'numpy.core.multiarray.scalar', 'numpy._core.multiarray._reconstruct', 'numpy._core.multiarray.scalar', 'numpy.core.numeric._frombuffer', 'numpy._core.numeric._frombuffer', 'numpy.ndarray', 'numpy.dtype', 'numpy.dtypes.Float64DType', 'numpy.dtypes.Float32DType', 'numpy.dtypes.Int64DType', 'numpy.dtypes.UInt32DType', 
    // Lightning / Hydra hyper-parameters: dict subclasses holding plain values.
    'pytorch_lightning.utilities.parsing.AttributeDict', 'lightning.pytorch.utilities.parsing.AttributeDict', 'lightning.fabric.utilities.data.AttributeDict', 'lightning_fabric.utilities.data.AttributeDict', 'omegaconf.dictconfig.DictConfig', 'omegaconf.listconfig.ListConfig', 'omegaconf.base.ContainerMetadata', 'omegaconf.base.Metadata', 'omegaconf.nodes.AnyNode', 'omegaconf.nodes.StringNode', 'omegaconf.nodes.IntegerNode', 'omegaconf.nodes.FloatNode', 'omegaconf.nodes.BooleanNode', 'omegaconf.nodes.ValueNode');
    return globals;
}
/** TorchScript's pickles name the archive's own compiled classes (`__torch__.mnist.Net`), never Python code. */
const TORCHSCRIPT_MODULE_PREFIXES = ['__torch__.'];

;// CONCATENATED MODULE: ./src/formats/pytorch/walk.ts




/** `model/wc1.weight`, `optimizer/state/0/exp_avg`, `conv_block_1.conv_1.weight` (TorchScript). */
function pathName(path) {
    let name = '';
    for (const [i, step] of path.entries()) {
        if (i > 0)
            name += step.via === 'attr' ? '.' : '/';
        name += step.key;
    }
    return name;
}
function keyText(key) {
    if (typeof key === 'string')
        return key;
    if (typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean')
        return String(key);
    if (key === null)
        return 'None';
    if (Array.isArray(key))
        return `(${key.map(keyText).join(', ')})`;
    return '?';
}
/**
 * Every tensor reachable from `root`, in pickle order (dict insertion order, list order, an
 * object's arguments then its state). Each container is walked once, so a cyclic or heavily
 * shared structure cannot make the walk loop or explode; a tensor object reached under two
 * names (tied weights in a state_dict) is listed under both.
 */
function findTensors(root, file) {
    const found = [];
    const seen = new Set();
    // Depth-first with an explicit stack (children pushed in reverse) so order is pickle order.
    const stack = [{ value: root, depth: 0 }];
    while (stack.length > 0) {
        const frame = stack.pop();
        const { value } = frame;
        if (value instanceof TensorRef) {
            if (found.length >= MAX_TENSORS)
                throw new LimitExceededError(file, 'the number of tensors', found.length + 1, MAX_TENSORS);
            found.push({ path: pathOf(frame), tensor: value });
            continue;
        }
        if (value === null || typeof value !== 'object' || value instanceof Uint8Array)
            continue;
        if (seen.has(value))
            continue;
        seen.add(value);
        if (frame.depth >= MAX_PICKLE_WALK_DEPTH) {
            throw new LimitExceededError(file, 'the nesting depth of the pickled object', frame.depth + 1, MAX_PICKLE_WALK_DEPTH);
        }
        const children = [];
        const child = (v, key, via) => {
            if (v !== null && typeof v === 'object')
                children.push({ value: v, step: { key, via }, parent: frame, depth: frame.depth + 1 });
        };
        if (value instanceof Map) {
            for (const [k, v] of value)
                child(v, keyText(k), 'item');
        }
        else if (Array.isArray(value)) {
            value.forEach((v, i) => child(v, String(i), 'item'));
        }
        else if (value instanceof Set) {
            let i = 0;
            for (const v of value)
                child(v, String(i++), 'item');
        }
        else if (value instanceof PickleObject) {
            value.args.forEach((v, i) => child(v, `[${i}]`, 'item'));
            // An object's state is its attribute dict (TorchScript modules, argparse.Namespace), or a
            // (dict, slots) pair; its attributes read as `parent.attr`.
            const state = value.state;
            if (state instanceof Map)
                for (const [k, v] of state)
                    child(v, keyText(k), 'attr');
            else
                child(state, 'state', 'item');
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return found;
}
function pathOf(frame) {
    const path = [];
    for (let f = frame; f?.step; f = f.parent)
        path.push(f.step);
    return path.reverse();
}

;// CONCATENATED MODULE: ./src/formats/pytorch/classify.ts




/**
 * Categories from the checkpoint's own layout (DESIGN.md: `dict-layout`):
 * - a bare state_dict (`torch.save(model.state_dict())`, HF `pytorch_model.bin`): weights,
 *   except `nn.Module` buffers by name;
 * - a training checkpoint `{model|state_dict: …, optimizer|optimizer_states: …, epoch: …}`:
 *   each top-level key is a section (rules/pytorch.ts); everything in an optimizer state_dict is
 *   optimizer state, per-parameter slots under `state/<param index>/<slot>` named after their parameter;
 * - a bare optimizer state_dict (`{state, param_groups}`, HF `optimizer.pt`) is all optimizer.
 * Tensors under keys no rule knows are `nn.Parameter`s → weights, buffer names → buffers, else
 * unclassified.
 */
function classifyTorchSave(root, found) {
    const rootMap = root instanceof Map ? root : undefined;
    const sectionOf = new Map();
    let bareOptimizer = false;
    let bareStateDict = false;
    if (rootMap) {
        // Sections holding a model or an optimizer are containers; a key whose value is a tensor is a
        // state_dict entry or a counter. Testing containers first keeps a 10^5-key state_dict cheap.
        const sectionRule = (key) => typeof key === 'string' ? PYTORCH_SECTION_RULES.find((r) => r.pattern.test(key))?.section : undefined;
        let directTensors = false;
        for (const [key, value] of rootMap) {
            if (value instanceof TensorRef)
                directTensors = true;
            else {
                const section = sectionRule(key);
                if (section)
                    sectionOf.set(key, section);
            }
        }
        bareOptimizer = rootMap.has('state') && rootMap.has('param_groups');
        const knowsLayout = [...sectionOf.values()].some((s) => s === 'model' || s === 'optimizer' || s === 'ema');
        bareStateDict = !bareOptimizer && !knowsLayout && directTensors;
        if (!bareStateDict && directTensors) {
            for (const [key, value] of rootMap) {
                const section = value instanceof TensorRef ? sectionRule(key) : undefined;
                if (section)
                    sectionOf.set(key, section);
            }
        }
    }
    const parameterNames = optimizerParameterNames(rootMap, sectionOf, bareOptimizer, found);
    const tensors = [];
    let layoutUsed = bareOptimizer || bareStateDict;
    for (const item of found) {
        const name = pathName(item.path) || 'tensor';
        let decided;
        if (bareOptimizer) {
            decided = optimizerTensor(item.path, parameterNames.get(root));
        }
        else if (bareStateDict) {
            decided = modelTensor(name, item.tensor, 'state_dict');
        }
        else {
            const top = item.path[0]?.key;
            const section = top === undefined ? undefined : sectionOf.get(top);
            const inner = item.path.slice(1);
            const innerName = pathName(inner) || name;
            if (section)
                layoutUsed = true;
            switch (section) {
                case 'model':
                    decided = modelTensor(innerName, item.tensor, `'${top}' model state_dict`);
                    break;
                case 'ema':
                    decided = { category: 'buffers', reason: `EMA shadow copy under '${top}' (not trained)` };
                    break;
                case 'optimizer':
                    decided = optimizerTensor(inner, parameterNames.get(rootMap?.get(top)));
                    break;
                case 'bookkeeping':
                    decided = { category: 'bookkeeping', reason: `training-loop state under '${top}'` };
                    break;
                default:
                    decided = unknownTensor(name, item.tensor);
            }
        }
        // Spelled out: an object spread here cost 10× the rest of the classification on 10^5 tensors.
        tensors.push({ path: item.path, tensor: item.tensor, name, category: decided.category, reason: decided.reason });
    }
    return { tensors, classifiedBy: layoutUsed ? 'dict-layout' : 'name-rules', categoryNotes: classify_notes(tensors) };
}
/** TorchScript archives: every tensor of the module tree is model state; buffers by name. */
function classifyTorchScript(found) {
    const tensors = found.map((item) => {
        const name = pathName(item.path) || 'tensor';
        const buffer = matchNameRule(name, PYTORCH_BUFFER_RULES);
        return {
            path: item.path,
            tensor: item.tensor,
            name,
            category: buffer ? buffer.category : 'weights',
            reason: buffer ? buffer.reason : 'tensor of the TorchScript module'
        };
    });
    return { tensors, classifiedBy: 'format', categoryNotes: classify_notes(tensors) };
}
function modelTensor(name, tensor, where) {
    const buffer = matchNameRule(name, PYTORCH_BUFFER_RULES);
    if (buffer)
        return { category: buffer.category, reason: buffer.reason };
    return { category: 'weights', reason: tensor.parameter ? `nn.Parameter in the ${where}` : `parameter in the ${where}` };
}
function unknownTensor(name, tensor) {
    const buffer = matchNameRule(name, PYTORCH_BUFFER_RULES);
    if (buffer)
        return { category: buffer.category, reason: buffer.reason };
    if (tensor.parameter)
        return { category: 'weights', reason: 'saved as an nn.Parameter' };
    return { category: 'unclassified', reason: 'under a key no PyTorch layout rule knows' };
}
/** `…/state/<param index>/<slot>` inside an optimizer state_dict (`torch/optim/optimizer.py` `state_dict`). */
function optimizerTensor(inner, names) {
    const at = inner.findIndex((step) => step.key === 'state');
    if (at >= 0 && inner.length === at + 3) {
        const index = inner[at + 1].key;
        const slot = inner[at + 2].key;
        const of = names?.get(index) ?? `parameter ${index}`;
        // Scalars such as Adam's per-parameter `step` tensor are optimizer state too: torch saves and
        // restores them with the slots (and truth.json, computed by torch, counts them there).
        if (slot === 'step')
            return { category: 'optimizer', reason: `optimizer step counter of ${of}` };
        return { category: 'optimizer', reason: `${PYTORCH_OPTIMIZER_SLOTS[slot] ?? `optimizer state '${slot}'`} of ${of}` };
    }
    return { category: 'optimizer', reason: 'optimizer state' };
}
/**
 * Optimizer state is keyed by parameter index, in the order of `param_groups[*].params`, which is
 * the order of `model.parameters()`: the state_dict's tensors minus its buffers. When a checkpoint
 * holds one model and one optimizer whose counts agree, indexes get their parameter's name.
 */
function optimizerParameterNames(rootMap, sectionOf, bareOptimizer, found) {
    const result = new Map();
    if (!rootMap || bareOptimizer)
        return result;
    const modelKeys = [...sectionOf].filter(([, s]) => s === 'model').map(([k]) => k);
    const optimizerKeys = [...sectionOf].filter(([, s]) => s === 'optimizer').map(([k]) => k);
    if (modelKeys.length !== 1 || optimizerKeys.length !== 1)
        return result;
    const optimizer = rootMap.get(optimizerKeys[0]);
    // Lightning keeps a list of optimizer state_dicts (`optimizer_states`); one optimizer maps.
    const order = parameterOrder(Array.isArray(optimizer) && optimizer.length === 1 ? optimizer[0] : optimizer);
    if (!order)
        return result;
    const parameters = found
        .filter((item) => item.path[0]?.key === modelKeys[0])
        .map((item) => pathName(item.path.slice(1)))
        .filter((name) => !matchNameRule(name, PYTORCH_BUFFER_RULES));
    if (parameters.length !== order.length)
        return result;
    result.set(optimizer, new Map(order.map((index, i) => [index, parameters[i]])));
    return result;
}
function parameterOrder(optimizer) {
    if (!(optimizer instanceof Map))
        return undefined;
    const groups = optimizer.get('param_groups');
    if (!Array.isArray(groups))
        return undefined;
    const order = [];
    for (const group of groups) {
        const params = group instanceof Map ? group.get('params') : undefined;
        if (!Array.isArray(params))
            return undefined;
        for (const index of params)
            order.push(String(index));
    }
    return order;
}
/** What the table shows beside a category: which kinds of tensors are in it (the counts are already there). */
function classify_notes(tensors) {
    const out = {};
    const kinds = (category, kindOf) => {
        const seen = new Set();
        for (const t of tensors)
            if (t.category === category)
                seen.add(kindOf(t));
        if (seen.size === 0)
            return undefined;
        const list = [...seen];
        return list.slice(0, NOTE_KINDS).join(', ') + (list.length > NOTE_KINDS ? ', …' : '');
    };
    const optimizer = kinds('optimizer', (t) => t.path[t.path.length - 1]?.key ?? 'state');
    if (optimizer)
        out.optimizer = `per-parameter ${optimizer}`;
    const buffers = kinds('buffers', (t) => t.name.slice(t.name.lastIndexOf('.') + 1));
    if (buffers)
        out.buffers = buffers;
    return out;
}
/** Kinds listed in a category note before the rest are elided. */
const NOTE_KINDS = 4;

;// CONCATENATED MODULE: ./src/formats/pytorch/names.ts

/**
 * Names `torch.save` files go by: `.pt`, `.pth`, `.bin` (HF `pytorch_model.bin`), `.ckpt`
 * (Lightning), and the old `model_best.pth.tar` habit. `.bin` and `.ckpt` are shared with other
 * formats, so the name only admits a file; its content decides (sniff).
 */
function hasPytorchExtension(path) {
    return /\.(pt|pth|bin|ckpt)$|\.(pt|pth)\.tar$/i.test(basename(path));
}

;// CONCATENATED MODULE: ./src/formats/pytorch/result.ts


/**
 * Turns classified tensors into the common tensor list. Every tensor that views a storage gets
 * the whole storage's span and its key, so the analyzer counts a shared storage once (under the
 * first tensor that names it); the explanation says which were shared.
 */
function tensorInfos(file, classification, spanOf) {
    const tensors = [];
    const firstName = new Map();
    const shared = [];
    const sharedKeys = new Set();
    let sharedBytes = 0;
    for (const item of classification.tensors) {
        const { tensor } = item;
        if (!tensor.storage) {
            // A meta tensor has a shape but no data on disk.
            tensors.push({ name: item.name, dtype: tensor.dtype, shape: tensor.shape, file, offset: 0, byteLength: 0, category: item.category, reason: `${item.reason} (no data: meta tensor)` });
            continue;
        }
        const span = spanOf(tensor.storage.key);
        const first = firstName.get(span.storageKey);
        let reason = item.reason;
        if (first === undefined)
            firstName.set(span.storageKey, item.name);
        else {
            reason = `${reason}; shares its storage with '${first}' (counted once)`;
            if (!sharedKeys.has(span.storageKey))
                sharedBytes += span.byteLength;
            sharedKeys.add(span.storageKey);
            shared.push(item.name);
        }
        tensors.push({
            name: item.name,
            dtype: tensor.dtype,
            shape: tensor.shape,
            file,
            offset: span.offset,
            byteLength: span.byteLength,
            category: item.category,
            reason,
            storageKey: span.storageKey
        });
    }
    const explanations = [];
    const unviewed = unviewedStorageBytes(classification, spanOf);
    if (unviewed.bytes > 0) {
        explanations.push(`${formatBytes(unviewed.bytes)} of saved storage is not visible through any tensor ('${unviewed.example}' is a view of a larger storage); ` +
            'torch.save writes whole storages, so save a .clone() of a slice to drop the rest');
    }
    if (shared.length > 0) {
        const names = shared.slice(0, 3).map((n) => `'${n}'`).join(', ');
        explanations.push(`${shared.length} tensor(s) share storage with another tensor (tied weights or views: ${names}${shared.length > 3 ? ', …' : ''}); ` +
            `the shared storage (${formatBytes(sharedBytes)}) is on disk once and counted once`);
    }
    return { tensors, explanations };
}
/**
 * Storage bytes that no saved tensor views (FORMATS.md §4.3): `torch.save(big[:10])` writes all
 * of `big`'s storage. Each view reaches `[offset, offset + extent)` elements of its storage; the
 * union of those, per storage, against the storage record's size.
 */
function unviewedStorageBytes(classification, spanOf) {
    const views = new Map();
    for (const item of classification.tensors) {
        const storage = item.tensor.storage;
        const elementBytes = storage ? STORAGE_ELEMENT_BYTES[storage.dtype] : undefined;
        if (!storage || elementBytes === undefined)
            continue;
        let entry = views.get(storage.key);
        if (!entry)
            views.set(storage.key, (entry = { intervals: [], elementBytes, names: [] }));
        entry.intervals.push([item.tensor.storageOffset, item.tensor.storageOffset + item.tensor.extent]);
        entry.names.push(item.name);
    }
    let bytes = 0;
    let example = '';
    for (const [key, { intervals, elementBytes, names }] of views) {
        intervals.sort((a, b) => a[0] - b[0]);
        let covered = 0;
        let end = 0;
        for (const [from, to] of intervals) {
            const start = Math.max(from, end);
            if (to > start)
                covered += to - start;
            end = Math.max(end, to);
        }
        const missing = spanOf(key).byteLength - covered * elementBytes;
        if (missing > 0) {
            bytes += missing;
            example ||= names[0];
        }
    }
    return { bytes, example };
}

;// CONCATENATED MODULE: ./src/formats/pytorch/zip-reader.ts










/**
 * `torch.save` zip archives (PyTorch ≥ 1.6; Lightning `.ckpt`, HF `pytorch_model.bin`) and
 * TorchScript archives (`torch.jit.save`).
 *
 * Layout (`pytorch/pytorch:torch/serialization.py` `_save`, `caffe2/serialize/inline_container.cc`):
 * every record sits under one folder whose name varies (the file stem, or `archive`):
 * `<a>/data.pkl` the pickled object, `<a>/data/<key>` one record per storage (stored, not
 * compressed, 64-byte aligned through a local-header extra field), `<a>/byteorder`,
 * `<a>/version` or `<a>/.data/version`. TorchScript adds `<a>/code/` (Python-like source and
 * `.debug_pkl` debug info) and `<a>/constants.pkl`.
 *
 * Read: the central directory, `data.pkl` (and `constants.pkl`), one local header per storage
 * (its payload starts after the variable-length padding). Storage payloads are never read.
 */
/**
 * Records a torch archive may start with (`<folder>/<record>`): the first local header's name is
 * in the sniff bytes, cut short when the folder name is long.
 */
const TORCH_RECORDS = ['data.pkl', 'data/', '.data/', 'version', 'byteorder', '.format_version', '.storage_alignment', 'code/', 'constants.pkl', 'constants/', 'extra/'];
/** The first local header's file name as far as the sniff window shows it; `truncated` when cut off. */
function firstRecordName(head) {
    if (head.length < 30 || !(head[2] === 3 && head[3] === 4))
        return undefined;
    const length = head[26] | (head[27] << 8);
    const visible = head.subarray(30, Math.min(head.length, 30 + length));
    return { name: new TextDecoder().decode(visible), truncated: visible.length < length };
}
function looksLikeTorchRecord(name, truncated) {
    const slash = name.indexOf('/');
    if (slash <= 0)
        return false;
    const record = name.slice(slash + 1);
    return TORCH_RECORDS.some((known) => (known.endsWith('/') ? record.startsWith(known) : record === known) || (truncated && known.startsWith(record)));
}
const pytorchZipReader = {
    format: 'pytorch',
    matchesName: hasPytorchExtension,
    sniff(candidate) {
        if (!looksLikeZip(candidate.head))
            return false;
        const first = firstRecordName(candidate.head);
        if (!first)
            return false;
        if (looksLikeTorchRecord(first.name, first.truncated))
            return true;
        // A long archive folder name can push even the slash past the sniff window: claimed for the
        // names only torch uses; read() then checks for data.pkl and says clearly what else it is.
        return first.truncated && !first.name.includes('/') && /\.(pt|pth)$/i.test(candidate.path);
    },
    async read(path, files) {
        const source = await files.open(path);
        try {
            return await readTorchZip(path, source.size, await openZip(source));
        }
        finally {
            await source.close();
        }
    }
};
/** `archive/data.pkl` → `archive/`: the folder with the shortest path holding a data.pkl. */
function archivePrefix(archive) {
    let best;
    for (const entry of archive.entries) {
        if (entry.name !== 'data.pkl' && !entry.name.endsWith('/data.pkl'))
            continue;
        const prefix = entry.name.slice(0, entry.name.length - 'data.pkl'.length);
        if (best === undefined || prefix.length < best.length)
            best = prefix;
    }
    return best;
}
async function readSmallText(archive, entry) {
    if (!entry || entry.uncompressedSize > 64)
        return undefined;
    return new TextDecoder().decode(await archive.readEntry(entry, 64)).trim();
}
async function readTorchZip(path, fileSize, archive) {
    const prefix = archivePrefix(archive);
    if (prefix === undefined) {
        throw new UnsupportedFormatError(path, 'a zip archive without a data.pkl record, so not a torch.save or TorchScript file', 'PyTorch checkpoints saved with torch.save hold <folder>/data.pkl; other zips (.keras, .npz) are read by their own readers.');
    }
    // One lookup table for the whole archive: a large checkpoint has one record per storage.
    const byName = new Map(archive.entries.map((entry) => [entry.name, entry]));
    const record = (name) => byName.get(prefix + name);
    const torchscript = archive.entries.some((e) => e.name.startsWith(prefix + 'code/')) || record('constants.pkl') !== undefined;
    const warnings = [];
    const byteorder = await readSmallText(archive, record('byteorder'));
    if (byteorder === 'big')
        warnings.push('storages are big-endian (byteorder record); sizes are unaffected');
    const version = await readSmallText(archive, record('.data/version') ?? record('version'));
    const storages = new Map();
    const unpickleRecord = async (name, dataDir) => {
        const entry = record(name);
        if (!entry)
            return undefined;
        const bytes = await archive.readEntry(entry, MAX_PICKLE_BYTES);
        return unpickle(bytes, {
            file: path,
            globals: GLOBALS,
            allowedModulePrefixes: torchscript ? TORCHSCRIPT_MODULE_PREFIXES : [],
            persistentLoad: (pid) => {
                const storage = zipStorage(pid, dataDir);
                const known = storages.get(storage.key);
                if (known)
                    return known;
                storages.set(storage.key, storage);
                return storage;
            }
        }).value;
    };
    const root = await unpickleRecord('data.pkl', 'data/');
    let found = findTensors(root, path);
    if (torchscript) {
        // TorchScript constants (tensors baked into the code) live in their own pickle, with their
        // storages under `constants/` (`pytorch/pytorch:torch/csrc/jit/serialization/export_module.cpp`,
        // ScriptModuleSerializer::serialize: writeArchive(constants, "constants", "", "constants/")).
        // `traced_inputs.pkl` is written without tensor data and is left as metadata.
        const constants = await unpickleRecord('constants.pkl', 'constants/');
        found = found.concat(findTensors(constants, path).map((f) => ({ tensor: f.tensor, path: [{ key: 'constants', via: 'item' }, ...f.path] })));
    }
    const classification = torchscript ? classifyTorchScript(found) : classifyTorchSave(root, found);
    const spans = new Map();
    const located = [];
    for (const storage of storages.values()) {
        const entry = record(storage.key);
        if (!entry) {
            throw new FormatError(path, `the pickle refers to storage '${storage.key}', but the archive has no record '${prefix}${storage.key}'`, {
                fix: 'The archive is incomplete; re-save it.'
            });
        }
        located.push([storage, entry]);
        const expected = storage.numel * (STORAGE_ELEMENT_BYTES[storage.dtype] ?? 1);
        if (entry.uncompressedSize !== expected && warnings.length < MAX_SIZE_WARNINGS) {
            warnings.push(`storage '${entry.name}' holds ${entry.uncompressedSize} bytes, not the ${expected} its ${storage.numel} ${storage.dtype} elements need; the record's size is counted`);
        }
    }
    // Each payload starts after its local header's variable-length padding (zip.ts derives the
    // offsets from the directory and confirms them on a sample of local headers).
    const starts = await archive.dataStarts(located.map(([, entry]) => entry));
    located.forEach(([storage, entry], i) => {
        spans.set(storage.key, { offset: starts[i], byteLength: entry.compressedSize, storageKey: `${path}:${entry.name}` });
    });
    const { tensors, explanations } = tensorInfos(path, classification, (key) => spans.get(key));
    if (torchscript)
        explanations.push(torchScriptCodeLine(archive, prefix));
    if (version !== undefined && !/^\d+$/.test(version))
        warnings.push(`unexpected archive version record '${version}'`);
    return {
        format: torchscript ? 'torchscript' : 'pytorch',
        name: path,
        files: [{ path, role: 'data', bytes: fileSize, present: true }],
        tensors,
        classifiedBy: classification.classifiedBy,
        warnings,
        explanations,
        categoryNotes: classification.categoryNotes
    };
}
const GLOBALS = torchGlobals();
/** Size-mismatch warnings listed before the rest are left out (a corrupt file would have one per storage). */
const MAX_SIZE_WARNINGS = 5;
/** The storage a persistent id names, found at `<dataDir><key>`: keys are plain record names. */
function zipStorage(pid, dataDir) {
    return persistentStorage(pid, (key) => {
        if (!/^[\w.-]+$/.test(key))
            throw new Error('storage key is not a plain name');
        return dataDir + key;
    });
}
function torchScriptCodeLine(archive, prefix) {
    let code = 0;
    let codeFiles = 0;
    let debug = 0;
    let onDisk = 0;
    for (const entry of archive.entries) {
        if (!entry.name.startsWith(prefix + 'code/'))
            continue;
        onDisk += entry.compressedSize;
        if (entry.name.endsWith('.debug_pkl'))
            debug += entry.uncompressedSize;
        else {
            code += entry.uncompressedSize;
            codeFiles++;
        }
    }
    return (`TorchScript archive: ${codeFiles} code file(s), ${formatBytes(code)} of code and ${formatBytes(debug)} of debug info ` +
        `(${formatBytes(onDisk)} on disk, counted as metadata); a plain state_dict carries no code`);
}

;// CONCATENATED MODULE: ./src/formats/pytorch/legacy-reader.ts








/**
 * The legacy (pre-1.6, `_use_new_zipfile_serialization=False`) `torch.save` stream
 * (`pytorch/pytorch:torch/serialization.py` `_legacy_save`; netron's `_legacy_load`):
 * five pickles back to back — the magic number `0x1950a86a20f9469cfc6c`, the protocol version
 * 1001, `sys_info`, the object (storages as persistent ids
 * `("storage", type, root_key, location, numel, view_metadata)`), the sorted list of storage keys —
 * then, for each key in that order, an int64 LE element count and the storage's raw bytes.
 *
 * Read: the pickles (their length is unknown up front, so they are read in growing windows), then
 * one 8-byte count per storage to check it against the pickle; the payload positions follow from
 * the counts, so payloads are skipped, never read.
 */
/** The legacy magic as the first pickle spells it: PROTO n, LONG1 10, the magic's 10 bytes LE. */
const LEGACY_MAGIC_BYTES = [0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];
const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
const LEGACY_PROTOCOL_VERSION = 1001;
/** First window read for the pickles (small: what lies past them is payload); grown ×4 while a pickle runs past it. */
const FIRST_WINDOW = 16 * 1024;
function looksLikeLegacyTorch(head) {
    return head.length >= 14 && head[0] === 0x80 && LEGACY_MAGIC_BYTES.every((byte, i) => head[2 + i] === byte);
}
/**
 * The oldest torch.save format (early PyTorch, 0.1.x) is a tar archive of `sys_info`, `pickle`,
 * `storages` and `tensors` members (netron's `legacy_load`, `lutzroeder/netron:source/python.js`);
 * a tar header starts with the first member's NUL-terminated name.
 */
const TAR_MEMBERS = ['sys_info', 'pickle', 'storages', 'tensors'];
function looksLikeTorchTar(head) {
    return TAR_MEMBERS.some((name) => head.length > name.length && head[name.length] === 0 && new TextDecoder().decode(head.subarray(0, name.length)) === name);
}
const pytorchLegacyReader = {
    format: 'pytorch-legacy',
    matchesName: hasPytorchExtension,
    sniff: (candidate) => looksLikeLegacyTorch(candidate.head) || looksLikeTorchTar(candidate.head),
    async read(path, files) {
        const source = await files.open(path);
        try {
            if (looksLikeTorchTar(await source.read(0, Math.min(source.size, 16)))) {
                throw new UnsupportedFormatError(path, 'the tar-based torch.save format of early PyTorch (0.1.x; members sys_info, pickle, storages, tensors), which is not read', 'Load it with an old torch and save it again (torch.save writes a zip archive since 1.6), or convert it to safetensors.');
            }
            return await readLegacy(path, source);
        }
        finally {
            await source.close();
        }
    }
};
const legacy_reader_GLOBALS = torchGlobals();
async function readLegacy(path, source) {
    const pickles = await readPickles(path, source);
    const { root, keys, storages } = pickles;
    if (keys.length > MAX_TENSORS)
        throw new LimitExceededError(path, 'the number of storages', keys.length, MAX_TENSORS);
    // Walk the storage records: count (int64 LE), then count × element size bytes.
    const spans = new Map();
    let position = pickles.storagesStart;
    for (const key of keys) {
        const storage = storages.get(key);
        if (!storage)
            throw new FormatError(path, `storage '${key}' is listed but no tensor refers to it`, { offset: position });
        const header = await source.read(position, 8);
        // Always little-endian, whatever the writer's byte order (`pytorch/pytorch:torch/csrc/
        // serialization.cpp` THPStorage_writeFileRaw: "convert big endian cpu to little endian storage").
        const count = new DataView(header.buffer, header.byteOffset, 8).getBigInt64(0, true);
        if (count !== BigInt(storage.numel)) {
            throw new FormatError(path, `storage '${key}' has ${count} elements on disk but ${storage.numel} in the pickle`, {
                offset: position,
                fix: 'The file is corrupted; re-save it.'
            });
        }
        const byteLength = storage.numel * (STORAGE_ELEMENT_BYTES[storage.dtype] ?? 1);
        if (position + 8 + byteLength > source.size) {
            throw new FormatError(path, `storage '${key}' (${byteLength} bytes) extends beyond the end of the file`, {
                offset: position,
                fix: 'The file is truncated; re-save it.'
            });
        }
        spans.set(key, { offset: position + 8, byteLength, storageKey: `${path}:${key}` });
        position += 8 + byteLength;
    }
    // A tensor whose storage the key list leaves out has no bytes on disk to point at.
    for (const key of storages.keys()) {
        if (!spans.has(key)) {
            throw new FormatError(path, `a tensor refers to storage '${key}', but the stream's storage list does not include it`, {
                offset: pickles.storagesStart,
                fix: 'The file is corrupted; re-save it.'
            });
        }
    }
    const found = findTensors(root, path);
    const classification = classifyTorchSave(root, found);
    const { tensors, explanations } = tensorInfos(path, classification, (key) => spans.get(key));
    const warnings = [];
    if (position < source.size)
        warnings.push(`${source.size - position} bytes after the last storage (counted as metadata)`);
    explanations.push('legacy (pre-1.6) torch.save stream; torch.save now writes a zip archive with the same contents');
    return {
        format: 'pytorch-legacy',
        name: path,
        files: [{ path, role: 'data', bytes: source.size, present: true }],
        tensors,
        classifiedBy: classification.classifiedBy,
        warnings,
        explanations,
        categoryNotes: classification.categoryNotes
    };
}
/** Reads the five pickles, growing the window while one runs past its end (never past the pickles by more than the window). */
async function readPickles(path, source) {
    let bytes = await source.read(0, Math.min(FIRST_WINDOW, source.size));
    for (;;) {
        try {
            return parsePickles(path, bytes);
        }
        catch (error) {
            if (!(error instanceof PickleTruncatedError) || bytes.length >= source.size)
                throw error;
            if (bytes.length >= MAX_PICKLE_BYTES)
                throw new LimitExceededError(path, 'the size of the legacy pickles', bytes.length, MAX_PICKLE_BYTES);
            const more = await source.read(bytes.length, Math.min(bytes.length * 3, source.size - bytes.length));
            const grown = new Uint8Array(bytes.length + more.length);
            grown.set(bytes);
            grown.set(more, bytes.length);
            bytes = grown;
        }
    }
}
function parsePickles(path, bytes) {
    let offset = 0;
    const next = (options = {}) => {
        const result = unpickle(bytes.subarray(offset), {
            file: path,
            baseOffset: offset,
            globals: legacy_reader_GLOBALS,
            persistentLoad: options.persistent
        });
        offset += result.end;
        return result.value;
    };
    const magic = next();
    if (magic !== LEGACY_MAGIC)
        throw new FormatError(path, 'not a legacy torch.save stream (wrong magic number)', { offset: 0 });
    const protocol = next();
    if (protocol !== LEGACY_PROTOCOL_VERSION) {
        throw new FormatError(path, `legacy torch.save protocol ${String(protocol)}, expected ${LEGACY_PROTOCOL_VERSION}`, { offset });
    }
    next(); // sys_info: protocol version, byte order, type sizes; storage sizes do not depend on it
    const storages = new Map();
    const root = next({
        persistent: (pid) => {
            if (Array.isArray(pid) && pid[0] === 'module')
                return null; // whole-module source record; its class was checked
            const storage = persistentStorage(pid, (key) => key);
            const known = storages.get(storage.key);
            if (known)
                return known;
            storages.set(storage.key, storage);
            return storage;
        }
    });
    const keys = next();
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) {
        throw new FormatError(path, 'the legacy storage-key list is not a list of strings', { offset });
    }
    return { root, keys: keys, storages, storagesStart: offset };
}

;// CONCATENATED MODULE: ./src/formats/pytorch/index.ts



;// CONCATENATED MODULE: ./src/core/rules/generic.ts
/**
 * Name rules for checkpoints that carry nothing but tensor names (safetensors, and any format
 * whose structure says nothing about the role of a tensor). Names follow PyTorch's state-dict
 * conventions (`layer.0.attention.weight`, `bn.running_mean`), which nearly every safetensors
 * writer (transformers, diffusers, timm, accelerate, tinygrad) reuses.
 *
 * Only names that say something are listed; the first match wins, so optimizer prefixes come
 * before the buffer and counter suffixes they may contain (`optimizer.state.0.step` is optimizer
 * state, not a training-loop counter).
 */
const GENERIC_RULES = [
    // --- optimizer state ---
    {
        pattern: /^(optimizer|optim|optimizers|optimizer_states?|opt_state)([./]|$)/,
        category: 'optimizer',
        reason: 'under an optimizer prefix'
    },
    {
        // torch.optim state keys: Adam/AdamW m and v (and AMSGrad's max), SGD momentum, RMSprop,
        // Adadelta, Adamax.
        pattern: /(^|[./])(exp_avg|exp_avg_sq|max_exp_avg_sq|momentum_buffer|square_avg|acc_delta|exp_inf)$/,
        category: 'optimizer',
        reason: 'torch.optim state (Adam m/v, momentum, RMSprop averages)'
    },
    {
        // TF/JAX-style slot names carried over by converted checkpoints (BERT's adam_m / adam_v).
        pattern: /(^|[./_])(adam_m|adam_v|momentum|accumulator|ftrl_linear)$/,
        category: 'optimizer',
        reason: 'optimizer slot (adam_m/adam_v, momentum, accumulator)'
    },
    // --- training-loop bookkeeping ---
    {
        pattern: /^(global_step|step|steps|epoch|epochs|iteration|iterations|num_updates|samples_seen)$/,
        category: 'bookkeeping',
        reason: 'training-loop counter'
    },
    {
        pattern: /(^|[./])(rng_state|random_state|torch_rng_state|cuda_rng_state)$/,
        category: 'bookkeeping',
        reason: 'random-number-generator state'
    },
    // --- buffers: non-trainable model state ---
    {
        pattern: /(^|[./])(running_mean|running_var|num_batches_tracked)$/,
        category: 'buffers',
        reason: 'batch-norm running statistics (nn.Module buffer)'
    },
    {
        // transformers registers these as buffers: position and token-type id ranges, rotary
        // frequencies, GPT-2's causal-mask scalar.
        pattern: /(^|[./])(position_ids|token_type_ids|inv_freq|masked_bias)$/,
        category: 'buffers',
        reason: 'registered buffer (position ids, rotary frequencies)'
    },
    {
        pattern: /(^|[./])(ema|ema_model|model_ema|ema_state_dict|shadow_params)([./]|$)/,
        category: 'buffers',
        reason: 'exponential moving average (EMA) shadow of the weights'
    }
];

;// CONCATENATED MODULE: ./src/formats/safetensors/header.ts



/**
 * The safetensors layout (`huggingface/safetensors:safetensors/src/tensor.rs`, FORMATS.md §5):
 *
 *   u64 LE  N         header length
 *   byte[N] header    UTF-8 JSON; writers pad it with spaces to a multiple of 8
 *   byte[]  data      tensor bytes; `data_offsets` are relative to byte 8 + N
 *
 * Only the 8 bytes and the header are read.
 */
/** safetensors dtype strings (`Dtype` in tensor.rs) to canonical dtype names. */
const SAFETENSORS_DTYPES = {
    BOOL: 'bool',
    F4: 'float4_e2m1',
    F6_E2M3: 'float6_e2m3',
    F6_E3M2: 'float6_e3m2',
    U8: 'uint8',
    I8: 'int8',
    F8_E5M2: 'float8_e5m2',
    F8_E4M3: 'float8_e4m3fn',
    F8_E8M0: 'float8_e8m0',
    F8_E4M3FNUZ: 'float8_e4m3fnuz',
    F8_E5M2FNUZ: 'float8_e5m2fnuz',
    I16: 'int16',
    U16: 'uint16',
    F16: 'float16',
    BF16: 'bfloat16',
    I32: 'int32',
    U32: 'uint32',
    F32: 'float32',
    C64: 'complex64',
    F64: 'float64',
    I64: 'int64',
    U64: 'uint64'
};
const LENGTH_BYTES = 8;
/** Reads and validates the header of one safetensors file: every span inside the file, sized by dtype × shape. */
async function readSafetensorsHeader(source) {
    const file = source.name;
    if (source.size < LENGTH_BYTES) {
        throw new FormatError(file, `a safetensors file starts with an 8-byte header length, but the file has ${source.size} bytes`, {
            fix: 'The file is truncated or empty.'
        });
    }
    const lengthBytes = await source.read(0, LENGTH_BYTES);
    const headerLength = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, LENGTH_BYTES).getBigUint64(0, true);
    // The limit is checked before anything is allocated: a header claiming 2^63 bytes is refused here.
    if (headerLength > BigInt(MAX_SAFETENSORS_HEADER_BYTES)) {
        throw new LimitExceededError(file, 'the safetensors header length', headerLength, MAX_SAFETENSORS_HEADER_BYTES);
    }
    const n = Number(headerLength);
    const dataStart = LENGTH_BYTES + n;
    if (dataStart > source.size) {
        throw new FormatError(file, `the header claims ${n} bytes but the file has only ${source.size - LENGTH_BYTES} after the length`, {
            offset: 0,
            fix: 'The file is truncated (an interrupted download or a Git LFS pointer?).'
        });
    }
    const text = decodeHeader(file, await source.read(LENGTH_BYTES, n));
    let json;
    try {
        // Trailing spaces (the writers' padding to a multiple of 8) are JSON whitespace.
        json = JSON.parse(text);
    }
    catch (error) {
        throw new FormatError(file, `the header is not valid JSON (${error.message})`, { offset: LENGTH_BYTES });
    }
    if (!isObject(json))
        throw new FormatError(file, 'the header is not a JSON object', { offset: LENGTH_BYTES });
    const entries = [];
    const warnings = [];
    const names = Object.keys(json);
    if (names.length > MAX_TENSORS)
        throw new LimitExceededError(file, 'the number of safetensors entries', names.length, MAX_TENSORS);
    for (const name of names) {
        // `__metadata__` is a free-form string map, not a tensor; its bytes are header (metadata).
        if (name === '__metadata__')
            continue;
        entries.push(parseEntry(file, name, json[name], dataStart, source.size, warnings));
    }
    checkNoOverlap(file, entries, dataStart);
    const lastEnd = entries.reduce((end, entry) => Math.max(end, entry.offset + entry.byteLength), dataStart);
    if (lastEnd < source.size) {
        // The reference reader refuses this (MetadataIncompleteBuffer); the bytes are still counted, as metadata.
        warnings.push(`${source.size - lastEnd} bytes after the last tensor are not described by the header`);
    }
    return { dataStart, hasMetadata: '__metadata__' in json, entries, warnings };
}
function parseEntry(file, name, value, dataStart, fileSize, warnings) {
    const invalid = (what, fix) => new FormatError(file, `tensor '${name}' ${what}`, { fix: fix ?? 'The header is malformed; re-save the file.' });
    if (!isObject(value))
        throw invalid('is not a JSON object with dtype, shape and data_offsets');
    const { dtype, shape, data_offsets: offsets } = value;
    if (typeof dtype !== 'string')
        throw invalid('has no dtype string');
    if (!Array.isArray(shape) || shape.length > MAX_DIMS || !shape.every(isSize)) {
        throw invalid(`has an invalid shape ${JSON.stringify(shape)?.slice(0, 100)} (at most ${MAX_DIMS} non-negative integers)`);
    }
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isSize) || offsets[0] > offsets[1]) {
        throw invalid(`has invalid data_offsets ${JSON.stringify(offsets)?.slice(0, 100)} (expected [begin, end] with begin <= end)`);
    }
    const [begin, end] = offsets;
    if (dataStart + end > fileSize) {
        throw invalid(`declares data_offsets [${begin}, ${end}], ending at byte ${dataStart + end} of the file, beyond its ${fileSize} bytes`, 'The file is truncated (an interrupted download?) or its header does not match its data.');
    }
    const canonical = SAFETENSORS_DTYPES[dtype];
    const byteLength = end - begin;
    if (canonical === undefined) {
        warnings.push(`tensor '${name}' has dtype '${dtype}', unknown to this version; its size is taken from data_offsets`);
    }
    else {
        const expected = denseBytes(canonical, shape);
        if (expected !== undefined && expected !== byteLength) {
            throw invalid(`declares ${byteLength} bytes (data_offsets [${begin}, ${end}]) but ${dtype}[${shape.join(', ')}] needs ${expected}`);
        }
    }
    return { name, dtype: canonical ?? dtype.toLowerCase(), shape: shape, offset: dataStart + begin, byteLength };
}
/** Overlapping payloads would count bytes twice: the reference reader requires contiguous entries. */
function checkNoOverlap(file, entries, dataStart) {
    const sorted = [...entries].sort((a, b) => a.offset - b.offset || a.byteLength - b.byteLength);
    for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1];
        const current = sorted[i];
        if (current.offset < previous.offset + previous.byteLength) {
            throw new FormatError(file, `tensors '${previous.name}' and '${current.name}' overlap (data_offsets ${previous.offset - dataStart}..${previous.offset - dataStart + previous.byteLength} and ${current.offset - dataStart}..${current.offset - dataStart + current.byteLength})`, { fix: 'The header is malformed; re-save the file.' });
        }
    }
}
function decodeHeader(file, bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new FormatError(file, 'the header is not valid UTF-8', { offset: LENGTH_BYTES });
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isSize(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

;// CONCATENATED MODULE: ./src/formats/safetensors/index.ts







/**
 * safetensors, single file (`model.safetensors`) and sharded (`model.safetensors.index.json` +
 * `model-0000K-of-0000N.safetensors`). FORMATS.md §5.
 *
 * Classification (`classifiedBy: 'name-rules'`): a safetensors file carries names, dtypes and
 * shapes and nothing else, so names are the only source. Every tensor goes through the generic
 * name table (src/core/rules/generic.ts): optimizer state, counters and buffers are recognised
 * by their names. A tensor no rule marks is a weight: that is the format's convention, not a
 * guess — safetensors exists to ship model parameters (`save_file(model.state_dict())`,
 * `save_model`), and HF/accelerate write optimizer state to separate `optimizer.pt`/`.bin` files.
 * Reporting those as `unclassified` would flag every ordinary model; the reason on each such
 * tensor says which convention decided it.
 */
const WEIGHT_BY_CONVENTION = 'safetensors holds model parameters; no name rule marks this tensor as optimizer state, a buffer or a counter';
function classify(name) {
    const rule = matchNameRule(name, GENERIC_RULES);
    return rule ? { category: rule.category, reason: rule.reason } : { category: 'weights', reason: WEIGHT_BY_CONVENTION };
}
function safetensors_toTensor(entry, file) {
    return { name: entry.name, dtype: entry.dtype, shape: entry.shape, file, offset: entry.offset, byteLength: entry.byteLength, ...classify(entry.name) };
}
async function readShard(path, files) {
    const source = await files.open(path);
    try {
        const header = await readSafetensorsHeader(source);
        return {
            tensors: header.entries.map((entry) => safetensors_toTensor(entry, path)),
            size: source.size,
            headerBytes: header.dataStart,
            hasMetadata: header.hasMetadata,
            warnings: header.warnings.map((warning) => `${basename(path)}: ${warning}`)
        };
    }
    finally {
        await source.close();
    }
}
const SAFETENSORS_NAME = /\.safetensors$/i;
const INDEX_NAME = /\.safetensors\.index\.json$/i;
/** A single `.safetensors` file (a shard claimed by its index is read through the index instead). */
const safetensorsReader = {
    format: 'safetensors',
    matchesName: (path) => SAFETENSORS_NAME.test(path),
    /**
     * By content: a u64 header length that fits the limit, then `{` (as netron's
     * `safetensors.js`). A `.safetensors` name is enough on its own, so that a broken file (empty,
     * or a header claiming 2^63 bytes) gets the reader's precise error instead of "unrecognised".
     */
    sniff(candidate) {
        const head = candidate.head;
        // A Git LFS pointer is left to the pipeline, which reports it as one.
        if (looksLikeLfsPointer(head))
            return false;
        if (SAFETENSORS_NAME.test(candidate.path))
            return true;
        if (head.length < 9 || head[8] !== 0x7b)
            return false;
        const length = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
        return length <= BigInt(MAX_SAFETENSORS_HEADER_BYTES) && 8 + Number(length) <= candidate.size;
    },
    async read(path, files) {
        const shard = await readShard(path, files);
        return {
            format: 'safetensors',
            name: path,
            files: [{ path, role: 'data', bytes: shard.size, present: true }],
            tensors: shard.tensors,
            classifiedBy: 'name-rules',
            warnings: shard.warnings,
            categoryNotes: {
                metadata: `8-byte length and JSON header${shard.hasMetadata ? ' with __metadata__' : ''} (${formatBytes(shard.headerBytes)})`
            }
        };
    }
};
/**
 * A sharded checkpoint, read from its `*.safetensors.index.json`: `{"metadata": {"total_size": N},
 * "weight_map": {"<tensor>": "<shard file>"}}` (transformers' convention). The index claims every
 * shard it names, so shards are not reported again one by one, and the checkpoint is named after
 * the index without `.index.json`: the same id as an unsharded `model.safetensors`, so a model
 * that grows past the shard size still matches its baseline.
 */
const safetensorsIndexReader = {
    format: 'safetensors',
    matchesName: (path) => INDEX_NAME.test(path),
    sniff(candidate) {
        if (!INDEX_NAME.test(candidate.path))
            return false;
        const text = new TextDecoder().decode(candidate.head).trimStart();
        return text.startsWith('{');
    },
    async read(path, files) {
        const index = await readIndex(path, files);
        const dir = dirname(path);
        const checkpointFiles = [{ path, role: 'index', bytes: index.bytes, present: true }];
        const tensors = [];
        const warnings = [];
        const absent = [];
        let headerBytes = 0;
        let shardsRead = 0;
        for (const [shardName, names] of index.shards) {
            const shardPath = joinPath(dir, shardName);
            if ((await files.size(shardPath)) === undefined) {
                absent.push({ path: shardPath, names });
                continue;
            }
            const shard = await readShard(shardPath, files);
            checkpointFiles.push({ path: shardPath, role: 'data', bytes: shard.size, present: true });
            headerBytes += shard.headerBytes;
            shardsRead++;
            tensors.push(...shard.tensors);
            warnings.push(...shard.warnings);
            const found = new Set(shard.tensors.map((tensor) => tensor.name));
            const missing = names.filter((name) => !found.has(name));
            if (missing.length > 0) {
                warnings.push(`${shardName}: ${missing.length} tensor(s) the index places here are not in its header (${listSome(missing)})`);
            }
        }
        if (absent.length > 0) {
            const presentPayload = tensors.reduce((sum, tensor) => sum + tensor.byteLength, 0);
            const described = describeAbsentShards(absent, index.totalSize, presentPayload);
            for (const shard of described) {
                checkpointFiles.push({ path: shard.path, role: 'data', bytes: shard.bytes, present: false });
                if (shard.bytes > 0)
                    tensors.push(shard.placeholder);
            }
            warnings.push(absentShardsWarning(described, index.totalSize));
        }
        return {
            format: 'safetensors',
            name: path.replace(/\.index\.json$/i, ''),
            files: checkpointFiles,
            tensors,
            classifiedBy: 'name-rules',
            warnings,
            categoryNotes: {
                metadata: `shard index JSON (${formatBytes(index.bytes)}) and ${shardsRead} shard header${shardsRead === 1 ? '' : 's'} (${formatBytes(headerBytes)})`
            }
        };
    }
};
async function readIndex(path, files) {
    const source = await files.open(path);
    let text;
    try {
        if (source.size > MAX_SAFETENSORS_INDEX_BYTES) {
            throw new LimitExceededError(path, 'the size of the shard index', source.size, MAX_SAFETENSORS_INDEX_BYTES);
        }
        text = new TextDecoder().decode(await source.read(0, source.size));
    }
    finally {
        await source.close();
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new FormatError(path, `the shard index is not valid JSON (${error.message})`);
    }
    const weightMap = json?.weight_map;
    if (typeof weightMap !== 'object' || weightMap === null || Array.isArray(weightMap)) {
        throw new FormatError(path, 'the shard index has no "weight_map" object', {
            fix: 'A safetensors index maps each tensor name to its shard file: {"weight_map": {"name": "model-00001-of-00002.safetensors"}}.'
        });
    }
    const shards = new Map();
    for (const [name, shard] of Object.entries(weightMap)) {
        if (typeof shard !== 'string' || !isPlainRelativePath(shard)) {
            throw new FormatError(path, `the index places '${name}' in ${JSON.stringify(shard)}, which is not a file next to the index`, {
                fix: 'Shard names must be relative paths inside the checkpoint directory; no shard was opened.'
            });
        }
        const list = shards.get(shard) ?? [];
        list.push(name);
        shards.set(shard, list);
    }
    const totalSize = json.metadata?.total_size;
    return {
        bytes: source.size,
        shards,
        totalSize: typeof totalSize === 'number' && Number.isSafeInteger(totalSize) && totalSize >= 0 ? totalSize : undefined
    };
}
/** No absolute paths and no `..`: an index must not make us open files outside its checkpoint. */
function isPlainRelativePath(name) {
    if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\'))
        return false;
    return !name.split('/').some((segment) => segment === '..' || segment === '');
}
/**
 * An absent shard's size is what the index describes: `total_size` (the sum of all tensor
 * payloads) minus the payloads of the shards present, shared among the absent shards by their
 * number of tensors. Each absent shard gets one placeholder tensor of that size, in the category
 * most of its tensor names get, so a missing download does not turn weights into metadata.
 */
function describeAbsentShards(absent, totalSize, presentPayload) {
    const remaining = totalSize === undefined ? 0 : Math.max(0, totalSize - presentPayload);
    const tensorCount = absent.reduce((sum, shard) => sum + shard.names.length, 0);
    let assigned = 0;
    return absent.map((shard, i) => {
        const bytes = i === absent.length - 1 ? remaining - assigned : Math.floor((remaining * shard.names.length) / Math.max(1, tensorCount));
        assigned += bytes;
        const categories = new Map();
        for (const name of shard.names) {
            const { category } = classify(name);
            categories.set(category, (categories.get(category) ?? 0) + 1);
        }
        const category = [...categories].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'weights';
        const placeholder = {
            name: `${basename(shard.path)} (absent shard: ${shard.names.length} tensors)`,
            dtype: 'unknown',
            // The shapes are in the absent shard's header: the parameter count cannot include them.
            shape: [0],
            file: shard.path,
            offset: 0,
            byteLength: bytes,
            category,
            reason: 'size described by the shard index (metadata.total_size); the shard itself is absent'
        };
        return { ...shard, bytes, placeholder };
    });
}
function absentShardsWarning(shards, totalSize) {
    const names = listSome(shards.map((shard) => basename(shard.path)));
    if (totalSize === undefined) {
        return `${shards.length} shard(s) named by the index are absent (${names}) and the index gives no total_size, so their size is unknown and not counted`;
    }
    const bytes = shards.reduce((sum, shard) => sum + shard.bytes, 0);
    return `${shards.length} shard(s) named by the index are absent (${names}); their tensor bytes (${bytes}) are estimated from the index's total_size, their headers are not counted`;
}
function listSome(names, count = 3) {
    return names.length <= count ? names.join(', ') : `${names.slice(0, count).join(', ')}, and ${names.length - count} more`;
}

// EXTERNAL MODULE: ./node_modules/protobufjs/light.js
var light = __nccwpck_require__(365);
var light_default = /*#__PURE__*/__nccwpck_require__.n(light);
;// CONCATENATED MODULE: ./src/formats/tensorflow/proto/descriptor.generated.ts
// Generated by scripts/generate-tf-protos.ts from the .proto files in this folder. Do not edit.
// protobufjs JSON descriptor of the TensorFlow messages the readers decode (see README.md).
const TF_PROTO_DESCRIPTOR = {
    "nested": {
        "tensorflow": {
            "nested": {
                "VersionDef": {
                    "fields": {
                        "producer": {
                            "type": "int32",
                            "id": 1
                        },
                        "min_consumer": {
                            "type": "int32",
                            "id": 2
                        },
                        "bad_consumers": {
                            "rule": "repeated",
                            "type": "int32",
                            "id": 3
                        }
                    }
                },
                "TensorShapeProto": {
                    "fields": {
                        "dim": {
                            "rule": "repeated",
                            "type": "Dim",
                            "id": 2
                        },
                        "unknown_rank": {
                            "type": "bool",
                            "id": 3
                        }
                    },
                    "nested": {
                        "Dim": {
                            "fields": {
                                "size": {
                                    "type": "int64",
                                    "id": 1
                                },
                                "name": {
                                    "type": "string",
                                    "id": 2
                                }
                            }
                        }
                    }
                },
                "TensorSliceProto": {
                    "fields": {
                        "extent": {
                            "rule": "repeated",
                            "type": "Extent",
                            "id": 1
                        }
                    },
                    "nested": {
                        "Extent": {
                            "oneofs": {
                                "has_length": {
                                    "oneof": [
                                        "length"
                                    ]
                                }
                            },
                            "fields": {
                                "start": {
                                    "type": "int64",
                                    "id": 1
                                },
                                "length": {
                                    "type": "int64",
                                    "id": 2
                                }
                            }
                        }
                    }
                },
                "BundleHeaderProto": {
                    "fields": {
                        "num_shards": {
                            "type": "int32",
                            "id": 1
                        },
                        "endianness": {
                            "type": "Endianness",
                            "id": 2
                        },
                        "version": {
                            "type": "VersionDef",
                            "id": 3
                        }
                    },
                    "nested": {
                        "Endianness": {
                            "values": {
                                "LITTLE": 0,
                                "BIG": 1
                            }
                        }
                    }
                },
                "BundleEntryProto": {
                    "fields": {
                        "dtype": {
                            "type": "int32",
                            "id": 1
                        },
                        "shape": {
                            "type": "TensorShapeProto",
                            "id": 2
                        },
                        "shard_id": {
                            "type": "int32",
                            "id": 3
                        },
                        "offset": {
                            "type": "int64",
                            "id": 4
                        },
                        "size": {
                            "type": "int64",
                            "id": 5
                        },
                        "crc32c": {
                            "type": "fixed32",
                            "id": 6
                        },
                        "slices": {
                            "rule": "repeated",
                            "type": "TensorSliceProto",
                            "id": 7
                        }
                    }
                },
                "TrackableObjectGraph": {
                    "fields": {
                        "nodes": {
                            "rule": "repeated",
                            "type": "TrackableObject",
                            "id": 1
                        }
                    },
                    "nested": {
                        "TrackableObject": {
                            "fields": {
                                "children": {
                                    "rule": "repeated",
                                    "type": "ObjectReference",
                                    "id": 1
                                },
                                "attributes": {
                                    "rule": "repeated",
                                    "type": "SerializedTensor",
                                    "id": 2
                                },
                                "slot_variables": {
                                    "rule": "repeated",
                                    "type": "SlotVariableReference",
                                    "id": 3
                                }
                            },
                            "nested": {
                                "ObjectReference": {
                                    "fields": {
                                        "node_id": {
                                            "type": "int32",
                                            "id": 1
                                        },
                                        "local_name": {
                                            "type": "string",
                                            "id": 2
                                        }
                                    }
                                },
                                "SerializedTensor": {
                                    "fields": {
                                        "name": {
                                            "type": "string",
                                            "id": 1
                                        },
                                        "full_name": {
                                            "type": "string",
                                            "id": 2
                                        },
                                        "checkpoint_key": {
                                            "type": "string",
                                            "id": 3
                                        },
                                        "optional_restore": {
                                            "type": "bool",
                                            "id": 4
                                        }
                                    }
                                },
                                "SlotVariableReference": {
                                    "fields": {
                                        "original_variable_node_id": {
                                            "type": "int32",
                                            "id": 1
                                        },
                                        "slot_name": {
                                            "type": "string",
                                            "id": 2
                                        },
                                        "slot_variable_node_id": {
                                            "type": "int32",
                                            "id": 3
                                        }
                                    }
                                }
                            }
                        }
                    }
                },
                "MetaGraphDef": {
                    "fields": {
                        "collection_def": {
                            "keyType": "string",
                            "type": "CollectionDef",
                            "id": 4
                        }
                    }
                },
                "CollectionDef": {
                    "oneofs": {
                        "kind": {
                            "oneof": [
                                "node_list",
                                "bytes_list"
                            ]
                        }
                    },
                    "fields": {
                        "node_list": {
                            "type": "NodeList",
                            "id": 1
                        },
                        "bytes_list": {
                            "type": "BytesList",
                            "id": 2
                        }
                    },
                    "nested": {
                        "NodeList": {
                            "fields": {
                                "value": {
                                    "rule": "repeated",
                                    "type": "string",
                                    "id": 1
                                }
                            }
                        },
                        "BytesList": {
                            "fields": {
                                "value": {
                                    "rule": "repeated",
                                    "type": "bytes",
                                    "id": 1
                                }
                            }
                        }
                    }
                },
                "VariableDef": {
                    "fields": {
                        "variable_name": {
                            "type": "string",
                            "id": 1
                        },
                        "save_slice_info_def": {
                            "type": "SaveSliceInfoDef",
                            "id": 4
                        }
                    }
                },
                "SaveSliceInfoDef": {
                    "fields": {
                        "full_name": {
                            "type": "string",
                            "id": 1
                        }
                    }
                },
                "SavedModel": {
                    "fields": {
                        "saved_model_schema_version": {
                            "type": "int64",
                            "id": 1
                        },
                        "meta_graphs": {
                            "rule": "repeated",
                            "type": "MetaGraphDef",
                            "id": 2
                        }
                    }
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/formats/tensorflow/protos.ts



/**
 * The TensorFlow messages the readers decode, loaded with protobufjs from the JSON descriptor
 * generated from ./proto/*.proto (no file is read at run time, so this works inside the bundle).
 */
const root = light_default().Root.fromJSON(TF_PROTO_DESCRIPTOR);
const BundleHeaderProto = root.lookupType('tensorflow.BundleHeaderProto');
const BundleEntryProto = root.lookupType('tensorflow.BundleEntryProto');
const TrackableObjectGraph = root.lookupType('tensorflow.TrackableObjectGraph');
const MetaGraphDef = root.lookupType('tensorflow.MetaGraphDef');
const VariableDef = root.lookupType('tensorflow.VariableDef');
function decode(type, bytes, file, what) {
    try {
        return type.decode(bytes);
    }
    catch (error) {
        throw new FormatError(file, `${what} is not a valid ${type.name} (${error.message})`, {
            fix: 'The file is corrupted or was not written by TensorFlow.'
        });
    }
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
        throw new FormatError(file, `${what} ${number} is larger than 2^53`);
    return number;
}
function decodeBundleHeader(bytes, file) {
    const message = decode(BundleHeaderProto, bytes, file, 'the bundle header (key "")');
    const version = message.version;
    return {
        numShards: message.num_shards ?? 0,
        endianness: message.endianness === 1 ? 'big' : 'little',
        ...(version?.producer !== undefined ? { producer: version.producer } : {})
    };
}
function decodeBundleEntry(bytes, file, key) {
    const message = decode(BundleEntryProto, bytes, file, `the entry of '${key}'`);
    const shape = message.shape;
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
            ...(extent.length !== undefined && extent.length !== null
                ? { length: int64(extent.length, file, `a slice length of '${key}'`) }
                : {})
        })));
    }
    return entry;
}
function decodeTrackableObjectGraph(bytes, file) {
    const message = decode(TrackableObjectGraph, bytes, file, 'the _CHECKPOINTABLE_OBJECT_GRAPH tensor');
    const nodes = (message.nodes ?? []);
    return nodes.map((node) => ({
        children: (node.children ?? []).map((child) => ({
            nodeId: child.node_id ?? 0,
            localName: child.local_name ?? ''
        })),
        attributes: (node.attributes ?? []).map((attribute) => ({
            name: attribute.name ?? '',
            fullName: attribute.full_name ?? '',
            checkpointKey: attribute.checkpoint_key ?? ''
        })),
        slotVariables: (node.slot_variables ?? []).map((slot) => ({
            originalVariableNodeId: slot.original_variable_node_id ?? 0,
            slotName: slot.slot_name ?? '',
            slotVariableNodeId: slot.slot_variable_node_id ?? 0
        }))
    }));
}
/**
 * The names in a collection of serialized VariableDefs (`trainable_variables`, `variables`),
 * as checkpoint keys: "conv1/weights:0" -> "conv1/weights"; a partition -> its full variable.
 */
function decodeVariableCollection(collectionDefs, file, collection) {
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
    const reader = new ProtoReader(window, start, end, what);
    let count = 0;
    for (let field = await reader.next(); field; field = await reader.next()) {
        if (++count > MAX_TF_PROTO_FIELDS) {
            throw new LimitExceededError(window.name, 'the number of top-level protobuf fields', count, MAX_TF_PROTO_FIELDS);
        }
        if (field.wireType === WireType.LEN)
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
            throw new LimitExceededError(window.name, 'the bytes of its collections', MAX_TF_COLLECTION_BYTES - budget.left, MAX_TF_COLLECTION_BYTES);
        }
        // Re-emit the field with its tag so that the concatenation decodes as a MetaGraphDef.
        const head = encodeFieldHead(META_GRAPH_COLLECTION_DEF, field.length);
        chunks.push(head, await window.source.read(field.offset, field.length));
    }
    return chunks;
}
function encodeFieldHead(number, length) {
    const bytes = [];
    for (let value = number * 8 + WireType.LEN;;) {
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
    const chunks = await collectionBytes(new SourceWindow(source), 0, source.size, { left: MAX_TF_COLLECTION_BYTES });
    const names = decodeVariableCollection(concat(chunks), source.name, 'trainable_variables');
    return names ? new Set(names) : undefined;
}
/** The same for a `saved_model.pb`: the union over its meta graphs (they share one variables bundle). */
async function trainableFromSavedModel(source) {
    const budget = { left: MAX_TF_COLLECTION_BYTES };
    let trainable;
    const window = new SourceWindow(source);
    for await (const field of fields(window, 0, source.size, 'SavedModel')) {
        if (field.field !== SAVED_MODEL_META_GRAPHS)
            continue;
        const chunks = await collectionBytes(window, field.offset, field.offset + field.length, budget);
        const names = decodeVariableCollection(concat(chunks), source.name, 'trainable_variables');
        if (!names)
            continue;
        trainable ??= new Set();
        for (const name of names)
            trainable.add(name);
    }
    return trainable;
}

// EXTERNAL MODULE: ./node_modules/snappyjs/index.js
var snappyjs = __nccwpck_require__(528);
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
        throw new FormatError(file, `is ${bytes.length} bytes, shorter than an SSTable footer (${FOOTER_BYTES} bytes)`, {
            fix: 'The file is truncated; re-save the checkpoint or restore the file.'
        });
    }
    if (!hasTableMagic(bytes)) {
        throw new FormatError(file, 'does not end with the SSTable magic number 57 fb 80 8b 24 75 47 db', {
            offset: bytes.length - TABLE_MAGIC.length,
            fix: 'This is not a TensorFlow checkpoint index, or it is truncated.'
        });
    }
    const footerStart = bytes.length - FOOTER_BYTES;
    const footer = new BinaryReader(bytes.subarray(footerStart), file, footerStart);
    const metaindex = readHandle(footer, 'metaindex handle');
    const index = readHandle(footer, 'index handle');
    void metaindex; // TF writes it empty ("TODO(postrelease): Add stats and other meta blocks").
    const indexBlock = readBlock(bytes, index, file, 'index block', footerStart);
    let nextDataStart = 0;
    let blockNumber = 0;
    parseBlock(indexBlock, file, 'index block', (_separator, handleBytes) => {
        const handle = readHandle(new BinaryReader(handleBytes, file), `handle of data block ${blockNumber}`);
        // Data blocks are written back to back; requiring that keeps a hostile index from making us
        // parse one block many times.
        if (handle.offset < nextDataStart) {
            throw new FormatError(file, `data block ${blockNumber} overlaps the previous block`, { offset: handle.offset });
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
        throw new FormatError(file, `${what} (${handle.size} bytes at ${handle.offset}) runs past the end of its table`, {
            offset: handle.offset,
            fix: 'The index is truncated or corrupted; re-save the checkpoint or restore the file.'
        });
    }
    const contents = bytes.subarray(handle.offset, end);
    const type = bytes[end];
    const stored = unmaskCrc(new DataView(bytes.buffer, bytes.byteOffset + end + 1, 4).getUint32(0, true));
    const actual = crc32cExtend(crc32cExtend(0, contents), bytes.subarray(end, end + 1));
    if (stored !== actual) {
        throw new FormatError(file, `${what} fails its CRC32C check (stored ${hex(stored)}, computed ${hex(actual)})`, { offset: handle.offset, fix: 'The index is corrupted; re-save the checkpoint or restore the file from its source.' });
    }
    if (type === NO_COMPRESSION)
        return contents;
    if (type === SNAPPY_COMPRESSION)
        return unsnappy(contents, file, what, handle.offset);
    throw new FormatError(file, `${what} has compression type ${type}; only 0 (none) and 1 (snappy) exist`, {
        offset: end
    });
}
/** Raw snappy (not the framing format), as port::Snappy_Uncompress. Copies may overlap their output. */
function unsnappy(contents, file, what, offset) {
    const declared = new BinaryReader(contents, file, offset).varint(`${what} uncompressed length`);
    if (declared > MAX_TF_BLOCK_BYTES) {
        throw new LimitExceededError(file, `the uncompressed size of ${what}`, declared, MAX_TF_BLOCK_BYTES);
    }
    try {
        // A Uint8Array that is not a Buffer, so snappyjs returns a plain Uint8Array.
        return (0,snappyjs/* uncompress */.k)(new Uint8Array(contents.buffer, contents.byteOffset, contents.length), MAX_TF_BLOCK_BYTES);
    }
    catch (error) {
        throw new FormatError(file, `${what} is not valid snappy data (${error.message})`, { offset });
    }
}
/**
 * Walks the entries of one block (block.cc): each entry is varint32 shared, varint32 non_shared,
 * varint32 value_length, the key's non-shared tail, the value; then u32 restarts[n], u32 n.
 * Keys are rebuilt as bytes (they are byte strings: slice keys hold 0x00 and 0xff).
 */
function parseBlock(block, file, what, visit) {
    if (block.length < 4)
        throw new FormatError(file, `${what} is ${block.length} bytes, too short for its restart count`);
    const view = new DataView(block.buffer, block.byteOffset, block.length);
    const numRestarts = view.getUint32(block.length - 4, true);
    if (numRestarts > (block.length - 4) / 4) {
        throw new FormatError(file, `${what} claims ${numRestarts} restart points, more than fit in its ${block.length} bytes`);
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
        throw new FormatError(file, `${what} has a malformed entry header at block offset ${p}`);
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
            throw new FormatError(file, `${what} has a corrupt entry at block offset ${entryStart}`, {
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
/** Parses the whole `.index` file. */
function parseBundleIndex(bytes, file) {
    let header;
    const tensors = [];
    const partitioned = new Map();
    readTable(bytes, file, (key, value) => {
        if (key.length === 0) {
            header = decodeBundleHeader(value, file);
            return;
        }
        if (header === undefined) {
            throw new FormatError(file, 'has no bundle header: the empty key "" must be the first entry', {
                fix: 'This is not a V2 tensor bundle index (a V1 checkpoint or another SSTable?).'
            });
        }
        if (tensors.length + partitioned.size >= MAX_TENSORS) {
            throw new LimitExceededError(file, 'the number of tensors', tensors.length + partitioned.size + 1, MAX_TENSORS);
        }
        if (key[0] === 0) {
            // A slice of a partitioned variable: OrderedCode key (FORMATS.md §1.4).
            const slice = decodeSliceKey(key, file);
            const tensor = decodeBundleEntry(value, file, slice.variable);
            tensor.name = `${slice.variable}[${slice.spec}]`;
            tensor.variable = slice.variable;
            tensor.slice = slice.extents;
            tensors.push(tensor);
            return;
        }
        const name = bundle_UTF8.decode(key);
        const entry = decodeBundleEntry(value, file, name);
        if (entry.shape.length > MAX_DIMS)
            throw new LimitExceededError(file, `the rank of '${name}'`, entry.shape.length, MAX_DIMS);
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
        throw new FormatError(file, 'is an empty table: it has no bundle header', {
            fix: 'The index is truncated or not a TensorFlow V2 checkpoint index.'
        });
    }
    if (header.numShards < 1 || header.numShards > MAX_TF_SHARDS) {
        throw new FormatError(file, `its header says the bundle has ${header.numShards} data shards`, {
            fix: `A bundle has 1 to ${MAX_TF_SHARDS} shards; the index is corrupted.`
        });
    }
    for (const tensor of tensors) {
        if (tensor.shardId < 0 || tensor.shardId >= header.numShards) {
            throw new FormatError(file, `'${tensor.name}' is in shard ${tensor.shardId}, but the bundle has ${header.numShards} shards`);
        }
        if (tensor.offset < 0 || tensor.size < 0) {
            throw new FormatError(file, `'${tensor.name}' has a negative offset or size`);
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
    const bad = (what) => new FormatError(file, `malformed partitioned-variable key: ${what}`);
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
    if (rank > MAX_DIMS)
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
function classifyVariables(variables, evidence) {
    const decisions = new Map();
    const slots = [];
    if (evidence.objectGraph)
        fromObjectGraph(evidence.objectGraph, variables, decisions, slots);
    if (evidence.trainable)
        fromTrainableCollection(evidence.trainable, variables, decisions);
    fromSlotStructure(variables, decisions, slots);
    for (const variable of variables) {
        if (decisions.has(variable.name))
            continue;
        const rule = matchNameRule(variable.name, TENSORFLOW_NAME_RULES);
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
    const used = new Set([...decisions.values()].map((decision) => decision.by));
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
function fromObjectGraph(nodes, variables, decisions, slots) {
    const byName = new Map(variables.map((variable) => [variable.name, variable]));
    const paths = objectPaths(nodes);
    const keysOf = (id) => (nodes[id]?.attributes ?? []).filter((a) => a.name === VARIABLE_VALUE).map((a) => a.checkpointKey);
    const label = (id) => paths.get(id) ?? `node ${id}`;
    // Optimizers: nodes that own slot variables, or that have an iteration counter of their own.
    const optimizers = new Set();
    nodes.forEach((node, id) => {
        if (node.slotVariables.length > 0 || node.children.some((child) => OPTIMIZER_MARKERS.has(child.localName))) {
            optimizers.add(id);
        }
    });
    const slotNodes = new Set();
    const trained = new Map();
    for (const optimizer of optimizers) {
        for (const ref of nodes[optimizer].slotVariables) {
            slotNodes.add(ref.slotVariableNodeId);
            trained.set(ref.originalVariableNodeId, label(optimizer));
            const primary = keysOf(ref.originalVariableNodeId)[0] ?? label(ref.originalVariableNodeId);
            slots.push({ optimizer: label(optimizer), slot: ref.slotName, primary });
            for (const key of keysOf(ref.slotVariableNodeId)) {
                decisions.set(key, {
                    category: 'optimizer',
                    reason: `${ref.slotName} slot of ${displayKey(primary)} (${label(optimizer)})`,
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
        while (queue.length > 0) {
            const id = queue.shift();
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
                if (seen.has(child.nodeId) || trained.has(child.nodeId) || slotNodes.has(child.nodeId))
                    continue;
                seen.add(child.nodeId);
                queue.push(child.nodeId);
            }
        }
    }
    nodes.forEach((node, id) => {
        for (const attribute of node.attributes) {
            const key = attribute.checkpointKey;
            if (decisions.has(key) || !byName.has(key))
                continue;
            if (attribute.name !== VARIABLE_VALUE) {
                decisions.set(key, { category: 'metadata', reason: `${attribute.name} attribute of ${label(id)}`, by: 'object-graph' });
                continue;
            }
            const optimizer = trained.get(id);
            if (optimizer) {
                decisions.set(key, { category: 'weights', reason: `trained by ${optimizer}`, by: 'object-graph' });
                continue;
            }
            // Not optimized in this checkpoint: counters and statistics by name (the key, or the
            // variable's TF1-style full_name, which keeps `BatchNorm/moving_mean` where the key only
            // says `variables/84`), else a model variable.
            const rule = [key, attribute.fullName]
                .map((name) => (name ? matchNameRule(name, TENSORFLOW_NAME_RULES) : undefined))
                .find((match) => match !== undefined && match.category !== 'weights');
            const variable = byName.get(key);
            if (rule) {
                const via = attribute.fullName && !rule.pattern.test(key) ? ` (full name ${attribute.fullName})` : '';
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
/** Each node's path from the root, as the checkpoint keys spell it (`model/dense/kernel`). */
function objectPaths(nodes) {
    const paths = new Map([[0, '']]);
    const queue = [0];
    while (queue.length > 0) {
        const id = queue.shift();
        const base = paths.get(id);
        for (const child of nodes[id]?.children ?? []) {
            if (paths.has(child.nodeId))
                continue;
            paths.set(child.nodeId, base === '' ? child.localName : `${base}/${child.localName}`);
            queue.push(child.nodeId);
        }
    }
    return paths;
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
function fromSlotStructure(variables, decisions, slots) {
    const byName = new Map(variables.map((variable) => [variable.name, variable]));
    for (const variable of variables) {
        const slash = variable.name.lastIndexOf('/');
        if (slash <= 0)
            continue;
        const primary = byName.get(variable.name.slice(0, slash));
        const suffix = variable.name.slice(slash + 1);
        if (!primary || !SLOT_SUFFIX.test(suffix) || NOT_A_SLOT.test(suffix))
            continue;
        if (primary.dtype !== variable.dtype || !sameShape(primary.shape, variable.shape))
            continue;
        const { optimizer, slot } = slotOf(suffix);
        slots.push({ optimizer, slot, primary: primary.name });
        if (!decisions.has(variable.name)) {
            decisions.set(variable.name, {
                category: 'optimizer',
                reason: `${optimizer} slot${slot === suffix ? '' : ` (${slot})`} of ${primary.name}: same shape and dtype`,
                by: 'slot-structure'
            });
        }
        if (!decisions.has(primary.name)) {
            decisions.set(primary.name, { category: 'weights', reason: `has optimizer slots (${suffix})`, by: 'slot-structure' });
        }
    }
}
/** `Adam_1` -> optimizer Adam, slot v (TF1 names slots by optimizer, then `_1`, `_2` in creation order). */
function slotOf(suffix) {
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
    const byOptimizer = new Map();
    for (const slot of slots) {
        const entry = byOptimizer.get(slot.optimizer) ?? { slots: new Set(), primaries: new Set() };
        entry.slots.add(slot.slot);
        entry.primaries.add(slot.primary);
        byOptimizer.set(slot.optimizer, entry);
    }
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
        if (source.size > MAX_TF_INDEX_BYTES)
            throw new LimitExceededError(indexPath, 'the index size', source.size, MAX_TF_INDEX_BYTES);
        index = parseBundleIndex(await source.read(0, source.size), indexPath);
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
        if ((DTYPES[dtype]?.bits ?? 0) < 8 || tensor.shape.some((dim) => dim < 0))
            continue;
        const expected = denseBytes(dtype, tensor.shape);
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
    if (entry.size > MAX_TF_OBJECT_GRAPH_BYTES) {
        throw new LimitExceededError(path, 'the size of the object graph tensor', entry.size, MAX_TF_OBJECT_GRAPH_BYTES);
    }
    const source = await files.open(path);
    let bytes;
    try {
        bytes = await source.read(entry.offset, entry.size);
    }
    finally {
        await source.close();
    }
    const reader = new BinaryReader(bytes, path, entry.offset);
    const length = reader.varint('object graph length');
    reader.skip(4); // masked CRC32C of the length
    if (length !== reader.remaining) {
        throw new FormatError(path, `the object graph tensor says ${length} bytes but its entry holds ${reader.remaining}`, {
            offset: entry.offset,
            fix: 'The data shard does not match its index; re-save the checkpoint.'
        });
    }
    return decodeTrackableObjectGraph(reader.take(length), path);
}

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
    return joinPath(dirname(statePath), target.startsWith('/') ? basename(target) : target);
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/index.ts







/**
 * The TensorFlow readers: V2 checkpoints (`P.index` + `P.data-NNNNN-of-NNNNN` [+ `P.meta`]) and
 * SavedModel directories (`saved_model.pb` + `variables/variables.*` + assets). V1 checkpoints
 * (one SSTable file holding the tensors) are recognised and reported as unsupported.
 */
/** Where V1 names end: `model.ckpt`, `model.ckpt-1000`, `export-00000-of-00001` (sharded V1), never a V2 `.data-` shard. */
const V1_NAME = /(\.ckpt(-\d+)?|-\d{5}-of-\d{5})$/;
const V2_DATA_SHARD = /\.data-\d{5}-of-\d{5}$/;
/**
 * The value of the first entry of an SSTable from its first bytes, when that entry has the empty
 * key (a bundle header, or a V1 table's SavedTensorSliceMeta). Handles a snappy-compressed first
 * block, whose first element is a literal holding the same bytes.
 */
function firstHeaderValueByte(head) {
    const rawHeader = (at) => head[at] === 0 && head[at + 1] === 0 && head[at + 2] !== undefined && head[at + 2] > 0 && head[at + 2] < 0x80
        ? head[at + 3]
        : undefined;
    const raw = rawHeader(0);
    if (raw !== undefined)
        return raw;
    // Snappy: varint32 uncompressed length, then a literal tag (low bits 00).
    let p = 0;
    while (p < 5 && head[p] !== undefined && head[p] >= 0x80)
        p++;
    p++;
    const tag = head[p];
    if (tag === undefined || (tag & 3) !== 0)
        return undefined;
    const extra = (tag >> 2) >= 60 ? (tag >> 2) - 59 : 0;
    return rawHeader(p + 1 + extra);
}
/** BundleHeaderProto starts with num_shards (08), endianness (10) or version (1a). */
const looksLikeBundleIndex = (head) => [0x08, 0x10, 0x1a].includes(firstHeaderValueByte(head) ?? -1);
/** SavedTensorSlices starts with its meta (0a). */
const looksLikeV1 = (head) => firstHeaderValueByte(head) === 0x0a;
const tensorflowCheckpointReader = {
    format: 'tensorflow-checkpoint',
    matchesName: (path) => path.endsWith('.index') || (V1_NAME.test(basename(path)) && !V2_DATA_SHARD.test(path)),
    sniff: (candidate) => candidate.path.endsWith('.index') ? looksLikeBundleIndex(candidate.head) : looksLikeV1(candidate.head),
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
    const dir = dirname(prefix);
    if (!(await files.list(dir)).includes(STATE_FILE))
        return undefined;
    const path = joinPath(dir, STATE_FILE);
    const size = await files.size(path);
    if (size === undefined || size > MAX_TF_STATE_FILE_BYTES)
        return undefined;
    const source = await files.open(path);
    let text;
    try {
        text = new TextDecoder().decode(await source.read(0, size));
    }
    finally {
        await source.close();
    }
    return latestFromStateFile(path, text) === prefix ? { path, role: 'state', bytes: size, present: true } : undefined;
}
async function readTrainable(path, files, scan, warnings) {
    const source = await files.open(path);
    try {
        return await scan(source);
    }
    catch (error) {
        if (!(error instanceof FormatError))
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
        if (source.size > MAX_TF_INDEX_BYTES) {
            return new UnsupportedFormatError(path, 'a TensorFlow V1 checkpoint (tensors stored inside one SSTable), which is not read');
        }
        let entries = 0;
        readTable(await source.read(0, source.size), path, () => entries++);
        return new UnsupportedFormatError(path, `a TensorFlow V1 checkpoint (one SSTable of SavedTensorSlices, ${Math.max(entries - 1, 0)} tensor slice(s), no .index), ` +
            'the format TF replaced by V2 in 1.0', 'Re-save it with the V2 saver: restore it in TF 1.x and save again with tf.compat.v1.train.Saver() ' +
            '(write_version=tf.compat.v1.train.SaverDef.V2, the default), which writes .index and .data files.');
    }
    finally {
        await source.close();
    }
}
// --- SavedModel ------------------------------------------------------------------------------------
const SAVED_MODEL_FILES = ['saved_model.pb', 'saved_model.pbtxt'];
/** Files of a SavedModel directory besides the graph and variables (tensorflow/python/saved_model/constants.py). */
const SAVED_MODEL_EXTRAS = ['fingerprint.pb', 'keras_metadata.pb'];
const ASSET_DIRS = ['assets', 'assets.extra'];
const VARIABLES_INDEX = /(^|\/)variables\/variables\.index$/;
const tensorflowSavedModelReader = {
    format: 'tensorflow-savedmodel',
    matchesName: (path) => SAVED_MODEL_FILES.includes(basename(path)) || VARIABLES_INDEX.test(path),
    sniff(candidate) {
        const name = basename(candidate.path);
        if (name === 'saved_model.pb')
            return candidate.head[0] === 0x08 || candidate.head[0] === 0x12;
        if (name === 'saved_model.pbtxt')
            return /^\s*(saved_model_schema_version|meta_graphs)\b/.test(new TextDecoder().decode(candidate.head));
        return looksLikeBundleIndex(candidate.head);
    },
    async read(path, files) {
        const dir = VARIABLES_INDEX.test(path) ? dirname(dirname(path)) : dirname(path);
        const names = await files.list(dir);
        const own = [];
        const warnings = [];
        let trainable;
        const graphName = SAVED_MODEL_FILES.find((name) => names.includes(name));
        if (graphName) {
            const graphPath = joinPath(dir, graphName);
            own.push({ path: graphPath, role: 'graph', bytes: (await files.size(graphPath)) ?? 0, present: true });
            if (graphName === 'saved_model.pb')
                trainable = await readTrainable(graphPath, files, trainableFromSavedModel, warnings);
        }
        else {
            warnings.push(`${joinPath(dir, 'saved_model.pb')} is missing: the graph is not counted, categories come from the variables alone`);
        }
        for (const name of SAVED_MODEL_EXTRAS) {
            const extraPath = joinPath(dir, name);
            const size = names.includes(name) ? await files.size(extraPath) : undefined;
            if (size !== undefined)
                own.push({ path: extraPath, role: 'asset', bytes: size, present: true });
        }
        for (const assetDir of ASSET_DIRS) {
            if (names.includes(assetDir))
                await listTree(joinPath(dir, assetDir), files, own);
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
    for (const prefix of [joinPath(joinPath(dir, 'variables'), 'variables'), joinPath(dir, 'variables')]) {
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
            const path = joinPath(current, name);
            const size = await files.size(path);
            if (++count > MAX_SAVEDMODEL_ASSET_FILES) {
                throw new FormatError(dir, `holds more than ${MAX_SAVEDMODEL_ASSET_FILES} files and directories`, {
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

;// CONCATENATED MODULE: ./src/formats/index.ts







/**
 * The readers, in the order the pipeline tries them. Order matters where one checkpoint's
 * companion file could be read as a checkpoint of its own: a SavedModel claims its
 * `variables/variables.index` before the TF checkpoint reader sees it; a safetensors shard index
 * claims its shards before they are read one by one; an ONNX model claims its external data
 * files (often `*.bin`) before they could be taken for PyTorch files.
 */
const READERS = [
    tensorflowSavedModelReader,
    tensorflowCheckpointReader,
    safetensorsIndexReader,
    safetensorsReader,
    onnxReader,
    pytorchZipReader, // torch.save zips and TorchScript archives
    pytorchLegacyReader, // pre-1.6 pickle streams
    kerasArchiveReader, // .keras zip (name-matched: other zips are PyTorch's)
    hdf5Reader, // .h5 / .hdf5 / .weights.h5, recognised by the HDF5 signature
    ggufReader
];

;// CONCATENATED MODULE: ./src/pipeline/ids.ts

/**
 * A checkpoint's stable id: its name with what changes from run to run removed, so that base and
 * head match up. `exports/ckpt-1000` and `exports/ckpt-2000` are one checkpoint; so are
 * `model-00001-of-00003.safetensors` shards and their set.
 */
function checkpointId(name) {
    const dir = dirname(name);
    let base = basename(name);
    // A SavedModel exported into a numbered version directory (TF Serving's `export/1567058744`,
    // `models/00000123`): the number changes with every export, the directory above it does not.
    if (/^\d+$/.test(base) && dir !== '.')
        return dir;
    base = base
        .replace(/-\d{5}-of-\d{5}(?=\.|$)/, '') // shard suffix: model-00001-of-00003.safetensors
        .replace(/\b(epoch|step|iter)=\d+/gi, '$1=N') // Lightning: epoch=3-step=1000.ckpt
        .replace(/-\d+(?=\.[A-Za-z]+$|$)/, ''); // ckpt-1000, model.ckpt-5, weights-20.pt
    if (base === '' || base === '.')
        base = basename(name);
    return dir === '.' ? base : joinPath(dir, base);
}
/**
 * Makes ids unique: when several checkpoints of one run normalise to the same id (a checkpoint
 * manager keeping its last N steps in one directory), each keeps its full name instead, and the
 * one named `latest` (by the directory's `checkpoint` state file) is marked.
 */
function assignIds(checkpoints, latestNames) {
    const counts = new Map();
    for (const checkpoint of checkpoints) {
        const id = checkpointId(checkpoint.name);
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return checkpoints.map((checkpoint) => {
        const id = checkpointId(checkpoint.name);
        if ((counts.get(id) ?? 0) <= 1)
            return { ...checkpoint, id };
        return { ...checkpoint, id: checkpoint.name, ...(latestNames.has(checkpoint.name) ? { latest: true } : {}) };
    });
}

;// CONCATENATED MODULE: ./src/pipeline/measure.ts







/**
 * The pipeline shared by the CLI, the action and the baselines: from a list of files to a report.
 * Files no reader's name filter accepts are never opened. Each checkpoint that cannot be read
 * becomes an entry in `report.errors`, and the others are still reported.
 */
async function measure(paths, files, options = {}) {
    const readers = options.readers ?? READERS;
    const errors = [];
    const claimed = [];
    const unrecognised = [];
    for (const path of [...new Set(paths)].sort()) {
        const nameMatches = readers.filter((reader) => reader.matchesName(path));
        if (nameMatches.length === 0)
            continue;
        try {
            const candidate = await sniffCandidate(path, files);
            const reader = nameMatches.find((r) => r.sniff(candidate)) ?? readers.find((r) => r.sniff(candidate));
            if (reader)
                claimed.push({ reader, candidate });
            else
                unrecognised.push(candidate);
        }
        catch (error) {
            errors.push(toReportError(path, error));
        }
    }
    // Read in reader order, so a checkpoint claims its companions before they are read alone.
    claimed.sort((a, b) => readers.indexOf(a.reader) - readers.indexOf(b.reader) || a.candidate.path.localeCompare(b.candidate.path));
    const consumed = new Set();
    const results = [];
    for (const { reader, candidate } of claimed) {
        if (consumed.has(candidate.path))
            continue;
        try {
            const result = await reader.read(candidate.path, files);
            for (const file of result.files)
                consumed.add(file.path);
            results.push(result);
        }
        catch (error) {
            errors.push(toReportError(candidate.path, error));
        }
    }
    // A file no reader recognised on its own may still be a companion of a checkpoint (an ONNX
    // model's external `weights.bin`): it is an error only if no checkpoint claimed it.
    for (const candidate of unrecognised) {
        if (!consumed.has(candidate.path))
            errors.push(toReportError(candidate.path, notRecognised(candidate)));
    }
    const latest = await latestCheckpoints(results, files);
    const checkpoints = [];
    for (const result of assignIds(results, latest)) {
        try {
            const report = analyzeCheckpoint(result, { id: result.id, top: options.top });
            if (result.id !== result.name)
                report.name = result.name;
            if (result.latest)
                report.latest = true;
            checkpoints.push(report);
        }
        catch (error) {
            errors.push(toReportError(result.name, error));
        }
    }
    checkpoints.sort((a, b) => a.id.localeCompare(b.id));
    errors.sort((a, b) => a.path.localeCompare(b.path));
    return buildReport(checkpoints, errors);
}
async function sniffCandidate(path, files) {
    const source = await files.open(path);
    try {
        const head = await source.read(0, Math.min(SNIFF_BYTES, source.size));
        return { path, size: source.size, head };
    }
    finally {
        await source.close();
    }
}
function notRecognised(candidate) {
    if (looksLikeLfsPointer(candidate.head))
        return new LfsPointerError(candidate.path);
    return new UnsupportedFormatError(candidate.path, 'its name looks like a checkpoint but its content matches no supported format', 'See the README for the supported formats.');
}
/** The checkpoints named as latest by TF `checkpoint` state files in their directories. */
async function latestCheckpoints(results, files) {
    const latest = new Set();
    const dirs = new Set(results.map((result) => dirname(result.name)));
    for (const dir of dirs) {
        if (!(await files.list(dir)).includes(STATE_FILE))
            continue;
        const statePath = joinPath(dir, STATE_FILE);
        try {
            const source = await files.open(statePath);
            let text;
            try {
                text = new TextDecoder().decode(await source.read(0, Math.min(source.size, MAX_TF_STATE_FILE_BYTES)));
            }
            finally {
                await source.close();
            }
            const target = latestFromStateFile(statePath, text);
            if (target)
                latest.add(target);
        }
        catch {
            // A missing or unreadable state file only means no checkpoint is marked latest.
        }
    }
    return latest;
}
function toReportError(path, error) {
    if (error instanceof ModelSizeBudgetError)
        return { path, kind: error.name, message: error.message };
    const code = error?.code;
    if (code === 'ENOENT')
        return { path, kind: 'MissingFileError', message: `${path}: no such file.` };
    if (code === 'EACCES')
        return { path, kind: 'PermissionError', message: `${path}: permission denied.` };
    const detail = error instanceof Error ? error.message : String(error);
    return {
        path,
        kind: 'InternalError',
        message: `${path}: could not be analysed (${detail}). This is a bug in model-size-budget; please report it with the file's format.`
    };
}

;// CONCATENATED MODULE: ./src/baseline/directory.ts



/**
 * Measures a directory of base checkpoints (a checkout of the base commit, or copies of the base
 * exports) into a report, with the same pipeline as the head. Symlinks out of `root` are not
 * followed; files that cannot be read become `errors` of the returned report.
 */
async function measureBaselineDirectory(root, options = {}) {
    const found = await walk(root, options.paths ?? ['.']);
    const report = await measure(found.files, new DiskFiles(root), {
        ...(options.top ? { top: options.top } : {}),
        ...(options.readers ? { readers: options.readers } : {})
    });
    for (const skipped of found.skipped) {
        report.errors.push({ path: skipped.path, kind: 'PathError', message: `${skipped.path}: ${skipped.reason}.` });
    }
    return report;
}

;// CONCATENATED MODULE: ./src/baseline/report-file.ts



/** The report schema this version reads and writes (DESIGN.md, "Report JSON"). */
const REPORT_SCHEMA = 1;
const REGENERATE = 'Regenerate it with `model-size-budget --json` or the action\'s `report` output of this version.';
/**
 * Reads a report JSON (the action's `report` output or the CLI's `--json`) as a baseline.
 * Validates the schema version and the shape of every checkpoint entry that the diff reads;
 * the totals are recomputed from the checkpoints, so a hand-edited file cannot disagree with itself.
 * @param text the file's content
 * @param path the file's path, named in errors
 * @throws ConfigError `<path>: <what is wrong>. <fix>` for invalid JSON, another schema version,
 *   or a malformed entry
 */
function loadBaselineReport(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new ConfigError(`${path}: the baseline report is not valid JSON (${detail}). ${REGENERATE}`);
    }
    if (!report_file_isObject(data))
        throw new ConfigError(`${path}: the baseline report is not a JSON object. ${REGENERATE}`);
    if (data.schema !== REPORT_SCHEMA) {
        const found = data.schema === undefined ? 'no schema field' : `schema ${JSON.stringify(data.schema)}`;
        throw new ConfigError(`${path}: the baseline report has ${found}; this version reads schema ${REPORT_SCHEMA}. ` +
            `${REGENERATE} Or use the model-size-budget version that wrote it.`);
    }
    if (!Array.isArray(data.checkpoints))
        throw malformed(path, "'checkpoints' is not a list");
    const seen = new Set();
    const checkpoints = data.checkpoints.map((entry, index) => {
        const checkpoint = readCheckpoint(entry, `checkpoints[${index}]`, path);
        if (seen.has(checkpoint.id))
            throw malformed(path, `two checkpoints have the id '${checkpoint.id}'`);
        seen.add(checkpoint.id);
        return checkpoint;
    });
    const errors = Array.isArray(data.errors)
        ? data.errors.filter(report_file_isObject).map((error) => ({
            path: String(error.path ?? ''),
            kind: String(error.kind ?? 'Error'),
            message: String(error.message ?? '')
        }))
        : [];
    return buildReport(checkpoints, errors);
}
function readCheckpoint(entry, where, path) {
    if (!report_file_isObject(entry))
        throw malformed(path, `${where} is not an object`);
    if (typeof entry.id !== 'string' || entry.id === '')
        throw malformed(path, `${where}.id is not a non-empty string`);
    if (typeof entry.format !== 'string')
        throw malformed(path, `${where}.format is not a string`);
    if (!report_file_isObject(entry.bytes))
        throw malformed(path, `${where}.bytes is not an object`);
    const bytes = {};
    for (const key of [...CATEGORIES, 'total']) {
        const value = entry.bytes[key];
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            throw malformed(path, `${where}.bytes.${key} is ${JSON.stringify(value)}, not a whole number of bytes`);
        }
        bytes[key] = value;
    }
    const strings = (value) => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
    const count = (value) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0);
    const checkpoint = {
        id: entry.id,
        format: entry.format,
        files: Array.isArray(entry.files)
            ? entry.files.filter(report_file_isObject).map((file) => ({
                path: String(file.path ?? ''),
                bytes: count(file.bytes),
                role: String(file.role ?? 'data'),
                ...(file.present === false ? { present: false } : {})
            }))
            : [],
        bytes,
        parameters: count(entry.parameters),
        tensors: count(entry.tensors),
        tensorCounts: report_file_isObject(entry.tensorCounts) ? entry.tensorCounts : {},
        classifiedBy: String(entry.classifiedBy ?? 'name-rules'),
        warnings: strings(entry.warnings),
        explanations: strings(entry.explanations)
    };
    if (typeof entry.name === 'string')
        checkpoint.name = entry.name;
    if (entry.latest === true)
        checkpoint.latest = true;
    return checkpoint;
}
function malformed(path, what) {
    return new ConfigError(`${path}: the baseline report is malformed: ${what}. ${REGENERATE}`);
}
function report_file_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/core/size-units.ts

/**
 * Bytes per unit, keyed by the lower-cased unit. SI prefixes are powers of 1000 and IEC prefixes
 * powers of 1024 (IEC 80000-13), so `1.5 GiB` and `1.5 GB` differ as users expect; `k`/`K` are
 * both kilo because `KB` is common in the wild.
 */
const UNIT_BYTES = {
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40
};
const SIZE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]*)$/;
/** The expected form, shown in every size error. */
const SIZE_FORM = 'a number and a unit, e.g. `50 MB`, `1.5 GiB` or `0 B` (units: B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)';
/**
 * Parses a size with a unit: `0 B`, `50 MB`, `50MB`, `1.5 GiB`, `512 kB`.
 * SI units (kB, MB, GB, TB: powers of 1000) and binary units (KiB, MiB, GiB, TiB: powers of
 * 1024) are both understood; unit letters are case-insensitive (`mb` is megabytes: there are no
 * bits here). A bare `0` is accepted; any other number needs a unit.
 * @throws ConfigError naming the text and the expected form.
 */
function parseSize(text) {
    const trimmed = text.trim();
    const match = SIZE_PATTERN.exec(trimmed);
    if (!match)
        throw new ConfigError(`'${trimmed}' is not a size: expected ${SIZE_FORM}.`);
    const [, number, unit] = match;
    const value = Number(number);
    if (unit === '') {
        if (value === 0)
            return { bytes: 0, text: trimmed };
        throw new ConfigError(`'${trimmed}' has no unit: write e.g. '${number} MB' or '${number} B'.`);
    }
    const perUnit = UNIT_BYTES[unit.toLowerCase()];
    if (perUnit === undefined)
        throw new ConfigError(`'${trimmed}' has an unknown unit '${unit}': expected ${SIZE_FORM}.`);
    // Fractional sizes (`1.5 GiB`) are rounded to the nearest whole byte.
    const bytes = Math.round(value * perUnit);
    if (!Number.isSafeInteger(bytes))
        throw new ConfigError(`'${trimmed}' is too large a size.`);
    return { bytes, text: trimmed };
}

;// CONCATENATED MODULE: ./src/core/budgets.ts





/** Every category a rule may name, in report order. */
const BUDGET_CATEGORIES = ['total', ...CATEGORIES];
/** The expected form of a budget line, shown in every parse error. */
const BUDGET_LINE_FORM = '[warn] [GLOB:] CATEGORY: LIMIT, e.g. `total: 50 MB`, `optimizer: 0 B`, `weights: +5%`, ' +
    '`exports/mobile/**: weights: 20 MB, +10 MB`, `warn buffers: +1 MiB`';
/**
 * Parses budget lines, one rule per line: `[warn] [GLOB:] CATEGORY: LIMIT`, where CATEGORY is
 * one of total, weights, optimizer, buffers, bookkeeping, metadata, unclassified; LIMIT is an
 * absolute size (`50 MB`), a growth limit (`+5%`, `+10 MB`), or several separated by commas
 * (`50 MB, +5%`). `#` starts a comment; blank lines are skipped.
 * @throws ConfigError naming the source, line number and text, and showing the expected form.
 */
function parseBudgets(text, options = {}) {
    const source = options.source ?? 'budget';
    const rules = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = stripComment(raw).trim();
        if (line === '')
            return;
        try {
            rules.push({ ...parseRule(line), text: line, line: index + 1, source });
        }
        catch (error) {
            if (!(error instanceof ConfigError))
                throw error;
            throw new ConfigError(`${source} line ${index + 1}: '${line}': ${error.message} Expected ${BUDGET_LINE_FORM}.`);
        }
    });
    return rules;
}
/** `#` starts a comment at the start of a line or after whitespace (a glob never needs ` #`). */
function stripComment(line) {
    const match = /(^|\s)#/.exec(line);
    return match ? line.slice(0, match.index) : line;
}
function parseRule(line) {
    let rest = line;
    let soft = false;
    const warn = /^warn\s+/i.exec(rest);
    if (warn) {
        soft = true;
        rest = rest.slice(warn[0].length);
    }
    const parts = rest.split(':');
    if (parts.length < 2)
        throw new ConfigError(`no ':' between the category and the limit.`);
    const limitText = parts.pop().trim();
    const categoryText = parts.pop().trim();
    let glob;
    if (parts.length > 0) {
        glob = parts.join(':').trim();
        if (glob === '')
            throw new ConfigError('the checkpoint glob before the category is empty.');
        if (glob.toLowerCase() === 'warn')
            throw new ConfigError(`'warn' takes no colon: write 'warn ${categoryText}: ${limitText}'.`);
    }
    const category = parseCategory(categoryText);
    if (limitText === '')
        throw new ConfigError(`no limit after '${categoryText}:'.`);
    return { ...(glob === undefined ? {} : { glob }), category, limits: parseLimits(limitText), soft };
}
function parseCategory(text) {
    const lower = text.toLowerCase();
    const found = BUDGET_CATEGORIES.find((category) => category === lower);
    if (found)
        return found;
    if (text === '')
        throw new ConfigError('the category is missing.');
    // Typos one or two edits away (`wieghts`, `optimiser`) get a suggestion.
    const close = BUDGET_CATEGORIES.find((category) => editDistance(category, lower) <= 2);
    const looksLikeGlob = /[/*?]/.test(text);
    const hint = close ? ` Did you mean '${close}'?` : looksLikeGlob ? ' The checkpoint glob comes first: GLOB: CATEGORY: LIMIT.' : '';
    throw new ConfigError(`'${text}' is not a category (one of ${BUDGET_CATEGORIES.join(', ')}).${hint}`);
}
/** Levenshtein distance, for suggestions between short words. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
function parseLimits(text) {
    const limits = [];
    for (const term of text.split(',').map((part) => part.trim())) {
        if (term === '')
            throw new ConfigError(`an empty limit between commas in '${text}'.`);
        const limit = parseLimit(term);
        if (limits.some((other) => other.kind === limit.kind)) {
            throw new ConfigError(`two limits of the same kind ('${term}'); give at most one size, one +size and one +percent.`);
        }
        limits.push(limit);
    }
    return limits;
}
function parseLimit(term) {
    if (term.startsWith('-'))
        throw new ConfigError(`'${term}': limits cannot be negative; a growth limit starts with '+'.`);
    if (!term.startsWith('+'))
        return { kind: 'absolute', size: parseSize(term), text: term };
    const growth = term.slice(1).trim();
    if (growth.endsWith('%')) {
        const number = growth.slice(0, -1).trim();
        if (!/^(\d+(\.\d+)?|\.\d+)$/.test(number))
            throw new ConfigError(`'${term}' is not a percentage: expected e.g. '+5%'.`);
        return { kind: 'growth-percent', percent: Number(number), text: term };
    }
    return { kind: 'growth-bytes', size: parseSize(growth), text: term };
}
/** True when the rule applies to the checkpoint (by glob on its id or full name). */
function ruleMatches(rule, checkpoint) {
    if (rule.glob === undefined)
        return true;
    const matcher = compiledGlob(rule.glob);
    const names = checkpoint.name && checkpoint.name !== checkpoint.id ? [checkpoint.id, checkpoint.name] : [checkpoint.id];
    return names.some((name) => pathAndAncestors(name).some((path) => matcher.match(path)));
}
/** Globs compiled once: a rule is matched against every checkpoint of a report. */
const COMPILED_GLOBS = new Map();
function compiledGlob(glob) {
    let matcher = COMPILED_GLOBS.get(glob);
    if (!matcher) {
        matcher = new Minimatch(glob.replace(/\/+$/, ''), { dot: true });
        COMPILED_GLOBS.set(glob, matcher);
    }
    return matcher;
}
/** `a/b/c` → `a/b/c`, `a/b`, `a`: so a glob naming a directory covers what is inside it. */
function pathAndAncestors(path) {
    const parts = path.split('/');
    return parts.map((_, index) => parts.slice(0, parts.length - index).join('/')).filter((prefix) => prefix !== '');
}
/**
 * Evaluates every rule against every matching head checkpoint of the diff. Removed checkpoints
 * are not evaluated. Growth limits without a base for the checkpoint give `no-baseline` and never
 * fail; absolute limits always apply.
 */
function evaluateBudgets(diff, rules) {
    const results = [];
    const unmatchedRules = [];
    const headCheckpoints = diff.checkpoints.filter((checkpoint) => checkpoint.head !== undefined);
    for (const rule of rules) {
        const matching = headCheckpoints.filter((checkpoint) => ruleMatches(rule, checkpoint.head));
        if (matching.length === 0)
            unmatchedRules.push(rule);
        for (const checkpoint of matching) {
            for (const limit of rule.limits)
                results.push(evaluateLimit(rule, limit, checkpoint));
        }
    }
    const status = results.some((result) => result.status === 'fail')
        ? 'fail'
        : results.some((result) => result.status === 'warn') || unmatchedRules.length > 0
            ? 'warn'
            : 'pass';
    return { status, results, unmatchedRules, rules: [...rules], diff };
}
function evaluateLimit(rule, limit, checkpoint) {
    const { category } = rule;
    const { base, head = 0 } = checkpoint.categories[category];
    const where = `${checkpoint.id}: ${category}`;
    const origin = `(${rule.source} line ${rule.line}: ${rule.text})`;
    const common = { rule, limit, checkpointId: checkpoint.id, category, head, ...(base === undefined ? {} : { base }) };
    const exceeded = rule.soft ? 'warn' : 'fail';
    if (limit.kind === 'absolute') {
        const allowed = limit.size.bytes;
        const excess = Math.max(0, head - allowed);
        const message = excess > 0
            ? `${where} is ${formatBytes(head)}, ${formatBytes(excess)} over the limit of ${limit.text} ${origin}`
            : `${where} is ${formatBytes(head)}, within ${limit.text}`;
        return { ...common, status: excess > 0 ? exceeded : 'pass', actual: head, allowed, excess, message };
    }
    if (base === undefined) {
        const why = checkpoint.change === 'added' ? 'a new checkpoint, not in the baseline' : 'no baseline';
        return { ...common, status: 'no-baseline', excess: 0, message: `${where}: ${why}; growth limit ${limit.text} not checked` };
    }
    const growth = head - base;
    // A percentage of nothing is nothing: growing from 0 B exceeds any percentage limit.
    const allowed = limit.kind === 'growth-bytes' ? limit.size.bytes : Math.floor((base * limit.percent) / 100);
    const excess = Math.max(0, growth - allowed);
    const change = `${formatDeltaBytes(growth)}${base > 0 ? ` (${formatPercent(growth / base, { signed: true })})` : ''} from ${formatBytes(base)}`;
    const message = excess > 0
        ? `${where} grew by ${change}, ${formatBytes(excess)} over the limit of ${limit.text} ${origin}`
        : `${where} changed by ${change}, within ${limit.text}`;
    return { ...common, status: excess > 0 ? exceeded : 'pass', actual: growth, allowed, excess, message };
}
/** The messages of the exceeded hard limits, for `core.setFailed` / stderr. Empty when none. */
function failureMessages(verdict) {
    return verdict.results.filter((result) => result.status === 'fail').map((result) => result.message);
}

;// CONCATENATED MODULE: ./src/core/diff.ts

/**
 * Matches checkpoints of base and head by `id` and computes per category base, head, Δ and Δ%.
 * Without a baseline every checkpoint is `no-baseline` and only head figures are set.
 */
function diffReports(base, head) {
    const baseById = new Map((base?.checkpoints ?? []).map((checkpoint) => [checkpoint.id, checkpoint]));
    const headIds = new Set(head.checkpoints.map((checkpoint) => checkpoint.id));
    const checkpoints = head.checkpoints.map((headCheckpoint) => {
        const baseCheckpoint = baseById.get(headCheckpoint.id);
        const categories = deltas(baseCheckpoint?.bytes, headCheckpoint.bytes);
        const change = base === undefined
            ? 'no-baseline'
            : baseCheckpoint === undefined
                ? 'added'
                : Object.values(categories).some((delta) => delta.delta !== 0)
                    ? 'changed'
                    : 'unchanged';
        return { id: headCheckpoint.id, change, ...(baseCheckpoint ? { base: baseCheckpoint } : {}), head: headCheckpoint, categories };
    });
    for (const baseCheckpoint of base?.checkpoints ?? []) {
        if (headIds.has(baseCheckpoint.id))
            continue;
        checkpoints.push({ id: baseCheckpoint.id, change: 'removed', base: baseCheckpoint, categories: deltas(baseCheckpoint.bytes, undefined) });
    }
    return {
        ...(base ? { base } : {}),
        head,
        checkpoints,
        total: deltas(base?.total.bytes, head.total.bytes),
        changed: checkpoints.some((checkpoint) => checkpoint.change !== 'unchanged' && checkpoint.change !== 'no-baseline')
    };
}
/** Every category and the total, base against head; a side that is absent leaves its figures unset. */
function deltas(base, head) {
    const entries = [...CATEGORIES, 'total'].map((category) => {
        const delta = { category };
        if (base)
            delta.base = base[category];
        if (head)
            delta.head = head[category];
        if (base && head) {
            delta.delta = head[category] - base[category];
            if (base[category] > 0)
                delta.ratio = delta.delta / base[category];
        }
        return [category, delta];
    });
    return Object.fromEntries(entries);
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Makes text taken from checkpoints and baseline reports (ids, paths, tensor names, dtypes,
 * warnings) inert inside a GitHub comment or job summary.
 *
 * Everything is escaped with HTML character references, never backslashes, because the same text
 * lands both in markdown (table cells, list items) and in raw HTML blocks (`<summary>`), where
 * backslash escapes are not processed. A character reference is always literal text, never
 * markdown syntax (CommonMark 0.31 §2.5 and §6.2), and a browser decodes it in HTML. So:
 * - `<` `>` `&` `"` `'` become references: no HTML, no `<!-- -->` comment, hence no copy of the
 *   sticky-comment marker in the raw body that the comment lookup searches;
 * - markdown punctuation (`|` `` ` `` `*` `_` `[` `]` `~` `$` `\` `!` `#`) becomes references: no cell
 *   break, code span, emphasis, link, strikethrough, math or heading; `:` too, so no `:emoji:`
 *   shortcode or `https://` autolink forms;
 * - `@`, `#` and `GH-` are followed by a zero-width space, as Renovate does for release notes: GitHub
 *   finds mentions and issue references in the rendered text, where a reference is already
 *   decoded, so only a character between `@` and the name stops the ping;
 * - line breaks, other control characters and bidi overrides are shown as `\n`, `\u202e`...;
 * - block syntax at the start (`- `, `1. `, `+`, `=`, leading spaces) is made literal;
 * - text longer than `maxLength` characters keeps its start and end around an ellipsis.
 */
function escapeMarkdown(text, maxLength) {
    const shown = visibleControls(shorten(text, maxLength));
    let out = '';
    for (const char of shown)
        out += ESCAPES[char] ?? char;
    // `GH-123` is an issue reference too.
    out = out.replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`);
    return escapeLineStart(out);
}
/** As escapeMarkdown, inside `<code>`: for names and paths, in table cells and HTML blocks alike. */
function escapeCode(text, maxLength) {
    return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}
/** Zero-width space, between `@`/`#` and what follows (see escapeMarkdown). */
const ZWSP = '&#8203;';
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '~': '&#126;',
    $: '&#36;',
    '\\': '&#92;',
    '!': '&#33;',
    '#': `&#35;${ZWSP}`,
    '@': `@${ZWSP}`,
    ':': '&#58;'
};
/** Named escapes for the control characters a user might recognise. */
const CONTROL_NAMES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * C0/C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates
 * (the "Trojan Source" characters, CVE-2021-42574), zero-width and BOM characters.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/gu;
function visibleControls(text) {
    return text.replace(INVISIBLE, (char) => CONTROL_NAMES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Keeps the start and the end (where a path has its file name) of an over-long text. */
function shorten(text, maxLength) {
    if (maxLength === undefined)
        return text;
    const chars = Array.from(text); // code points: never split a surrogate pair
    if (chars.length <= maxLength)
        return text;
    const keep = Math.max(maxLength - 1, 2);
    const head = Math.ceil(keep * 0.6);
    return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (keep - head)).join('')}`;
}
/**
 * Makes the first characters literal when they would start a block inside a list item or a
 * paragraph: `- ` / `+ ` (list), `=` (setext underline), `1. ` / `1) ` (ordered list), and
 * leading spaces (indented code). Character references are never block syntax (CommonMark §2.5).
 */
function escapeLineStart(text) {
    let out = text.replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length));
    out = out.replace(/^([-+=])/, (char) => `&#${char.charCodeAt(0)};`);
    out = out.replace(/^(\d+)([.)])/, (_, digits, mark) => `${digits}&#${mark.charCodeAt(0)};`);
    return out;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts



/** GitHub rejects issue comments longer than this many characters. */
const GITHUB_COMMENT_MAX_LENGTH = 65_536;
/** Prefix of the hidden marker that identifies our sticky comment. */
const COMMENT_MARKER_PREFIX = 'model-size-budget';
/**
 * The hidden marker `<!-- model-size-budget:KEY -->` (KEY empty without a comment key) that the
 * action looks for among a PR's comments. The key is percent-encoded except for `[A-Za-z0-9._/-]`
 * (and a `-` after a `-`), so it can never close the HTML comment, and two different keys never
 * give the same marker.
 */
function commentMarker(commentKey = '') {
    let key = '';
    for (const char of commentKey.trim()) {
        const plain = /^[A-Za-z0-9._/]$/.test(char) || (char === '-' && !key.endsWith('-'));
        key += plain ? char : [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    }
    return `<!-- ${COMMENT_MARKER_PREFIX}:${key} -->`;
}
/** Longest checkpoint-supplied text shown in the comment; the summary allows more. */
const COMMENT_NAME_LENGTH = 120;
const SUMMARY_NAME_LENGTH = 1000;
/** Exceeded limits listed above the comment's table; the rest are in the table and the summary. */
const EXCEEDED_IN_COMMENT = 20;
/** Largest tensors shown per checkpoint when the options do not say. */
const DEFAULT_TOP_TENSORS = 10;
/**
 * The PR comment body: headline verdict, one table row per checkpoint and category that matters,
 * explanation lines, a collapsed `<details>` per checkpoint (largest tensors, mermaid pie of the
 * category shares), where the baseline came from, and the hidden marker at the end. Everything
 * taken from checkpoints is escaped (see escape.ts). At most `maxLength` characters: when longer,
 * cut at a row boundary with a note that points to the job summary; the marker is always kept.
 */
function renderMarkdown(verdict, options) {
    const maxLength = options.maxLength ?? GITHUB_COMMENT_MAX_LENGTH;
    const context = { verdict, options, nameLength: COMMENT_NAME_LENGTH, full: false };
    const footer = [renderFooter(options.summaryUrl), commentMarker(options.commentKey)].join('\n');
    const link = safeUrl(options.summaryUrl);
    const note = `> [!NOTE]\n> This comment was cut to stay under GitHub's ${format_bytes_formatCount(maxLength)}-character limit; ` +
        (link ? `the [job summary](${link}) has the full report.` : "the run's job summary has the full report.");
    // GitHub counts characters; UTF-16 code units are never fewer, so the cut is on the safe side.
    return fitUnits(renderUnits(context), footer, note, maxLength, (text) => text.length);
}
/** GitHub's limit on one step's job summary (`$GITHUB_STEP_SUMMARY`), in bytes. */
const GITHUB_SUMMARY_MAX_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/**
 * The job summary (`core.summary.addRaw`): the same content as the comment with every budget
 * check, file list and unclassified tensor, and longer names; no marker. Cut at a row boundary
 * only beyond `maxBytes`, with a note that points to the report JSON.
 */
function renderSummary(verdict, options) {
    const context = { verdict, options, nameLength: SUMMARY_NAME_LENGTH, full: true };
    const maxBytes = options.maxBytes ?? GITHUB_SUMMARY_MAX_BYTES;
    const note = `> [!NOTE]\n> This summary was cut to stay under GitHub's ${formatCount(maxBytes)}-byte limit for a job summary; ` +
        'the report JSON (the `report` output) has every figure.';
    return fitUnits(renderUnits(context), renderFooter(undefined), note, maxBytes - 1, (text) => Buffer.byteLength(text)) + '\n';
}
/**
 * Joins the units with the footer; when that is longer than `max` (as `measure` counts), keeps
 * the leading units that fit with the note, so the cut always falls between whole units.
 */
function fitUnits(units, footer, note, max, measure) {
    const whole = joinUnits(units) + '\n\n' + footer;
    if (measure(whole) <= max)
        return whole;
    const budget = max - measure(footer) - measure(note) - 4;
    const kept = [];
    let length = 0;
    for (const unit of units) {
        const added = (kept.length === 0 ? 0 : unit.separator.length) + measure(unit.text);
        if (length + added > budget)
            break;
        kept.push(unit);
        length += added;
    }
    while (kept.at(-1)?.heading)
        kept.pop();
    return joinUnits(kept) + '\n\n' + note + '\n\n' + footer;
}
function joinUnits(units) {
    return units.map((unit, index) => (index === 0 ? unit.text : unit.separator + unit.text)).join('');
}
function section(lines) {
    return lines.map((text, index) => ({ text, separator: index === 0 ? '\n\n' : '\n' }));
}
function renderUnits(context) {
    return [
        ...renderHeadline(context).map((text) => ({ text, separator: '\n\n' })),
        ...section(renderExceeded(context)),
        ...renderTable(context),
        ...section(renderNotes(context)),
        ...section(renderErrors(context, 'head')),
        ...section(renderErrors(context, 'base')),
        ...(context.full ? section(renderAllResults(context)) : []),
        ...renderDetails(context).map((text) => ({ text, separator: '\n\n' })),
        ...section(renderBaseline(context))
    ];
}
// --- headline ----------------------------------------------------------------------------------
function renderHeadline({ verdict }) {
    const { diff } = verdict;
    const title = verdict.status === 'fail'
        ? '### ❌ Model size: over budget'
        : verdict.status === 'warn'
            ? '### ⚠️ Model size: within budget, with warnings'
            : verdict.rules.length === 0
                ? '### 📦 Model size (no budget set)'
                : '### ✅ Model size: within budget';
    const count = diff.head.checkpoints.length;
    const size = `**${formatBytes(diff.total.total.head ?? 0)}** in ${count} checkpoint${count === 1 ? '' : 's'}`;
    const { delta, ratio } = diff.total.total;
    let change;
    if (!diff.base)
        change = '; no baseline to compare with.';
    else if (delta === undefined || delta === 0)
        change = ', unchanged against the baseline.';
    else
        change = `, **${formatDeltaBytes(delta)}**${ratio === undefined ? '' : ` (${formatPercent(ratio, { signed: true })})`} against the baseline.`;
    return [title, size + change];
}
/** The exceeded limits first, so that "which rule and by how much" survives any cut. */
function renderExceeded(context) {
    const { verdict } = context;
    const exceeded = verdict.results
        .filter((result) => result.status === 'fail' || result.status === 'warn')
        .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    const shown = context.full ? exceeded : exceeded.slice(0, EXCEEDED_IN_COMMENT);
    const lines = shown.map((result) => `- ${STATUS_ICON[result.status]} ${describeResult(result, context)}`);
    if (shown.length < exceeded.length)
        lines.push(`- … and ${exceeded.length - shown.length} more exceeded limits (see the table and the job summary)`);
    for (const rule of verdict.unmatchedRules) {
        lines.push(`- ⚠️ ${ruleLabel(rule, context)} matched no checkpoint`);
    }
    return lines;
}
function describeResult(result, context) {
    const subject = `${escapeCode(result.checkpointId, context.nameLength)} ${result.category}`;
    const limit = escapeCode(result.limit.text);
    const over = `**${formatBytes(result.excess)} over** ${limit}`;
    const rule = ruleLabel(result.rule, context);
    if (result.limit.kind === 'absolute')
        return `${subject} is ${formatBytes(result.head)}, ${over} (${rule})`;
    return `${subject} grew by ${formatDeltaBytes(result.actual ?? 0)}, ${over} (${rule})`;
}
function ruleLabel(rule, context) {
    return `${escapeMarkdown(rule.source, context.nameLength)} line ${rule.line}: ${escapeCode(rule.text, context.nameLength)}`;
}
// --- the table -----------------------------------------------------------------------------------
const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌', 'no-baseline': '➖' };
/** Worst first: the status a row shows when several limits apply to it. */
const STATUS_ORDER = ['fail', 'warn', 'no-baseline', 'pass'];
function renderTable(context) {
    const { diff } = context.verdict;
    if (diff.checkpoints.length === 0)
        return section(['No checkpoints found.']);
    // One pass over the results: thousands of checkpoints × rules must not be quadratic.
    const resultsByRow = new Map();
    for (const result of context.verdict.results) {
        const key = rowKey(result.checkpointId, result.category);
        resultsByRow.set(key, [...(resultsByRow.get(key) ?? []), result]);
    }
    const withBase = diff.base !== undefined;
    const header = withBase
        ? ['| Checkpoint | Category | Base | Head | Δ | Δ% | Limit | Status |', '|---|---|---:|---:|---:|---:|---|---|']
        : ['| Checkpoint | Category | Head | Share | Limit | Status |', '|---|---|---:|---:|---|---|'];
    // A checkpoint's rows stay together: the length cut keeps or drops them as one.
    const blocks = diff.checkpoints.map((checkpoint) => categoriesThatMatter(checkpoint, resultsByRow)
        .map((category, index) => {
        const label = index === 0 ? checkpointLabel(checkpoint, context) : '';
        const results = resultsByRow.get(rowKey(checkpoint.id, category)) ?? [];
        const limit = results.map((result) => `${result.rule.soft ? 'warn ' : ''}${escapeCode(result.limit.text)}`).join(', ');
        const status = rowStatus(checkpoint, results);
        const delta = checkpoint.categories[category];
        const cells = withBase
            ? [label, category, size(delta.base), size(delta.head), deltaCell(checkpoint, delta), ratioCell(checkpoint, delta), limit, status]
            : [label, category, size(delta.head), shareCell(checkpoint, category), limit, status];
        return `| ${cells.join(' | ')} |`;
    })
        .join('\n'));
    return [
        { text: header.join('\n'), separator: '\n\n', heading: true },
        ...blocks.map((text) => ({ text, separator: '\n' }))
    ];
}
function rowKey(checkpointId, category) {
    return `${category}\u0000${checkpointId}`;
}
/** Total always; a category when it has bytes on either side, or a rule about it. */
function categoriesThatMatter(checkpoint, resultsByRow) {
    const shown = CATEGORIES.filter((category) => {
        const delta = checkpoint.categories[category];
        return (delta.base ?? 0) > 0 || (delta.head ?? 0) > 0 || resultsByRow.has(rowKey(checkpoint.id, category));
    });
    return [...shown, 'total'];
}
function checkpointLabel(checkpoint, context) {
    const tags = [];
    if (checkpoint.change === 'added')
        tags.push('*new*');
    if (checkpoint.change === 'removed')
        tags.push('*removed*');
    if (checkpoint.head?.latest)
        tags.push('*latest*');
    const name = escapeCode(checkpoint.id, context.nameLength);
    return tags.length ? `${name} ${tags.join(' ')}` : name;
}
function rowStatus(checkpoint, results) {
    if (checkpoint.change === 'removed')
        return 'removed';
    if (results.length === 0)
        return '';
    const worst = STATUS_ORDER.find((status) => results.some((result) => result.status === status));
    const excess = Math.max(...results.map((result) => result.excess));
    if (worst === 'fail' || worst === 'warn')
        return `${STATUS_ICON[worst]} ${formatBytes(excess)} over`;
    if (worst === 'no-baseline')
        return `${STATUS_ICON[worst]} no baseline`;
    return STATUS_ICON.pass;
}
function size(bytes) {
    return bytes === undefined ? '—' : formatBytes(bytes);
}
function deltaCell(checkpoint, delta) {
    if (checkpoint.change === 'added')
        return 'new';
    if (checkpoint.change === 'removed')
        return formatDeltaBytes(-(delta.base ?? 0));
    return delta.delta === undefined ? '—' : formatDeltaBytes(delta.delta);
}
function ratioCell(checkpoint, delta) {
    if (checkpoint.change === 'removed')
        return delta.base ? '-100%' : '';
    if (delta.ratio !== undefined)
        return formatPercent(delta.ratio, { signed: true });
    // Growth from 0 B has no percentage.
    return delta.delta ? '∞' : '';
}
function shareCell(checkpoint, category) {
    const total = checkpoint.categories.total.head ?? 0;
    if (category === 'total' || total === 0)
        return '';
    return formatPercent((checkpoint.categories[category].head ?? 0) / total);
}
// --- notes, errors, details, baseline ----------------------------------------------------------
/** The analyzer's explanation lines and the readers' warnings, per head checkpoint. */
function renderNotes(context) {
    const lines = [];
    for (const checkpoint of context.verdict.diff.head.checkpoints) {
        const name = escapeCode(checkpoint.id, context.nameLength);
        for (const explanation of checkpoint.explanations)
            lines.push(`- 💡 ${name}: ${escapeMarkdown(explanation, context.full ? undefined : 400)}`);
        for (const warning of checkpoint.warnings)
            lines.push(`- ⚠️ ${name}: ${escapeMarkdown(warning, context.full ? undefined : 400)}`);
    }
    return lines;
}
function renderErrors(context, side) {
    const errors = context.verdict.diff[side]?.errors ?? [];
    if (errors.length === 0)
        return [];
    const where = side === 'base' ? ' in the baseline' : '';
    return [
        `**${errors.length} file${errors.length === 1 ? '' : 's'}${where} could not be analysed:**`,
        ...errors.map((error) => `- ${escapeCode(error.path, context.nameLength)}: ${escapeMarkdown(error.message, context.full ? undefined : 400)}`)
    ];
}
/** The job summary lists every result, passes included: the comment only has room for the exceeded ones. */
function renderAllResults(context) {
    const { results } = context.verdict;
    if (results.length === 0)
        return [];
    return [
        `**All ${results.length} budget check${results.length === 1 ? '' : 's'}:**`,
        ...results.map((result) => `- ${STATUS_ICON[result.status]} ${escapeMarkdown(result.message)}`)
    ];
}
function renderDetails(context) {
    return context.verdict.diff.head.checkpoints.map((checkpoint) => renderCheckpointDetails(checkpoint, context));
}
function renderCheckpointDetails(checkpoint, context) {
    const facts = [
        formatBytes(checkpoint.bytes.total),
        `${format_bytes_formatCount(checkpoint.tensors)} tensor${checkpoint.tensors === 1 ? '' : 's'}`,
        ...(checkpoint.parameters > 0 ? [`${format_bytes_formatCount(checkpoint.parameters)} parameters`] : []),
        `${escapeMarkdown(checkpoint.format)}, classified by ${escapeMarkdown(checkpoint.classifiedBy)}`
    ];
    const lines = [
        '<details>',
        `<summary>${escapeCode(checkpoint.id, context.nameLength)}: ${facts.join(' · ')}</summary>`,
        ''
    ];
    const notes = CATEGORIES.filter((category) => checkpoint.categoryNotes?.[category]);
    for (const category of notes)
        lines.push(`- ${category}: ${escapeMarkdown(checkpoint.categoryNotes[category], context.nameLength)}`);
    if (notes.length)
        lines.push('');
    const limit = context.full ? Number.POSITIVE_INFINITY : (context.options.topTensors ?? DEFAULT_TOP_TENSORS);
    const top = (checkpoint.top ?? []).slice(0, limit);
    if (top.length) {
        lines.push('| Largest tensors | Category | Type | Size |', '|---|---|---|---:|');
        for (const tensor of top) {
            const type = `${escapeMarkdown(tensor.dtype, 40)}[${tensor.shape.join(', ')}]`;
            lines.push(`| ${escapeCode(tensor.name, context.nameLength)} | ${tensor.category} | ${type} | ${formatBytes(tensor.bytes)} |`);
        }
        lines.push('');
    }
    const slices = CATEGORIES.filter((category) => checkpoint.bytes[category] > 0);
    if (slices.length) {
        // Labels are our own category names and byte figures: nothing from the checkpoint reaches mermaid.
        lines.push('```mermaid', 'pie title Bytes by category');
        for (const category of slices)
            lines.push(`    "${category} ${formatBytes(checkpoint.bytes[category])}" : ${checkpoint.bytes[category]}`);
        lines.push('```', '');
    }
    if (context.full) {
        if (checkpoint.unclassifiedTensors?.length) {
            lines.push(`Unclassified tensors: ${checkpoint.unclassifiedTensors.map((name) => escapeCode(name, context.nameLength)).join(', ')}`, '');
        }
        lines.push('| File | Role | Size |', '|---|---|---:|');
        for (const file of checkpoint.files) {
            const absent = file.present === false ? ' (absent)' : '';
            lines.push(`| ${escapeCode(file.path, context.nameLength)}${absent} | ${escapeMarkdown(file.role)} | ${formatBytes(file.bytes)} |`);
        }
        lines.push('');
    }
    lines.push('</details>');
    return lines.join('\n');
}
function renderBaseline({ options }) {
    const { baseline } = options;
    const link = safeUrl(baseline.url);
    const description = escapeMarkdown(baseline.description, 300);
    const text = link ? `[${description}](${link})` : description;
    if (baseline.kind === 'none')
        return [`**Baseline:** none. ${text}`];
    return [`**Baseline:** ${BASELINE_KIND[baseline.kind]}: ${text}`];
}
const BASELINE_KIND = {
    report: 'report file',
    directory: 'base checkpoints on disk',
    git: 'checkpoint files at the base commit',
    artifact: 'report artifact of the base branch'
};
function renderFooter(summaryUrl) {
    const link = safeUrl(summaryUrl);
    const summary = link ? ` · [full report in the job summary](${link})` : '';
    return `<sub>model-size-budget${summary}</sub>`;
}
/**
 * An http(s) URL made safe for a markdown link target, or undefined: parentheses, spaces and
 * angle brackets are percent-encoded so the URL cannot end the link or open HTML.
 */
function safeUrl(url) {
    if (!url)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return parsed.href.replace(/[()<>\s"'`\\|[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/report/text.ts


/**
 * The CLI's terminal table: one block per checkpoint, a line per non-empty category with its
 * size, share and what is in it, then the explanation lines.
 *
 *   exports/model.ckpt   tensorflow-checkpoint   39.3 MB
 *     weights      13.1 MB  33.3%   8 tensors, 3,274,634 parameters
 *     optimizer    26.2 MB  66.6%   Adam slots (m, v) for 8 variables
 */
function renderText(report) {
    const blocks = report.checkpoints.map(renderCheckpoint);
    if (report.checkpoints.length > 1) {
        blocks.push(`total   ${formatBytes(report.total.bytes.total)} in ${report.checkpoints.length} checkpoints`);
    }
    if (report.checkpoints.length === 0 && report.errors.length === 0) {
        blocks.push('No checkpoints found.');
    }
    return blocks.join('\n\n') + '\n';
}
function renderCheckpoint(checkpoint) {
    const title = checkpoint.latest ? `${checkpoint.id} (latest)` : checkpoint.id;
    const lines = [`${title}   ${checkpoint.format}   ${formatBytes(checkpoint.bytes.total)}`];
    const rows = CATEGORIES.filter((category) => checkpoint.bytes[category] > 0).map((category) => {
        const bytes = checkpoint.bytes[category];
        const share = checkpoint.bytes.total > 0 ? formatPercent(bytes / checkpoint.bytes.total) : '';
        return [category, formatBytes(bytes), share, describeCategory(checkpoint, category)];
    });
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), 0));
    for (const [category, size, share, note] of rows) {
        const line = `  ${category.padEnd(widths[0])}  ${size.padStart(widths[1])}  ${share.padStart(widths[2])}   ${note}`;
        lines.push(line.trimEnd());
    }
    for (const explanation of checkpoint.explanations)
        lines.push(`  → ${explanation}`);
    for (const warning of checkpoint.warnings)
        lines.push(`  ! ${warning}`);
    if (checkpoint.unclassifiedTensors?.length) {
        const shown = checkpoint.unclassifiedTensors.slice(0, 10);
        const more = checkpoint.unclassifiedTensors.length - shown.length;
        lines.push(`  unclassified: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`);
    }
    if (checkpoint.top?.length) {
        lines.push('  largest tensors:');
        for (const tensor of checkpoint.top) {
            lines.push(`    ${formatBytes(tensor.bytes).padStart(9)}  ${tensor.category.padEnd(12)} ${tensor.dtype}[${tensor.shape.join(',')}]  ${tensor.name}`);
        }
    }
    // Every line holds names from the checkpoint; none may carry a line break or an escape sequence.
    return lines.map(terminalSafe).join('\n');
}
function describeCategory(checkpoint, category) {
    const parts = [];
    const count = checkpoint.tensorCounts[category];
    if (count)
        parts.push(`${format_bytes_formatCount(count)} tensor${count === 1 ? '' : 's'}`);
    if (category === 'weights' && checkpoint.parameters > 0)
        parts.push(`${format_bytes_formatCount(checkpoint.parameters)} parameters`);
    const note = checkpoint.categoryNotes?.[category];
    if (note)
        parts.push(note);
    return parts.join(', ');
}
/** Errors for stderr, one per line. */
function text_renderErrors(report) {
    return report.errors.map((error) => `error: ${terminalSafe(error.message)}`).join('\n') + (report.errors.length ? '\n' : '');
}
const RESULT_MARK = { pass: '✓', warn: '!', fail: '✗', 'no-baseline': '-' };
/**
 * The CLI's comparison and budget section, after the table: each checkpoint against the
 * baseline, then every budget result (exceeded limits first), then rules that matched nothing.
 *
 *   baseline: 1 checkpoint compared
 *     exports/model.ckpt   12.5 MB → 39.3 MB   +26.8 MB (+214%)
 *   budget: ✗ over budget (1 of 3 limits exceeded)
 *     ✗ exports/model.ckpt: optimizer is 26.2 MB, 26.2 MB over the limit of 0 B (--budget line 1: optimizer: 0 B)
 */
function renderVerdictText(verdict) {
    const lines = [];
    const { diff } = verdict;
    if (diff.base) {
        lines.push(`baseline: ${diff.base.checkpoints.length} checkpoint${diff.base.checkpoints.length === 1 ? '' : 's'}`);
        const rows = diff.checkpoints.map((checkpoint) => {
            const { base, head, delta, ratio } = checkpoint.categories.total;
            const change = checkpoint.change === 'added'
                ? 'new'
                : checkpoint.change === 'removed'
                    ? 'removed'
                    : `${formatDeltaBytes(delta ?? 0)}${ratio === undefined ? '' : ` (${formatPercent(ratio, { signed: true })})`}`;
            return [terminalSafe(checkpoint.id), `${base === undefined ? '—' : formatBytes(base)} → ${head === undefined ? '—' : formatBytes(head)}`, change];
        });
        const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length), 0));
        for (const [id, sizes, change] of rows)
            lines.push(`  ${id.padEnd(widths[0])}   ${sizes.padEnd(widths[1])}   ${change}`);
    }
    if (verdict.rules.length > 0) {
        const exceeded = verdict.results.filter((result) => result.status === 'fail' || result.status === 'warn').length;
        const headline = verdict.status === 'fail'
            ? `✗ over budget (${exceeded} of ${verdict.results.length} limit${verdict.results.length === 1 ? '' : 's'} exceeded)`
            : verdict.status === 'warn'
                ? `! within budget, with warnings`
                : `✓ within budget (${verdict.results.length} limit${verdict.results.length === 1 ? '' : 's'} checked)`;
        lines.push(`budget: ${headline}`);
        const order = ['fail', 'warn', 'no-baseline', 'pass'];
        const sorted = [...verdict.results].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
        for (const result of sorted)
            lines.push(`  ${RESULT_MARK[result.status]} ${terminalSafe(result.message)}`);
        for (const rule of verdict.unmatchedRules) {
            lines.push(`  ! ${terminalSafe(`${rule.source} line ${rule.line}: ${rule.text}`)} matched no checkpoint`);
        }
    }
    return lines.length ? lines.join('\n') + '\n' : '';
}
/**
 * Names from checkpoints can hold escape sequences; shown raw they would recolour or rewrite the
 * user's terminal. Control characters are printed as `\xNN` instead.
 */
function terminalSafe(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/cli/main.ts













/** Exit codes: the contract scripts rely on. */
const ExitCode = {
    Success: 0,
    /** A budget was exceeded. */
    OverBudget: 1,
    /** Bad usage, or a file that could not be analysed. */
    InputError: 2
};
const USAGE = `Usage: model-size-budget [options] PATH...

Finds the ML checkpoints under each PATH (files or directories, searched recursively)
and attributes every byte of each one to weights, optimizer state, buffers,
bookkeeping or metadata.

Options:
  --json                print the report as JSON (schema 1) instead of a table;
                        the file it makes is a valid --baseline
  --top N               list the N largest tensors of each checkpoint
  --budget RULE         a budget rule, repeatable: [warn] [GLOB:] CATEGORY: LIMIT,
                        e.g. 'total: 50 MB', 'optimizer: 0 B', 'weights: +5%',
                        'exports/mobile/**: weights: 20 MB, +10 MB', 'warn buffers: +1 MiB'
  --budget-file PATH    budget rules, one per line (# comments allowed)
  --baseline PATH       compare with a report JSON (from --json) or a directory of
                        base checkpoints laid out as the current directory is
  --markdown            print the pull-request comment body instead of a table
  -h, --help            show this help
  -v, --version         show the version

Each rule applies to every matching checkpoint separately. CATEGORY is total,
weights, optimizer, buffers, bookkeeping, metadata or unclassified. A 'warn'
rule only warns. Growth limits (+5%, +10 MB) need --baseline.

Exit codes: 0 success, 1 a budget was exceeded, 2 usage or input error
(an input error wins over an exceeded budget: the figures are incomplete).
`;
/** Runs the CLI and returns its exit code; never throws for bad input. */
async function main(argv, io) {
    let options;
    let rules;
    try {
        options = parseCliArgs(argv);
        if (options.help) {
            io.stdout(USAGE);
            return ExitCode.Success;
        }
        if (options.version) {
            io.stdout(`${VERSION}\n`);
            return ExitCode.Success;
        }
    }
    catch (error) {
        io.stderr(`error: ${messageOf(error)}\n\n${USAGE}`);
        return ExitCode.InputError;
    }
    try {
        rules = await readBudgetRules(options, io.cwd);
    }
    catch (error) {
        // The message already shows the expected form of a rule; the whole usage would bury it.
        io.stderr(`error: ${messageOf(error)}\n`);
        return ExitCode.InputError;
    }
    // The comment's <details> list the largest tensors, so --markdown asks for them.
    const top = options.top || (options.markdown ? DEFAULT_MARKDOWN_TOP : 0);
    let baseline;
    try {
        baseline = await readBaseline(options.baseline, io, top);
    }
    catch (error) {
        io.stderr(`error: ${messageOf(error)}\n`);
        return ExitCode.InputError;
    }
    const found = await walk(io.cwd, options.paths);
    // `model-size-budget . --baseline base/`: the base checkpoints are not head checkpoints too.
    const headFiles = baseline.origin.kind === 'directory' ? withoutDirectory(found.files, io.cwd, (0,external_node_path_namespaceObject.resolve)(io.cwd, options.baseline)) : found.files;
    const report = await measure(headFiles, new DiskFiles(io.cwd), { top, ...(io.readers ? { readers: io.readers } : {}) });
    for (const skipped of found.skipped) {
        report.errors.push({ path: skipped.path, kind: 'PathError', message: `${skipped.path}: ${skipped.reason}.` });
    }
    const comparing = rules.length > 0 || baseline.report !== undefined;
    const verdict = evaluateBudgets(diffReports(baseline.report, report), rules);
    if (options.json) {
        io.stdout(JSON.stringify(report, null, 2) + '\n');
        if (comparing)
            io.stderr(renderVerdictText(verdict));
    }
    else if (options.markdown) {
        io.stdout(renderMarkdown(verdict, { baseline: baseline.origin }) + '\n');
    }
    else {
        io.stdout(renderText(report) + (comparing ? '\n' + renderVerdictText(verdict) : ''));
    }
    if (report.errors.length > 0 || baseline.report?.errors.length) {
        io.stderr(text_renderErrors(report));
        if (baseline.report?.errors.length)
            io.stderr(text_renderErrors(baseline.report).replace(/^error: /gm, 'error: baseline: '));
        return ExitCode.InputError;
    }
    return verdict.status === 'fail' ? ExitCode.OverBudget : ExitCode.Success;
}
function parseCliArgs(argv) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        allowPositionals: true,
        strict: true,
        options: {
            json: { type: 'boolean', default: false },
            markdown: { type: 'boolean', default: false },
            top: { type: 'string' },
            budget: { type: 'string', multiple: true },
            'budget-file': { type: 'string' },
            baseline: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
            version: { type: 'boolean', short: 'v', default: false }
        }
    });
    let top = 0;
    if (values.top !== undefined) {
        top = Number(values.top);
        if (!Number.isInteger(top) || top < 1)
            throw new ConfigError(`--top takes a whole number of at least 1, got '${values.top}'.`);
    }
    if (values.json && values.markdown)
        throw new ConfigError('--json and --markdown both choose the output: give one of them.');
    if (!values.help && !values.version && positionals.length === 0) {
        throw new ConfigError('no PATH given: name the checkpoint files or directories to analyse.');
    }
    return {
        paths: positionals,
        json: values.json ?? false,
        markdown: values.markdown ?? false,
        top,
        budgets: values.budget ?? [],
        ...(values['budget-file'] !== undefined ? { budgetFile: values['budget-file'] } : {}),
        ...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
        help: values.help ?? false,
        version: values.version ?? false
    };
}
/** `--budget` rules (each its own source, line 1) then the `--budget-file` rules. */
async function readBudgetRules(options, cwd) {
    const rules = options.budgets.flatMap((text) => parseBudgets(text, { source: '--budget' }));
    if (options.budgetFile !== undefined) {
        let text;
        try {
            text = await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.resolve)(cwd, options.budgetFile), 'utf8');
        }
        catch (error) {
            throw new ConfigError(`--budget-file ${options.budgetFile}: cannot be read (${error.code ?? messageOf(error)}).`);
        }
        rules.push(...parseBudgets(text, { source: options.budgetFile }));
    }
    return rules;
}
/** The most a baseline report JSON may be: reports are a few KB per checkpoint. */
const MAX_BASELINE_REPORT_BYTES = 64 * 1024 * 1024;
async function readBaseline(path, io, top) {
    if (path === undefined) {
        return {
            origin: {
                kind: 'none',
                description: 'pass --baseline with a report JSON (from --json) or a directory of base checkpoints to compare.'
            }
        };
    }
    const absolute = (0,external_node_path_namespaceObject.resolve)(io.cwd, path);
    const info = await (0,promises_namespaceObject.stat)(absolute).catch(() => undefined);
    if (!info)
        throw new ConfigError(`--baseline ${path}: no such file or directory. Give a report JSON (from --json) or a directory of base checkpoints.`);
    if (info.isDirectory()) {
        const report = await measureBaselineDirectory(absolute, { top, ...(io.readers ? { readers: io.readers } : {}) });
        return { report, origin: { kind: 'directory', description: path } };
    }
    if (info.size > MAX_BASELINE_REPORT_BYTES) {
        throw new ConfigError(`--baseline ${path}: ${info.size} bytes is too large for a report JSON; give a report from --json or a directory of base checkpoints.`);
    }
    const report = loadBaselineReport(await (0,promises_namespaceObject.readFile)(absolute, 'utf8'), path);
    return { report, origin: { kind: 'report', description: path } };
}
/** The files (POSIX, relative to `cwd`) that are not inside `directory`. */
function withoutDirectory(files, cwd, directory) {
    const inside = (0,external_node_path_namespaceObject.relative)(cwd, directory).split(external_node_path_namespaceObject.sep).join('/');
    if (inside === '' || inside.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(inside))
        return files;
    return files.filter((file) => !file.startsWith(`${inside}/`));
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Largest tensors listed per checkpoint in --markdown output when --top is not given. */
const DEFAULT_MARKDOWN_TOP = 10;
// Replaced at build time would need a bundler plugin; the package version is stable enough here.
const VERSION = '0.1.0';


/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 390:
/***/ (function(module, exports) {

// GENERATED FILE. DO NOT EDIT.
(function (global, factory) {
  function preferDefault(exports) {
    return exports.default || exports;
  }
  if (typeof define === "function" && define.amd) {
    define([], function () {
      var exports = {};
      factory(exports);
      return preferDefault(exports);
    });
  } else if (true) {
    factory(exports);
    if (true) module.exports = preferDefault(exports);
  } else {}
})(
  typeof globalThis !== "undefined"
    ? globalThis
    : typeof self !== "undefined"
      ? self
      : this,
  function (_exports) {
    "use strict";

    Object.defineProperty(_exports, "__esModule", {
      value: true,
    });
    _exports.default = void 0;
    /**
     * @license
     * Copyright 2009 The Closure Library Authors
     * Copyright 2020 Daniel Wirtz / The long.js Authors.
     *
     * Licensed under the Apache License, Version 2.0 (the "License");
     * you may not use this file except in compliance with the License.
     * You may obtain a copy of the License at
     *
     *     http://www.apache.org/licenses/LICENSE-2.0
     *
     * Unless required by applicable law or agreed to in writing, software
     * distributed under the License is distributed on an "AS IS" BASIS,
     * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
     * See the License for the specific language governing permissions and
     * limitations under the License.
     *
     * SPDX-License-Identifier: Apache-2.0
     */

    // WebAssembly optimizations to do native i64 multiplication and divide
    var wasm = null;
    try {
      wasm = new WebAssembly.Instance(
        new WebAssembly.Module(
          new Uint8Array([
            // \0asm
            0, 97, 115, 109,
            // version 1
            1, 0, 0, 0,
            // section "type"
            1, 13, 2,
            // 0, () => i32
            96, 0, 1, 127,
            // 1, (i32, i32, i32, i32) => i32
            96, 4, 127, 127, 127, 127, 1, 127,
            // section "function"
            3, 7, 6,
            // 0, type 0
            0,
            // 1, type 1
            1,
            // 2, type 1
            1,
            // 3, type 1
            1,
            // 4, type 1
            1,
            // 5, type 1
            1,
            // section "global"
            6, 6, 1,
            // 0, "high", mutable i32
            127, 1, 65, 0, 11,
            // section "export"
            7, 50, 6,
            // 0, "mul"
            3, 109, 117, 108, 0, 1,
            // 1, "div_s"
            5, 100, 105, 118, 95, 115, 0, 2,
            // 2, "div_u"
            5, 100, 105, 118, 95, 117, 0, 3,
            // 3, "rem_s"
            5, 114, 101, 109, 95, 115, 0, 4,
            // 4, "rem_u"
            5, 114, 101, 109, 95, 117, 0, 5,
            // 5, "get_high"
            8, 103, 101, 116, 95, 104, 105, 103, 104, 0, 0,
            // section "code"
            10, 191, 1, 6,
            // 0, "get_high"
            4, 0, 35, 0, 11,
            // 1, "mul"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 126, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 2, "div_s"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 127, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 3, "div_u"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 128, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 4, "rem_s"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 129, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 5, "rem_u"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 130, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
          ]),
        ),
        {},
      ).exports;
    } catch {
      // no wasm support :(
    }

    /**
     * Constructs a 64 bit two's-complement integer, given its low and high 32 bit values as *signed* integers.
     *  See the from* functions below for more convenient ways of constructing Longs.
     * @exports Long
     * @class A Long class for representing a 64 bit two's-complement integer value.
     * @param {number} low The low (signed) 32 bits of the long
     * @param {number} high The high (signed) 32 bits of the long
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @constructor
     */
    function Long(low, high, unsigned) {
      /**
       * The low 32 bits as a signed value.
       * @type {number}
       */
      this.low = low | 0;

      /**
       * The high 32 bits as a signed value.
       * @type {number}
       */
      this.high = high | 0;

      /**
       * Whether unsigned or not.
       * @type {boolean}
       */
      this.unsigned = !!unsigned;
    }

    // The internal representation of a long is the two given signed, 32-bit values.
    // We use 32-bit pieces because these are the size of integers on which
    // Javascript performs bit-operations.  For operations like addition and
    // multiplication, we split each number into 16 bit pieces, which can easily be
    // multiplied within Javascript's floating-point representation without overflow
    // or change in sign.
    //
    // In the algorithms below, we frequently reduce the negative case to the
    // positive case by negating the input(s) and then post-processing the result.
    // Note that we must ALWAYS check specially whether those values are MIN_VALUE
    // (-2^63) because -MIN_VALUE == MIN_VALUE (since 2^63 cannot be represented as
    // a positive number, it overflows back into a negative).  Not handling this
    // case would often result in infinite recursion.
    //
    // Common constant values ZERO, ONE, NEG_ONE, etc. are defined below the from*
    // methods on which they depend.

    /**
     * An indicator used to reliably determine if an object is a Long or not.
     * @type {boolean}
     * @const
     * @private
     */
    Long.prototype.__isLong__;
    Object.defineProperty(Long.prototype, "__isLong__", {
      value: true,
    });

    /**
     * @function
     * @param {*} obj Object
     * @returns {boolean}
     * @inner
     */
    function isLong(obj) {
      return (obj && obj["__isLong__"]) === true;
    }

    /**
     * @function
     * @param {*} value number
     * @returns {number}
     * @inner
     */
    function ctz32(value) {
      var c = Math.clz32(value & -value);
      return value ? 31 - c : c;
    }

    /**
     * Tests if the specified object is a Long.
     * @function
     * @param {*} obj Object
     * @returns {boolean}
     */
    Long.isLong = isLong;

    /**
     * A cache of the Long representations of small integer values.
     * @type {!Object}
     * @inner
     */
    var INT_CACHE = {};

    /**
     * A cache of the Long representations of small unsigned integer values.
     * @type {!Object}
     * @inner
     */
    var UINT_CACHE = {};

    /**
     * @param {number} value
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromInt(value, unsigned) {
      var obj, cachedObj, cache;
      if (unsigned) {
        value >>>= 0;
        if ((cache = 0 <= value && value < 256)) {
          cachedObj = UINT_CACHE[value];
          if (cachedObj) return cachedObj;
        }
        obj = fromBits(value, 0, true);
        if (cache) UINT_CACHE[value] = obj;
        return obj;
      } else {
        value |= 0;
        if ((cache = -128 <= value && value < 128)) {
          cachedObj = INT_CACHE[value];
          if (cachedObj) return cachedObj;
        }
        obj = fromBits(value, value < 0 ? -1 : 0, false);
        if (cache) INT_CACHE[value] = obj;
        return obj;
      }
    }

    /**
     * Returns a Long representing the given 32 bit integer value.
     * @function
     * @param {number} value The 32 bit integer in question
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromInt = fromInt;

    /**
     * @param {number} value
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromNumber(value, unsigned) {
      if (isNaN(value)) return unsigned ? UZERO : ZERO;
      if (unsigned) {
        if (value < 0) return UZERO;
        if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
      } else {
        if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
        if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
      }
      if (value < 0) return fromNumber(-value, unsigned).neg();
      return fromBits(
        value % TWO_PWR_32_DBL | 0,
        (value / TWO_PWR_32_DBL) | 0,
        unsigned,
      );
    }

    /**
     * Returns a Long representing the given value, provided that it is a finite number. Otherwise, zero is returned.
     * @function
     * @param {number} value The number in question
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromNumber = fromNumber;

    /**
     * @param {number} lowBits
     * @param {number} highBits
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromBits(lowBits, highBits, unsigned) {
      return new Long(lowBits, highBits, unsigned);
    }

    /**
     * Returns a Long representing the 64 bit integer that comes by concatenating the given low and high bits. Each is
     *  assumed to use 32 bits.
     * @function
     * @param {number} lowBits The low 32 bits
     * @param {number} highBits The high 32 bits
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromBits = fromBits;

    /**
     * @function
     * @param {number} base
     * @param {number} exponent
     * @returns {number}
     * @inner
     */
    var pow_dbl = Math.pow; // Used 4 times (4*8 to 15+4)

    /**
     * @param {string} str
     * @param {(boolean|number)=} unsigned
     * @param {number=} radix
     * @returns {!Long}
     * @inner
     */
    function fromString(str, unsigned, radix) {
      if (str.length === 0) throw Error("empty string");
      if (typeof unsigned === "number") {
        // For goog.math.long compatibility
        radix = unsigned;
        unsigned = false;
      } else {
        unsigned = !!unsigned;
      }
      if (
        str === "NaN" ||
        str === "Infinity" ||
        str === "+Infinity" ||
        str === "-Infinity"
      )
        return unsigned ? UZERO : ZERO;
      radix = radix || 10;
      if (radix < 2 || 36 < radix) throw RangeError("radix");
      var p;
      if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
      else if (p === 0) {
        return fromString(str.substring(1), unsigned, radix).neg();
      }

      // Do several (8) digits each time through the loop, so as to
      // minimize the calls to the very expensive emulated div.
      var radixToPower = fromNumber(pow_dbl(radix, 8));
      var result = ZERO;
      for (var i = 0; i < str.length; i += 8) {
        var size = Math.min(8, str.length - i),
          value = parseInt(str.substring(i, i + size), radix);
        if (size < 8) {
          var power = fromNumber(pow_dbl(radix, size));
          result = result.mul(power).add(fromNumber(value));
        } else {
          result = result.mul(radixToPower);
          result = result.add(fromNumber(value));
        }
      }
      result.unsigned = unsigned;
      return result;
    }

    /**
     * Returns a Long representation of the given string, written using the specified radix.
     * @function
     * @param {string} str The textual representation of the Long
     * @param {(boolean|number)=} unsigned Whether unsigned or not, defaults to signed
     * @param {number=} radix The radix in which the text is written (2-36), defaults to 10
     * @returns {!Long} The corresponding Long value
     */
    Long.fromString = fromString;

    /**
     * @function
     * @param {!Long|number|string|!{low: number, high: number, unsigned: boolean}} val
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromValue(val, unsigned) {
      if (typeof val === "number") return fromNumber(val, unsigned);
      if (typeof val === "string") return fromString(val, unsigned);
      // Throws for non-objects, converts non-instanceof Long:
      return fromBits(
        val.low,
        val.high,
        typeof unsigned === "boolean" ? unsigned : val.unsigned,
      );
    }

    /**
     * Converts the specified value to a Long using the appropriate from* function for its type.
     * @function
     * @param {!Long|number|bigint|string|!{low: number, high: number, unsigned: boolean}} val Value
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long}
     */
    Long.fromValue = fromValue;

    // NOTE: the compiler should inline these constant values below and then remove these variables, so there should be
    // no runtime penalty for these.

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_16_DBL = 1 << 16;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_24_DBL = 1 << 24;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;

    /**
     * @type {!Long}
     * @const
     * @inner
     */
    var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);

    /**
     * @type {!Long}
     * @inner
     */
    var ZERO = fromInt(0);

    /**
     * Signed zero.
     * @type {!Long}
     */
    Long.ZERO = ZERO;

    /**
     * @type {!Long}
     * @inner
     */
    var UZERO = fromInt(0, true);

    /**
     * Unsigned zero.
     * @type {!Long}
     */
    Long.UZERO = UZERO;

    /**
     * @type {!Long}
     * @inner
     */
    var ONE = fromInt(1);

    /**
     * Signed one.
     * @type {!Long}
     */
    Long.ONE = ONE;

    /**
     * @type {!Long}
     * @inner
     */
    var UONE = fromInt(1, true);

    /**
     * Unsigned one.
     * @type {!Long}
     */
    Long.UONE = UONE;

    /**
     * @type {!Long}
     * @inner
     */
    var NEG_ONE = fromInt(-1);

    /**
     * Signed negative one.
     * @type {!Long}
     */
    Long.NEG_ONE = NEG_ONE;

    /**
     * @type {!Long}
     * @inner
     */
    var MAX_VALUE = fromBits(0xffffffff | 0, 0x7fffffff | 0, false);

    /**
     * Maximum signed value.
     * @type {!Long}
     */
    Long.MAX_VALUE = MAX_VALUE;

    /**
     * @type {!Long}
     * @inner
     */
    var MAX_UNSIGNED_VALUE = fromBits(0xffffffff | 0, 0xffffffff | 0, true);

    /**
     * Maximum unsigned value.
     * @type {!Long}
     */
    Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;

    /**
     * @type {!Long}
     * @inner
     */
    var MIN_VALUE = fromBits(0, 0x80000000 | 0, false);

    /**
     * Minimum signed value.
     * @type {!Long}
     */
    Long.MIN_VALUE = MIN_VALUE;

    /**
     * @alias Long.prototype
     * @inner
     */
    var LongPrototype = Long.prototype;

    /**
     * Converts the Long to a 32 bit integer, assuming it is a 32 bit integer.
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.toInt = function toInt() {
      return this.unsigned ? this.low >>> 0 : this.low;
    };

    /**
     * Converts the Long to a the nearest floating-point representation of this value (double, 53 bit mantissa).
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.toNumber = function toNumber() {
      if (this.unsigned)
        return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
      return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
    };

    /**
     * Converts the Long to a string written in the specified radix.
     * @this {!Long}
     * @param {number=} radix Radix (2-36), defaults to 10
     * @returns {string}
     * @override
     * @throws {RangeError} If `radix` is out of range
     */
    LongPrototype.toString = function toString(radix) {
      radix = radix || 10;
      if (radix < 2 || 36 < radix) throw RangeError("radix");
      if (this.isZero()) return "0";
      if (this.isNegative()) {
        // Unsigned Longs are never negative
        if (this.eq(MIN_VALUE)) {
          // We need to change the Long value before it can be negated, so we remove
          // the bottom-most digit in this base and then recurse to do the rest.
          var radixLong = fromNumber(radix),
            div = this.div(radixLong),
            rem1 = div.mul(radixLong).sub(this);
          return div.toString(radix) + rem1.toInt().toString(radix);
        } else return "-" + this.neg().toString(radix);
      }

      // Do several (6) digits each time through the loop, so as to
      // minimize the calls to the very expensive emulated div.
      var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned),
        rem = this;
      var result = "";
      while (true) {
        var remDiv = rem.div(radixToPower),
          intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0,
          digits = intval.toString(radix);
        rem = remDiv;
        if (rem.isZero()) return digits + result;
        else {
          while (digits.length < 6) digits = "0" + digits;
          result = "" + digits + result;
        }
      }
    };

    /**
     * Gets the high 32 bits as a signed integer.
     * @this {!Long}
     * @returns {number} Signed high bits
     */
    LongPrototype.getHighBits = function getHighBits() {
      return this.high;
    };

    /**
     * Gets the high 32 bits as an unsigned integer.
     * @this {!Long}
     * @returns {number} Unsigned high bits
     */
    LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
      return this.high >>> 0;
    };

    /**
     * Gets the low 32 bits as a signed integer.
     * @this {!Long}
     * @returns {number} Signed low bits
     */
    LongPrototype.getLowBits = function getLowBits() {
      return this.low;
    };

    /**
     * Gets the low 32 bits as an unsigned integer.
     * @this {!Long}
     * @returns {number} Unsigned low bits
     */
    LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
      return this.low >>> 0;
    };

    /**
     * Gets the number of bits needed to represent the absolute value of this Long.
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
      if (this.isNegative())
        // Unsigned Longs are never negative
        return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
      var val = this.high != 0 ? this.high : this.low;
      for (var bit = 31; bit > 0; bit--) if ((val & (1 << bit)) != 0) break;
      return this.high != 0 ? bit + 33 : bit + 1;
    };

    /**
     * Tests if this Long can be safely represented as a JavaScript number.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isSafeInteger = function isSafeInteger() {
      // 2^53-1 is the maximum safe value
      var top11Bits = this.high >> 21;
      // [0, 2^53-1]
      if (!top11Bits) return true;
      // > 2^53-1
      if (this.unsigned) return false;
      // [-2^53, -1] except -2^53
      return top11Bits === -1 && !(this.low === 0 && this.high === -0x200000);
    };

    /**
     * Tests if this Long's value equals zero.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isZero = function isZero() {
      return this.high === 0 && this.low === 0;
    };

    /**
     * Tests if this Long's value equals zero. This is an alias of {@link Long#isZero}.
     * @returns {boolean}
     */
    LongPrototype.eqz = LongPrototype.isZero;

    /**
     * Tests if this Long's value is negative.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isNegative = function isNegative() {
      return !this.unsigned && this.high < 0;
    };

    /**
     * Tests if this Long's value is positive or zero.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isPositive = function isPositive() {
      return this.unsigned || this.high >= 0;
    };

    /**
     * Tests if this Long's value is odd.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isOdd = function isOdd() {
      return (this.low & 1) === 1;
    };

    /**
     * Tests if this Long's value is even.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isEven = function isEven() {
      return (this.low & 1) === 0;
    };

    /**
     * Tests if this Long's value equals the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.equals = function equals(other) {
      if (!isLong(other)) other = fromValue(other);
      if (
        this.unsigned !== other.unsigned &&
        this.high >>> 31 === 1 &&
        other.high >>> 31 === 1
      )
        return false;
      return this.high === other.high && this.low === other.low;
    };

    /**
     * Tests if this Long's value equals the specified's. This is an alias of {@link Long#equals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.eq = LongPrototype.equals;

    /**
     * Tests if this Long's value differs from the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.notEquals = function notEquals(other) {
      return !this.eq(/* validates */ other);
    };

    /**
     * Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.neq = LongPrototype.notEquals;

    /**
     * Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.ne = LongPrototype.notEquals;

    /**
     * Tests if this Long's value is less than the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lessThan = function lessThan(other) {
      return this.comp(/* validates */ other) < 0;
    };

    /**
     * Tests if this Long's value is less than the specified's. This is an alias of {@link Long#lessThan}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lt = LongPrototype.lessThan;

    /**
     * Tests if this Long's value is less than or equal the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
      return this.comp(/* validates */ other) <= 0;
    };

    /**
     * Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lte = LongPrototype.lessThanOrEqual;

    /**
     * Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.le = LongPrototype.lessThanOrEqual;

    /**
     * Tests if this Long's value is greater than the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.greaterThan = function greaterThan(other) {
      return this.comp(/* validates */ other) > 0;
    };

    /**
     * Tests if this Long's value is greater than the specified's. This is an alias of {@link Long#greaterThan}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.gt = LongPrototype.greaterThan;

    /**
     * Tests if this Long's value is greater than or equal the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
      return this.comp(/* validates */ other) >= 0;
    };

    /**
     * Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.gte = LongPrototype.greaterThanOrEqual;

    /**
     * Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.ge = LongPrototype.greaterThanOrEqual;

    /**
     * Compares this Long's value with the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {number} 0 if they are the same, 1 if the this is greater and -1
     *  if the given one is greater
     */
    LongPrototype.compare = function compare(other) {
      if (!isLong(other)) other = fromValue(other);
      if (this.eq(other)) return 0;
      var thisNeg = this.isNegative(),
        otherNeg = other.isNegative();
      if (thisNeg && !otherNeg) return -1;
      if (!thisNeg && otherNeg) return 1;
      // At this point the sign bits are the same
      if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
      // Both are positive if at least one is unsigned
      return other.high >>> 0 > this.high >>> 0 ||
        (other.high === this.high && other.low >>> 0 > this.low >>> 0)
        ? -1
        : 1;
    };

    /**
     * Compares this Long's value with the specified's. This is an alias of {@link Long#compare}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {number} 0 if they are the same, 1 if the this is greater and -1
     *  if the given one is greater
     */
    LongPrototype.comp = LongPrototype.compare;

    /**
     * Negates this Long's value.
     * @this {!Long}
     * @returns {!Long} Negated Long
     */
    LongPrototype.negate = function negate() {
      if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
      return this.not().add(ONE);
    };

    /**
     * Negates this Long's value. This is an alias of {@link Long#negate}.
     * @function
     * @returns {!Long} Negated Long
     */
    LongPrototype.neg = LongPrototype.negate;

    /**
     * Returns the sum of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} addend Addend
     * @returns {!Long} Sum
     */
    LongPrototype.add = function add(addend) {
      if (!isLong(addend)) addend = fromValue(addend);

      // Divide each number into 4 chunks of 16 bits, and then sum the chunks.

      var a48 = this.high >>> 16;
      var a32 = this.high & 0xffff;
      var a16 = this.low >>> 16;
      var a00 = this.low & 0xffff;
      var b48 = addend.high >>> 16;
      var b32 = addend.high & 0xffff;
      var b16 = addend.low >>> 16;
      var b00 = addend.low & 0xffff;
      var c48 = 0,
        c32 = 0,
        c16 = 0,
        c00 = 0;
      c00 += a00 + b00;
      c16 += c00 >>> 16;
      c00 &= 0xffff;
      c16 += a16 + b16;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c32 += a32 + b32;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c48 += a48 + b48;
      c48 &= 0xffff;
      return fromBits((c16 << 16) | c00, (c48 << 16) | c32, this.unsigned);
    };

    /**
     * Returns the difference of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} subtrahend Subtrahend
     * @returns {!Long} Difference
     */
    LongPrototype.subtract = function subtract(subtrahend) {
      if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
      return this.add(subtrahend.neg());
    };

    /**
     * Returns the difference of this and the specified Long. This is an alias of {@link Long#subtract}.
     * @function
     * @param {!Long|number|bigint|string} subtrahend Subtrahend
     * @returns {!Long} Difference
     */
    LongPrototype.sub = LongPrototype.subtract;

    /**
     * Returns the product of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} multiplier Multiplier
     * @returns {!Long} Product
     */
    LongPrototype.multiply = function multiply(multiplier) {
      if (this.isZero()) return this;
      if (!isLong(multiplier)) multiplier = fromValue(multiplier);

      // use wasm support if present
      if (wasm) {
        var low = wasm["mul"](
          this.low,
          this.high,
          multiplier.low,
          multiplier.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
      if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
      if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
      if (this.isNegative()) {
        if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
        else return this.neg().mul(multiplier).neg();
      } else if (multiplier.isNegative())
        return this.mul(multiplier.neg()).neg();

      // If both longs are small, use float multiplication
      if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
        return fromNumber(
          this.toNumber() * multiplier.toNumber(),
          this.unsigned,
        );

      // Divide each long into 4 chunks of 16 bits, and then add up 4x4 products.
      // We can skip products that would overflow.

      var a48 = this.high >>> 16;
      var a32 = this.high & 0xffff;
      var a16 = this.low >>> 16;
      var a00 = this.low & 0xffff;
      var b48 = multiplier.high >>> 16;
      var b32 = multiplier.high & 0xffff;
      var b16 = multiplier.low >>> 16;
      var b00 = multiplier.low & 0xffff;
      var c48 = 0,
        c32 = 0,
        c16 = 0,
        c00 = 0;
      c00 += a00 * b00;
      c16 += c00 >>> 16;
      c00 &= 0xffff;
      c16 += a16 * b00;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c16 += a00 * b16;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c32 += a32 * b00;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c32 += a16 * b16;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c32 += a00 * b32;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
      c48 &= 0xffff;
      return fromBits((c16 << 16) | c00, (c48 << 16) | c32, this.unsigned);
    };

    /**
     * Returns the product of this and the specified Long. This is an alias of {@link Long#multiply}.
     * @function
     * @param {!Long|number|bigint|string} multiplier Multiplier
     * @returns {!Long} Product
     */
    LongPrototype.mul = LongPrototype.multiply;

    /**
     * Returns this Long divided by the specified. The result is signed if this Long is signed or
     *  unsigned if this Long is unsigned.
     * @this {!Long}
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Quotient
     */
    LongPrototype.divide = function divide(divisor) {
      if (!isLong(divisor)) divisor = fromValue(divisor);
      if (divisor.isZero()) throw Error("division by zero");

      // use wasm support if present
      if (wasm) {
        // guard against signed division overflow: the largest
        // negative number / -1 would be 1 larger than the largest
        // positive number, due to two's complement.
        if (
          !this.unsigned &&
          this.high === -0x80000000 &&
          divisor.low === -1 &&
          divisor.high === -1
        ) {
          // be consistent with non-wasm code path
          return this;
        }
        var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
          this.low,
          this.high,
          divisor.low,
          divisor.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      if (this.isZero()) return this.unsigned ? UZERO : ZERO;
      var approx, rem, res;
      if (!this.unsigned) {
        // This section is only relevant for signed longs and is derived from the
        // closure library as a whole.
        if (this.eq(MIN_VALUE)) {
          if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
            return MIN_VALUE; // recall that -MIN_VALUE == MIN_VALUE
          else if (divisor.eq(MIN_VALUE)) return ONE;
          else {
            // At this point, we have |other| >= 2, so |this/other| < |MIN_VALUE|.
            var halfThis = this.shr(1);
            approx = halfThis.div(divisor).shl(1);
            if (approx.eq(ZERO)) {
              return divisor.isNegative() ? ONE : NEG_ONE;
            } else {
              rem = this.sub(divisor.mul(approx));
              res = approx.add(rem.div(divisor));
              return res;
            }
          }
        } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
        if (this.isNegative()) {
          if (divisor.isNegative()) return this.neg().div(divisor.neg());
          return this.neg().div(divisor).neg();
        } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
        res = ZERO;
      } else {
        // The algorithm below has not been made for unsigned longs. It's therefore
        // required to take special care of the MSB prior to running it.
        if (!divisor.unsigned) divisor = divisor.toUnsigned();
        if (divisor.gt(this)) return UZERO;
        if (divisor.gt(this.shru(1)))
          // 15 >>> 1 = 7 ; with divisor = 8 ; true
          return UONE;
        res = UZERO;
      }

      // Repeat the following until the remainder is less than other:  find a
      // floating-point that approximates remainder / other *from below*, add this
      // into the result, and subtract it from the remainder.  It is critical that
      // the approximate value is less than or equal to the real value so that the
      // remainder never becomes negative.
      rem = this;
      while (rem.gte(divisor)) {
        // Approximate the result of division. This may be a little greater or
        // smaller than the actual value.
        approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));

        // We will tweak the approximate result by changing it in the 48-th digit or
        // the smallest non-fractional digit, whichever is larger.
        var log2 = Math.ceil(Math.log(approx) / Math.LN2),
          delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48),
          // Decrease the approximation until it is smaller than the remainder.  Note
          // that if it is too large, the product overflows and is negative.
          approxRes = fromNumber(approx),
          approxRem = approxRes.mul(divisor);
        while (approxRem.isNegative() || approxRem.gt(rem)) {
          approx -= delta;
          approxRes = fromNumber(approx, this.unsigned);
          approxRem = approxRes.mul(divisor);
        }

        // We know the answer can't be zero... and actually, zero would cause
        // infinite recursion since we would make no progress.
        if (approxRes.isZero()) approxRes = ONE;
        res = res.add(approxRes);
        rem = rem.sub(approxRem);
      }
      return res;
    };

    /**
     * Returns this Long divided by the specified. This is an alias of {@link Long#divide}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Quotient
     */
    LongPrototype.div = LongPrototype.divide;

    /**
     * Returns this Long modulo the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.modulo = function modulo(divisor) {
      if (!isLong(divisor)) divisor = fromValue(divisor);

      // use wasm support if present
      if (wasm) {
        var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
          this.low,
          this.high,
          divisor.low,
          divisor.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      return this.sub(this.div(divisor).mul(divisor));
    };

    /**
     * Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.mod = LongPrototype.modulo;

    /**
     * Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.rem = LongPrototype.modulo;

    /**
     * Returns the bitwise NOT of this Long.
     * @this {!Long}
     * @returns {!Long}
     */
    LongPrototype.not = function not() {
      return fromBits(~this.low, ~this.high, this.unsigned);
    };

    /**
     * Returns count leading zeros of this Long.
     * @this {!Long}
     * @returns {!number}
     */
    LongPrototype.countLeadingZeros = function countLeadingZeros() {
      return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
    };

    /**
     * Returns count leading zeros. This is an alias of {@link Long#countLeadingZeros}.
     * @function
     * @param {!Long}
     * @returns {!number}
     */
    LongPrototype.clz = LongPrototype.countLeadingZeros;

    /**
     * Returns count trailing zeros of this Long.
     * @this {!Long}
     * @returns {!number}
     */
    LongPrototype.countTrailingZeros = function countTrailingZeros() {
      return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
    };

    /**
     * Returns count trailing zeros. This is an alias of {@link Long#countTrailingZeros}.
     * @function
     * @param {!Long}
     * @returns {!number}
     */
    LongPrototype.ctz = LongPrototype.countTrailingZeros;

    /**
     * Returns the bitwise AND of this Long and the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.and = function and(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low & other.low,
        this.high & other.high,
        this.unsigned,
      );
    };

    /**
     * Returns the bitwise OR of this Long and the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.or = function or(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low | other.low,
        this.high | other.high,
        this.unsigned,
      );
    };

    /**
     * Returns the bitwise XOR of this Long and the given one.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.xor = function xor(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low ^ other.low,
        this.high ^ other.high,
        this.unsigned,
      );
    };

    /**
     * Returns this Long with bits shifted to the left by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftLeft = function shiftLeft(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      else if (numBits < 32)
        return fromBits(
          this.low << numBits,
          (this.high << numBits) | (this.low >>> (32 - numBits)),
          this.unsigned,
        );
      else return fromBits(0, this.low << (numBits - 32), this.unsigned);
    };

    /**
     * Returns this Long with bits shifted to the left by the given amount. This is an alias of {@link Long#shiftLeft}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shl = LongPrototype.shiftLeft;

    /**
     * Returns this Long with bits arithmetically shifted to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftRight = function shiftRight(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      else if (numBits < 32)
        return fromBits(
          (this.low >>> numBits) | (this.high << (32 - numBits)),
          this.high >> numBits,
          this.unsigned,
        );
      else
        return fromBits(
          this.high >> (numBits - 32),
          this.high >= 0 ? 0 : -1,
          this.unsigned,
        );
    };

    /**
     * Returns this Long with bits arithmetically shifted to the right by the given amount. This is an alias of {@link Long#shiftRight}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shr = LongPrototype.shiftRight;

    /**
     * Returns this Long with bits logically shifted to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits < 32)
        return fromBits(
          (this.low >>> numBits) | (this.high << (32 - numBits)),
          this.high >>> numBits,
          this.unsigned,
        );
      if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
      return fromBits(this.high >>> (numBits - 32), 0, this.unsigned);
    };

    /**
     * Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shru = LongPrototype.shiftRightUnsigned;

    /**
     * Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;

    /**
     * Returns this Long with bits rotated to the left by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotateLeft = function rotateLeft(numBits) {
      var b;
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
      if (numBits < 32) {
        b = 32 - numBits;
        return fromBits(
          (this.low << numBits) | (this.high >>> b),
          (this.high << numBits) | (this.low >>> b),
          this.unsigned,
        );
      }
      numBits -= 32;
      b = 32 - numBits;
      return fromBits(
        (this.high << numBits) | (this.low >>> b),
        (this.low << numBits) | (this.high >>> b),
        this.unsigned,
      );
    };
    /**
     * Returns this Long with bits rotated to the left by the given amount. This is an alias of {@link Long#rotateLeft}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotl = LongPrototype.rotateLeft;

    /**
     * Returns this Long with bits rotated to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotateRight = function rotateRight(numBits) {
      var b;
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
      if (numBits < 32) {
        b = 32 - numBits;
        return fromBits(
          (this.high << b) | (this.low >>> numBits),
          (this.low << b) | (this.high >>> numBits),
          this.unsigned,
        );
      }
      numBits -= 32;
      b = 32 - numBits;
      return fromBits(
        (this.low << b) | (this.high >>> numBits),
        (this.high << b) | (this.low >>> numBits),
        this.unsigned,
      );
    };
    /**
     * Returns this Long with bits rotated to the right by the given amount. This is an alias of {@link Long#rotateRight}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotr = LongPrototype.rotateRight;

    /**
     * Converts this Long to signed.
     * @this {!Long}
     * @returns {!Long} Signed long
     */
    LongPrototype.toSigned = function toSigned() {
      if (!this.unsigned) return this;
      return fromBits(this.low, this.high, false);
    };

    /**
     * Converts this Long to unsigned.
     * @this {!Long}
     * @returns {!Long} Unsigned long
     */
    LongPrototype.toUnsigned = function toUnsigned() {
      if (this.unsigned) return this;
      return fromBits(this.low, this.high, true);
    };

    /**
     * Converts this Long to its byte representation.
     * @param {boolean=} le Whether little or big endian, defaults to big endian
     * @this {!Long}
     * @returns {!Array.<number>} Byte representation
     */
    LongPrototype.toBytes = function toBytes(le) {
      return le ? this.toBytesLE() : this.toBytesBE();
    };

    /**
     * Converts this Long to its little endian byte representation.
     * @this {!Long}
     * @returns {!Array.<number>} Little endian byte representation
     */
    LongPrototype.toBytesLE = function toBytesLE() {
      var hi = this.high,
        lo = this.low;
      return [
        lo & 0xff,
        (lo >>> 8) & 0xff,
        (lo >>> 16) & 0xff,
        lo >>> 24,
        hi & 0xff,
        (hi >>> 8) & 0xff,
        (hi >>> 16) & 0xff,
        hi >>> 24,
      ];
    };

    /**
     * Converts this Long to its big endian byte representation.
     * @this {!Long}
     * @returns {!Array.<number>} Big endian byte representation
     */
    LongPrototype.toBytesBE = function toBytesBE() {
      var hi = this.high,
        lo = this.low;
      return [
        hi >>> 24,
        (hi >>> 16) & 0xff,
        (hi >>> 8) & 0xff,
        hi & 0xff,
        lo >>> 24,
        (lo >>> 16) & 0xff,
        (lo >>> 8) & 0xff,
        lo & 0xff,
      ];
    };

    /**
     * Creates a Long from its byte representation.
     * @param {!Array.<number>} bytes Byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @param {boolean=} le Whether little or big endian, defaults to big endian
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytes = function fromBytes(bytes, unsigned, le) {
      return le
        ? Long.fromBytesLE(bytes, unsigned)
        : Long.fromBytesBE(bytes, unsigned);
    };

    /**
     * Creates a Long from its little endian byte representation.
     * @param {!Array.<number>} bytes Little endian byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
      return new Long(
        bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24),
        bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24),
        unsigned,
      );
    };

    /**
     * Creates a Long from its big endian byte representation.
     * @param {!Array.<number>} bytes Big endian byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
      return new Long(
        (bytes[4] << 24) | (bytes[5] << 16) | (bytes[6] << 8) | bytes[7],
        (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3],
        unsigned,
      );
    };

    // Support conversion to/from BigInt where available
    if (typeof BigInt === "function") {
      /**
       * Returns a Long representing the given big integer.
       * @function
       * @param {number} value The big integer value
       * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
       * @returns {!Long} The corresponding Long value
       */
      Long.fromBigInt = function fromBigInt(value, unsigned) {
        var lowBits = Number(BigInt.asIntN(32, value));
        var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
        return fromBits(lowBits, highBits, unsigned);
      };

      // Override
      Long.fromValue = function fromValueWithBigInt(value, unsigned) {
        if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
        return fromValue(value, unsigned);
      };

      /**
       * Converts the Long to its big integer representation.
       * @this {!Long}
       * @returns {bigint}
       */
      LongPrototype.toBigInt = function toBigInt() {
        var lowBigInt = BigInt(this.low >>> 0);
        var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
        return (highBigInt << BigInt(32)) | lowBigInt;
      };
    }
    var _default = (_exports.default = Long);
  },
);


/***/ }),

/***/ 365:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// light library entry point.


module.exports = __nccwpck_require__(253);

/***/ }),

/***/ 0:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/**
 * Runtime message from/to plain object converters.
 * @namespace
 */
var converter = exports;

var Enum  = __nccwpck_require__(363),
    types = __nccwpck_require__(761),
    util  = __nccwpck_require__(926);

/**
 * Generates a partial value fromObject conveter.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} prop Property reference
 * @param {string} [dstProp] Repeated destination property reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genValuePartial_fromObject(gen, field, fieldIndex, prop, dstProp) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) {
            var dst = dstProp
                ? "m" + dstProp + "[m" + dstProp + ".length]"
                : "m" + prop;
            gen
            ("switch(d%s){", prop);
            for (var values = field.resolvedType.values, keys = Object.keys(values), i = 0; i < keys.length; ++i) { gen
                ("case%j:", keys[i])
                ("case %i:", values[keys[i]])
                    ("%s=%j", dst, values[keys[i]])
                    ("break");
            }
            gen
                ("default:");
            if (field.resolvedType._features.enum_type !== "CLOSED") {
                gen
                    ("if(typeof d%s===\"number\"&&(d%s|0)===d%s)", prop, prop, prop)
                        ("%s=d%s", dst, prop);
            }
            gen
            ("}");
        } else gen
            ("if(!util.isObject(d%s))", prop)
                ("throw TypeError(%j)", field.fullName + ": object expected")
            ("m%s=types[%i].fromObject(d%s,q+1)", prop, fieldIndex, prop);
    } else {
        var isUnsigned = false;
        switch (field.type) {
            case "double":
            case "float": gen
                ("m%s=Number(d%s)", prop, prop); // also catches "NaN", "Infinity"
                break;
            case "uint32":
            case "fixed32": gen
                ("m%s=d%s>>>0", prop, prop);
                break;
            case "int32":
            case "sint32":
            case "sfixed32": gen
                ("m%s=d%s|0", prop, prop);
                break;
            case "uint64":
            case "fixed64":
                isUnsigned = true;
                // eslint-disable-next-line no-fallthrough
            case "int64":
            case "sint64":
            case "sfixed64": gen
                ("if(util.Long)")
                    ("m%s=util.Long.fromValue(d%s,%j)", prop, prop, isUnsigned)
                ("else if(typeof d%s===\"string\")", prop)
                    ("m%s=parseInt(d%s,10)", prop, prop)
                ("else if(typeof d%s===\"number\")", prop)
                    ("m%s=d%s", prop, prop)
                ("else if(typeof d%s===\"object\")", prop)
                    ("m%s=new util.LongBits(d%s.low>>>0,d%s.high>>>0).toNumber(%s)", prop, prop, prop, isUnsigned ? "true" : "");
                break;
            case "bytes": gen
                ("if(typeof d%s===\"string\")", prop)
                    ("util.base64.decode(d%s,m%s=util.newBuffer(util.base64.length(d%s)),0)", prop, prop, prop)
                ("else if(d%s.length>=0)", prop)
                    ("m%s=d%s", prop, prop);
                break;
            case "string": gen
                ("m%s=String(d%s)", prop, prop);
                break;
            case "bool": gen
                ("m%s=Boolean(d%s)", prop, prop);
                break;
            /* default: gen
                ("m%s=d%s", prop, prop);
                break; */
        }
    }
    return gen;
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
}

/**
 * Generates a plain object to runtime message converter specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
converter.fromObject = function fromObject(mtype) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    var fields = mtype.fieldsArray;
    var gen = util.codegen(["d", "q"])
    ("if(d instanceof C)")
        ("return d")
    ("if(!util.isObject(d))")
        ("throw TypeError(%j)", mtype.fullName + ": object expected")
    ("if(q===undefined)q=0")
    ("if(q>util.recursionLimit)")
        ("throw Error(\"max depth exceeded\")");
    if (!fields.length) return gen
    ("return new C");
    gen
    ("var m=new C");
    for (var i = 0; i < fields.length; ++i) {
        var field  = fields[i].resolve(),
            prop   = util.safeProp(field.name),
            implicitPresence = !field.hasPresence && !field.repeated && !field.map
                && (field.resolvedType instanceof Enum || types.basic[field.type] !== undefined);

        // Map fields
        if (field.map) { gen
    ("if(d%s){", prop)
        ("if(!util.isObject(d%s))", prop)
            ("throw TypeError(%j)", field.fullName + ": object expected")
        ("m%s={}", prop)
        ("for(var ks=Object.keys(d%s),i=0;i<ks.length;++i){", prop);
            gen
        ("if(ks[i]===\"__proto__\")")
            ("util.makeProp(m%s,ks[i])", prop);
            genValuePartial_fromObject(gen, field, /* not sorted */ i, prop + "[ks[i]]")
        ("}")
    ("}");

        // Repeated fields
        } else if (field.repeated) { gen
    ("if(d%s){", prop)
        ("if(!Array.isArray(d%s))", prop)
            ("throw TypeError(%j)", field.fullName + ": array expected");
            if (field.resolvedType instanceof Enum) gen
        ("m%s=[]", prop);
            else gen
        ("m%s=Array(d%s.length)", prop, prop);
            gen
        ("for(var i=0;i<d%s.length;++i){", prop);
            genValuePartial_fromObject(gen, field, /* not sorted */ i, prop + "[i]", field.resolvedType instanceof Enum ? prop : undefined)
        ("}")
    ("}");

        // Non-repeated fields
        } else {
            if (!(field.resolvedType instanceof Enum)) gen // no need to test for null/undefined if an enum (uses switch)
    ("if(d%s!=null){", prop); // !== undefined && !== null
            if (implicitPresence) {
                if (field.resolvedType instanceof Enum) gen
    ("if(d%s!==%j&&(typeof d%s!==\"string\"||types[%i].values[d%s]!==%j)){", prop, field.typeDefault, prop, i, prop, field.typeDefault);
                else if (field.type === "string") gen
    ("if(typeof d%s!==\"string\"||d%s.length){", prop, prop);
                else if (field.type === "bytes") gen
    ("if(d%s.length){", prop);
                else if (field.type === "bool") gen
    ("if(d%s){", prop);
                else if (field.type === "double" || field.type === "float") gen
    ("if(!Object.is(Number(d%s),0)){", prop);
                else if (types.long[field.type] !== undefined) gen
    ("if(typeof d%s===\"object\"?d%s.low||d%s.high:Number(d%s)!==0){", prop, prop, prop, prop);
                else gen
    ("if(Number(d%s)!==0){", prop);
            }
        genValuePartial_fromObject(gen, field, /* not sorted */ i, prop);
            if (implicitPresence) gen
    ("}");
            if (!(field.resolvedType instanceof Enum)) gen
    ("}");
        }
    } return gen
    ("return m");
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
};

/**
 * Generates a partial value toObject converter.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} dstProp Destination property reference
 * @param {string} [srcProp] Source property reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genValuePartial_toObject(gen, field, fieldIndex, dstProp, srcProp) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    if (!srcProp)
        srcProp = dstProp;
    if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) gen
            ("d%s=o.enums===String?(types[%i].values[m%s]===undefined?m%s:types[%i].values[m%s]):m%s", dstProp, fieldIndex, srcProp, srcProp, fieldIndex, srcProp, srcProp);
        else gen
            ("d%s=types[%i].toObject(m%s,o,q+1)", dstProp, fieldIndex, srcProp);
    } else {
        var isUnsigned = false;
        switch (field.type) {
            case "double":
            case "float": gen
            ("d%s=o.json&&!isFinite(m%s)?String(m%s):m%s", dstProp, srcProp, srcProp, srcProp);
                break;
            case "uint64":
            case "fixed64":
                isUnsigned = true;
                // eslint-disable-next-line no-fallthrough
            case "int64":
            case "sint64":
            case "sfixed64": gen
            ("if(typeof BigInt!==\"undefined\"&&o.longs===BigInt)")
                ("d%s=typeof m%s===\"number\"?BigInt(m%s):util.Long.fromBits(m%s.low>>>0,m%s.high>>>0,%j).toBigInt()", dstProp, srcProp, srcProp, srcProp, srcProp, isUnsigned)
            ("else if(typeof m%s===\"number\")", srcProp)
                ("d%s=o.longs===String?String(m%s):m%s", dstProp, srcProp, srcProp)
            ("else") // Long-like
                ("d%s=o.longs===String?util.Long.prototype.toString.call(m%s):o.longs===Number?new util.LongBits(m%s.low>>>0,m%s.high>>>0).toNumber(%s):m%s", dstProp, srcProp, srcProp, srcProp, isUnsigned ? "true": "", srcProp);
                break;
            case "bytes": gen
            ("d%s=o.bytes===String?util.base64.encode(m%s,0,m%s.length):o.bytes===Array?Array.prototype.slice.call(m%s):m%s", dstProp, srcProp, srcProp, srcProp, srcProp);
                break;
            default: gen
            ("d%s=m%s", dstProp, srcProp);
                break;
        }
    }
    return gen;
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
}

/**
 * Generates a runtime message to plain object converter specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
converter.toObject = function toObject(mtype) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    var fields = mtype.fieldsArray.slice().sort(util.compareFieldsById);
    if (!fields.length)
        return util.codegen()("return {}");
    var gen = util.codegen(["m", "o", "q"])
    ("if(!o)")
        ("o={}")
    ("if(q===undefined)q=0")
    ("if(q>util.recursionLimit)")
        ("throw Error(\"max depth exceeded\")")
    ("var d={}");

    var repeatedFields = [],
        mapFields = [],
        normalFields = [],
        i = 0;
    for (; i < fields.length; ++i)
        if (!fields[i].partOf)
            ( fields[i].resolve().repeated ? repeatedFields
            : fields[i].map ? mapFields
            : normalFields).push(fields[i]);

    if (repeatedFields.length) { gen
    ("if(o.arrays||o.defaults){");
        for (i = 0; i < repeatedFields.length; ++i) gen
        ("d%s=[]", util.safeProp(repeatedFields[i].name));
        gen
    ("}");
    }

    if (mapFields.length) { gen
    ("if(o.objects||o.defaults){");
        for (i = 0; i < mapFields.length; ++i) gen
        ("d%s={}", util.safeProp(mapFields[i].name));
        gen
    ("}");
    }

    if (normalFields.length) { gen
    ("if(o.defaults){");
        for (i = 0; i < normalFields.length; ++i) {
            var field = normalFields[i],
                prop  = util.safeProp(field.name);
            if (field.resolvedType instanceof Enum) gen
        ("d%s=o.enums===String?%j:%j", prop, field.resolvedType.valuesById[field.typeDefault], field.typeDefault);
            else if (field.long) gen
        ("if(util.Long){")
            ("var n=new util.Long(%i,%i,%j)", field.typeDefault.low, field.typeDefault.high, field.typeDefault.unsigned)
            ("d%s=o.longs===String?n.toString():o.longs===Number?n.toNumber():typeof BigInt!==\"undefined\"&&o.longs===BigInt?n.toBigInt():n", prop)
        ("}else")
            ("d%s=o.longs===String?%j:typeof BigInt!==\"undefined\"&&o.longs===BigInt?BigInt(%j):%i", prop, field.typeDefault.toString(), field.typeDefault.toString(), field.typeDefault.toNumber());
            else if (field.bytes) {
                var arrayDefault = Array.prototype.slice.call(field.typeDefault);
                gen
        ("if(o.bytes===String)d%s=%j", prop, util.base64.encode(field.typeDefault, 0, field.typeDefault.length))
        ("else{")
            ("d%s=%j", prop, arrayDefault)
            ("if(o.bytes!==Array)d%s=util.newBuffer(d%s)", prop, prop)
        ("}");
            } else if ((field.type === "double" || field.type === "float") && typeof field.typeDefault === "number"
                    && (!isFinite(field.typeDefault) || Object.is(field.typeDefault, -0))) gen
        ("d%s=%f", prop, field.typeDefault)
        ("if(o.json&&!isFinite(d%s))d%s=String(d%s)", prop, prop, prop);
            else gen
        ("d%s=%j", prop, field.typeDefault); // also messages (=null)
        } gen
    ("}");
    }
    var hasKs2 = false;
    for (i = 0; i < fields.length; ++i) {
        var field = fields[i],
            index = mtype._fieldsArray.indexOf(field),
            prop  = util.safeProp(field.name);
        if (field.map) {
            if (!hasKs2) { hasKs2 = true; gen
    ("var ks2");
            } gen
    ("if(m%s&&(ks2=Object.keys(m%s)).length){", prop, prop)
        ("d%s={}", prop);
            var longKey = types.long[field.keyType] !== undefined,
                srcProp = prop + "[ks2[j]]";
            gen
        ("for(var j=0;j<ks2.length;++j){");
            if (longKey) gen
            ("var k2=util.longFromKey(ks2[j],%j).toString()", field.keyType === "uint64" || field.keyType === "fixed64");
            gen
        ("if(ks2[j]===\"__proto__\")")
            ("util.makeProp(d%s,ks2[j])", prop);
            genValuePartial_toObject(gen, field, /* sorted */ index, longKey ? prop + "[k2]" : srcProp, srcProp)
        ("}");
        } else if (field.repeated) { gen
    ("if(m%s&&m%s.length){", prop, prop)
        ("d%s=Array(m%s.length)", prop, prop)
        ("for(var j=0;j<m%s.length;++j){", prop);
            genValuePartial_toObject(gen, field, /* sorted */ index, prop + "[j]")
        ("}");
        } else { gen
    ("if(m%s!=null&&Object.hasOwnProperty.call(m,%j)){", prop, field.name); // !== undefined && !== null
        genValuePartial_toObject(gen, field, /* sorted */ index, prop);
        if (field.partOf && !field.partOf.isProto3Optional) gen
        ("if(o.oneofs)")
            ("d%s=%j", util.safeProp(field.partOf.name), field.name);
        }
        gen
    ("}");
    }
    return gen
    ("return d");
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
};


/***/ }),

/***/ 224:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = decoder;

var Enum    = __nccwpck_require__(363),
    types   = __nccwpck_require__(761),
    util    = __nccwpck_require__(926);

function missing(field) {
    return "missing required '" + field.name + "'";
}

function stringMethod(field) {
    return field._features.utf8_validation === "VERIFY" ? "stringVerify" : "string";
}

function genPreserveUnknown(gen, ref) {
    /* eslint-disable no-unexpected-multiline */
    return gen
        ("if(!r.discardUnknown){")
            ("util.makeProp(m,\"$unknowns\",false);")
            ("(m.$unknowns||(m.$unknowns=[])).push(%s)", ref)
        ("}");
    /* eslint-enable no-unexpected-multiline */
}

/**
 * Generates a decoder specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
function decoder(mtype) {
    /* eslint-disable no-unexpected-multiline */
    var hasMapField = false,
        needsValueVar = false,
        i = 0;
    for (; i < mtype.fieldsArray.length; ++i) {
        var pfield = mtype._fieldsArray[i];
        if (pfield.map)
            hasMapField = true;
        if (pfield.resolvedType instanceof Enum || !pfield.repeated && !pfield.map && !pfield.hasPresence)
            needsValueVar = true;
    }
    var gen = util.codegen(["r", "l", "z", "q", "g"])
    ("if(!(r instanceof Reader))")
        ("r=Reader.create(r)")
    ("if(q===undefined)q=0")
    ("if(q>Reader.recursionLimit)")
        ("throw Error(\"max depth exceeded\")")
    ("var c,m" + (hasMapField ? ",k,v" : needsValueVar ? ",v" : ""))
    ("if(l===undefined)")
        ("c=r.len")
    ("else{")
        ("c=r.pos+l")
        ("if(c>r.len)")
            ("throw RangeError(\"index out of range\")")
        ("l=r.len")
        ("r.len=c")
    ("}")
    ("m=g||new C")
    ("while(r.pos<c){")
        ("var s=r.pos")
        ("var t=r.tag()")
        ("if(t===z){")
            ("z=undefined")
            ("break")
        ("}");
    if (mtype.fieldsArray.length) gen
        ("var u=t&7")
        ("switch(t>>>=3){");
    for (i = 0; i < /* initializes */ mtype.fieldsArray.length; ++i) {
        var field  = mtype._fieldsArray[i].resolve(),
            type   = field.resolvedType instanceof Enum ? "int32" : field.type,
            ref    = "m" + util.safeProp(field.name),
            closed = field.resolvedType instanceof Enum && field.resolvedType._features.enum_type === "CLOSED";

        // Map fields
        if (field.map) {
            gen
            ("case %i:{", field.id)
                ("if(u!==2)")
                    ("break");
            if (!closed) gen
                ("if(%s===util.emptyObject)", ref)
                    ("%s={}", ref);
            gen
                ("var c2=r.size()+r.pos")
                ("if(c2>r.len)")
                    ("throw RangeError(\"index out of range\")")
                ("r.len=c2");

            if (types.defaults[field.keyType] !== undefined) gen
                ("k=%j", types.defaults[field.keyType]);
            else gen
                ("k=null");

            if (types.long[type] !== undefined) gen
                ("v=util.Long?util.Long.fromNumber(0,%j):0", type === "uint64" || type === "fixed64");
            else if (types.defaults[type] !== undefined) gen
                ("v=%j", types.defaults[type]);
            else gen
                ("v=null");

            gen
                ("while(r.pos<c2){")
                    ("var t2=r.tag()")
                    ("u=t2&7")
                    ("switch(t2>>>=3){")
                        ("case 1:")
                            ("if(u!==%i)", types.mapKey[field.keyType])
                                ("break")
                            ("k=r.%s()", field.keyType === "string" ? stringMethod(field) : field.keyType)
                            ("continue")
                        ("case 2:")
                            ("if(u!==%i)", types.basic[type] === undefined ? 2 : types.basic[type])
                                ("break");

            if (types.basic[type] === undefined) gen
                            ("v=types[%i].decode(r,r.size(),undefined,q+1,v)", i); // can't be groups
            else gen
                            ("v=r.%s()", type === "string" ? stringMethod(field) : type);

            gen
                            ("continue")
                    ("}")
                    ("r.skipType(u,q,t2)")
                ("}");
            gen
                ("if(r.pos!==c2)")
                    ("throw RangeError(\"index out of range\")")
                ("r.len=c");

            if (closed) { gen
                ("if(types[%i].valuesById[v]===undefined){", i);
                    genPreserveUnknown(gen, "r.raw(s,r.pos)")
                    ("continue")
                ("}")
                ("if(%s===util.emptyObject)", ref)
                    ("%s={}", ref);
            }

            var val = types.basic[type] === undefined ? "v||new types[" + i + "].ctor" : "v";
            if (types.long[field.keyType] !== undefined) gen
                ("%s[typeof k===\"object\"?util.longToHash(k):k]=%s", ref, val);
            else {
                if (field.keyType === "string") gen
                ("if(k===\"__proto__\")")
                    ("util.makeProp(%s,k)", ref);
                gen
                ("%s[k]=%s", ref, val);
            }

        // Repeated fields
        } else if (field.repeated) { gen
            ("case %i:", field.id)
            ("{");

            // Packable (always check for forward and backward compatiblity)
            if (types.packed[type] !== undefined) {
                gen
                ("if(u===2){");
                if (closed) {
                    gen
                    ("var c2=r.size()+r.pos")
                    ("if(c2>r.len)")
                        ("throw RangeError(\"index out of range\")")
                    ("r.len=c2")
                    ("while(r.pos<c2){")
                        ("s=r.pos")
                        ("v=r.%s()", type)
                        ("if(types[%i].valuesById[v]!==undefined){", i)
                            ("if(!(%s&&%s.length))", ref, ref)
                                ("%s=[]", ref)
                            ("%s.push(v)", ref)
                        ("}else");
                            genPreserveUnknown(gen, "util.rawField(" + field.id + ",0,r.raw(s,r.pos))")
                    ("}");
                    gen
                    ("if(r.pos!==c2)")
                        ("throw RangeError(\"index out of range\")")
                    ("r.len=c");
                } else gen
                    ("if(!(%s&&%s.length))", ref, ref)
                        ("%s=[]", ref)
                    ("r.%ss(%s)", type, ref);
                gen
                    ("continue")
                ("}");
            }

            // Non-packed
            gen
                ("if(u!==%i)", types.basic[type] === undefined ? field.delimited ? 3 : 2 : types.basic[type])
                    ("break");
            if (!closed) gen
                ("if(!(%s&&%s.length))", ref, ref)
                    ("%s=[]", ref);
            if (types.basic[type] === undefined) {
                if (field.delimited) gen
                    ("%s.push(types[%i].decode(r,undefined,%i,q+1))", ref, i, field.id * 8 + 4);
                else gen
                    ("%s.push(types[%i].decode(r,r.size(),undefined,q+1))", ref, i);
            } else if (closed) { gen
                    ("v=r.%s()", type)
                    ("if(types[%i].valuesById[v]!==undefined){", i)
                        ("if(!(%s&&%s.length))", ref, ref)
                            ("%s=[]", ref)
                        ("%s.push(v)", ref)
                    ("}else");
                        genPreserveUnknown(gen, "r.raw(s,r.pos)");
            } else gen
                    ("%s.push(r.%s())", ref, type === "string" ? stringMethod(field) : type);

        // Non-repeated
        } else if (types.basic[type] === undefined) {
            gen
            ("case %i:{", field.id)
                ("if(u!==%i)", field.delimited ? 3 : 2)
                    ("break");
            if (field.delimited) gen
                ("%s=types[%i].decode(r,undefined,%i,q+1,%s)", ref, i, field.id * 8 + 4, ref);
            else gen
                ("%s=types[%i].decode(r,r.size(),undefined,q+1,%s)", ref, i, ref);
        }
        else if (field.hasPresence) {
            gen
            ("case %i:{", field.id)
                ("if(u!==%i)", types.basic[type])
                    ("break");
            if (closed) { gen
                ("v=r.%s()", type)
                ("if(types[%i].valuesById[v]!==undefined){", i)
                    ("%s=v", ref);
                if (field.partOf) gen
                    ("m%s=%j", util.safeProp(field.partOf.name), field.name);
                gen
                ("}else");
                    genPreserveUnknown(gen, "r.raw(s,r.pos)");
            } else gen
                ("%s=r.%s()", ref, type === "string" ? stringMethod(field) : type);
        } else {
            gen
            ("case %i:{", field.id)
                ("if(u!==%i)", types.basic[type])
                    ("break");
            if (closed) { gen
                ("v=r.%s()", type)
                ("if(types[%i].valuesById[v]!==undefined){", i)
                    ("if(v!==%j)", field.typeDefault)
                        ("%s=v", ref)
                    ("else")
                        ("delete %s", ref)
                ("}else{");
                    genPreserveUnknown(gen, "r.raw(s,r.pos)")
                ("}");
            } else {
                if (field.resolvedType instanceof Enum && field.typeDefault !== 0) gen
                    // TODO: Protoc rejects open enums whose first value is not zero.
                    // We should do the same, but for v8 this would be a regression.
                    ("if((v=r.%s())!==%j)", type, field.typeDefault);
                else if (type === "string") gen
                    ("if((v=r.%s()).length)", stringMethod(field));
                else if (type === "bytes") gen
                    ("if((v=r.%s()).length)", type);
                else if (types.long[type] !== undefined) gen
                    ("if(typeof(v=r.%s())===\"object\"?v.low||v.high:v!==0)", type);
                else if (type === "double" || type === "float") gen
                    ("if(!Object.is(v=r.%s(),0))", type);
                else gen
                    ("if(v=r.%s())", type);
                gen
                        ("%s=v", ref)
                    ("else")
                        ("delete %s", ref); // rare/odd case: later default clears earlier non-default
            }
        }
        if (field.partOf && !closed) gen
                ("m%s=%j", util.safeProp(field.partOf.name), field.name);
        gen
                ("continue")
            ("}");
    }
    if (i) gen
        ("}");
    // Unknown fields
    gen
        ("r.skipType(%s,q,t)", i ? "u" : "t&7");
    genPreserveUnknown(gen, "r.raw(s,r.pos)")
    ("}")
    ("if(l!==undefined){")
        ("if(r.pos!==c)")
            ("throw RangeError(\"index out of range\")")
        ("r.len=l")
    ("}")
    ("if(z!==undefined)")
        ("throw Error(\"missing end group\")");

    // Field presence
    for (i = 0; i < mtype._fieldsArray.length; ++i) {
        var rfield = mtype._fieldsArray[i];
        if (rfield.required) gen
    ("if(!Object.hasOwnProperty.call(m,%j))", rfield.name)
        ("throw util.ProtocolError(%j,{instance:m})", missing(rfield));
    }

    return gen
    ("return m");
    /* eslint-enable no-unexpected-multiline */
}


/***/ }),

/***/ 880:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = encoder;

var Enum     = __nccwpck_require__(363),
    types    = __nccwpck_require__(761),
    util     = __nccwpck_require__(926);

/**
 * Generates a partial message type encoder.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} ref Variable reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genTypePartial(gen, field, fieldIndex, ref) {
    return field.delimited
        ? gen("types[%i].encode(%s,w.uint32(%i),q+1).uint32(%i)", fieldIndex, ref, (field.id << 3 | 3) >>> 0, (field.id << 3 | 4) >>> 0)
        : gen("types[%i].encode(%s,w.uint32(%i).fork(),q+1).ldelim()", fieldIndex, ref, (field.id << 3 | 2) >>> 0);
}

/**
 * Generates an encoder specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
function encoder(mtype) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    var gen = util.codegen(["m", "w", "q"])
    ("if(!w)")
        ("w=Writer.create()")
    ("if(q===undefined)q=0")
    ("if(q>util.recursionLimit)")
        ("throw Error(\"max depth exceeded\")");

    var i, ref;

    // "when a message is serialized its known fields should be written sequentially by field number"
    var fields = /* initializes */ mtype.fieldsArray.slice().sort(util.compareFieldsById);

    for (var i = 0; i < fields.length; ++i) {
        var field    = fields[i].resolve(),
            index    = mtype._fieldsArray.indexOf(field),
            type     = field.resolvedType instanceof Enum ? "int32" : field.type,
            wireType = types.basic[type];
            ref      = "m" + util.safeProp(field.name);

        // Map fields
        if (field.map) {
            gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name) // !== undefined && !== null
        ("for(var ks=Object.keys(%s),i=0;i<ks.length;++i){", ref);
            if (field.keyType === "bool") gen
            ("w.uint32(%i).fork().uint32(%i).bool(util.boolFromKey(ks[i]))", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType]);
            else if (types.long[field.keyType] !== undefined) gen
            ("w.uint32(%i).fork().uint32(%i).%s(util.longFromKey(ks[i],%j))", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType, field.keyType === "uint64" || field.keyType === "fixed64");
            else gen
            ("w.uint32(%i).fork().uint32(%i).%s(ks[i])", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType);
            if (wireType === undefined) gen
            ("types[%i].encode(%s[ks[i]],w.uint32(18).fork(),q+1).ldelim().ldelim()", index, ref); // can't be groups
            else gen
            (".uint32(%i).%s(%s[ks[i]]).ldelim()", 16 | wireType, type, ref);
            gen
        ("}")
    ("}");

            // Repeated fields
        } else if (field.repeated) { gen
    ("if(%s!=null&&%s.length){", ref, ref); // !== undefined && !== null

            // Packed repeated
            if (field.packed && types.packed[type] !== undefined) { gen

        ("w.uint32(%i).%ss(%s)", (field.id << 3 | 2) >>> 0, type, ref);

            // Non-packed
            } else { gen

        ("for(var i=0;i<%s.length;++i)", ref);
                if (wireType === undefined)
            genTypePartial(gen, field, index, ref + "[i]");
                else gen
            ("w.uint32(%i).%s(%s[i])", (field.id << 3 | wireType) >>> 0, type, ref);

            } gen
    ("}");

        // Non-repeated
        } else {
            if (!field.required)
                if (field.hasPresence || !(field.resolvedType instanceof Enum || types.basic[type] !== undefined)) gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j))", ref, field.name); // !== undefined && !== null
                else if (field.resolvedType instanceof Enum) gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==%j)", ref, field.name, ref, field.typeDefault);
                else if (type === "bool") gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==false)", ref, field.name, ref);
                else if (type === "string") gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==\"\")", ref, field.name, ref);
                else if (type === "bytes") gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s.length)", ref, field.name, ref);
                else if (type === "double" || type === "float") gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&!Object.is(%s,0))", ref, field.name, ref);
                else if (types.long[type] !== undefined) gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&(typeof %s===\"object\"?%s.low||%s.high:%s!==0))", ref, field.name, ref, ref, ref, ref);
                else gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)&&%s!==0)", ref, field.name, ref);

            if (wireType === undefined)
        genTypePartial(gen, field, index, ref);
            else gen
        ("w.uint32(%i).%s(%s)", (field.id << 3 | wireType) >>> 0, type, ref);

        }
    }

    return gen
    ("if(m.$unknowns!=null&&Object.hasOwnProperty.call(m,\"$unknowns\"))")
        ("for(var i=0;i<m.$unknowns.length;++i)")
            ("w.raw(m.$unknowns[i])")
    ("return w");
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
}


/***/ }),

/***/ 363:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Enum;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(385);
Enum.prototype = Object.create(ReflectionObject.prototype, {
    constructor: {
        value: Enum,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Enum.className = "Enum";

var Namespace = __nccwpck_require__(731),
    util = __nccwpck_require__(926);

/**
 * Constructs a new enum instance.
 * @classdesc Reflected enum.
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {Object.<string,number>} [values] Enum values as an object, by name
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] The comment for this enum
 * @param {Object.<string,string|null>} [comments] The value comments for this enum
 * @param {Object.<string,Object<string,*>>|undefined} [valuesOptions] The value options for this enum
 */
function Enum(name, values, options, comment, comments, valuesOptions) {
    ReflectionObject.call(this, name, options);

    if (values && typeof values !== "object")
        throw TypeError("values must be an object");

    /**
     * Enum values by id.
     * @type {Object.<number,string>}
     */
    this.valuesById = Object.create(null);

    /**
     * Enum values by name.
     * @type {Object.<string,number>}
     */
    this.values = Object.create(this.valuesById); // toJSON, marker

    /**
     * Enum comment text.
     * @type {string|null}
     */
    this.comment = comment;

    /**
     * Value comment texts, if any.
     * @type {Object.<string,string|null>}
     */
    this.comments = comments || {};

    /**
     * Values options, if any
     * @type {Object<string, Object<string, *>>|undefined}
     */
    this.valuesOptions = valuesOptions;

    /**
     * Resolved values features, if any
     * @type {Object<string, Object<string, *>>|undefined}
     */
    this._valuesFeatures = {};

    /**
     * Reserved ranges, if any.
     * @type {Array.<number[]|string>}
     */
    this.reserved = undefined; // toJSON

    /**
     * Declared symbol visibility, if any.
     * @type {"local"|"export"|undefined}
     */
    this.visibility = undefined; // toJSON

    // Note that values inherit valuesById on their prototype which makes them a TypeScript-
    // compatible enum. This is used by pbts to write actual enum definitions that work for
    // static and reflection code alike instead of emitting generic object definitions.

    if (values)
        for (var keys = Object.keys(values), i = 0; i < keys.length; ++i)
            if (keys[i] !== "__proto__" && typeof values[keys[i]] === "number") { // use forward entries only
                this.values[keys[i]] = values[keys[i]];
                if (this.valuesById[values[keys[i]]] === undefined)
                    this.valuesById[values[keys[i]]] = keys[i];
            }
}

/**
 * @override
 */
Enum.prototype._resolveFeatures = function _resolveFeatures(edition) {
    edition = this._edition || edition;
    ReflectionObject.prototype._resolveFeatures.call(this, edition);

    Object.keys(this.values).forEach(key => {
        var parentFeaturesCopy = util.merge({}, this._features);
        this._valuesFeatures[key] = util.merge(parentFeaturesCopy, this.valuesOptions && this.valuesOptions[key] && this.valuesOptions[key].features || {});
    });

    return this;
};

/**
 * Enum descriptor.
 * @interface IEnum
 * @property {string} [edition] Edition
 * @property {Object.<string,number>} values Enum values
 * @property {Object.<string,*>} [options] Enum options
 * @property {Object.<string,Object.<string,*>>} [valuesOptions] Enum value options
 * @property {Array.<number[]|string>} [reserved] Reserved ranges
 * @property {"local"|"export"} [visibility] Declared symbol visibility
 * @property {string|null} [comment] Enum comment
 * @property {Object.<string,string|null>} [comments] Value comments
 */

/**
 * Constructs an enum from an enum descriptor.
 * @param {string} name Enum name
 * @param {IEnum} json Enum descriptor
 * @returns {Enum} Created enum
 * @throws {TypeError} If arguments are invalid
 */
Enum.fromJSON = function fromJSON(name, json) {
    var enm = new Enum(name, json.values, json.options, json.comment, json.comments, json.valuesOptions);
    enm.reserved = json.reserved;
    if (json.visibility)
        enm.visibility = json.visibility;
    if (json.edition)
        enm._edition = json.edition;
    enm._defaultEdition = "proto3";  // For backwards-compatibility.
    return enm;
};

/**
 * Converts this enum to an enum descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IEnum} Enum descriptor
 */
Enum.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition"       , this._editionToJSON(),
        "options"       , this.options,
        "valuesOptions" , this.valuesOptions,
        "values"        , this.values,
        "reserved"      , this.reserved && this.reserved.length ? this.reserved : undefined,
        "visibility"    , this.visibility,
        "comment"       , keepComments ? this.comment : undefined,
        "comments"      , keepComments ? this.comments : undefined
    ]);
};

/**
 * Adds a value to this enum.
 * @param {string} name Value name
 * @param {number} id Value id
 * @param {string} [comment] Comment, if any
 * @param {Object.<string, *>|undefined} [options] Options, if any
 * @returns {Enum} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If there is already a value with this name or id
 */
Enum.prototype.add = function add(name, id, comment, options) {
    // utilized by the parser but not by .fromJSON

    if (!util.isString(name))
        throw TypeError("name must be a string");

    if (!util.isInteger(id))
        throw TypeError("id must be an integer");

    if (name === "__proto__")
        return this;

    if (this.values[name] !== undefined)
        throw Error("duplicate name '" + name + "' in " + this);

    if (this.isReservedId(id))
        throw Error("id " + id + " is reserved in " + this);

    if (this.isReservedName(name))
        throw Error("name '" + name + "' is reserved in " + this);

    if (this.valuesById[id] !== undefined) {
        if (!(this.options && this.options.allow_alias))
            throw Error("duplicate id " + id + " in " + this);
        this.values[name] = id;
    } else
        this.valuesById[this.values[name] = id] = name;

    if (options) {
        if (this.valuesOptions === undefined)
            this.valuesOptions = {};
        this.valuesOptions[name] = options || null;
    }

    this.comments[name] = comment || null;
    return this;
};

/**
 * Removes a value from this enum
 * @param {string} name Value name
 * @returns {Enum} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If `name` is not a name of this enum
 */
Enum.prototype.remove = function remove(name) {

    if (!util.isString(name))
        throw TypeError("name must be a string");

    var val = this.values[name];
    if (val == null)
        throw Error("name '" + name + "' does not exist in " + this);

    delete this.valuesById[val];
    delete this.values[name];
    delete this.comments[name];
    if (this.valuesOptions)
        delete this.valuesOptions[name];

    return this;
};

/**
 * Tests if the specified id is reserved.
 * @param {number} id Id to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Enum.prototype.isReservedId = function isReservedId(id) {
    return Namespace.isReservedId(this.reserved, id);
};

/**
 * Tests if the specified name is reserved.
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Enum.prototype.isReservedName = function isReservedName(name) {
    return Namespace.isReservedName(this.reserved, name);
};


/***/ }),

/***/ 792:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Field;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(385);
Field.prototype = Object.create(ReflectionObject.prototype, {
    constructor: {
        value: Field,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Field.className = "Field";

var Enum  = __nccwpck_require__(363),
    types = __nccwpck_require__(761),
    util  = __nccwpck_require__(926);

var Type; // cyclic

var ruleRe = /^(?:required|optional|repeated)$/;

/**
 * Constructs a new message field instance. Note that {@link MapField|map fields} have their own class.
 * @name Field
 * @classdesc Reflected message field.
 * @extends FieldBase
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {number} id Unique id within its namespace
 * @param {string} type Value type
 * @param {string|Object.<string,*>} [rule="optional"] Field rule
 * @param {string|Object.<string,*>} [extend] Extended type if different from parent
 * @param {Object.<string,*>} [options] Declared options
 */

/**
 * Constructs a field from a field descriptor.
 * @param {string} name Field name
 * @param {IField} json Field descriptor
 * @returns {Field} Created field
 * @throws {TypeError} If arguments are invalid
 */
Field.fromJSON = function fromJSON(name, json) {
    var field = new Field(name, json.id, json.type, json.rule, json.extend, json.options, json.comment);
    if (json.edition)
        field._edition = json.edition;
    if (json.protoName)
        field.protoName = json.protoName;
    if (json.jsonName !== undefined)
        field.jsonName = json.jsonName;
    else if (json.options && json.options.json_name !== undefined)
        field.jsonName = json.options.json_name;
    field._defaultEdition = "proto3";  // For backwards-compatibility.
    return field;
};

/**
 * Not an actual constructor. Use {@link Field} instead.
 * @classdesc Base class of all reflected message fields. This is not an actual class but here for the sake of having consistent type definitions.
 * @exports FieldBase
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {number} id Unique id within its namespace
 * @param {string} type Value type
 * @param {string|Object.<string,*>} [rule="optional"] Field rule
 * @param {string|Object.<string,*>} [extend] Extended type if different from parent
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] Comment associated with this field
 */
function Field(name, id, type, rule, extend, options, comment) {

    if (util.isObject(rule)) {
        comment = extend;
        options = rule;
        rule = extend = undefined;
    } else if (util.isObject(extend)) {
        comment = options;
        options = extend;
        extend = undefined;
    }

    ReflectionObject.call(this, name, options);

    if (!util.isInteger(id) || id < 0)
        throw TypeError("id must be a non-negative integer");

    if (!util.isString(type))
        throw TypeError("type must be a string");

    if (rule !== undefined && !ruleRe.test(rule = rule.toString().toLowerCase()))
        throw TypeError("rule must be a string rule");

    if (extend !== undefined && !util.isString(extend))
        throw TypeError("extend must be a string");

    /**
     * Field rule, if any.
     * @type {string|undefined}
     */
    this.rule = rule && rule !== "optional" ? rule : undefined; // toJSON

    /**
     * Field type.
     * @type {string}
     */
    this.type = type; // toJSON

    /**
     * Unique field id.
     * @type {number}
     */
    this.id = id; // toJSON, marker

    /**
     * Extended type if different from parent.
     * @type {string|undefined}
     */
    this.extend = extend || undefined; // toJSON

    /**
     * Whether this field is repeated.
     * @type {boolean}
     */
    this.repeated = rule === "repeated";

    /**
     * Whether this field is a map or not.
     * @type {boolean}
     */
    this.map = false;

    /**
     * Message this field belongs to.
     * @type {Type|null}
     */
    this.message = null;

    /**
     * OneOf this field belongs to, if any,
     * @type {OneOf|null}
     */
    this.partOf = null;

    /**
     * The field type's default value.
     * @type {*}
     */
    this.typeDefault = null;

    /**
     * The field's default value on prototypes.
     * @type {*}
     */
    this.defaultValue = null;

    /**
     * Whether this field's value should be treated as a long.
     * @type {boolean}
     */
    this.long = util.Long ? types.long[type] !== undefined : /* istanbul ignore next */ false;

    /**
     * Whether this field's value is a buffer.
     * @type {boolean}
     */
    this.bytes = type === "bytes";

    /**
     * Resolved type if not a basic type.
     * @type {Type|Enum|null}
     */
    this.resolvedType = null;

    /**
     * Sister-field within the extended type if a declaring extension field.
     * @type {Field|null}
     */
    this.extensionField = null;

    /**
     * Sister-field within the declaring namespace if an extended field.
     * @type {Field|null}
     */
    this.declaringField = null;

    /**
     * Comment for this field.
     * @type {string|null}
     */
    this.comment = comment;

    /**
     * Field name as declared in the .proto source, if different from `name`.
     * @type {string|undefined}
     */
    this.protoName = undefined;

    /**
     * JSON name, if different from the derived default.
     * @type {string|undefined}
     */
    this.jsonName = undefined;
}

/**
 * Determines whether this field is required.
 * @name Field#required
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "required", {
    get: function() {
        return this._features.field_presence === "LEGACY_REQUIRED";
    }
});

/**
 * Determines whether this field is not required.
 * @name Field#optional
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "optional", {
    get: function() {
        return !this.required;
    }
});

/**
 * Determines whether this field uses tag-delimited encoding.  In proto2 this
 * corresponded to group syntax.
 * @name Field#delimited
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "delimited", {
    get: function() {
        return this.resolvedType instanceof Type &&
            this._features.message_encoding === "DELIMITED";
    }
});

/**
 * Determines whether this field is packed. Only relevant when repeated.
 * @name Field#packed
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "packed", {
    get: function() {
        return this._features.repeated_field_encoding === "PACKED";
    }
});

/**
 * Determines whether this field tracks presence.
 * @name Field#hasPresence
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "hasPresence", {
    get: function() {
        if (this.repeated || this.map) {
            return false;
        }
        return this.partOf || // oneofs
            this.declaringField || this.extensionField || // extensions
            this._features.field_presence !== "IMPLICIT";
    }
});

/**
 * The field name as declared in the .proto source (snake_case). Populated on resolve,
 * falling back to `name`. Mirrors `FieldDescriptorProto.name`.
 * @name Field#protoName
 * @type {string}
 * @readonly
 */

/**
 * The JSON name of this field (lowerCamelCase per protoc's `ToJsonName`, or an
 * explicit `[json_name]`). Populated on resolve. This is the key used on ProtoJSON output.
 * @name Field#jsonName
 * @type {string}
 * @readonly
 */

/**
 * @override
 */
Field.prototype.setOption = function setOption(name, value, ifNotSet) {
    return ReflectionObject.prototype.setOption.call(this, name, value, ifNotSet);
};

/**
 * Field descriptor.
 * @interface IField
 * @property {string} [edition] Edition
 * @property {string} [rule="optional"] Field rule
 * @property {string} type Field type
 * @property {number} id Field id
 * @property {Object.<string,*>} [options] Field options
 * @property {string|null} [comment] Field comment
 */

/**
 * Extension field descriptor.
 * @interface IExtensionField
 * @extends IField
 * @property {string} extend Extended type
 */

/**
 * Converts this field to a field descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IField} Field descriptor
 */
Field.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition"      , this._editionToJSON(),
        "rule"         , this.rule !== "optional" && this.rule || undefined,
        "type"         , this.type,
        "id"           , this.id,
        "extend"       , this.extend,
        "protoName"    , this.protoName !== this.name ? this.protoName : undefined,
        "jsonName"     , this.jsonName !== util.jsonName(this.protoName || this.name) ? this.jsonName : undefined,
        "options"      , this.options,
        "comment"      , keepComments ? this.comment : undefined
    ]);
};

/**
 * Resolves this field's type references.
 * @returns {Field} `this`
 * @throws {Error} If any reference cannot be resolved
 */
Field.prototype.resolve = function resolve() {

    if (this.resolved)
        return this;

    if ((this.typeDefault = types.defaults[this.type]) === undefined) { // if not a basic type, resolve it
        this.resolvedType = (this.declaringField ? this.declaringField.parent : this.parent).lookupTypeOrEnum(this.type);
        if (this.resolvedType instanceof Type)
            this.typeDefault = null;
        else // instanceof Enum
            this.typeDefault = this.resolvedType.values[Object.keys(this.resolvedType.values)[0]]; // first defined
    } else if (this.options && this.options.proto3_optional) {
        // proto3 scalar value marked optional; should default to null
        this.typeDefault = null;
    }

    // use explicitly set default value if present
    if (this.options && this.options["default"] != null) {
        this.typeDefault = this.options["default"];
        if (this.resolvedType instanceof Enum && typeof this.typeDefault === "string")
            this.typeDefault = this.resolvedType.values[this.typeDefault];
    }

    // remove unnecessary options
    if (this.options) {
        if (this.options.packed !== undefined && this.resolvedType && !(this.resolvedType instanceof Enum))
            delete this.options.packed;
        if (!Object.keys(this.options).length)
            this.options = undefined;
    }

    // convert to internal data type if necesssary
    if (this.long) {
        var unsigned = this.type === "uint64" || this.type === "fixed64";
        this.typeDefault = typeof this.typeDefault === "string"
            ? util.Long.fromString(this.typeDefault, unsigned)
            : util.Long.fromNumber(this.typeDefault, unsigned);

        /* istanbul ignore else */
        if (Object.freeze)
            Object.freeze(this.typeDefault); // long instances are meant to be immutable anyway (i.e. use small int cache that even requires it)

    } else if (types.long[this.type] !== undefined && typeof this.typeDefault === "string") {
        this.typeDefault = parseInt(this.typeDefault, 10);
    } else if (this.bytes && typeof this.typeDefault === "string") {
        var buf;
        if (util.base64.test(this.typeDefault))
            util.base64.decode(this.typeDefault, buf = util.newBuffer(util.base64.length(this.typeDefault)), 0);
        else
            util.utf8.write(this.typeDefault, buf = util.newBuffer(util.utf8.length(this.typeDefault)), 0);
        this.typeDefault = buf;
    }

    // take special care of maps and repeated fields
    if (this.map)
        this.defaultValue = util.emptyObject;
    else if (this.repeated)
        this.defaultValue = util.emptyArray;
    else
        this.defaultValue = this.typeDefault;

    // ensure proper value on prototype
    if (this.parent instanceof Type && this.parent._ctor)
        this.parent._ctor.prototype[this.name] = this.defaultValue;

    // derive the proto/JSON names
    if (this.protoName === undefined)
        this.protoName = this.name;
    if (this.jsonName === undefined)
        this.jsonName = util.jsonName(this.protoName);

    return ReflectionObject.prototype.resolve.call(this);
};

/**
 * Infers field features from legacy syntax that may have been specified differently.
 * in older editions.
 * @param {string|undefined} edition The edition this proto is on, or undefined if pre-editions
 * @returns {object} The feature values to override
 */
Field.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures(edition) {
    if (edition !== "proto2" && edition !== "proto3") {
        return {};
    }

    var features = {};

    if (this.rule === "required") {
        features.field_presence = "LEGACY_REQUIRED";
    }
    if (this.parent && types.defaults[this.type] === undefined) {
        // We can't use resolvedType because types may not have been resolved yet.  However,
        // legacy groups are always in the same scope as the field so we don't have to do a
        // full scan of the tree.
        var type = this.parent.get(this.type.split(".").pop());
        if (type && type instanceof Type && type.group) {
            features.message_encoding = "DELIMITED";
        }
    }
    if (this.getOption("packed") === true) {
        features.repeated_field_encoding = "PACKED";
    } else if (this.getOption("packed") === false) {
        features.repeated_field_encoding = "EXPANDED";
    }
    return features;
};

/**
 * @override
 */
Field.prototype._resolveFeatures = function _resolveFeatures(edition) {
    return ReflectionObject.prototype._resolveFeatures.call(this, this._edition || edition);
};

/**
 * Decorator function as returned by {@link Field.d} and {@link MapField.d} (TypeScript).
 * @typedef FieldDecorator
 * @type {function}
 * @param {Object} prototype Target prototype
 * @param {string} fieldName Field name
 * @returns {undefined}
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */

/**
 * Field decorator (TypeScript).
 * @name Field.d
 * @function
 * @param {number} fieldId Field id
 * @param {"double"|"float"|"int32"|"uint32"|"sint32"|"fixed32"|"sfixed32"|"int64"|"uint64"|"sint64"|"fixed64"|"sfixed64"|"string"|"bool"|"bytes"|Object} fieldType Field type
 * @param {"optional"|"required"|"repeated"} [fieldRule="optional"] Field rule
 * @param {T} [defaultValue] Default value
 * @returns {FieldDecorator} Decorator function
 * @template T extends number | number[] | Long | Long[] | string | string[] | boolean | boolean[] | Uint8Array | Uint8Array[] | Buffer | Buffer[]
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
Field.d = function decorateField(fieldId, fieldType, fieldRule, defaultValue) {

    // submessage: decorate the submessage and use its name as the type
    if (typeof fieldType === "function")
        fieldType = util.decorateType(fieldType).name;

    // enum reference: create a reflected copy of the enum and keep reuseing it
    else if (fieldType && typeof fieldType === "object")
        fieldType = util.decorateEnum(fieldType).name;

    return function fieldDecorator(prototype, fieldName) {
        util.decorateType(prototype.constructor)
            .add(new Field(fieldName, fieldId, fieldType, fieldRule, { "default": defaultValue }));
    };
};

// Sets up cyclic dependencies (called in index-light)
Field._configure = function configure(Type_) {
    Type = Type_;
};

/**
 * Field decorator (TypeScript).
 * @name Field.d
 * @function
 * @param {number} fieldId Field id
 * @param {Constructor<T>|string} fieldType Field type
 * @param {"optional"|"required"|"repeated"} [fieldRule="optional"] Field rule
 * @returns {FieldDecorator} Decorator function
 * @template T extends Message<T>
 * @variation 2
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
// like Field.d but without a default value


/***/ }),

/***/ 253:
/***/ ((module, exports, __nccwpck_require__) => {


exports = module.exports = __nccwpck_require__(18);

exports.build = "light";

/**
 * A node-style callback as used by {@link load} and {@link Root#load}.
 * @typedef LoadCallback
 * @type {function}
 * @param {Error|null} error Error, if any, otherwise `null`
 * @param {Root} [root] Root, if there hasn't been an error
 * @returns {undefined}
 */

/**
 * Loads one or multiple .proto or preprocessed .json files into a common root namespace and calls the callback.
 * @param {string|string[]} filename One or multiple files to load
 * @param {Root} root Root namespace, defaults to create a new one if omitted.
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 * @see {@link Root#load}
 */
function load(filename, root, callback) {
    if (typeof root === "function") {
        callback = root;
        root = new exports.Root();
    } else if (!root)
        root = new exports.Root();
    return root.load(filename, callback);
}

/**
 * Loads one or multiple .proto or preprocessed .json files into a common root namespace and calls the callback.
 * @name load
 * @function
 * @param {string|string[]} filename One or multiple files to load
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 * @see {@link Root#load}
 * @variation 2
 */
// function load(filename:string, callback:LoadCallback):undefined

/**
 * Loads one or multiple .proto or preprocessed .json files into a common root namespace and returns a promise.
 * @name load
 * @function
 * @param {string|string[]} filename One or multiple files to load
 * @param {Root} [root] Root namespace, defaults to create a new one if omitted.
 * @returns {Promise<Root>} Promise
 * @see {@link Root#load}
 * @variation 3
 */
// function load(filename:string, [root:Root]):Promise<Root>

exports.load = load;

/**
 * Synchronously loads one or multiple .proto or preprocessed .json files into a common root namespace (node only).
 * @param {string|string[]} filename One or multiple files to load
 * @param {Root} [root] Root namespace, defaults to create a new one if omitted.
 * @returns {Root} Root namespace
 * @throws {Error} If synchronous fetching is not supported (i.e. in browsers) or if a file's syntax is invalid
 * @see {@link Root#loadSync}
 */
function loadSync(filename, root) {
    if (!root)
        root = new exports.Root();
    return root.loadSync(filename);
}

exports.loadSync = loadSync;

// Serialization
exports.encoder = __nccwpck_require__(880);
exports.decoder = __nccwpck_require__(224);
exports.verifier = __nccwpck_require__(524);
exports.converter = __nccwpck_require__(0);

// Reflection
exports.ReflectionObject = __nccwpck_require__(385);
exports.Namespace = __nccwpck_require__(731);
exports.Root = __nccwpck_require__(666);
exports.Enum = __nccwpck_require__(363);
exports.Type = __nccwpck_require__(426);
exports.Field = __nccwpck_require__(792);
exports.OneOf = __nccwpck_require__(441);
exports.MapField = __nccwpck_require__(124);
exports.Service = __nccwpck_require__(303);
exports.Method = __nccwpck_require__(627);

// Runtime
exports.Message = __nccwpck_require__(463);
exports.wrappers = __nccwpck_require__(162);

// Utility
exports.types = __nccwpck_require__(761);
exports.util = __nccwpck_require__(926);

// Set up possibly cyclic reflection dependencies
exports.ReflectionObject._configure(exports.Root);
exports.Namespace._configure(exports.Type, exports.Service, exports.Enum);
exports.Root._configure(exports.Type, undefined, {});
exports.Field._configure(exports.Type);


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Build type, one of `"full"`, `"light"` or `"minimal"`.
 * @name build
 * @type {string}
 * @const
 */
exports.build = "minimal";

// Serialization
exports.Writer = __nccwpck_require__(745);
exports.BufferWriter = __nccwpck_require__(74);
exports.Reader = __nccwpck_require__(789);
exports.BufferReader = __nccwpck_require__(102);

// Utility
exports.util = __nccwpck_require__(186);
exports.rpc = __nccwpck_require__(575);
exports.roots = __nccwpck_require__(937);
exports.configure    = configure;

/* istanbul ignore next */
/**
 * Reconfigures the library according to the environment.
 * @returns {undefined}
 */
function configure() {
    exports.util.LongBits._configure(exports.util.Long);
    exports.Writer._configure(exports.BufferWriter);
    exports.Reader._configure(exports.BufferReader);
}

// Set up buffer utility according to the environment
configure();


/***/ }),

/***/ 124:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = MapField;

// extends Field
var Field = __nccwpck_require__(792);
MapField.prototype = Object.create(Field.prototype, {
    constructor: {
        value: MapField,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
MapField.className = "MapField";

var types   = __nccwpck_require__(761),
    util    = __nccwpck_require__(926);

/**
 * Constructs a new map field instance.
 * @classdesc Reflected map field.
 * @extends FieldBase
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {number} id Unique id within its namespace
 * @param {string} keyType Key type
 * @param {string} type Value type
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] Comment associated with this field
 */
function MapField(name, id, keyType, type, options, comment) {
    Field.call(this, name, id, type, undefined, undefined, options, comment);

    /* istanbul ignore if */
    if (!util.isString(keyType))
        throw TypeError("keyType must be a string");

    /**
     * Key type.
     * @type {string}
     */
    this.keyType = keyType; // toJSON, marker

    /**
     * Resolved key type if not a basic type.
     * @type {ReflectionObject|null}
     */
    this.resolvedKeyType = null;

    // Overrides Field#map
    this.map = true;
}

/**
 * Map field descriptor.
 * @interface IMapField
 * @extends {IField}
 * @property {string} keyType Key type
 */

/**
 * Extension map field descriptor.
 * @interface IExtensionMapField
 * @extends IMapField
 * @property {string} extend Extended type
 */

/**
 * Constructs a map field from a map field descriptor.
 * @param {string} name Field name
 * @param {IMapField} json Map field descriptor
 * @returns {MapField} Created map field
 * @throws {TypeError} If arguments are invalid
 */
MapField.fromJSON = function fromJSON(name, json) {
    var field = new MapField(name, json.id, json.keyType, json.type, json.options, json.comment);
    if (json.protoName)
        field.protoName = json.protoName;
    if (json.jsonName !== undefined)
        field.jsonName = json.jsonName;
    else if (json.options && json.options.json_name !== undefined)
        field.jsonName = json.options.json_name;
    return field;
};

/**
 * Converts this map field to a map field descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IMapField} Map field descriptor
 */
MapField.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "keyType"      , this.keyType,
        "type"         , this.type,
        "id"           , this.id,
        "extend"       , this.extend,
        "protoName"    , this.protoName !== this.name ? this.protoName : undefined,
        "jsonName"     , this.jsonName !== util.jsonName(this.protoName || this.name) ? this.jsonName : undefined,
        "options"      , this.options,
        "comment"      , keepComments ? this.comment : undefined
    ]);
};

/**
 * @override
 */
MapField.prototype.resolve = function resolve() {
    if (this.resolved)
        return this;

    // Besides a value type, map fields have a key type that may be "any scalar type except for floating point types and bytes"
    if (types.mapKey[this.keyType] === undefined)
        throw Error("invalid key type: " + this.keyType);

    return Field.prototype.resolve.call(this);
};

/**
 * Map field decorator (TypeScript).
 * @name MapField.d
 * @function
 * @param {number} fieldId Field id
 * @param {"int32"|"uint32"|"sint32"|"fixed32"|"sfixed32"|"int64"|"uint64"|"sint64"|"fixed64"|"sfixed64"|"bool"|"string"} fieldKeyType Field key type
 * @param {"double"|"float"|"int32"|"uint32"|"sint32"|"fixed32"|"sfixed32"|"int64"|"uint64"|"sint64"|"fixed64"|"sfixed64"|"bool"|"string"|"bytes"|Object|Constructor<{}>} fieldValueType Field value type
 * @returns {FieldDecorator} Decorator function
 * @template T extends { [key: string]: number | Long | string | boolean | Uint8Array | Buffer | number[] | Message<{}> }
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
MapField.d = function decorateMapField(fieldId, fieldKeyType, fieldValueType) {

    // submessage value: decorate the submessage and use its name as the type
    if (typeof fieldValueType === "function")
        fieldValueType = util.decorateType(fieldValueType).name;

    // enum reference value: create a reflected copy of the enum and keep reuseing it
    else if (fieldValueType && typeof fieldValueType === "object")
        fieldValueType = util.decorateEnum(fieldValueType).name;

    return function mapFieldDecorator(prototype, fieldName) {
        util.decorateType(prototype.constructor)
            .add(new MapField(fieldName, fieldId, fieldKeyType, fieldValueType));
    };
};


/***/ }),

/***/ 463:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Message;

var util = __nccwpck_require__(186);

/**
 * Constructs a new message instance.
 * @classdesc Abstract runtime message.
 * @constructor
 * @param {Properties<T>} [properties] Properties to set
 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
 * @template T extends object = object
 */
function Message(properties) {
    // not used internally
    if (properties)
        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                this[keys[i]] = properties[keys[i]];
}

/**
 * Reference to the reflected type.
 * @name Message.$type
 * @type {Type}
 * @readonly
 */

/**
 * Reference to the reflected type.
 * @name Message#$type
 * @type {Type}
 * @readonly
 */

/**
 * Creates a new message of this type using the specified properties.
 * @param {Object.<string,*>} [properties] Properties to set
 * @returns {T} Message instance
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.create = function create(properties) {
    return this.$type.create(properties);
};

/**
 * Encodes a message of this type.
 * @param {T|Object.<string,*>} message Message to encode
 * @param {Writer} [writer] Writer to use
 * @returns {Writer} Writer
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.encode = function encode(message, writer) {
    return this.$type.encode(message, writer);
};

/**
 * Encodes a message of this type preceeded by its length as a varint.
 * @param {T|Object.<string,*>} message Message to encode
 * @param {Writer} [writer] Writer to use
 * @returns {Writer} Writer
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.encodeDelimited = function encodeDelimited(message, writer) {
    return this.$type.encodeDelimited(message, writer);
};

/**
 * Decodes a message of this type.
 * @name Message.decode
 * @function
 * @param {Reader|Uint8Array} reader Reader or buffer to decode
 * @returns {T} Decoded message
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.decode = function decode(reader) {
    return this.$type.decode(reader);
};

/**
 * Decodes a message of this type preceeded by its length as a varint.
 * @name Message.decodeDelimited
 * @function
 * @param {Reader|Uint8Array} reader Reader or buffer to decode
 * @returns {T} Decoded message
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.decodeDelimited = function decodeDelimited(reader) {
    return this.$type.decodeDelimited(reader);
};

/**
 * Verifies a message of this type.
 * @name Message.verify
 * @function
 * @param {Object.<string,*>} message Plain object to verify
 * @returns {string|null} `null` if valid, otherwise the reason why it is not
 */
Message.verify = function verify(message) {
    return this.$type.verify(message);
};

/**
 * Creates a new message of this type from a plain object. Also converts values to their respective internal types.
 * @param {Object.<string,*>} object Plain object
 * @returns {T} Message instance
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.fromObject = function fromObject(object) {
    return this.$type.fromObject(object);
};

/**
 * Creates a plain object from a message of this type. Also converts values to other types if specified.
 * @param {T} message Message instance
 * @param {IConversionOptions} [options] Conversion options
 * @returns {Object.<string,*>} Plain object
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.toObject = function toObject(message, options) {
    return this.$type.toObject(message, options);
};

/**
 * Converts this message to JSON.
 * @returns {Object.<string,*>} JSON object
 */
Message.prototype.toJSON = function toJSON() {
    return this.$type.toObject(this, util.toJSONOptions);
};


/***/ }),

/***/ 627:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Method;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(385);
Method.prototype = Object.create(ReflectionObject.prototype, {
    constructor: {
        value: Method,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Method.className = "Method";

var util = __nccwpck_require__(926);

/**
 * Constructs a new service method instance.
 * @classdesc Reflected service method.
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Method name
 * @param {string|undefined} type Method type, usually `"rpc"`
 * @param {string} requestType Request message type
 * @param {string} responseType Response message type
 * @param {boolean|Object.<string,*>} [requestStream] Whether the request is streamed
 * @param {boolean|Object.<string,*>} [responseStream] Whether the response is streamed
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] The comment for this method
 * @param {Array.<Object.<string,*>>} [parsedOptions] Declared options, properly parsed into objects
 */
function Method(name, type, requestType, responseType, requestStream, responseStream, options, comment, parsedOptions) {

    /* istanbul ignore next */
    if (util.isObject(requestStream)) {
        options = requestStream;
        requestStream = responseStream = undefined;
    } else if (util.isObject(responseStream)) {
        options = responseStream;
        responseStream = undefined;
    }

    /* istanbul ignore if */
    if (!(type === undefined || util.isString(type)))
        throw TypeError("type must be a string");

    /* istanbul ignore if */
    if (!util.isString(requestType))
        throw TypeError("requestType must be a string");

    /* istanbul ignore if */
    if (!util.isString(responseType))
        throw TypeError("responseType must be a string");

    ReflectionObject.call(this, name, options);

    /**
     * Method type.
     * @type {string}
     */
    this.type = type || "rpc"; // toJSON

    /**
     * Request type.
     * @type {string}
     */
    this.requestType = requestType; // toJSON, marker

    /**
     * Whether requests are streamed or not.
     * @type {true|undefined}
     */
    this.requestStream = requestStream ? true : undefined; // toJSON

    /**
     * Response type.
     * @type {string}
     */
    this.responseType = responseType; // toJSON

    /**
     * Whether responses are streamed or not.
     * @type {true|undefined}
     */
    this.responseStream = responseStream ? true : undefined; // toJSON

    /**
     * gRPC-style method path.
     * @type {string}
     */
    this.path = "/" + this.name;

    /**
     * Resolved request type.
     * @type {Type|null}
     */
    this.resolvedRequestType = null;

    /**
     * Resolved response type.
     * @type {Type|null}
     */
    this.resolvedResponseType = null;

    /**
     * Comment for this method
     * @type {string|null}
     */
    this.comment = comment;

    /**
     * Options properly parsed into objects
     * @type {Array.<Object.<string,*>>|undefined}
     */
    this.parsedOptions = parsedOptions;
}

/**
 * Method descriptor.
 * @interface IMethod
 * @property {string} [type="rpc"] Method type
 * @property {string} requestType Request type
 * @property {string} responseType Response type
 * @property {boolean} [requestStream=false] Whether requests are streamed
 * @property {boolean} [responseStream=false] Whether responses are streamed
 * @property {Object.<string,*>} [options] Method options
 * @property {string|null} [comment] Method comment
 * @property {Array.<Object.<string,*>>} [parsedOptions] Method options properly parsed into objects
 */

/**
 * Constructs a method from a method descriptor.
 * @param {string} name Method name
 * @param {IMethod} json Method descriptor
 * @returns {Method} Created method
 * @throws {TypeError} If arguments are invalid
 */
Method.fromJSON = function fromJSON(name, json) {
    return new Method(name, json.type, json.requestType, json.responseType, json.requestStream, json.responseStream, json.options, json.comment, json.parsedOptions);
};

/**
 * Converts this method to a method descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IMethod} Method descriptor
 */
Method.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "type"           , this.type !== "rpc" && /* istanbul ignore next */ this.type || undefined,
        "requestType"    , this.requestType,
        "requestStream"  , this.requestStream,
        "responseType"   , this.responseType,
        "responseStream" , this.responseStream,
        "options"        , this.options,
        "comment"        , keepComments ? this.comment : undefined,
        "parsedOptions"  , this.parsedOptions,
    ]);
};

/**
 * @override
 */
Method.prototype.resolve = function resolve() {

    /* istanbul ignore if */
    if (this.resolved)
        return this;

    if (this.parent) {
        var serviceName = this.parent.fullName;
        if (serviceName.charAt(0) === ".")
            serviceName = serviceName.substring(1);
        this.path = "/" + serviceName + "/" + this.name;
    } else
        this.path = "/" + this.name;

    this.resolvedRequestType = this.parent.lookupType(this.requestType);
    this.resolvedResponseType = this.parent.lookupType(this.responseType);

    return ReflectionObject.prototype.resolve.call(this);
};


/***/ }),

/***/ 731:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Namespace;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(385);
Namespace.prototype = Object.create(ReflectionObject.prototype, {
    constructor: {
        value: Namespace,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Namespace.className = "Namespace";

var Field    = __nccwpck_require__(792),
    util     = __nccwpck_require__(926),
    OneOf    = __nccwpck_require__(441);

var Type,    // cyclic
    Service,
    Enum;

/**
 * Constructs a new namespace instance.
 * @name Namespace
 * @classdesc Reflected namespace.
 * @extends NamespaceBase
 * @constructor
 * @param {string} name Namespace name
 * @param {Object.<string,*>} [options] Declared options
 */

/**
 * Constructs a namespace from JSON.
 * @memberof Namespace
 * @function
 * @param {string} name Namespace name
 * @param {Object.<string,*>} json JSON object
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Namespace} Created namespace
 * @throws {TypeError} If arguments are invalid
 */
Namespace.fromJSON = function fromJSON(name, json, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
    return new Namespace(name, json.options).addJSON(json.nested, depth);
};

/**
 * Converts an array of reflection objects to JSON.
 * @memberof Namespace
 * @param {ReflectionObject[]} array Object array
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {Object.<string,*>|undefined} JSON object or `undefined` when array is empty
 */
function arrayToJSON(array, toJSONOptions) {
    if (!(array && array.length))
        return undefined;
    var obj = {};
    for (var i = 0; i < array.length; ++i)
        obj[array[i].name] = array[i].toJSON(toJSONOptions);
    return obj;
}

Namespace.arrayToJSON = arrayToJSON;

/**
 * Tests if the specified id is reserved.
 * @param {Array.<number[]|string>|undefined} reserved Array of reserved ranges and names
 * @param {number} id Id to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Namespace.isReservedId = function isReservedId(reserved, id) {
    if (reserved)
        for (var i = 0; i < reserved.length; ++i)
            if (typeof reserved[i] !== "string" && reserved[i][0] <= id && reserved[i][1] >= id)
                return true;
    return false;
};

/**
 * Tests if the specified name is reserved.
 * @param {Array.<number[]|string>|undefined} reserved Array of reserved ranges and names
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Namespace.isReservedName = function isReservedName(reserved, name) {
    if (reserved)
        for (var i = 0; i < reserved.length; ++i)
            if (reserved[i] === name)
                return true;
    return false;
};

/**
 * Not an actual constructor. Use {@link Namespace} instead.
 * @classdesc Base class of all reflection objects containing nested objects. This is not an actual class but here for the sake of having consistent type definitions.
 * @exports NamespaceBase
 * @extends ReflectionObject
 * @abstract
 * @constructor
 * @param {string} name Namespace name
 * @param {Object.<string,*>} [options] Declared options
 * @see {@link Namespace}
 */
function Namespace(name, options) {
    ReflectionObject.call(this, name, options);

    /**
     * Nested objects by name.
     * @type {Object.<string,ReflectionObject>|undefined}
     */
    this.nested = undefined; // toJSON

    /**
     * Cached nested objects as an array.
     * @type {ReflectionObject[]|null}
     * @private
     */
    this._nestedArray = null;

    /**
     * Cache lookup calls for any objects contains anywhere under this namespace.
     * This drastically speeds up resolve for large cross-linked protos where the same
     * types are looked up repeatedly.
     * @type {Object.<string,ReflectionObject|null>}
     * @private
     */
    this._lookupCache = Object.create(null);

    /**
     * Whether or not objects contained in this namespace need feature resolution.
     * @type {boolean}
     * @protected
     */
    this._needsRecursiveFeatureResolution = true;

    /**
     * Whether or not objects contained in this namespace need a resolve.
     * @type {boolean}
     * @protected
     */
    this._needsRecursiveResolve = true;
}

function clearCache(namespace) {
    namespace._nestedArray = null;
    namespace._lookupCache = Object.create(null);

    // Also clear parent caches, since they include nested lookups.
    var parent = namespace;
    while(parent = parent.parent) {
        parent._lookupCache = Object.create(null);
    }
    return namespace;
}

/**
 * Nested objects of this namespace as an array for iteration.
 * @name NamespaceBase#nestedArray
 * @type {ReflectionObject[]}
 * @readonly
 */
Object.defineProperty(Namespace.prototype, "nestedArray", {
    get: function() {
        return this._nestedArray || (this._nestedArray = util.toArray(this.nested));
    }
});

/**
 * Namespace descriptor.
 * @interface INamespace
 * @property {Object.<string,*>} [options] Namespace options
 * @property {Object.<string,AnyNestedObject>} [nested] Nested object descriptors
 */

/**
 * Any extension field descriptor.
 * @typedef AnyExtensionField
 * @type {IExtensionField|IExtensionMapField}
 */

/**
 * Any nested object descriptor.
 * @typedef AnyNestedObject
 * @type {IEnum|IType|IService|AnyExtensionField|INamespace|IOneOf}
 */

/**
 * Converts this namespace to a namespace descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {INamespace} Namespace descriptor
 */
Namespace.prototype.toJSON = function toJSON(toJSONOptions) {
    return util.toObject([
        "options" , this.options,
        "nested"  , arrayToJSON(this.nestedArray, toJSONOptions)
    ]);
};

/**
 * Adds nested objects to this namespace from nested object descriptors.
 * @param {Object.<string,AnyNestedObject>} nestedJson Any nested object descriptors
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Namespace} `this`
 */
Namespace.prototype.addJSON = function addJSON(nestedJson, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
    var ns = this;
    /* istanbul ignore else */
    if (nestedJson) {
        for (var names = Object.keys(nestedJson), i = 0, nested; i < names.length; ++i) {
            nested = nestedJson[names[i]];
            ns.add( // most to least likely
                ( nested.fields !== undefined
                ? Type.fromJSON
                : nested.values !== undefined
                ? Enum.fromJSON
                : nested.methods !== undefined
                ? Service.fromJSON
                : nested.id !== undefined
                ? Field.fromJSON
                : Namespace.fromJSON )(names[i], nested, depth + 1)
            );
        }
    }
    return this;
};

/**
 * Gets the nested object of the specified name.
 * @param {string} name Nested object name
 * @returns {ReflectionObject|null} The reflection object or `null` if it doesn't exist
 */
Namespace.prototype.get = function get(name) {
    return this.nested && Object.prototype.hasOwnProperty.call(this.nested, name)
        ? this.nested[name]
        : null;
};

/**
 * Gets the values of the nested {@link Enum|enum} of the specified name.
 * This methods differs from {@link Namespace#get|get} in that it returns an enum's values directly and throws instead of returning `null`.
 * @param {string} name Nested enum name
 * @returns {Object.<string,number>} Enum values
 * @throws {Error} If there is no such enum
 */
Namespace.prototype.getEnum = function getEnum(name) {
    if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) && this.nested[name] instanceof Enum)
        return this.nested[name].values;
    throw Error("no such enum: " + name);
};

/**
 * Adds a nested object to this namespace.
 * @param {ReflectionObject} object Nested object to add
 * @returns {Namespace} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If there is already a nested object with this name
 */
Namespace.prototype.add = function add(object) {

    if (!(object instanceof Field && object.extend !== undefined || object instanceof Type  || object instanceof OneOf || object instanceof Enum || object instanceof Service || object instanceof Namespace))
        throw TypeError("object must be a valid nested object");

    if (object.name === "__proto__")
        return this;

    if (!this.nested)
        this.nested = {};
    else {
        var prev = this.get(object.name);
        if (prev) {
            if (prev instanceof Namespace && object instanceof Namespace && !(prev instanceof Type || prev instanceof Service)) {
                // replace plain namespace but keep existing nested elements and options
                var nested = prev.nestedArray;
                for (var i = 0; i < nested.length; ++i)
                    object.add(nested[i]);
                this.remove(prev);
                if (!this.nested)
                    this.nested = {};
                object.setOptions(prev.options, true);

            } else
                throw Error("duplicate name '" + object.name + "' in " + this);
        }
    }
    this.nested[object.name] = object;

    if (!(this instanceof Type || this instanceof Service || this instanceof Enum || this instanceof Field)) {
        // This is a package or a root namespace.
        if (!object._edition) {
            // Make sure that some edition is set if it hasn't already been specified.
            object._edition = object._defaultEdition;
        }
    }

    this._needsRecursiveFeatureResolution = true;
    this._needsRecursiveResolve = true;

    // Also clear parent caches, since they need to recurse down.
    var parent = this;
    while(parent = parent.parent) {
        parent._needsRecursiveFeatureResolution = true;
        parent._needsRecursiveResolve = true;
    }

    object.onAdd(this);
    return clearCache(this);
};

/**
 * Removes a nested object from this namespace.
 * @param {ReflectionObject} object Nested object to remove
 * @returns {Namespace} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If `object` is not a member of this namespace
 */
Namespace.prototype.remove = function remove(object) {

    if (!(object instanceof ReflectionObject))
        throw TypeError("object must be a ReflectionObject");
    if (object.parent !== this)
        throw Error(object + " is not a member of " + this);

    if (!util.remove(this.nested, object, object.name))
        throw Error(object + " is not a member of " + this);
    if (!Object.keys(this.nested).length)
        this.nested = undefined;

    object.onRemove(this);
    return clearCache(this);
};

/**
 * Defines additial namespaces within this one if not yet existing.
 * @param {string|string[]} path Path to create
 * @param {*} [json] Nested types to create from JSON
 * @returns {Namespace} Pointer to the last namespace created or `this` if path is empty
 */
Namespace.prototype.define = function define(path, json) {

    if (util.isString(path))
        path = path.split(".");
    else if (!Array.isArray(path))
        throw TypeError("illegal path");
    if (path && path.length && path[0] === "")
        throw Error("path must be relative");
    if (path.length > util.recursionLimit)
        throw Error("max depth exceeded");

    var ptr = this;
    while (path.length > 0) {
        var part = path.shift();
        if (ptr.nested && ptr.nested[part]) {
            ptr = ptr.nested[part];
            if (!(ptr instanceof Namespace))
                throw Error("path conflicts with non-namespace objects");
        } else
            ptr.add(ptr = new Namespace(part));
    }
    if (json)
        ptr.addJSON(json);
    return ptr;
};

/**
 * Resolves this namespace's and all its nested objects' type references. Useful to validate a reflection tree, but comes at a cost.
 * @returns {Namespace} `this`
 */
Namespace.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    if (this._needsRecursiveFeatureResolution)
        this._resolveFeaturesRecursive(this._edition);

    var nested = this.nestedArray, i = 0;
    this.resolve();
    while (i < nested.length)
        if (nested[i] instanceof Namespace)
            nested[i++].resolveAll();
        else
            nested[i++].resolve();
    this._needsRecursiveResolve = false;
    return this;
};

/**
 * @override
 */
Namespace.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    if (!this._needsRecursiveFeatureResolution) return this;
    this._needsRecursiveFeatureResolution = false;

    edition = this._edition || edition;

    ReflectionObject.prototype._resolveFeaturesRecursive.call(this, edition);
    this.nestedArray.forEach(nested => {
        nested._resolveFeaturesRecursive(edition);
    });
    return this;
};

/**
 * Recursively looks up the reflection object matching the specified path in the scope of this namespace.
 * @param {string|string[]} path Path to look up
 * @param {*|Array.<*>} filterTypes Filter types, any combination of the constructors of `protobuf.Type`, `protobuf.Enum`, `protobuf.Service` etc.
 * @param {boolean} [parentAlreadyChecked=false] If known, whether the parent has already been checked
 * @returns {ReflectionObject|null} Looked up object or `null` if none could be found
 */
Namespace.prototype.lookup = function lookup(path, filterTypes, parentAlreadyChecked) {
    /* istanbul ignore next */
    if (typeof filterTypes === "boolean") {
        parentAlreadyChecked = filterTypes;
        filterTypes = undefined;
    } else if (filterTypes && !Array.isArray(filterTypes))
        filterTypes = [ filterTypes ];

    if (util.isString(path) && path.length) {
        if (path === ".")
            return this.root;
        path = path.split(".");
    } else if (!path.length)
        return this;

    var flatPath = path.join(".");

    // Start at root if path is absolute
    if (path[0] === "")
        return this.root.lookup(path.slice(1), filterTypes);

    // Lookup at this namespace and below
    var found = this._lookupImpl(path, flatPath);
    if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
    }

    // Fall back to respective absolute path once relative scope has been checked (non-standard)
    found = this.root._fullyQualifiedObjects && this.root._fullyQualifiedObjects["." + flatPath];
    if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
    }

    if (parentAlreadyChecked)
        return null;

    // If there hasn't been a match, walk up the tree and look more broadly
    var current = this;
    while (current.parent) {
        found = current.parent._lookupImpl(path, flatPath);
        if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
            return found;
        }
        current = current.parent;
    }
    return null;
};

/**
 * Internal helper for lookup that handles searching just at this namespace and below along with caching.
 * @param {string[]} path Path to look up
 * @param {string} flatPath Flattened version of the path to use as a cache key
 * @returns {ReflectionObject|null} Looked up object or `null` if none could be found
 * @private
 */
Namespace.prototype._lookupImpl = function lookup(path, flatPath) {
    if(Object.prototype.hasOwnProperty.call(this._lookupCache, flatPath)) {
        return this._lookupCache[flatPath];
    }

    // Test if the first part matches any nested object, and if so, traverse if path contains more
    var found = this.get(path[0]);
    var exact = null;
    if (found) {
        if (path.length === 1) {
            exact = found;
        } else if (found instanceof Namespace) {
            path = path.slice(1);
            exact = found._lookupImpl(path, path.join("."));
        }

    // Otherwise try each nested namespace
    } else {
        for (var i = 0; i < this.nestedArray.length; ++i)
            if (this._nestedArray[i] instanceof Namespace && (found = this._nestedArray[i]._lookupImpl(path, flatPath))) {
                exact = found;
                break;
            }
    }

    // Set this even when null, so that when we walk up the tree we can quickly bail on repeated checks back down.
    this._lookupCache[flatPath] = exact;
    return exact;
};

/**
 * Looks up the reflection object at the specified path, relative to this namespace.
 * @name NamespaceBase#lookup
 * @function
 * @param {string|string[]} path Path to look up
 * @param {boolean} [parentAlreadyChecked=false] Whether the parent has already been checked
 * @returns {ReflectionObject|null} Looked up object or `null` if none could be found
 * @variation 2
 */
// lookup(path: string, [parentAlreadyChecked: boolean])

/**
 * Looks up the {@link Type|type} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Type} Looked up type
 * @throws {Error} If `path` does not point to a type
 */
Namespace.prototype.lookupType = function lookupType(path) {
    var found = this.lookup(path, [ Type ]);
    if (!found)
        throw Error("no such type: " + path);
    return found;
};

/**
 * Looks up the values of the {@link Enum|enum} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Enum} Looked up enum
 * @throws {Error} If `path` does not point to an enum
 */
Namespace.prototype.lookupEnum = function lookupEnum(path) {
    var found = this.lookup(path, [ Enum ]);
    if (!found)
        throw Error("no such Enum '" + path + "' in " + this);
    return found;
};

/**
 * Looks up the {@link Type|type} or {@link Enum|enum} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Type} Looked up type or enum
 * @throws {Error} If `path` does not point to a type or enum
 */
Namespace.prototype.lookupTypeOrEnum = function lookupTypeOrEnum(path) {
    var found = this.lookup(path, [ Type, Enum ]);
    if (!found)
        throw Error("no such Type or Enum '" + path + "' in " + this);
    return found;
};

/**
 * Looks up the {@link Service|service} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Service} Looked up service
 * @throws {Error} If `path` does not point to a service
 */
Namespace.prototype.lookupService = function lookupService(path) {
    var found = this.lookup(path, [ Service ]);
    if (!found)
        throw Error("no such Service '" + path + "' in " + this);
    return found;
};

// Sets up cyclic dependencies (called in index-light)
Namespace._configure = function(Type_, Service_, Enum_) {
    Type    = Type_;
    Service = Service_;
    Enum    = Enum_;
};


/***/ }),

/***/ 385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = ReflectionObject;

ReflectionObject.className = "ReflectionObject";

const OneOf = __nccwpck_require__(441);
var util = __nccwpck_require__(926);

var Root; // cyclic

/* eslint-disable no-warning-comments */
// TODO: Replace with embedded proto.
var proto2Defaults = {enum_type: "CLOSED", field_presence: "EXPLICIT", json_format: "LEGACY_BEST_EFFORT", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "EXPANDED", utf8_validation: "NONE", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
var proto3Defaults = {enum_type: "OPEN", field_presence: "IMPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
var editions2023Defaults = {enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE_LEGACY", default_symbol_visibility: "EXPORT_ALL" };
var editions2024Defaults = {enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE2024", default_symbol_visibility: "EXPORT_TOP_LEVEL" };
var editions2026Defaults = {enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY", enforce_naming_style: "STYLE2026", default_symbol_visibility: "STRICT", enforce_proto_limits: "PROTO_LIMITS2026" };

/**
 * Constructs a new reflection object instance.
 * @classdesc Base class of all reflection objects.
 * @constructor
 * @param {string} name Object name
 * @param {Object.<string,*>} [options] Declared options
 * @abstract
 */
function ReflectionObject(name, options) {

    if (!util.isString(name))
        throw TypeError("name must be a string");

    if (options && !util.isObject(options))
        throw TypeError("options must be an object");

    /**
     * Options.
     * @type {Object.<string,*>|undefined}
     */
    this.options = options; // toJSON

    /**
     * Parsed Options.
     * @type {Array.<Object.<string,*>>|undefined}
     */
    this.parsedOptions = null;

    /**
     * Unique name within its namespace.
     * @type {string}
     */
    this.name = name;

    /**
     * The edition specified for this object.  Only relevant for top-level objects.
     * @type {string}
     * @private
     */
    this._edition = null;

    /**
     * The default edition to use for this object if none is specified.  For legacy reasons,
     * this is proto2 except in the JSON parsing case where it was proto3.
     * @type {string}
     * @private
     */
    this._defaultEdition = "proto2";

    /**
     * Resolved Features.
     * @type {object}
     * @private
     */
    this._features = {};

    /**
     * Whether or not features have been resolved.
     * @type {boolean}
     * @private
     */
    this._featuresResolved = false;

    /**
     * Parent namespace.
     * @type {Namespace|null}
     */
    this.parent = null;

    /**
     * Whether already resolved or not.
     * @type {boolean}
     */
    this.resolved = false;

    /**
     * Comment text, if any.
     * @type {string|null}
     */
    this.comment = null;

    /**
     * Defining file name.
     * @type {string|null}
     */
    this.filename = null;
}

Object.defineProperties(ReflectionObject.prototype, {

    /**
     * Reference to the root namespace.
     * @name ReflectionObject#root
     * @type {Root}
     * @readonly
     */
    root: {
        get: function() {
            var ptr = this;
            while (ptr.parent !== null)
                ptr = ptr.parent;
            return ptr;
        }
    },

    /**
     * Full name including leading dot.
     * @name ReflectionObject#fullName
     * @type {string}
     * @readonly
     */
    fullName: {
        get: function() {
            var path = [ this.name ],
                ptr = this.parent;
            while (ptr) {
                path.unshift(ptr.name);
                ptr = ptr.parent;
            }
            return path.join(".");
        }
    }
});

/**
 * Converts this reflection object to its descriptor representation.
 * @returns {Object.<string,*>} Descriptor
 */
ReflectionObject.prototype.toJSON = /* istanbul ignore next */ function toJSON() {
    throw Error(); // not implemented, shouldn't happen
};

/**
 * Called when this object is added to a parent.
 * @param {ReflectionObject} parent Parent added to
 * @returns {undefined}
 */
ReflectionObject.prototype.onAdd = function onAdd(parent) {
    if (this.parent && this.parent !== parent)
        this.parent.remove(this);
    this.parent = parent;
    this.resolved = false;
    var root = parent.root;
    if (root instanceof Root)
        root._handleAdd(this);
};

/**
 * Called when this object is removed from a parent.
 * @param {ReflectionObject} parent Parent removed from
 * @returns {undefined}
 */
ReflectionObject.prototype.onRemove = function onRemove(parent) {
    var root = parent.root;
    if (root instanceof Root)
        root._handleRemove(this);
    this.parent = null;
    this.resolved = false;
};

/**
 * Resolves this objects type references.
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.resolve = function resolve() {
    if (this.resolved)
        return this;
    if (this.root instanceof Root)
        this.resolved = true; // only if part of a root
    return this;
};

/**
 * Resolves this objects editions features.
 * @param {string} edition The edition we're currently resolving for.
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    return this._resolveFeatures(this._edition || edition);
};

/**
 * Resolves child features from parent features
 * @param {string} edition The edition we're currently resolving for.
 * @returns {undefined}
 */
ReflectionObject.prototype._resolveFeatures = function _resolveFeatures(edition) {
    if (this._featuresResolved) {
        return;
    }

    var defaults = {};

    /* istanbul ignore if */
    if (!edition) {
        throw new Error("Unknown edition for " + this.fullName);
    }

    var protoFeatures = util.merge({}, this.options && this.options.features,
        this._inferLegacyProtoFeatures(edition));

    if (this._edition) {
        // For a namespace marked with a specific edition, reset defaults.
        /* istanbul ignore else */
        if (edition === "proto2") {
            defaults = Object.assign({}, proto2Defaults);
        } else if (edition === "proto3") {
            defaults = Object.assign({}, proto3Defaults);
        } else if (edition === "2023") {
            defaults = Object.assign({}, editions2023Defaults);
        } else if (edition === "2024") {
            defaults = Object.assign({}, editions2024Defaults);
        } else if (edition === "2026") {
            defaults = Object.assign({}, editions2026Defaults);
        } else {
            throw new Error("Unknown edition: " + edition);
        }
        this._features = util.merge(defaults, protoFeatures);
    } else {
        // fields in Oneofs aren't actually children of them, so we have to
        // special-case it
        /* istanbul ignore else */
        if (this.partOf instanceof OneOf) {
            var lexicalParentFeaturesCopy = util.merge({}, this.partOf._features);
            this._features = util.merge(lexicalParentFeaturesCopy, protoFeatures);
        } else if (this.declaringField) {
            // Skip feature resolution of sister fields.
        } else if (this.parent) {
            var parentFeaturesCopy = util.merge({}, this.parent._features);
            this._features = util.merge(parentFeaturesCopy, protoFeatures);
        } else {
            throw new Error("Unable to find a parent for " + this.fullName);
        }
    }
    if (this.extensionField) {
        // Sister fields should have the same features as their extensions.
        this.extensionField._features = this._features;
    }
    this._featuresResolved = true;
};

/**
 * Infers features from legacy syntax that may have been specified differently.
 * in older editions.
 * @param {string|undefined} edition The edition this proto is on, or undefined if pre-editions
 * @returns {object} The feature values to override
 */
ReflectionObject.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures(/*edition*/) {
    return {};
};

/**
 * Gets an option value.
 * @param {string} name Option name
 * @returns {*} Option value or `undefined` if not set
 */
ReflectionObject.prototype.getOption = function getOption(name) {
    if (this.options && Object.prototype.hasOwnProperty.call(this.options, name))
        return this.options[name];
    return undefined;
};

/**
 * Sets an option.
 * @param {string} name Option name
 * @param {*} value Option value
 * @param {boolean|undefined} [ifNotSet] Sets the option only if it isn't currently set
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.setOption = function setOption(name, value, ifNotSet) {
    if (name === "__proto__")
        return this;
    if (!this.options)
        this.options = {};
    if (/^features\./.test(name)) {
        util.setProperty(this.options, name, value, ifNotSet);
    } else {
        var prev = this.getOption(name);
        if (!ifNotSet || prev === undefined) {
            if (prev !== value) this.resolved = false;
            this.options[name] = value;
        }
    }

    return this;
};

/**
 * Sets a parsed option.
 * @param {string} name parsed Option name
 * @param {*} value Option value
 * @param {string} propName dot '.' delimited full path of property within the option to set. if undefined\empty, will add a new option with that value
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.setParsedOption = function setParsedOption(name, value, propName) {
    if (name === "__proto__")
        return this;
    if (!this.parsedOptions) {
        this.parsedOptions = [];
    }
    var parsedOptions = this.parsedOptions;
    if (propName) {
        // If setting a sub property of an option then try to merge it
        // with an existing option
        var opt = parsedOptions.find(function (opt) {
            return Object.prototype.hasOwnProperty.call(opt, name);
        });
        if (opt) {
            // If we found an existing option - just merge the property value
            // (If it's a feature, will just write over)
            var newValue = opt[name];
            util.setProperty(newValue, propName, value);
        } else {
            // otherwise, create a new option, set its property and add it to the list
            opt = {};
            opt[name] = util.setProperty({}, propName, value);
            parsedOptions.push(opt);
        }
    } else {
        // Always create a new option when setting the value of the option itself
        var newOpt = {};
        newOpt[name] = value;
        parsedOptions.push(newOpt);
    }

    return this;
};

/**
 * Sets multiple options.
 * @param {Object.<string,*>} options Options to set
 * @param {boolean} [ifNotSet] Sets an option only if it isn't currently set
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.setOptions = function setOptions(options, ifNotSet) {
    if (options)
        for (var keys = Object.keys(options), i = 0; i < keys.length; ++i)
            this.setOption(keys[i], options[keys[i]], ifNotSet);
    return this;
};

/**
 * Converts this instance to its string representation.
 * @name ReflectionObject#toString
 * @function
 * @returns {string} Class name[, space, full name]
 */
Object.defineProperty(ReflectionObject.prototype, "toString", {
    value: function toString() {
        var className = this.constructor.className,
            fullName  = this.fullName;
        if (fullName.length)
            return className + " " + fullName;
        return className;
    },
    writable: true,
    enumerable: false,
    configurable: true
});

/**
 * Converts the edition this object is pinned to for JSON format.
 * @returns {string|undefined} The edition string for JSON representation
 */
ReflectionObject.prototype._editionToJSON = function _editionToJSON() {
    if (!this._edition || this._edition === "proto3") {
        // Avoid emitting proto3 since we need to default to it for backwards
        // compatibility anyway.
        return undefined;
    }
    return this._edition;
};

// Sets up cyclic dependencies (called in index-light)
ReflectionObject._configure = function(Root_) {
    Root = Root_;
};


/***/ }),

/***/ 441:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = OneOf;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(385);
OneOf.prototype = Object.create(ReflectionObject.prototype, {
    constructor: {
        value: OneOf,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
OneOf.className = "OneOf";

var Field = __nccwpck_require__(792),
    util  = __nccwpck_require__(926);

/**
 * Constructs a new oneof instance.
 * @classdesc Reflected oneof.
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Oneof name
 * @param {string[]|Object.<string,*>} [fieldNames] Field names
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] Comment associated with this field
 */
function OneOf(name, fieldNames, options, comment) {
    if (!Array.isArray(fieldNames)) {
        options = fieldNames;
        fieldNames = undefined;
    }
    ReflectionObject.call(this, name, options);

    /* istanbul ignore if */
    if (!(fieldNames === undefined || Array.isArray(fieldNames)))
        throw TypeError("fieldNames must be an Array");

    /**
     * Field names that belong to this oneof.
     * @type {string[]}
     */
    this.oneof = fieldNames || []; // toJSON, marker

    /**
     * Fields that belong to this oneof as an array for iteration.
     * @type {Field[]}
     * @readonly
     */
    this.fieldsArray = []; // declared readonly for conformance, possibly not yet added to parent

    /**
     * Comment for this field.
     * @type {string|null}
     */
    this.comment = comment;
}

/**
 * Oneof descriptor.
 * @interface IOneOf
 * @property {Array.<string>} oneof Oneof field names
 * @property {Object.<string,*>} [options] Oneof options
 * @property {string|null} [comment] Oneof comment
 */

/**
 * Constructs a oneof from a oneof descriptor.
 * @param {string} name Oneof name
 * @param {IOneOf} json Oneof descriptor
 * @returns {OneOf} Created oneof
 * @throws {TypeError} If arguments are invalid
 */
OneOf.fromJSON = function fromJSON(name, json) {
    return new OneOf(name, json.oneof, json.options, json.comment);
};

/**
 * Converts this oneof to a oneof descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IOneOf} Oneof descriptor
 */
OneOf.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "options" , this.options,
        "oneof"   , this.oneof,
        "comment" , keepComments ? this.comment : undefined
    ]);
};

/**
 * Adds the fields of the specified oneof to the parent if not already done so.
 * @param {OneOf} oneof The oneof
 * @returns {undefined}
 * @inner
 * @ignore
 */
function addFieldsToParent(oneof) {
    if (oneof.parent)
        for (var i = 0; i < oneof.fieldsArray.length; ++i)
            if (!oneof.fieldsArray[i].parent)
                oneof.parent.add(oneof.fieldsArray[i]);
}

/**
 * Adds a field to this oneof and removes it from its current parent, if any.
 * @param {Field} field Field to add
 * @returns {OneOf} `this`
 */
OneOf.prototype.add = function add(field) {

    /* istanbul ignore if */
    if (!(field instanceof Field))
        throw TypeError("field must be a Field");

    if (field.parent && field.parent !== this.parent)
        field.parent.remove(field);
    this.oneof.push(field.name);
    this.fieldsArray.push(field);
    field.partOf = this; // field.parent remains null
    addFieldsToParent(this);
    return this;
};

/**
 * Removes a field from this oneof and puts it back to the oneof's parent.
 * @param {Field} field Field to remove
 * @returns {OneOf} `this`
 */
OneOf.prototype.remove = function remove(field) {

    /* istanbul ignore if */
    if (!(field instanceof Field))
        throw TypeError("field must be a Field");

    var index = this.fieldsArray.indexOf(field);

    /* istanbul ignore if */
    if (index < 0)
        throw Error(field + " is not a member of " + this);

    this.fieldsArray.splice(index, 1);
    index = this.oneof.indexOf(field.name);

    /* istanbul ignore else */
    if (index > -1) // theoretical
        this.oneof.splice(index, 1);

    field.partOf = null;
    return this;
};

/**
 * @override
 */
OneOf.prototype.onAdd = function onAdd(parent) {
    ReflectionObject.prototype.onAdd.call(this, parent);
    var self = this;
    // Collect present fields
    for (var i = 0; i < this.oneof.length; ++i) {
        var field = parent.get(this.oneof[i]);
        if (field && !field.partOf) {
            field.partOf = self;
            self.fieldsArray.push(field);
        }
    }
    // Add not yet present fields
    addFieldsToParent(this);
};

/**
 * @override
 */
OneOf.prototype.onRemove = function onRemove(parent) {
    for (var i = 0, field; i < this.fieldsArray.length; ++i)
        if ((field = this.fieldsArray[i]).parent)
            field.parent.remove(field);
    ReflectionObject.prototype.onRemove.call(this, parent);
};

/**
 * Determines whether this field corresponds to a synthetic oneof created for
 * a proto3 optional field.  No behavioral logic should depend on this, but it
 * can be relevant for reflection.
 * @name OneOf#isProto3Optional
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(OneOf.prototype, "isProto3Optional", {
    get: function() {
        if (this.fieldsArray == null || this.fieldsArray.length !== 1) {
            return false;
        }

        var field = this.fieldsArray[0];
        return field.options != null && field.options["proto3_optional"] === true;
    }
});

/**
 * Decorator function as returned by {@link OneOf.d} (TypeScript).
 * @typedef OneOfDecorator
 * @type {function}
 * @param {Object} prototype Target prototype
 * @param {string} oneofName OneOf name
 * @returns {undefined}
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */

/**
 * OneOf decorator (TypeScript).
 * @function
 * @param {...string} fieldNames Field names
 * @returns {OneOfDecorator} Decorator function
 * @template T extends string
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
OneOf.d = function decorateOneOf() {
    var fieldNames = new Array(arguments.length),
        index = 0;
    while (index < arguments.length)
        fieldNames[index] = arguments[index++];
    return function oneOfDecorator(prototype, oneofName) {
        util.decorateType(prototype.constructor)
            .add(new OneOf(oneofName, fieldNames));
        Object.defineProperty(prototype, oneofName, {
            get: util.oneOfGetter(fieldNames),
            set: util.oneOfSetter(fieldNames)
        });
    };
};


/***/ }),

/***/ 789:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Reader;

var util      = __nccwpck_require__(186);

var BufferReader; // cyclic

var LongBits  = util.LongBits,
    utf8      = util.utf8;

/* istanbul ignore next */
function indexOutOfRange(reader, writeLength) {
    return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
}

/**
 * Constructs a new reader instance using the specified buffer.
 * @classdesc Wire format reader using `Uint8Array`.
 * @constructor
 * @param {Uint8Array} buffer Buffer to read from
 */
function Reader(buffer) {

    /**
     * Read buffer.
     * @type {Uint8Array}
     */
    this.buf = buffer;

    /**
     * Read buffer position.
     * @type {number}
     */
    this.pos = 0;

    /**
     * Read buffer length.
     * @type {number}
     */
    this.len = buffer.length;

    /**
     * Cached DataView for packed reads.
     * @type {DataView|null}
     */
    this.view = null;

    /**
     * Whether to discard unknown fields while decoding.
     * @type {boolean}
     */
    this.discardUnknown = Reader.discardUnknown;
}

function create_array(buffer) {
    // TODO: Remove plain array reader support in the next major release.
    if (Array.isArray(buffer))
        buffer = new Uint8Array(buffer);
    if (buffer instanceof Uint8Array)
        return new Reader(buffer);
    throw Error("illegal buffer");
}

var create = function create() {
    return util.Buffer
        ? function create_buffer_setup(buffer) {
            return (Reader.create = function create_buffer(buffer) {
                return util.Buffer.isBuffer(buffer)
                    ? new BufferReader(buffer)
                    /* istanbul ignore next */
                    : create_array(buffer);
            })(buffer);
        }
        /* istanbul ignore next */
        : create_array;
};

/**
 * Creates a new reader using the specified buffer.
 * @function
 * @param {Uint8Array|Buffer} buffer Buffer to read from
 * @returns {Reader|BufferReader} A {@link BufferReader} if `buffer` is a Buffer, otherwise a {@link Reader}
 * @throws {Error} If `buffer` is not a valid buffer
 */
Reader.create = create();

/**
 * Returns raw bytes from the backing buffer without advancing the reader.
 * @param {number} start Start offset
 * @param {number} end End offset
 * @returns {Uint8Array} Raw bytes
 */
Reader.prototype.raw = function read_raw(start, end) {
    return this.buf.subarray(start, end);
};

function readVarint32NearEnd(reader) {
    // Safely read up to four bytes of a varint32 near the reader limit
    var value = 0;
    for (var i = 0; i < 4; ++i) {
        if (reader.pos >= reader.len)
            throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        value = (value | (b & 127) << i * 7) >>> 0;
        if (b < 128)
            return value;
    }
    throw indexOutOfRange(reader);
}

/**
 * Reads a varint as an unsigned 32 bit value.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.uint32 = function read_uint32() {
    if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
    }
    var buf = this.buf,
        pos = this.pos,
        value = (buf[pos] & 127) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 7) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 14) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 21) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 15) << 28) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }

    for (var i = 0; i < 5; ++i) {
        /* istanbul ignore if */
        if (pos >= this.len) {
            this.pos = pos;
            throw indexOutOfRange(this);
        }
        if (buf[pos++] < 128) {
            this.pos = pos;
            return value;
        }
    }
    /* istanbul ignore next */
    this.pos = pos;
    throw Error("invalid varint encoding");
};

/**
 * Reads a field tag.
 * @function
 * @returns {number} Tag read
 */
Reader.prototype.tag = function read_tag() {
    if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
    }
    var buf = this.buf,
        pos = this.pos,
        value = (buf[pos] & 127) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 7) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 14) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 21) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 15) << 28) >>> 0;
    if (buf[pos] < 128 && (buf[pos] & 112) === 0) {
        this.pos = pos + 1;
        return value;
    }

    this.pos = pos + 1;
    throw Error("invalid tag encoding");
};

/**
 * Reads a varint length prefix within signed 32 bit range.
 * @returns {number} Length read
 */
Reader.prototype.size = function read_size() {
    if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
    }
    var buf = this.buf,
        pos = this.pos,
        value = (buf[pos] & 127) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 7) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 14) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 21) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    this.pos = pos + 1;
    if (buf[pos] > 7)
        throw Error("invalid length encoding");
    return (value | buf[pos] << 28) >>> 0;
};

/**
 * Reads a varint as a signed 32 bit value.
 * @returns {number} Value read
 */
Reader.prototype.int32 = function read_int32() {
    return this.uint32() | 0;
};

/**
 * Reads a zig-zag encoded varint as a signed 32 bit value.
 * @returns {number} Value read
 */
Reader.prototype.sint32 = function read_sint32() {
    var value = this.uint32();
    return value >>> 1 ^ -(value & 1) | 0;
};

/* eslint-disable no-invalid-this */

function readLongVarint() {
    // tends to deopt with local vars for octet etc.
    var bits = new LongBits(0, 0);
    var i = 0;
    if (this.len - this.pos > 4) { // fast route (lo)
        for (; i < 4; ++i) {
            // 1st..4th
            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
        // 5th
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >>  4) >>> 0;
        if (this.buf[this.pos++] < 128)
            return bits;
        i = 0;
    } else {
        for (; i < 4; ++i) {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
            // 1st..4th
            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
        throw indexOutOfRange(this);
    }
    if (this.len - this.pos > 4) { // fast route (hi)
        for (; i < 5; ++i) {
            // 6th..10th
            bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
    } else {
        for (; i < 5; ++i) {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
            // 6th..10th
            bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
    }
    /* istanbul ignore next */
    throw Error("invalid varint encoding");
}

/* eslint-enable no-invalid-this */

/**
 * Reads a varint as a signed 64 bit value.
 * @name Reader#int64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a varint as an unsigned 64 bit value.
 * @name Reader#uint64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a zig-zag encoded varint as a signed 64 bit value.
 * @name Reader#sint64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a varint as a boolean.
 * @returns {boolean} Value read
 */
Reader.prototype.bool = function read_bool() {
    var value = false,
        b;
    for (var i = 0; i < 10; ++i) {
        /* istanbul ignore if */
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        b = this.buf[this.pos++];
        if (b & 127)
            value = true;
        if (b < 128)
            return value;
    }
    /* istanbul ignore next */
    throw Error("invalid varint encoding");
};

function readFixed32_end(buf, end) { // note that this uses `end`, not `pos`
    return (buf[end - 4]
          | buf[end - 3] << 8
          | buf[end - 2] << 16
          | buf[end - 1] << 24) >>> 0;
}

/**
 * Reads fixed 32 bits as an unsigned 32 bit integer.
 * @returns {number} Value read
 */
Reader.prototype.fixed32 = function read_fixed32() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    return readFixed32_end(this.buf, this.pos += 4);
};

/**
 * Reads fixed 32 bits as a signed 32 bit integer.
 * @returns {number} Value read
 */
Reader.prototype.sfixed32 = function read_sfixed32() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    return readFixed32_end(this.buf, this.pos += 4) | 0;
};

/* eslint-disable no-invalid-this */

function readFixed64(/* this: Reader */) {

    /* istanbul ignore if */
    if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);

    return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
}

/* eslint-enable no-invalid-this */

/**
 * Reads fixed 64 bits.
 * @name Reader#fixed64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads zig-zag encoded fixed 64 bits.
 * @name Reader#sfixed64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a float (32 bit) as a number.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.float = function read_float() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    var value = util.float.readFloatLE(this.buf, this.pos);
    this.pos += 4;
    return value;
};

/**
 * Reads a double (64 bit float) as a number.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.double = function read_double() {

    /* istanbul ignore if */
    if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);

    var value = util.float.readDoubleLE(this.buf, this.pos);
    this.pos += 8;
    return value;
};

/**
 * Reads a packed repeated field of unsigned 32 bit varints.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.uint32s = function read_uint32s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (pos < end) {
        value = buf[pos++];
        if (value < 128)
            array.push(value);
        else {
            this.pos = pos - 1;
            array.push(this.uint32());
            pos = this.pos;
        }
    }
    this.pos = pos;
    if (pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of signed 32 bit varints.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.int32s = function read_int32s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (pos < end) {
        value = buf[pos++];
        if (value < 128)
            array.push(value);
        else {
            this.pos = pos - 1;
            array.push(this.int32());
            pos = this.pos;
        }
    }
    this.pos = pos;
    if (pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of zig-zag encoded signed 32 bit varints.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.sint32s = function read_sint32s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.sint32());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of booleans.
 * @param {boolean[]} [array] Array to read into; a new one is created if omitted
 * @returns {boolean[]} Array read into
 */
Reader.prototype.bools = function read_bools(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (pos < end) {
        value = buf[pos++];
        if (value < 128)
            array.push(value !== 0);
        else {
            this.pos = pos - 1;
            array.push(this.bool());
            pos = this.pos;
        }
    }
    this.pos = pos;
    if (pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

// The view allocation only pays off when amortized over enough reads
var VIEW_THRESHOLD_FLOAT = 8,
    VIEW_THRESHOLD_INT   = 128;

function getLazyView(reader, count, threshold) {
    var view = reader.view;
    if (view || count < threshold)
        return view;
    var buf = reader.buf;
    return reader.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * Reads a packed repeated field of unsigned 32 bit fixed values.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.fixed32s = function read_fixed32s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 2, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getUint32(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4);
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 4);
    return array;
};

/**
 * Reads a packed repeated field of signed 32 bit fixed values.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.sfixed32s = function read_sfixed32s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 2, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getInt32(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4) | 0;
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 4);
    return array;
};

/**
 * Reads a packed repeated field of floats (32 bit).
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.floats = function read_floats(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 2, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getFloat32(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = util.float.readFloatLE(buf, pos);
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 4);
    return array;
};

/**
 * Reads a packed repeated field of doubles (64 bit float).
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.doubles = function read_doubles(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 3, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 8) array[i++] = dv.getFloat64(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 8) array[i++] = util.float.readDoubleLE(buf, pos);
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 8);
    return array;
};

/**
 * Reads a packed repeated field of unsigned 64 bit varints.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.uint64s = function read_uint64s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.uint64());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of signed 64 bit varints.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.int64s = function read_int64s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.int64());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of zig-zag encoded signed 64 bit varints.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.sint64s = function read_sint64s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.sint64());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of unsigned 64 bit fixed values.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.fixed64s = function read_fixed64s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len, i = array.length;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 3;
    array.length = i + count; // 8 bytes per value, count is known
    for (var j = 0; j < count; ++j)
        array[i++] = this.fixed64();
    if (this.pos !== end) throw indexOutOfRange(this, 8);
    return array;
};

/**
 * Reads a packed repeated field of signed 64 bit fixed values.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.sfixed64s = function read_sfixed64s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len, i = array.length;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 3;
    array.length = i + count; // 8 bytes per value, count is known
    for (var j = 0; j < count; ++j)
        array[i++] = this.sfixed64();
    if (this.pos !== end) throw indexOutOfRange(this, 8);
    return array;
};

/**
 * Reads a sequence of bytes preceeded by its length as a varint.
 * @returns {Uint8Array} Value read
 */
Reader.prototype.bytes = function read_bytes() {
    var length = this.size(),
        start  = this.pos,
        end    = this.pos + length;

    /* istanbul ignore if */
    if (end > this.len)
        throw indexOutOfRange(this, length);

    this.pos = end;
    return this.raw(start, end);
};

/**
 * Reads a string preceeded by its byte length as a varint.
 * @returns {string} Value read
 */
Reader.prototype.string = function read_string() {
    var length = this.size(),
        start  = this.pos,
        end    = this.pos + length;

    /* istanbul ignore if */
    if (end > this.len)
        throw indexOutOfRange(this, length);

    this.pos = end;
    return utf8.read(this.buf, start, end);
};

/**
 * Reads a string preceeded by its byte length as a varint, rejecting invalid UTF8.
 * @returns {string} Value read
 */
Reader.prototype.stringVerify = function read_string_verify() {
    var length = this.size(),
        start  = this.pos,
        end    = this.pos + length;

    /* istanbul ignore if */
    if (end > this.len)
        throw indexOutOfRange(this, length);

    this.pos = end;
    return utf8.readStrict(this.buf, start, end);
};

/**
 * Skips the specified number of bytes if specified, otherwise skips a varint.
 * @param {number} [length] Length if known, otherwise a varint is assumed
 * @returns {Reader} `this`
 */
Reader.prototype.skip = function skip(length) {
    if (typeof length === "number") {
        /* istanbul ignore if */
        if (this.pos + length > this.len)
            throw indexOutOfRange(this, length);
        this.pos += length;
    } else {
        do {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
    }
    return this;
};

/**
 * Recursion limit.
 * @type {number}
 */
Reader.recursionLimit = util.recursionLimit;

/**
 * Whether readers discard unknown fields while decoding.
 * @type {boolean}
 */
Reader.discardUnknown = true;

/**
 * Skips the next element of the specified wire type.
 * @param {number} wireType Wire type received
 * @param {number} [depth] Depth of recursion to control nested calls; 0 if omitted
 * @param {number} [fieldNumber] Field number for validating group end tags
 * @returns {Reader} `this`
 */
Reader.prototype.skipType = function(wireType, depth, fieldNumber) {
    if (depth === undefined) depth = 0;
    if (depth > Reader.recursionLimit)
        throw Error("max depth exceeded");
    if (fieldNumber === 0)
        throw Error("illegal tag: field number 0");
    switch (wireType) {
        case 0:
            this.skip();
            break;
        case 1:
            this.skip(8);
            break;
        case 2:
            this.skip(this.size());
            break;
        case 3:
            while (true) {
                var tag = this.tag();
                var nestedField = tag >>> 3;
                wireType = tag & 7;
                if (!nestedField)
                    throw Error("illegal tag: field number 0");
                if (wireType === 4) {
                    if (fieldNumber !== undefined && nestedField !== fieldNumber)
                        throw Error("invalid end group tag");
                    break;
                }
                this.skipType(wireType, depth + 1, nestedField);
            }
            break;
        case 5:
            this.skip(4);
            break;

        /* istanbul ignore next */
        default:
            throw Error("invalid wire type " + wireType + " at offset " + this.pos);
    }
    return this;
};

Reader._configure = function(BufferReader_) {
    BufferReader = BufferReader_;
    Reader.create = create();
    BufferReader._configure();

    var fn = util.Long ? "toLong" : /* istanbul ignore next */ "toNumber";
    util.merge(Reader.prototype, {

        int64: function read_int64() {
            return readLongVarint.call(this)[fn](false);
        },

        uint64: function read_uint64() {
            return readLongVarint.call(this)[fn](true);
        },

        sint64: function read_sint64() {
            return readLongVarint.call(this).zzDecode()[fn](false);
        },

        fixed64: function read_fixed64() {
            return readFixed64.call(this)[fn](true);
        },

        sfixed64: function read_sfixed64() {
            return readFixed64.call(this)[fn](false);
        }

    });
};


/***/ }),

/***/ 102:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = BufferReader;

// extends Reader
var Reader = __nccwpck_require__(789);
BufferReader.prototype = Object.create(Reader.prototype, {
    constructor: {
        value: BufferReader,
        writable: true,
        enumerable: false,
        configurable: true
    }
});

var util = __nccwpck_require__(186);

/**
 * Constructs a new buffer reader instance.
 * @classdesc Wire format reader using node buffers.
 * @extends Reader
 * @constructor
 * @param {Buffer} buffer Buffer to read from
 */
function BufferReader(buffer) {
    Reader.call(this, buffer);

    /**
     * Read buffer.
     * @name BufferReader#buf
     * @type {Buffer}
    */
}

BufferReader._configure = function () {
    /* istanbul ignore else */
    if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
};

/**
 * Returns raw bytes from the backing buffer without advancing the reader.
 * @name BufferReader#raw
 * @function
 * @param {number} start Start offset
 * @param {number} end End offset
 * @returns {Buffer} Raw bytes
 */
BufferReader.prototype.raw = function read_raw_buffer(start, end) {
    return this._slice.call(this.buf, start, end);
};

/**
 * @override
 */
BufferReader.prototype.string = function read_string_buffer() {
    var len = this.size(), // modifies pos
        start = this.pos,
        end = this.pos + len;

    /* istanbul ignore if */
    if (end > this.len)
        throw RangeError("index out of range: " + this.pos + " + " + len + " > " + this.len);

    this.pos = end;
    return this.buf.utf8Slice
        ? this.buf.utf8Slice(start, end)
        : this.buf.toString("utf-8", start, end);
};

/**
 * Reads a sequence of bytes preceeded by its length as a varint.
 * @name BufferReader#bytes
 * @function
 * @returns {Buffer} Value read
 */

BufferReader._configure();


/***/ }),

/***/ 666:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Root;

// extends Namespace
var Namespace = __nccwpck_require__(731);
Root.prototype = Object.create(Namespace.prototype, {
    constructor: {
        value: Root,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Root.className = "Root";

var Field   = __nccwpck_require__(792),
    Enum    = __nccwpck_require__(363),
    OneOf   = __nccwpck_require__(441),
    util    = __nccwpck_require__(926);

var Type,   // cyclic
    parse,  // might be excluded
    common; // "

/**
 * Constructs a new root namespace instance.
 * @classdesc Root namespace wrapping all types, enums, services, sub-namespaces etc. that belong together.
 * @extends NamespaceBase
 * @constructor
 * @param {Object.<string,*>} [options] Top level options
 */
function Root(options) {
    Namespace.call(this, "", options);

    /**
     * Deferred extension fields.
     * @type {Field[]}
     */
    this.deferred = [];

    /**
     * Resolved file names of loaded files.
     * @type {string[]}
     */
    this.files = [];

    /**
     * Edition, defaults to proto2 if unspecified.
     * @type {string}
     * @private
     */
    this._edition = "proto2";

    /**
     * Global lookup cache of fully qualified names.
     * @type {Object.<string,ReflectionObject>}
     * @private
     */
    this._fullyQualifiedObjects = {};
}

/**
 * Loads a namespace descriptor into a root namespace.
 * @param {INamespace} json Namespace descriptor
 * @param {Root} [root] Root namespace, defaults to create a new one if omitted
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Root} Root namespace
 */
Root.fromJSON = function fromJSON(json, root, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
    if (!root)
        root = new Root();
    if (json.options)
        root.setOptions(json.options);
    return root.addJSON(json.nested, depth).resolveAll();
};

/**
 * Resolves the path of an imported file, relative to the importing origin.
 * This method exists so you can override it with your own logic in case your imports are scattered over multiple directories.
 * @function
 * @param {string} origin The file name of the importing file
 * @param {string} target The file name being imported
 * @returns {string|null} Resolved path to `target` or `null` to skip the file
 */
Root.prototype.resolvePath = util.path.resolve;

/**
 * Fetch content from file path or url
 * This method exists so you can override it with your own logic.
 * @function
 * @param {string} path File path or url
 * @param {FetchCallback} callback Callback function
 * @returns {undefined}
 */
Root.prototype.fetch = util.fetch;

// A symbol-like function to safely signal synchronous loading
/* istanbul ignore next */
function SYNC() {} // eslint-disable-line no-empty-function

/**
 * Loads one or multiple .proto or preprocessed .json files into this root namespace and calls the callback.
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {IParseOptions} options Parse options
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 */
Root.prototype.load = function load(filename, options, callback) {
    if (typeof options === "function") {
        callback = options;
        options = undefined;
    }
    var self = this;
    if (!callback) {
        return util.asPromise(load, self, filename, options);
    }

    var sync = callback === SYNC; // undocumented

    // Finishes loading by calling the callback (exactly once)
    function finish(err, root) {
        /* istanbul ignore if */
        if (!callback) {
            return;
        }
        if (sync) {
            throw err;
        }
        if (root) {
            root.resolveAll();
        }
        var cb = callback;
        callback = null;
        cb(err, root);
    }

    // Bundled definition existence checking
    function getBundledFileName(filename) {
        var idx = filename.lastIndexOf("google/protobuf/");
        if (idx > -1) {
            var altname = filename.substring(idx);
            if (Object.prototype.hasOwnProperty.call(common, altname)) return altname;
        }
        if (Object.prototype.hasOwnProperty.call(common, filename)) return filename;
        return null;
    }

    // Processes a single file
    function process(filename, source, depth) {
        if (depth === undefined)
            depth = 0;
        try {
            if (depth > util.recursionLimit)
                throw Error("max depth exceeded");
            if (util.isString(source) && source.charAt(0) === "{")
                source = JSON.parse(source);
            if (!util.isString(source))
                self.setOptions(source.options).addJSON(source.nested);
            else {
                parse.filename = filename;
                var parsed = parse(source, self, options),
                    resolved,
                    i = 0;
                if (parsed.imports)
                    for (; i < parsed.imports.length; ++i)
                        if (resolved = getBundledFileName(parsed.imports[i]) || self.resolvePath(filename, parsed.imports[i]))
                            fetch(resolved, false, depth + 1);
                if (parsed.weakImports)
                    for (i = 0; i < parsed.weakImports.length; ++i)
                        if (resolved = getBundledFileName(parsed.weakImports[i]) || self.resolvePath(filename, parsed.weakImports[i]))
                            fetch(resolved, true, depth + 1);
            }
        } catch (err) {
            finish(err);
        }
        if (!sync && !queued) {
            finish(null, self); // only once anyway
        }
    }

    // Fetches a single file
    function fetch(filename, weak, depth) {
        if (depth === undefined)
            depth = 0;
        filename = getBundledFileName(filename) || filename;

        // Skip if already loaded / attempted
        if (self.files.indexOf(filename) > -1) {
            return;
        }
        self.files.push(filename);

        // Shortcut bundled definitions
        if (Object.prototype.hasOwnProperty.call(common, filename)) {
            if (sync) {
                process(filename, common[filename], depth);
            } else {
                ++queued;
                setTimeout(function() {
                    --queued;
                    process(filename, common[filename], depth);
                });
            }
            return;
        }

        // Otherwise fetch from disk or network
        if (sync) {
            var source;
            try {
                source = util.fs.readFileSync(filename).toString("utf8");
            } catch (err) {
                if (!weak)
                    finish(err);
                return;
            }
            process(filename, source, depth);
        } else {
            ++queued;
            self.fetch(filename, function(err, source) {
                --queued;
                /* istanbul ignore if */
                if (!callback) {
                    return; // terminated meanwhile
                }
                if (err) {
                    /* istanbul ignore else */
                    if (!weak)
                        finish(err);
                    else if (!queued) // can't be covered reliably
                        finish(null, self);
                    return;
                }
                process(filename, source, depth);
            });
        }
    }
    var queued = 0;

    // Assembling the root namespace doesn't require working type
    // references anymore, so we can load everything in parallel
    if (util.isString(filename)) {
        filename = [ filename ];
    }
    for (var i = 0, resolved; i < filename.length; ++i)
        if (resolved = self.resolvePath("", filename[i]))
            fetch(resolved);
    if (sync) {
        self.resolveAll();
        return self;
    }
    if (!queued) {
        finish(null, self);
    }

    return self;
};
// function load(filename:string, options:IParseOptions, callback:LoadCallback):undefined

/**
 * Loads one or multiple .proto or preprocessed .json files into this root namespace and calls the callback.
 * @function Root#load
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 * @variation 2
 */
// function load(filename:string, callback:LoadCallback):undefined

/**
 * Loads one or multiple .proto or preprocessed .json files into this root namespace and returns a promise.
 * @function Root#load
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {IParseOptions} [options] Parse options. Defaults to {@link parse.defaults} when omitted.
 * @returns {Promise<Root>} Promise
 * @variation 3
 */
// function load(filename:string, [options:IParseOptions]):Promise<Root>

/**
 * Synchronously loads one or multiple .proto or preprocessed .json files into this root namespace (node only).
 * @function Root#loadSync
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {IParseOptions} [options] Parse options. Defaults to {@link parse.defaults} when omitted.
 * @returns {Root} Root namespace
 * @throws {Error} If synchronous fetching is not supported (i.e. in browsers) or if a file's syntax is invalid
 */
Root.prototype.loadSync = function loadSync(filename, options) {
    if (!util.isNode)
        throw Error("not supported");
    return this.load(filename, options, SYNC);
};

/**
 * @override
 */
Root.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    if (this.deferred.length)
        throw Error("unresolvable extensions: " + this.deferred.map(function(field) {
            return "'extend " + field.extend + "' in " + field.parent.fullName;
        }).join(", "));
    return Namespace.prototype.resolveAll.call(this);
};

// only uppercased (and thus conflict-free) children are exposed, see below
var exposeRe = /^[A-Z]/;

/**
 * Handles a deferred declaring extension field by creating a sister field to represent it within its extended type.
 * @param {Root} root Root instance
 * @param {Field} field Declaring extension field witin the declaring type
 * @returns {boolean} `true` if successfully added to the extended type, `false` otherwise
 * @inner
 * @ignore
 */
function tryHandleExtension(root, field) {
    var extendedType = field.parent.lookup(field.extend);
    if (extendedType) {
        var sisterField = new Field(field.fullName, field.id, field.type, field.rule, undefined, field.options);
        //do not allow to extend same field twice to prevent the error
        if (extendedType.get(sisterField.name)) {
            return true;
        }
        sisterField.declaringField = field;
        field.extensionField = sisterField;
        extendedType.add(sisterField);
        return true;
    }
    return false;
}

/**
 * Called when any object is added to this root or its sub-namespaces.
 * @param {ReflectionObject} object Object added
 * @returns {undefined}
 * @private
 */
Root.prototype._handleAdd = function _handleAdd(object) {
    if (object instanceof Field) {

        if (/* an extension field (implies not part of a oneof) */ object.extend !== undefined && /* not already handled */ !object.extensionField)
            if (!tryHandleExtension(this, object))
                this.deferred.push(object);

    } else if (object instanceof Enum) {

        if (exposeRe.test(object.name))
            object.parent[object.name] = object.values; // expose enum values as property of its parent

    } else if (!(object instanceof OneOf)) /* everything else is a namespace */ {

        if (object instanceof Type) // Try to handle any deferred extensions
            for (var i = 0; i < this.deferred.length;)
                if (tryHandleExtension(this, this.deferred[i]))
                    this.deferred.splice(i, 1);
                else
                    ++i;
        for (var j = 0; j < /* initializes */ object.nestedArray.length; ++j) // recurse into the namespace
            this._handleAdd(object._nestedArray[j]);
        if (exposeRe.test(object.name))
            object.parent[object.name] = object; // expose namespace as property of its parent
    }

    if (object instanceof Type || object instanceof Enum || object instanceof Field) {
        // Only store types and enums for quick lookup during resolve.
        this._fullyQualifiedObjects[object.fullName] = object;
    }

    // The above also adds uppercased (and thus conflict-free) nested types, services and enums as
    // properties of namespaces just like static code does. This allows using a .d.ts generated for
    // a static module with reflection-based solutions where the condition is met.
};

/**
 * Called when any object is removed from this root or its sub-namespaces.
 * @param {ReflectionObject} object Object removed
 * @returns {undefined}
 * @private
 */
Root.prototype._handleRemove = function _handleRemove(object) {
    if (object instanceof Field) {

        if (/* an extension field */ object.extend !== undefined) {
            if (/* already handled */ object.extensionField) { // remove its sister field
                object.extensionField.parent.remove(object.extensionField);
                object.extensionField = null;
            } else { // cancel the extension
                var index = this.deferred.indexOf(object);
                /* istanbul ignore else */
                if (index > -1)
                    this.deferred.splice(index, 1);
            }
        }

    } else if (object instanceof Enum) {

        if (exposeRe.test(object.name))
            delete object.parent[object.name]; // unexpose enum values

    } else if (object instanceof Namespace) {

        for (var i = 0; i < /* initializes */ object.nestedArray.length; ++i) // recurse into the namespace
            this._handleRemove(object._nestedArray[i]);

        if (exposeRe.test(object.name))
            delete object.parent[object.name]; // unexpose namespaces

    }

    delete this._fullyQualifiedObjects[object.fullName];
};

// Sets up cyclic dependencies (called in index-light)
Root._configure = function(Type_, parse_, common_) {
    Type   = Type_;
    parse  = parse_;
    common = common_;
};


/***/ }),

/***/ 937:
/***/ ((module) => {


module.exports = Object.create(null);

/**
 * Named roots.
 * This is where pbjs stores generated structures (the option `-r, --root` specifies a name).
 * Can also be used manually to make roots available across modules.
 * @name roots
 * @type {Object.<string,Root>}
 * @example
 * // pbjs -r myroot -o compiled.js ...
 *
 * // in another module:
 * require("./compiled.js");
 *
 * // in any subsequent module:
 * var root = protobuf.roots["myroot"];
 */


/***/ }),

/***/ 575:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Streaming RPC helpers.
 * @namespace
 */
var rpc = exports;

/**
 * RPC implementation passed to {@link Service#create} performing a service request on network level, i.e. by utilizing http requests or websockets.
 * @typedef RPCImpl
 * @type {function}
 * @param {Method|rpc.ServiceMethod<Message<{}>,Message<{}>>} method Reflected or static method being called
 * @param {Uint8Array} requestData Request data
 * @param {RPCImplCallback} callback Callback function
 * @returns {undefined}
 * @example
 * function rpcImpl(method, requestData, callback) {
 *     if (protobuf.util.lcFirst(method.name) !== "myMethod") // compatible with static code
 *         throw Error("no such method");
 *     asynchronouslyObtainAResponse(requestData, function(err, responseData) {
 *         callback(err, responseData);
 *     });
 * }
 */

/**
 * Node-style callback as used by {@link RPCImpl}.
 * @typedef RPCImplCallback
 * @type {function}
 * @param {Error|null} error Error, if any, otherwise `null`
 * @param {Uint8Array|null} [response] Response data or `null` to signal end of stream, if there hasn't been an error
 * @returns {undefined}
 */

rpc.Service = __nccwpck_require__(603);


/***/ }),

/***/ 603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Service;

var util = __nccwpck_require__(186);

// Extends EventEmitter
Service.prototype = Object.create(util.EventEmitter.prototype, {
    constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
    }
});

/**
 * A service method callback as used by {@link rpc.ServiceMethod|ServiceMethod}.
 *
 * Differs from {@link RPCImplCallback} in that it is an actual callback of a service method which may not return `response = null`.
 * @typedef rpc.ServiceMethodCallback
 * @template TRes extends Message<TRes>
 * @type {function}
 * @param {Error|null} error Error, if any
 * @param {TRes} [response] Response message
 * @returns {undefined}
 */

/**
 * A service method part of a {@link rpc.Service} as created by {@link Service.create}.
 * @typedef rpc.ServiceMethod
 * @template TReq extends Message<TReq>
 * @template TRes extends Message<TRes>
 * @type {{
 *   (request: TReq|Properties<TReq>, callback: rpc.ServiceMethodCallback<TRes>): void;
 *   (request: TReq|Properties<TReq>): Promise<TRes>;
 *   readonly name: string;
 *   readonly path: string;
 *   readonly requestType: string;
 *   readonly responseType: string;
 *   readonly requestStream: true|undefined;
 *   readonly responseStream: true|undefined;
 * }}
 */

/**
 * Constructs a new RPC service instance.
 * @classdesc An RPC service as returned by {@link Service#create}.
 * @exports rpc.Service
 * @extends util.EventEmitter
 * @constructor
 * @param {RPCImpl} rpcImpl RPC implementation
 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
 */
function Service(rpcImpl, requestDelimited, responseDelimited) {

    if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");

    util.EventEmitter.call(this);

    /**
     * RPC implementation. Becomes `null` once the service is ended.
     * @type {RPCImpl|null}
     */
    this.rpcImpl = rpcImpl;

    /**
     * Whether requests are length-delimited.
     * @type {boolean}
     */
    this.requestDelimited = Boolean(requestDelimited);

    /**
     * Whether responses are length-delimited.
     * @type {boolean}
     */
    this.responseDelimited = Boolean(responseDelimited);
}

/**
 * Calls a service method through {@link rpc.Service#rpcImpl|rpcImpl}.
 * @param {Method|rpc.ServiceMethod<TReq,TRes>} method Reflected or static method
 * @param {Constructor<TReq>} requestCtor Request constructor
 * @param {Constructor<TRes>} responseCtor Response constructor
 * @param {TReq|Properties<TReq>} request Request message or plain object
 * @param {rpc.ServiceMethodCallback<TRes>} callback Service callback
 * @returns {undefined}
 * @template TReq extends Message<TReq>
 * @template TRes extends Message<TRes>
 */
Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {

    if (!request)
        throw TypeError("request must be specified");

    var self = this;
    if (!callback)
        return util.asPromise(rpcCall, self, method, requestCtor, responseCtor, request);

    if (!self.rpcImpl) {
        setTimeout(function() { callback(Error("already ended")); }, 0);
        return undefined;
    }

    try {
        return self.rpcImpl(
            method,
            requestCtor[self.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
            function rpcCallback(err, response) {

                if (err) {
                    self.emit("error", err, method);
                    return callback(err);
                }

                if (response === null) {
                    self.end(/* endedByRPC */ true);
                    return undefined;
                }

                if (!(response instanceof responseCtor)) {
                    try {
                        response = responseCtor[self.responseDelimited ? "decodeDelimited" : "decode"](response);
                    } catch (err) {
                        self.emit("error", err, method);
                        return callback(err);
                    }
                }

                self.emit("data", response, method);
                return callback(null, response);
            }
        );
    } catch (err) {
        self.emit("error", err, method);
        setTimeout(function() { callback(err); }, 0);
        return undefined;
    }
};

/**
 * Ends this service and emits the `end` event.
 * @param {boolean} [endedByRPC=false] Whether the service has been ended by the RPC implementation.
 * @returns {rpc.Service} `this`
 */
Service.prototype.end = function end(endedByRPC) {
    if (this.rpcImpl) {
        if (!endedByRPC) // signal end to rpcImpl
            this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
    }
    return this;
};


/***/ }),

/***/ 303:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Service;

// extends Namespace
var Namespace = __nccwpck_require__(731);
Service.prototype = Object.create(Namespace.prototype, {
    constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Service.className = "Service";

var Method = __nccwpck_require__(627),
    util   = __nccwpck_require__(926),
    rpc    = __nccwpck_require__(575);

/**
 * Constructs a new service instance.
 * @classdesc Reflected service.
 * @extends NamespaceBase
 * @constructor
 * @param {string} name Service name
 * @param {Object.<string,*>} [options] Service options
 * @throws {TypeError} If arguments are invalid
 */
function Service(name, options) {
    Namespace.call(this, name, options);

    /**
     * Service methods.
     * @type {Object.<string,Method>}
     */
    this.methods = {}; // toJSON, marker

    /**
     * Cached methods as an array.
     * @type {Method[]|null}
     * @private
     */
    this._methodsArray = null;
}

/**
 * Service descriptor.
 * @interface IService
 * @extends INamespace
 * @property {string} [edition] Edition
 * @property {Object.<string,IMethod>} methods Method descriptors
 * @property {string|null} [comment] Service comment
 */

/**
 * Constructs a service from a service descriptor.
 * @param {string} name Service name
 * @param {IService} json Service descriptor
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Service} Created service
 * @throws {TypeError} If arguments are invalid
 */
Service.fromJSON = function fromJSON(name, json, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
    var service = new Service(name, json.options);
    /* istanbul ignore else */
    if (json.methods)
        for (var names = Object.keys(json.methods), i = 0; i < names.length; ++i)
            service.add(Method.fromJSON(names[i], json.methods[names[i]]));
    if (json.nested)
        service.addJSON(json.nested, depth);
    if (json.edition)
        service._edition = json.edition;
    service.comment = json.comment;
    service._defaultEdition = "proto3";  // For backwards-compatibility.
    return service;
};

/**
 * Converts this service to a service descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IService} Service descriptor
 */
Service.prototype.toJSON = function toJSON(toJSONOptions) {
    var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition" , this._editionToJSON(),
        "options" , inherited && inherited.options || undefined,
        "methods" , Namespace.arrayToJSON(this.methodsArray, toJSONOptions) || /* istanbul ignore next */ {},
        "nested"  , inherited && inherited.nested || undefined,
        "comment" , keepComments ? this.comment : undefined
    ]);
};

/**
 * Methods of this service as an array for iteration.
 * @name Service#methodsArray
 * @type {Method[]}
 * @readonly
 */
Object.defineProperty(Service.prototype, "methodsArray", {
    get: function() {
        return this._methodsArray || (this._methodsArray = util.toArray(this.methods));
    }
});

function clearCache(service) {
    service._methodsArray = null;
    return service;
}

/**
 * @override
 */
Service.prototype.get = function get(name) {
    return Object.prototype.hasOwnProperty.call(this.methods, name)
        ? this.methods[name]
        : Namespace.prototype.get.call(this, name);
};

/**
 * @override
 */
Service.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    Namespace.prototype.resolve.call(this);
    var methods = this.methodsArray;
    for (var i = 0; i < methods.length; ++i)
        methods[i].resolve();
    return this;
};

/**
 * @override
 */
Service.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    if (!this._needsRecursiveFeatureResolution) return this;

    edition = this._edition || edition;

    Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
    this.methodsArray.forEach(method => {
        method._resolveFeaturesRecursive(edition);
    });
    return this;
};

/**
 * @override
 */
Service.prototype.add = function add(object) {
    /* istanbul ignore if */
    if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);

    if (object instanceof Method) {
        if (object.name === "__proto__")
            return this;
        this.methods[object.name] = object;
        object.parent = this;
        return clearCache(this);
    }
    return Namespace.prototype.add.call(this, object);
};

/**
 * @override
 */
Service.prototype.remove = function remove(object) {
    if (object instanceof Method) {

        /* istanbul ignore if */
        if (this.methods[object.name] !== object)
            throw Error(object + " is not a member of " + this);

        delete this.methods[object.name];
        object.parent = null;
        return clearCache(this);
    }
    return Namespace.prototype.remove.call(this, object);
};

/**
 * Creates a runtime service using the specified rpc implementation.
 * @param {RPCImpl} rpcImpl RPC implementation
 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
 * @returns {rpc.Service} RPC service. Useful where requests and/or responses are streamed.
 */
Service.prototype.create = function create(rpcImpl, requestDelimited, responseDelimited) {
    var rpcService = new rpc.Service(rpcImpl, requestDelimited, responseDelimited);
    for (var i = 0, method; i < /* initializes */ this.methodsArray.length; ++i) {
        var methodName = util.lcFirst((method = this._methodsArray[i]).resolve().name).replace(/[^$\w_]/g, "");
        rpcService[methodName] = (function(method, requestType, responseType) {
            return function rpcMethod(request, callback) {
                return rpc.Service.prototype.rpcCall.call(this, method, requestType, responseType, request, callback);
            };
        })(method, method.resolvedRequestType.ctor, method.resolvedResponseType.ctor);
    }
    return rpcService;
};


/***/ }),

/***/ 426:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Type;

// extends Namespace
var Namespace = __nccwpck_require__(731);
Type.prototype = Object.create(Namespace.prototype, {
    constructor: {
        value: Type,
        writable: true,
        enumerable: false,
        configurable: true
    }
});
Type.className = "Type";

var Enum      = __nccwpck_require__(363),
    OneOf     = __nccwpck_require__(441),
    Field     = __nccwpck_require__(792),
    MapField  = __nccwpck_require__(124),
    Service   = __nccwpck_require__(303),
    Message   = __nccwpck_require__(463),
    Reader    = __nccwpck_require__(789),
    Writer    = __nccwpck_require__(745),
    util      = __nccwpck_require__(926),
    encoder   = __nccwpck_require__(880),
    decoder   = __nccwpck_require__(224),
    verifier  = __nccwpck_require__(524),
    converter = __nccwpck_require__(0),
    wrappers  = __nccwpck_require__(162);

/**
 * Constructs a new reflected message type instance.
 * @classdesc Reflected message type.
 * @extends NamespaceBase
 * @constructor
 * @param {string} name Message name
 * @param {Object.<string,*>} [options] Declared options
 */
function Type(name, options) {
    name = name.replace(/\W/g, "");
    Namespace.call(this, name, options);

    /**
     * Message fields.
     * @type {Object.<string,Field>}
     */
    this.fields = {};  // toJSON, marker

    /**
     * Oneofs declared within this namespace, if any.
     * @type {Object.<string,OneOf>}
     */
    this.oneofs = undefined; // toJSON

    /**
     * Extension ranges, if any.
     * @type {number[][]}
     */
    this.extensions = undefined; // toJSON

    /**
     * Reserved ranges, if any.
     * @type {Array.<number[]|string>}
     */
    this.reserved = undefined; // toJSON

    /*?
     * Whether this type is a legacy group.
     * @type {boolean|undefined}
     */
    this.group = undefined; // toJSON

    /**
     * Declared symbol visibility, if any.
     * @type {"local"|"export"|undefined}
     */
    this.visibility = undefined; // toJSON

    /**
     * Cached fields by id.
     * @type {Object.<number,Field>|null}
     * @private
     */
    this._fieldsById = null;

    /**
     * Cached fields as an array.
     * @type {Field[]|null}
     * @private
     */
    this._fieldsArray = null;

    /**
     * Cached oneofs as an array.
     * @type {OneOf[]|null}
     * @private
     */
    this._oneofsArray = null;

    /**
     * Cached constructor.
     * @type {Constructor<{}>}
     * @private
     */
    this._ctor = null;

    /**
     * Cached fields by JSON name.
     * @type {Object.<string,Field>|null}
     * @private
     */
    this._fieldsByJsonName = null; // used by ext/protojson
}

Object.defineProperties(Type.prototype, {

    /**
     * Message fields by id.
     * @name Type#fieldsById
     * @type {Object.<number,Field>}
     * @readonly
     */
    fieldsById: {
        get: function() {

            /* istanbul ignore if */
            if (this._fieldsById)
                return this._fieldsById;

            this._fieldsById = {};
            for (var names = Object.keys(this.fields), i = 0; i < names.length; ++i) {
                var field = this.fields[names[i]],
                    id = field.id;

                /* istanbul ignore if */
                if (this._fieldsById[id])
                    throw Error("duplicate id " + id + " in " + this);

                this._fieldsById[id] = field;
            }
            return this._fieldsById;
        }
    },

    /**
     * Fields of this message as an array for iteration.
     * @name Type#fieldsArray
     * @type {Field[]}
     * @readonly
     */
    fieldsArray: {
        get: function() {
            return this._fieldsArray || (this._fieldsArray = util.toArray(this.fields));
        }
    },

    /**
     * Oneofs of this message as an array for iteration.
     * @name Type#oneofsArray
     * @type {OneOf[]}
     * @readonly
     */
    oneofsArray: {
        get: function() {
            return this._oneofsArray || (this._oneofsArray = util.toArray(this.oneofs));
        }
    },

    /**
     * The registered constructor, if any registered, otherwise a generic constructor.
     * Assigning a function replaces the internal constructor. If the function does not extend {@link Message} yet, its prototype will be setup accordingly and static methods will be populated. If it already extends {@link Message}, it will just replace the internal constructor.
     * When assigning manually, add the type to its parent namespace/root first if fields reference other reflected types, because constructor setup resolves field defaults.
     * @name Type#ctor
     * @type {Constructor<{}>}
     */
    ctor: {
        get: function() {
            return this._ctor || (this.ctor = Type.generateConstructor(this)());
        },
        set: function(ctor) {

            // Ensure proper prototype
            var prototype = ctor.prototype;
            if (!(prototype instanceof Message)) {
                ctor.prototype = new Message();
                Object.defineProperty(ctor.prototype, "constructor", {
                    value: ctor,
                    writable: true,
                    enumerable: false,
                    configurable: true
                });
                util.merge(ctor.prototype, prototype);
            }

            // Classes and messages reference their reflected type
            ctor.$type = ctor.prototype.$type = this;

            // Mix in static methods
            util.merge(ctor, Message, true);

            this._ctor = ctor;
            delete this.decode;
            delete this.fromObject;

            // Messages have non-enumerable default values on their prototype
            var i = 0;
            for (var field; i < /* initializes */ this.fieldsArray.length; ++i) {
                field = this._fieldsArray[i].resolve(); // ensures a proper value
                ctor.prototype[field.name] = field.defaultValue;
            }

            // Messages have non-enumerable getters and setters for each virtual oneof field
            var ctorProperties = {};
            for (i = 0; i < /* initializes */ this.oneofsArray.length; ++i)
                ctorProperties[this._oneofsArray[i].resolve().name] = {
                    get: util.oneOfGetter(this._oneofsArray[i].oneof),
                    set: util.oneOfSetter(this._oneofsArray[i].oneof)
                };
            if (i)
                Object.defineProperties(ctor.prototype, ctorProperties);
        }
    }
});

/**
 * Generates a constructor function for the specified type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
Type.generateConstructor = function generateConstructor(mtype) {
    /* eslint-disable no-unexpected-multiline */
    var gen = util.codegen(["p"]);
    // explicitly initialize mutable object/array fields so that these aren't just inherited from the prototype
    for (var i = 0, field; i < mtype.fieldsArray.length; ++i)
        if ((field = mtype._fieldsArray[i]).map) gen
            ("this%s={}", util.safeProp(field.name));
        else if (field.repeated) gen
            ("this%s=[]", util.safeProp(field.name));
    return gen
    ("if(p)for(var ks=Object.keys(p),i=0;i<ks.length;++i)if(p[ks[i]]!=null&&ks[i]!==\"__proto__\")") // omit undefined or null
        ("this[ks[i]]=p[ks[i]]");
    /* eslint-enable no-unexpected-multiline */
};

function clearCache(type) {
    type._fieldsById = type._fieldsArray = type._oneofsArray = type._fieldsByJsonName = null;
    delete type.encode;
    delete type.decode;
    delete type.verify;
    return type;
}

/**
 * Message type descriptor.
 * @interface IType
 * @extends INamespace
 * @property {string} [edition] Edition
 * @property {Object.<string,IOneOf>} [oneofs] Oneof descriptors
 * @property {Object.<string,IField>} fields Field descriptors
 * @property {number[][]} [extensions] Extension ranges
 * @property {Array.<number[]|string>} [reserved] Reserved ranges
 * @property {boolean} [group=false] Whether a legacy group or not
 * @property {"local"|"export"} [visibility] Declared symbol visibility
 * @property {string|null} [comment] Message type comment
 */

/**
 * Creates a message type from a message type descriptor.
 * @param {string} name Message name
 * @param {IType} json Message type descriptor
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Type} Created message type
 */
Type.fromJSON = function fromJSON(name, json, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.nestingLimit)
        throw Error("max depth exceeded");
    var type = new Type(name, json.options);
    type.extensions = json.extensions;
    type.reserved = json.reserved;
    var names = Object.keys(json.fields),
        i = 0;
    for (; i < names.length; ++i)
        type.add(
            ( typeof json.fields[names[i]].keyType !== "undefined"
            ? MapField.fromJSON
            : Field.fromJSON )(names[i], json.fields[names[i]])
        );
    if (json.oneofs)
        for (names = Object.keys(json.oneofs), i = 0; i < names.length; ++i)
            type.add(OneOf.fromJSON(names[i], json.oneofs[names[i]]));
    if (json.nested)
        for (names = Object.keys(json.nested), i = 0; i < names.length; ++i) {
            var nested = json.nested[names[i]];
            type.add( // most to least likely
                ( nested.id !== undefined
                ? Field.fromJSON
                : nested.fields !== undefined
                ? Type.fromJSON
                : nested.values !== undefined
                ? Enum.fromJSON
                : nested.methods !== undefined
                ? Service.fromJSON
                : Namespace.fromJSON )(names[i], nested, depth + 1)
            );
        }
    if (json.extensions && json.extensions.length)
        type.extensions = json.extensions;
    if (json.reserved && json.reserved.length)
        type.reserved = json.reserved;
    if (json.group)
        type.group = true;
    if (json.visibility)
        type.visibility = json.visibility;
    if (json.comment)
        type.comment = json.comment;
    if (json.edition)
        type._edition = json.edition;
    type._defaultEdition = "proto3";  // For backwards-compatibility.
    return type;
};

/**
 * Converts this message type to a message type descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IType} Message type descriptor
 */
Type.prototype.toJSON = function toJSON(toJSONOptions) {
    var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition"    , this._editionToJSON(),
        "options"    , inherited && inherited.options || undefined,
        "oneofs"     , Namespace.arrayToJSON(this.oneofsArray, toJSONOptions),
        "fields"     , Namespace.arrayToJSON(this.fieldsArray.filter(function(obj) { return !obj.declaringField; }), toJSONOptions) || {},
        "extensions" , this.extensions && this.extensions.length ? this.extensions : undefined,
        "reserved"   , this.reserved && this.reserved.length ? this.reserved : undefined,
        "group"      , this.group || undefined,
        "visibility" , this.visibility,
        "nested"     , inherited && inherited.nested || undefined,
        "comment"    , keepComments ? this.comment : undefined
    ]);
};

/**
 * @override
 */
Type.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    Namespace.prototype.resolveAll.call(this);
    var oneofs = this.oneofsArray; i = 0;
    while (i < oneofs.length)
        oneofs[i++].resolve();
    var fields = this.fieldsArray, i = 0;
    while (i < fields.length)
        fields[i++].resolve();
    return this;
};

/**
 * @override
 */
Type.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    if (!this._needsRecursiveFeatureResolution) return this;

    edition = this._edition || edition;

    Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
    this.oneofsArray.forEach(oneof => {
        oneof._resolveFeatures(edition);
    });
    this.fieldsArray.forEach(field => {
        field._resolveFeatures(edition);
    });
    return this;
};

/**
 * @override
 */
Type.prototype.get = function get(name) {
    if (Object.prototype.hasOwnProperty.call(this.fields, name))
        return this.fields[name];
    if (this.oneofs && Object.prototype.hasOwnProperty.call(this.oneofs, name))
        return this.oneofs[name];
    if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name))
        return this.nested[name];
    return null;
};

/**
 * Adds a nested object to this type.
 * @param {ReflectionObject} object Nested object to add
 * @returns {Type} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If there is already a nested object with this name or, if a field, when there is already a field with this id
 */
Type.prototype.add = function add(object) {
    if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);

    if (object instanceof Field && object.extend === undefined) {
        // NOTE: Extension fields aren't actual fields on the declaring type, but nested objects.
        // The root object takes care of adding distinct sister-fields to the respective extended
        // type instead.

        // avoids calling the getter if not absolutely necessary because it's called quite frequently
        if (this._fieldsById ? /* istanbul ignore next */ this._fieldsById[object.id] : this.fieldsById[object.id])
            throw Error("duplicate id " + object.id + " in " + this);
        if (this.isReservedId(object.id))
            throw Error("id " + object.id + " is reserved in " + this);
        if (this.isReservedName(object.name) || object.name.charAt(0) === "$")
            throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
            return this;

        if (object.parent)
            object.parent.remove(object);
        this.fields[object.name] = object;
        object.message = this;
        object.onAdd(this);
        return clearCache(this);
    }
    if (object instanceof OneOf) {
        if (object.name.charAt(0) === "$")
            throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
            return this;
        if (!this.oneofs)
            this.oneofs = {};
        this.oneofs[object.name] = object;
        object.onAdd(this);
        return clearCache(this);
    }
    return Namespace.prototype.add.call(this, object);
};

/**
 * Removes a nested object from this type.
 * @param {ReflectionObject} object Nested object to remove
 * @returns {Type} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If `object` is not a member of this type
 */
Type.prototype.remove = function remove(object) {
    if (object instanceof Field && object.extend === undefined) {
        // See Type#add for the reason why extension fields are excluded here.

        /* istanbul ignore if */
        if (!util.remove(this.fields, object, object.name))
            throw Error(object + " is not a member of " + this);

        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
    }
    if (object instanceof OneOf) {

        /* istanbul ignore if */
        if (!util.remove(this.oneofs, object, object.name))
            throw Error(object + " is not a member of " + this);

        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
    }
    return Namespace.prototype.remove.call(this, object);
};

/**
 * Tests if the specified id is reserved.
 * @param {number} id Id to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Type.prototype.isReservedId = function isReservedId(id) {
    return Namespace.isReservedId(this.reserved, id);
};

/**
 * Tests if the specified name is reserved.
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Type.prototype.isReservedName = function isReservedName(name) {
    return Namespace.isReservedName(this.reserved, name);
};

/**
 * Creates a new message of this type using the specified properties.
 * @param {Object.<string,*>} [properties] Properties to set
 * @returns {ReflectedMessage} Message instance
 */
Type.prototype.create = function create(properties) {
    return new this.ctor(properties);
};

/**
 * Sets up {@link Type#encode|encode}, {@link Type#decode|decode} and {@link Type#verify|verify}.
 * @returns {Type} `this`
 */
Type.prototype.setup = function setup() {
    // Sets up everything at once so that the prototype chain does not have to be re-evaluated
    // multiple times (V8, soft-deopt prototype-check).

    // Resolve feature defaults incl. field presence before generating codecs
    var root = this.root;
    if (root && root._needsRecursiveFeatureResolution) {
        var edition = root._edition || this._edition;
        if (edition)
            root._resolveFeaturesRecursive(edition);
    }

    var fullName = this.fullName,
        types    = [];
    for (var i = 0; i < /* initializes */ this.fieldsArray.length; ++i)
        types.push(this._fieldsArray[i].resolve().resolvedType);

    // Replace setup methods with type-specific generated functions
    this.encode = encoder(this)({
        Writer : Writer,
        types  : types,
        util   : util
    });
    this.decode = decoder(this)({
        Reader : Reader,
        types  : types,
        util   : util,
        C      : this.ctor
    });
    this.verify = verifier(this)({
        types : types,
        util  : util
    });
    this.fromObject = converter.fromObject(this)({
        types : types,
        util  : util,
        C     : this.ctor
    });
    this.toObject = converter.toObject(this)({
        types : types,
        util  : util
    });

    // Inject custom wrappers for common types
    var wrapper = wrappers[fullName];
    if (wrapper) {
        var wrapperThis = Object.create(this);
        // Reuse this type's runtime constructor in wrapper fromObject/toObject
        wrapperThis._ctor = this.ctor;
        wrapperThis.fromObject = this.fromObject;
        this.fromObject = wrapper.fromObject.bind(wrapperThis);
        wrapperThis.toObject = this.toObject;
        this.toObject = wrapper.toObject.bind(wrapperThis);
    }

    return this;
};

/**
 * Encodes a message of this type. Does not implicitly {@link Type#verify|verify} messages.
 * @param {Message<{}>|Object.<string,*>} message Message instance or plain object
 * @param {Writer} [writer] Writer to encode to
 * @returns {Writer} writer
 */
Type.prototype.encode = function encode_setup(message, writer) { // eslint-disable-line no-unused-vars
    return this.setup().encode.apply(this, arguments); // overrides this method
};

/**
 * Encodes a message of this type preceeded by its byte length as a varint. Does not implicitly {@link Type#verify|verify} messages.
 * @param {Message<{}>|Object.<string,*>} message Message instance or plain object
 * @param {Writer} [writer] Writer to encode to
 * @returns {Writer} writer
 */
Type.prototype.encodeDelimited = function encodeDelimited(message, writer) {
    return this.encode(message, (writer || Writer.create()).fork()).ldelim();
};

/**
 * Decodes a message of this type.
 * @param {Reader|Uint8Array} reader Reader or buffer to decode from
 * @param {number} [length] Length of the message, if known beforehand
 * @returns {ReflectedMessage} Decoded message
 * @throws {Error} If the payload is not a reader or valid buffer
 * @throws {util.ProtocolError<{}>} If required fields are missing
 */
Type.prototype.decode = function decode_setup(reader, length) { // eslint-disable-line no-unused-vars
    return this.setup().decode.apply(this, arguments); // overrides this method
};

/**
 * Decodes a message of this type preceeded by its byte length as a varint.
 * @param {Reader|Uint8Array} reader Reader or buffer to decode from
 * @returns {ReflectedMessage} Decoded message
 * @throws {Error} If the payload is not a reader or valid buffer
 * @throws {util.ProtocolError} If required fields are missing
 */
Type.prototype.decodeDelimited = function decodeDelimited(reader) {
    if (!(reader instanceof Reader))
        reader = Reader.create(reader);
    return this.decode(reader, reader.size());
};

/**
 * Verifies that field values are valid and that required fields are present.
 * @param {Object.<string,*>} message Plain object to verify
 * @returns {null|string} `null` if valid, otherwise the reason why it is not
 */
Type.prototype.verify = function verify_setup(message) { // eslint-disable-line no-unused-vars
    return this.setup().verify.apply(this, arguments); // overrides this method
};

/**
 * Creates a new message of this type from a plain object. Also converts values to their respective internal types.
 * @param {Object.<string,*>} object Plain object to convert
 * @returns {ReflectedMessage} Message instance
 */
Type.prototype.fromObject = function fromObject(object) { // eslint-disable-line no-unused-vars
    return this.setup().fromObject.apply(this, arguments);
};

/**
 * Conversion options as used by {@link Type#toObject} and {@link Message.toObject}.
 * @interface IConversionOptions
 * @property {Function} [longs] Long conversion type.
 * Valid values are `BigInt`, `String` and `Number` (the global types).
 * Defaults to copy the present value, which is a possibly unsafe number without and a {@link Long} with a long library.
 * @property {Function} [enums] Enum value conversion type.
 * Only valid value is `String` (the global type).
 * Defaults to copy the present value, which is the numeric id.
 * @property {Function} [bytes] Bytes value conversion type.
 * Valid values are `Array` and (a base64 encoded) `String` (the global types).
 * Defaults to copy the present value, which usually is a Buffer under node and an Uint8Array in the browser.
 * @property {boolean} [defaults=false] Also sets default values on the resulting object
 * @property {boolean} [arrays=false] Sets empty arrays for missing repeated fields even if `defaults=false`
 * @property {boolean} [objects=false] Sets empty objects for missing map fields even if `defaults=false`
 * @property {boolean} [oneofs=false] Includes virtual oneof properties set to the present field's name, if any
 * @property {boolean} [json=false] Performs additional JSON compatibility conversions, i.e. NaN and Infinity to strings
 */

/**
 * Creates a plain object from a message of this type. Also converts values to other types if specified.
 * @param {Message<{}>} message Message instance
 * @param {IConversionOptions} [options] Conversion options
 * @returns {Object.<string,*>} Plain object
 */
Type.prototype.toObject = function toObject(message, options) { // eslint-disable-line no-unused-vars
    return this.setup().toObject.apply(this, arguments);
};

/**
 * Gets the type url for this type.
 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
 * @returns {string} The type url
 */
Type.prototype.getTypeUrl = function getTypeUrl(prefix) {
    if (prefix === undefined)
        prefix = "type.googleapis.com";
    var fullName = this.fullName;
    return prefix + "/" + (fullName.charAt(0) === "." ? fullName.substring(1) : fullName);
};

/**
 * Decorator function as returned by {@link Type.d} (TypeScript).
 * @typedef TypeDecorator
 * @type {function}
 * @param {Constructor<T>} target Target constructor
 * @returns {undefined}
 * @template T extends Message<T>
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */

/**
 * Type decorator (TypeScript).
 * @param {string} [typeName] Type name, defaults to the constructor's name
 * @returns {TypeDecorator<T>} Decorator function
 * @template T extends Message<T>
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
Type.d = function decorateType(typeName) {
    return function typeDecorator(target) {
        util.decorateType(target, typeName);
    };
};


/***/ }),

/***/ 761:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Common type constants.
 * @namespace
 */
var types = exports;

var util = __nccwpck_require__(926);

var s = [
    "double",   // 0
    "float",    // 1
    "int32",    // 2
    "uint32",   // 3
    "sint32",   // 4
    "fixed32",  // 5
    "sfixed32", // 6
    "int64",    // 7
    "uint64",   // 8
    "sint64",   // 9
    "fixed64",  // 10
    "sfixed64", // 11
    "bool",     // 12
    "string",   // 13
    "bytes"     // 14
];

function bake(values, offset) {
    var i = 0, o = Object.create(null);
    offset |= 0;
    while (i < values.length) o[s[i + offset]] = values[i++];
    return o;
}

/**
 * Basic type wire types.
 * @type {Object.<string,number>}
 * @const
 * @property {number} double=1 Fixed64 wire type
 * @property {number} float=5 Fixed32 wire type
 * @property {number} int32=0 Varint wire type
 * @property {number} uint32=0 Varint wire type
 * @property {number} sint32=0 Varint wire type
 * @property {number} fixed32=5 Fixed32 wire type
 * @property {number} sfixed32=5 Fixed32 wire type
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 * @property {number} bool=0 Varint wire type
 * @property {number} string=2 Ldelim wire type
 * @property {number} bytes=2 Ldelim wire type
 */
types.basic = bake([
    /* double   */ 1,
    /* float    */ 5,
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 5,
    /* sfixed32 */ 5,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1,
    /* bool     */ 0,
    /* string   */ 2,
    /* bytes    */ 2
]);

/**
 * Basic type defaults.
 * @type {Object.<string,*>}
 * @const
 * @property {number} double=0 Double default
 * @property {number} float=0 Float default
 * @property {number} int32=0 Int32 default
 * @property {number} uint32=0 Uint32 default
 * @property {number} sint32=0 Sint32 default
 * @property {number} fixed32=0 Fixed32 default
 * @property {number} sfixed32=0 Sfixed32 default
 * @property {number} int64=0 Int64 default
 * @property {number} uint64=0 Uint64 default
 * @property {number} sint64=0 Sint32 default
 * @property {number} fixed64=0 Fixed64 default
 * @property {number} sfixed64=0 Sfixed64 default
 * @property {boolean} bool=false Bool default
 * @property {string} string="" String default
 * @property {Array.<number>} bytes=Array(0) Bytes default
 * @property {null} message=null Message default
 */
types.defaults = bake([
    /* double   */ 0,
    /* float    */ 0,
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 0,
    /* sfixed32 */ 0,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 0,
    /* sfixed64 */ 0,
    /* bool     */ false,
    /* string   */ "",
    /* bytes    */ util.emptyArray,
    /* message  */ null
]);

/**
 * Basic long type wire types.
 * @type {Object.<string,number>}
 * @const
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 */
types.long = bake([
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1
], 7);

/**
 * Allowed types for map keys with their associated wire type.
 * @type {Object.<string,number>}
 * @const
 * @property {number} int32=0 Varint wire type
 * @property {number} uint32=0 Varint wire type
 * @property {number} sint32=0 Varint wire type
 * @property {number} fixed32=5 Fixed32 wire type
 * @property {number} sfixed32=5 Fixed32 wire type
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 * @property {number} bool=0 Varint wire type
 * @property {number} string=2 Ldelim wire type
 */
types.mapKey = bake([
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 5,
    /* sfixed32 */ 5,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1,
    /* bool     */ 0,
    /* string   */ 2
], 2);

/**
 * Allowed types for packed repeated fields with their associated wire type.
 * @type {Object.<string,number>}
 * @const
 * @property {number} double=1 Fixed64 wire type
 * @property {number} float=5 Fixed32 wire type
 * @property {number} int32=0 Varint wire type
 * @property {number} uint32=0 Varint wire type
 * @property {number} sint32=0 Varint wire type
 * @property {number} fixed32=5 Fixed32 wire type
 * @property {number} sfixed32=5 Fixed32 wire type
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 * @property {number} bool=0 Varint wire type
 */
types.packed = bake([
    /* double   */ 1,
    /* float    */ 5,
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 5,
    /* sfixed32 */ 5,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1,
    /* bool     */ 0
]);


/***/ }),

/***/ 926:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/**
 * Various utility functions.
 * @namespace
 */
var util = module.exports = __nccwpck_require__(186);

var roots = __nccwpck_require__(937);

var Type, // cyclic
    Enum;

util.codegen  = __nccwpck_require__(588);
util.fetch    = __nccwpck_require__(117);
util.path     = __nccwpck_require__(902);
util.patterns = __nccwpck_require__(830);

var reservedRe = util.patterns.reservedRe;

/**
 * Node's fs module if available.
 * @type {Object.<string,*>}
 */
util.fs = __nccwpck_require__(402);

/**
 * Converts an object's values to an array.
 * @param {Object.<string,*>} object Object to convert
 * @returns {Array.<*>} Converted array
 */
util.toArray = function toArray(object) {
    if (object) {
        var keys  = Object.keys(object),
            array = new Array(keys.length),
            index = 0;
        while (index < keys.length)
            array[index] = object[keys[index++]];
        return array;
    }
    return [];
};

/**
 * Converts an array of keys immediately followed by their respective value to an object, omitting undefined values.
 * @param {Array.<*>} array Array to convert
 * @returns {Object.<string,*>} Converted object
 */
util.toObject = function toObject(array) {
    var object = {},
        index  = 0;
    while (index < array.length) {
        var key = array[index++],
            val = array[index++];
        if (val !== undefined)
            object[key] = val;
    }
    return object;
};

/**
 * Removes the first matching value from an object.
 * @param {Object.<string,*>|undefined} object Object to remove from
 * @param {*} value Value to remove
 * @param {string} [key] Optional key for fast path removal
 * @returns {boolean} `true` if removed, otherwise `false`
 */
util.remove = function remove(object, value, key) {
    if (!object)
        return false;
    if (key !== undefined && Object.prototype.hasOwnProperty.call(object, key) && object[key] === value) {
        delete object[key];
        return true;
    }
    for (var names = Object.keys(object), i = 0; i < names.length; ++i)
        if (object[names[i]] === value) {
            delete object[names[i]];
            return true;
        }
    return false;
};

/**
 * Tests whether the specified name is a reserved word in JS.
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
util.isReserved = function isReserved(name) {
    return reservedRe.test(name);
};

/**
 * Returns a safe property accessor for the specified property name.
 * @param {string} prop Property name
 * @returns {string} Safe accessor
 */
util.safeProp = function safeProp(prop) {
    if (!/^[$\w_]+$/.test(prop) || reservedRe.test(prop))
        return "[" + JSON.stringify(prop) + "]";
    return "." + prop;
};

/**
 * Converts the first character of a string to upper case.
 * @param {string} str String to convert
 * @returns {string} Converted string
 */
util.ucFirst = function ucFirst(str) {
    return str.charAt(0).toUpperCase() + str.substring(1);
};

var camelCaseRe = /_([a-z])/g;

/**
 * Converts a string to camel case.
 * @param {string} str String to convert
 * @returns {string} Converted string
 * @deprecated Use {@link util.jsonName} for protobuf field JSON names.
 */
util.camelCase = function camelCase(str) {
    return str.substring(0, 1)
         + str.substring(1)
               .replace(camelCaseRe, function($0, $1) { return $1.toUpperCase(); });
};

/**
 * Converts a proto field name to its protoc-compatible JSON name.
 * @param {string} str Proto field name
 * @returns {string} JSON name
 */
util.jsonName = function jsonName(str) {
    var result = "",
        upperNext = false,
        i = 0;
    for (; i < str.length; ++i) {
        var ch = str.charAt(i);
        if (ch === "_")
            upperNext = true;
        else if (upperNext) {
            result += ch.toUpperCase();
            upperNext = false;
        } else
            result += ch;
    }
    return result;
};

/**
 * Compares reflected fields by id.
 * @param {Field} a First field
 * @param {Field} b Second field
 * @returns {number} Comparison value
 */
util.compareFieldsById = function compareFieldsById(a, b) {
    return a.id - b.id;
};

/**
 * Decorator helper for types (TypeScript).
 * @param {Constructor<T>} ctor Constructor function
 * @param {string} [typeName] Type name, defaults to the constructor's name
 * @returns {Type} Reflected type
 * @template T extends Message<T>
 * @property {Root} root Decorators root
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
util.decorateType = function decorateType(ctor, typeName) {

    /* istanbul ignore if */
    if (ctor.$type) {
        if (typeName && ctor.$type.name !== typeName) {
            util.decorateRoot.remove(ctor.$type);
            ctor.$type.name = typeName;
            util.decorateRoot.add(ctor.$type);
        }
        return ctor.$type;
    }

    /* istanbul ignore next */
    if (!Type)
        Type = __nccwpck_require__(426);

    var type = new Type(typeName || ctor.name);
    util.decorateRoot.add(type);
    type.ctor = ctor; // sets up .encode, .decode etc.
    Object.defineProperty(ctor, "$type", { value: type, enumerable: false });
    Object.defineProperty(ctor.prototype, "$type", { value: type, enumerable: false });
    return type;
};

var decorateEnumIndex = 0;

/**
 * Decorator helper for enums (TypeScript).
 * @param {Object} object Enum object
 * @returns {Enum} Reflected enum
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
util.decorateEnum = function decorateEnum(object) {

    /* istanbul ignore if */
    if (object.$type)
        return object.$type;

    /* istanbul ignore next */
    if (!Enum)
        Enum = __nccwpck_require__(363);

    var enm = new Enum("Enum" + decorateEnumIndex++, object);
    util.decorateRoot.add(enm);
    Object.defineProperty(object, "$type", { value: enm, enumerable: false });
    return enm;
};


/**
 * Sets the value of a property by property path. If a value already exists, it is turned to an array
 * @param {Object.<string,*>} dst Destination object
 * @param {string} path dot '.' delimited path of the property to set
 * @param {Object} value the value to set
 * @param {boolean|undefined} [ifNotSet] Sets the option only if it isn't currently set
 * @returns {Object.<string,*>} Destination object
 */
util.setProperty = function setProperty(dst, path, value, ifNotSet) {
    function setProp(dst, path, value) {
        var part = path.shift();
        if (util.isUnsafeProperty(part))
            return dst;
        if (path.length > 0) {
            dst[part] = setProp(dst[part] || {}, path, value);
        } else {
            var prevValue = dst[part];
            if (prevValue && ifNotSet)
                return dst;
            if (prevValue)
                value = [].concat(prevValue).concat(value);
            dst[part] = value;
        }
        return dst;
    }

    if (typeof dst !== "object")
        throw TypeError("dst must be an object");
    if (!path)
        throw TypeError("path must be specified");

    path = path.split(".");
    if (path.length > util.recursionLimit)
        throw Error("max depth exceeded");
    return setProp(dst, path, value);
};

/**
 * Decorator root (TypeScript).
 * @name util.decorateRoot
 * @type {Root}
 * @readonly
 * @deprecated Legacy TypeScript decorator support. Will be removed in a future release.
 */
Object.defineProperty(util, "decorateRoot", {
    get: function() {
        return roots["decorated"] || (roots["decorated"] = new (__nccwpck_require__(666))());
    }
});


/***/ }),

/***/ 200:
/***/ ((module) => {


module.exports = asPromise;

/**
 * Callback as used by {@link util.asPromise}.
 * @typedef asPromiseCallback
 * @type {function}
 * @param {Error|null} error Error, if any
 * @param {...*} params Additional arguments
 * @returns {undefined}
 */

/**
 * Returns a promise from a node-style callback function.
 * @memberof util
 * @param {asPromiseCallback} fn Function to call
 * @param {*} ctx Function context
 * @param {...*} params Function arguments
 * @returns {Promise<*>} Promisified function
 */
function asPromise(fn, ctx/*, varargs */) {
    var params  = new Array(arguments.length - 1),
        offset  = 0,
        index   = 2,
        pending = true;
    while (index < arguments.length)
        params[offset++] = arguments[index++];
    return new Promise(function executor(resolve, reject) {
        params[offset] = function callback(err/*, varargs */) {
            if (pending) {
                pending = false;
                if (err)
                    reject(err);
                else {
                    var params = new Array(arguments.length - 1),
                        offset = 0;
                    while (offset < params.length)
                        params[offset++] = arguments[offset];
                    resolve.apply(null, params);
                }
            }
        };
        try {
            fn.apply(ctx || null, params);
        } catch (err) {
            if (pending) {
                pending = false;
                reject(err);
            }
        }
    });
}


/***/ }),

/***/ 866:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal base64 implementation for number arrays.
 * @memberof util
 * @namespace
 */
var base64 = exports;

/**
 * Calculates the byte length of a base64 encoded string.
 * @param {string} string Base64 encoded string
 * @returns {number} Byte length
 */
base64.length = function length(string) {
    var p = string.length;
    if (!p)
        return 0;
    while (p > 0 && string.charAt(p - 1) === "=")
        --p;
    return Math.floor(p * 3 / 4);
};

// Base64 encoding table
var b64 = new Array(64);

// Base64 decoding table
var s64 = new Array(123);

// 65..90, 97..122, 48..57, 43, 47
for (var i = 0; i < 64;)
    s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;

s64[45] = 62; // - -> +
s64[95] = 63; // _ -> /

/**
 * Encodes a buffer to a base64 encoded string.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} Base64 encoded string
 */
base64.encode = function encode(buffer, start, end) {
    var parts = null,
        chunk = [];
    var i = 0, // output index
        j = 0, // goto index
        t;     // temporary
    while (start < end) {
        var b = buffer[start++];
        switch (j) {
            case 0:
                chunk[i++] = b64[b >> 2];
                t = (b & 3) << 4;
                j = 1;
                break;
            case 1:
                chunk[i++] = b64[t | b >> 4];
                t = (b & 15) << 2;
                j = 2;
                break;
            case 2:
                chunk[i++] = b64[t | b >> 6];
                chunk[i++] = b64[b & 63];
                j = 0;
                break;
        }
        if (i > 8191) {
            (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
            i = 0;
        }
    }
    if (j) {
        chunk[i++] = b64[t];
        chunk[i++] = 61;
        if (j === 1)
            chunk[i++] = 61;
    }
    if (parts) {
        if (i)
            parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
        return parts.join("");
    }
    return String.fromCharCode.apply(String, chunk.slice(0, i));
};

var invalidEncoding = "invalid encoding";

/**
 * Decodes a base64 encoded string to a buffer.
 * @param {string} string Source string
 * @param {Uint8Array} buffer Destination buffer
 * @param {number} offset Destination offset
 * @returns {number} Number of bytes written
 * @throws {Error} If encoding is invalid
 */
base64.decode = function decode(string, buffer, offset) {
    var start = offset;
    var j = 0, // goto index
        t;     // temporary
    for (var i = 0; i < string.length;) {
        var c = string.charCodeAt(i++);
        if (c === 61 && j > 1)
            break;
        if ((c = s64[c]) === undefined)
            throw Error(invalidEncoding);
        switch (j) {
            case 0:
                t = c;
                j = 1;
                break;
            case 1:
                buffer[offset++] = t << 2 | (c & 48) >> 4;
                t = c;
                j = 2;
                break;
            case 2:
                buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
                t = c;
                j = 3;
                break;
            case 3:
                buffer[offset++] = (t & 3) << 6 | c;
                j = 0;
                break;
        }
    }
    if (j === 1)
        throw Error(invalidEncoding);
    return offset - start;
};

var base64Re = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
    base64UrlRe = /[-_]/,
    base64UrlNoPaddingRe = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;

/**
 * Tests if the specified string appears to be base64 encoded.
 * @param {string} string String to test
 * @returns {boolean} `true` if probably base64 encoded, otherwise false
 */
base64.test = function test(string) {
    return base64Re.test(string)
        || base64UrlRe.test(string) && base64UrlNoPaddingRe.test(string);
};


/***/ }),

/***/ 588:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = codegen;

var patterns = __nccwpck_require__(830);
var reservedRe = patterns.reservedRe;

/**
 * Begins generating a function.
 * @memberof util
 * @param {string[]} functionParams Function parameter names
 * @param {string} [functionName] Function name if not anonymous
 * @returns {Codegen} Appender that appends code to the function's body
 */
function codegen(functionParams, functionName) {

    /* istanbul ignore if */
    if (typeof functionParams === "string") {
        functionName = functionParams;
        functionParams = undefined;
    }

    var body = [];

    /**
     * Appends code to the function's body or finishes generation.
     * @typedef Codegen
     * @type {function}
     * @param {string|Object.<string,*>} [formatStringOrScope] Format string or, to finish the function, an object of additional scope variables, if any
     * @param {...*} [formatParams] Format parameters
     * @returns {Codegen|Function} Itself or the generated function if finished
     * @throws {Error} If format parameter counts do not match
     */

    function Codegen(formatStringOrScope) {
        // note that explicit array handling below makes this ~50% faster

        // finish the function
        if (typeof formatStringOrScope !== "string") {
            var source = toString();
            if (codegen.verbose)
                console.log("codegen: " + source); // eslint-disable-line no-console
            source = "return " + source;
            if (formatStringOrScope) {
                var scopeKeys   = Object.keys(formatStringOrScope),
                    scopeParams = new Array(scopeKeys.length + 1),
                    scopeValues = new Array(scopeKeys.length),
                    scopeOffset = 0;
                while (scopeOffset < scopeKeys.length) {
                    scopeParams[scopeOffset] = scopeKeys[scopeOffset];
                    scopeValues[scopeOffset] = formatStringOrScope[scopeKeys[scopeOffset++]];
                }
                scopeParams[scopeOffset] = source;
                return Function.apply(null, scopeParams).apply(null, scopeValues); // eslint-disable-line no-new-func
            }
            return Function(source)(); // eslint-disable-line no-new-func
        }

        // otherwise append to body
        var formatParams = new Array(arguments.length - 1),
            formatOffset = 0;
        while (formatOffset < formatParams.length)
            formatParams[formatOffset] = arguments[++formatOffset];
        formatOffset = 0;
        formatStringOrScope = formatStringOrScope.replace(/%([%dfijs])/g, function replace($0, $1) {
            var value = formatParams[formatOffset++];
            switch ($1) {
                case "d": case "f":
                    value = Number(value);
                    return Object.is(value, -0) ? "-0" : String(value);
                case "i": return String(Math.floor(value));
                case "j": return JSON.stringify(value);
                case "s": return String(value);
            }
            return "%";
        });
        if (formatOffset !== formatParams.length)
            throw Error("parameter count mismatch");
        body.push(formatStringOrScope);
        return Codegen;
    }

    function toString(functionNameOverride) {
        return "function " + safeFunctionName(functionNameOverride || functionName) + "(" + (functionParams && functionParams.join(",") || "") + "){\n  " + body.join("\n  ") + "\n}";
    }

    Object.defineProperty(Codegen, "toString", {
        value: toString,
        writable: true,
        enumerable: true,
        configurable: true
    });
    return Codegen;
}

/**
 * Begins generating a function.
 * @memberof util
 * @function codegen
 * @param {string} [functionName] Function name if not anonymous
 * @returns {Codegen} Appender that appends code to the function's body
 * @variation 2
 */

/**
 * When set to `true`, codegen will log generated code to console. Useful for debugging.
 * @name util.codegen.verbose
 * @type {boolean}
 */
codegen.verbose = false;

function safeFunctionName(name) {
    if (!name)
        return "";
    name = String(name).replace(/[^\w$]/g, "");
    if (!name)
        return "";
    if (/^\d/.test(name))
        name = "_" + name;
    return reservedRe.test(name) ? name + "_" : name;
}


/***/ }),

/***/ 79:
/***/ ((module) => {


module.exports = EventEmitter;

/**
 * Constructs a new event emitter instance.
 * @classdesc A minimal event emitter.
 * @memberof util
 * @constructor
 */
function EventEmitter() {

    /**
     * Registered listeners.
     * @type {Object.<string,*>}
     * @private
     */
    this._listeners = Object.create(null);
}

/**
 * Event listener as used by {@link util.EventEmitter}.
 * @typedef EventEmitterListener
 * @type {function}
 * @param {...*} args Arguments
 * @returns {undefined}
 */

/**
 * Registers an event listener.
 * @param {string} evt Event name
 * @param {EventEmitterListener} fn Listener
 * @param {*} [ctx] Listener context
 * @returns {this} `this`
 */
EventEmitter.prototype.on = function on(evt, fn, ctx) {
    (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn  : fn,
        ctx : ctx || this
    });
    return this;
};

/**
 * Removes an event listener or any matching listeners if arguments are omitted.
 * @param {string} [evt] Event name. Removes all listeners if omitted.
 * @param {EventEmitterListener} [fn] Listener to remove. Removes all listeners of `evt` if omitted.
 * @returns {this} `this`
 */
EventEmitter.prototype.off = function off(evt, fn) {
    if (evt === undefined)
        this._listeners = Object.create(null);
    else {
        if (fn === undefined)
            this._listeners[evt] = [];
        else {
            var listeners = this._listeners[evt];
            if (!listeners)
                return this;
            for (var i = 0; i < listeners.length;)
                if (listeners[i].fn === fn)
                    listeners.splice(i, 1);
                else
                    ++i;
        }
    }
    return this;
};

/**
 * Emits an event by calling its listeners with the specified arguments.
 * @param {string} evt Event name
 * @param {...*} args Arguments
 * @returns {this} `this`
 */
EventEmitter.prototype.emit = function emit(evt) {
    var listeners = this._listeners[evt];
    if (listeners) {
        var args = [],
            i = 1;
        for (; i < arguments.length;)
            args.push(arguments[i++]);
        for (i = 0; i < listeners.length;)
            listeners[i].fn.apply(listeners[i++].ctx, args);
    }
    return this;
};


/***/ }),

/***/ 117:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = fetch;

var asPromise = __nccwpck_require__(200),
    fs        = __nccwpck_require__(402);

/**
 * Node-style callback as used by {@link util.fetch}.
 * @typedef FetchCallback
 * @type {function}
 * @param {?Error} error Error, if any, otherwise `null`
 * @param {string} [contents] File contents, if there hasn't been an error
 * @returns {undefined}
 */

/**
 * Options as used by {@link util.fetch}.
 * @interface IFetchOptions
 * @property {boolean} [binary=false] Whether expecting a binary response
 * @property {boolean} [xhr=false] If `true`, forces the use of XMLHttpRequest
 */

/**
 * Fetches the contents of a file.
 * @memberof util
 * @param {string} filename File path or url
 * @param {IFetchOptions} options Fetch options
 * @param {FetchCallback} callback Callback function
 * @returns {undefined}
 */
function fetch(filename, options, callback) {
    if (typeof options === "function") {
        callback = options;
        options = {};
    } else if (!options)
        options = {};

    if (!callback)
        return asPromise(fetch, this, filename, options); // eslint-disable-line no-invalid-this

    // if a node-like filesystem is present, try it first but fall back to XHR if nothing is found.
    if (!options.xhr && fs && fs.readFile)
        return fs.readFile(filename, function fetchReadFileCallback(err, contents) {
            return err && typeof XMLHttpRequest !== "undefined"
                ? fetch.xhr(filename, options, callback)
                : err
                ? callback(err)
                : callback(null, options.binary ? contents : contents.toString("utf8"));
        });

    // use the XHR version otherwise.
    return fetch.xhr(filename, options, callback);
}

/**
 * Fetches the contents of a file.
 * @name util.fetch
 * @function
 * @param {string} path File path or url
 * @param {FetchCallback} callback Callback function
 * @returns {undefined}
 * @variation 2
 */

/**
 * Fetches the contents of a file.
 * @name util.fetch
 * @function
 * @param {string} path File path or url
 * @param {IFetchOptions} [options] Fetch options
 * @returns {Promise<string|Uint8Array>} Promise
 * @variation 3
 */

/**/
fetch.xhr = function fetch_xhr(filename, options, callback) {
    var xhr = new XMLHttpRequest();
    xhr.onreadystatechange /* works everywhere */ = function fetchOnReadyStateChange() {

        if (xhr.readyState !== 4)
            return undefined;

        // local cors security errors return status 0 / empty string, too. afaik this cannot be
        // reliably distinguished from an actually empty file for security reasons. feel free
        // to send a pull request if you are aware of a solution.
        if (xhr.status !== 0 && xhr.status !== 200)
            return callback(Error("status " + xhr.status));

        // if binary data is expected, make sure that some sort of array is returned, even if
        // ArrayBuffers are not supported. the binary string fallback, however, is unsafe.
        if (options.binary) {
            var buffer = xhr.response;
            if (!buffer) {
                buffer = [];
                for (var i = 0; i < xhr.responseText.length; ++i)
                    buffer.push(xhr.responseText.charCodeAt(i) & 255);
            }
            return callback(null, typeof Uint8Array !== "undefined" ? new Uint8Array(buffer) : buffer);
        }
        return callback(null, xhr.responseText);
    };

    if (options.binary) {
        // ref: https://developer.mozilla.org/en-US/docs/Web/API/XMLHttpRequest/Sending_and_Receiving_Binary_Data#Receiving_binary_data_in_older_browsers
        if ("overrideMimeType" in xhr)
            xhr.overrideMimeType("text/plain; charset=x-user-defined");
        xhr.responseType = "arraybuffer";
    }

    xhr.open("GET", filename);
    xhr.send();
};


/***/ }),

/***/ 67:
/***/ ((module) => {



module.exports = factory(factory);

/**
 * Reads / writes floats / doubles from / to buffers.
 * @name util.float
 * @namespace
 */

/**
 * Writes a 32 bit float to a buffer using little endian byte order.
 * @name util.float.writeFloatLE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Writes a 32 bit float to a buffer using big endian byte order.
 * @name util.float.writeFloatBE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Reads a 32 bit float from a buffer using little endian byte order.
 * @name util.float.readFloatLE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Reads a 32 bit float from a buffer using big endian byte order.
 * @name util.float.readFloatBE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Writes a 64 bit double to a buffer using little endian byte order.
 * @name util.float.writeDoubleLE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Writes a 64 bit double to a buffer using big endian byte order.
 * @name util.float.writeDoubleBE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Reads a 64 bit double from a buffer using little endian byte order.
 * @name util.float.readDoubleLE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Reads a 64 bit double from a buffer using big endian byte order.
 * @name util.float.readDoubleBE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

// Factory function for the purpose of node-based testing in modified global environments
function factory(exports) {

    // float: typed array
    if (typeof Float32Array !== "undefined") (function() {

        var f32 = new Float32Array([ -0 ]),
            f8b = new Uint8Array(f32.buffer),
            le  = f8b[3] === 128;

        function writeFloat_f32_cpy(val, buf, pos) {
            f32[0] = val;
            buf[pos    ] = f8b[0];
            buf[pos + 1] = f8b[1];
            buf[pos + 2] = f8b[2];
            buf[pos + 3] = f8b[3];
        }

        function writeFloat_f32_rev(val, buf, pos) {
            f32[0] = val;
            buf[pos    ] = f8b[3];
            buf[pos + 1] = f8b[2];
            buf[pos + 2] = f8b[1];
            buf[pos + 3] = f8b[0];
        }

        /* istanbul ignore next */
        exports.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        /* istanbul ignore next */
        exports.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;

        function readFloat_f32_cpy(buf, pos) {
            f8b[0] = buf[pos    ];
            f8b[1] = buf[pos + 1];
            f8b[2] = buf[pos + 2];
            f8b[3] = buf[pos + 3];
            return f32[0];
        }

        function readFloat_f32_rev(buf, pos) {
            f8b[3] = buf[pos    ];
            f8b[2] = buf[pos + 1];
            f8b[1] = buf[pos + 2];
            f8b[0] = buf[pos + 3];
            return f32[0];
        }

        /* istanbul ignore next */
        exports.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        /* istanbul ignore next */
        exports.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;

    // float: ieee754
    })(); else (function() {

        function writeFloat_ieee754(writeUint, val, buf, pos) {
            var sign = val < 0 ? 1 : 0;
            if (sign)
                val = -val;
            if (val === 0)
                writeUint(1 / val > 0 ? /* positive */ 0 : /* negative 0 */ 2147483648, buf, pos);
            else if (isNaN(val))
                writeUint(2143289344, buf, pos);
            else if (val > 3.4028234663852886e+38) // +-Infinity
                writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
            else if (val < 1.1754943508222875e-38) // denormal
                writeUint((sign << 31 | Math.round(val / 1.401298464324817e-45)) >>> 0, buf, pos);
            else {
                var exponent = Math.floor(Math.log(val) / Math.LN2),
                    mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
                writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
            }
        }

        exports.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);

        function readFloat_ieee754(readUint, buf, pos) {
            var uint = readUint(buf, pos),
                sign = (uint >> 31) * 2 + 1,
                exponent = uint >>> 23 & 255,
                mantissa = uint & 8388607;
            return exponent === 255
                ? mantissa
                ? NaN
                : sign * Infinity
                : exponent === 0 // denormal
                ? sign * 1.401298464324817e-45 * mantissa
                : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }

        exports.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports.readFloatBE = readFloat_ieee754.bind(null, readUintBE);

    })();

    // double: typed array
    if (typeof Float64Array !== "undefined") (function() {

        var f64 = new Float64Array([-0]),
            f8b = new Uint8Array(f64.buffer),
            le  = f8b[7] === 128;

        function writeDouble_f64_cpy(val, buf, pos) {
            f64[0] = val;
            buf[pos    ] = f8b[0];
            buf[pos + 1] = f8b[1];
            buf[pos + 2] = f8b[2];
            buf[pos + 3] = f8b[3];
            buf[pos + 4] = f8b[4];
            buf[pos + 5] = f8b[5];
            buf[pos + 6] = f8b[6];
            buf[pos + 7] = f8b[7];
        }

        function writeDouble_f64_rev(val, buf, pos) {
            f64[0] = val;
            buf[pos    ] = f8b[7];
            buf[pos + 1] = f8b[6];
            buf[pos + 2] = f8b[5];
            buf[pos + 3] = f8b[4];
            buf[pos + 4] = f8b[3];
            buf[pos + 5] = f8b[2];
            buf[pos + 6] = f8b[1];
            buf[pos + 7] = f8b[0];
        }

        /* istanbul ignore next */
        exports.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        /* istanbul ignore next */
        exports.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;

        function readDouble_f64_cpy(buf, pos) {
            f8b[0] = buf[pos    ];
            f8b[1] = buf[pos + 1];
            f8b[2] = buf[pos + 2];
            f8b[3] = buf[pos + 3];
            f8b[4] = buf[pos + 4];
            f8b[5] = buf[pos + 5];
            f8b[6] = buf[pos + 6];
            f8b[7] = buf[pos + 7];
            return f64[0];
        }

        function readDouble_f64_rev(buf, pos) {
            f8b[7] = buf[pos    ];
            f8b[6] = buf[pos + 1];
            f8b[5] = buf[pos + 2];
            f8b[4] = buf[pos + 3];
            f8b[3] = buf[pos + 4];
            f8b[2] = buf[pos + 5];
            f8b[1] = buf[pos + 6];
            f8b[0] = buf[pos + 7];
            return f64[0];
        }

        /* istanbul ignore next */
        exports.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        /* istanbul ignore next */
        exports.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;

    // double: ieee754
    })(); else (function() {

        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
            var sign = val < 0 ? 1 : 0;
            if (sign)
                val = -val;
            if (val === 0) {
                writeUint(0, buf, pos + off0);
                writeUint(1 / val > 0 ? /* positive */ 0 : /* negative 0 */ 2147483648, buf, pos + off1);
            } else if (isNaN(val)) {
                writeUint(0, buf, pos + off0);
                writeUint(2146959360, buf, pos + off1);
            } else if (val > 1.7976931348623157e+308) { // +-Infinity
                writeUint(0, buf, pos + off0);
                writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
            } else {
                var mantissa;
                if (val < 2.2250738585072014e-308) { // denormal
                    mantissa = val / 5e-324;
                    writeUint(mantissa >>> 0, buf, pos + off0);
                    writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
                } else {
                    var exponent = Math.floor(Math.log(val) / Math.LN2);
                    if (exponent === 1024)
                        exponent = 1023;
                    mantissa = val * Math.pow(2, -exponent);
                    writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
                    writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
                }
            }
        }

        exports.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);

        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
            var lo = readUint(buf, pos + off0),
                hi = readUint(buf, pos + off1);
            var sign = (hi >> 31) * 2 + 1,
                exponent = hi >>> 20 & 2047,
                mantissa = 4294967296 * (hi & 1048575) + lo;
            return exponent === 2047
                ? mantissa
                ? NaN
                : sign * Infinity
                : exponent === 0 // denormal
                ? sign * 5e-324 * mantissa
                : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }

        exports.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);

    })();

    return exports;
}

// uint helpers

function writeUintLE(val, buf, pos) {
    buf[pos    ] =  val        & 255;
    buf[pos + 1] =  val >>> 8  & 255;
    buf[pos + 2] =  val >>> 16 & 255;
    buf[pos + 3] =  val >>> 24;
}

function writeUintBE(val, buf, pos) {
    buf[pos    ] =  val >>> 24;
    buf[pos + 1] =  val >>> 16 & 255;
    buf[pos + 2] =  val >>> 8  & 255;
    buf[pos + 3] =  val        & 255;
}

function readUintLE(buf, pos) {
    return (buf[pos    ]
          | buf[pos + 1] << 8
          | buf[pos + 2] << 16
          | buf[pos + 3] << 24) >>> 0;
}

function readUintBE(buf, pos) {
    return (buf[pos    ] << 24
          | buf[pos + 1] << 16
          | buf[pos + 2] << 8
          | buf[pos + 3]) >>> 0;
}


/***/ }),

/***/ 402:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var fs = null;
try {
    fs = __nccwpck_require__(/* webpackIgnore: true */ 896);
    if (!fs || !fs.readFile || !fs.readFileSync)
        fs = null;
} catch (e) {
    // `fs` is unavailable in browsers and browser-like bundles.
}
module.exports = fs;


/***/ }),

/***/ 460:
/***/ ((module) => {


module.exports = LongBits;

var Long;

/**
 * Constructs new long bits.
 * @classdesc Helper class for working with the low and high bits of a 64 bit value.
 * @memberof util
 * @constructor
 * @param {number} lo Low 32 bits, unsigned
 * @param {number} hi High 32 bits, unsigned
 */
function LongBits(lo, hi) {

    // note that the casts below are theoretically unnecessary as of today, but older statically
    // generated converter code might still call the ctor with signed 32bits. kept for compat.

    /**
     * Low bits.
     * @type {number}
     */
    this.lo = lo >>> 0;

    /**
     * High bits.
     * @type {number}
     */
    this.hi = hi >>> 0;
}

/**
 * Zero bits.
 * @memberof util.LongBits
 * @type {util.LongBits}
 */
var zero = LongBits.zero = new LongBits(0, 0);

zero.toNumber = function() { return 0; };
zero.zzEncode = zero.zzDecode = function() { return this; };
zero.length = function() { return 1; };

/**
 * Zero hash.
 * @memberof util.LongBits
 * @type {string}
 */
var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";

/**
 * Constructs new long bits from the specified number.
 * @param {number} value Value
 * @returns {util.LongBits} Instance
 */
LongBits.fromNumber = function fromNumber(value) {
    if (value === 0)
        return zero;
    var sign = value < 0;
    if (sign)
        value = -value;
    var lo = value >>> 0,
        hi = (value - lo) / 4294967296 >>> 0;
    if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
            lo = 0;
            if (++hi > 4294967295)
                hi = 0;
        }
    }
    return new LongBits(lo, hi);
};

/**
 * Constructs new long bits from a number, long or string.
 * @param {Long|number|string} value Value
 * @returns {util.LongBits} Instance
 */
LongBits.from = function from(value) {
    if (typeof value === "number")
        return LongBits.fromNumber(value);
    if (typeof value === "string" || value instanceof String) {
        /* istanbul ignore else */
        if (Long)
            value = Long.fromString(value);
        else
            return LongBits.fromNumber(parseInt(value, 10));
    }
    return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
};

/**
 * Converts this long bits to a possibly unsafe JavaScript number.
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {number} Possibly unsafe number
 */
LongBits.prototype.toNumber = function toNumber(unsigned) {
    if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0,
            hi = ~this.hi     >>> 0;
        if (!lo)
            hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
    }
    return this.lo + this.hi * 4294967296;
};

/**
 * Converts this long bits to a long.
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long} Long
 */
LongBits.prototype.toLong = function toLong(unsigned) {
    return Long
        ? new Long(this.lo | 0, this.hi | 0, Boolean(unsigned))
        /* istanbul ignore next */
        : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
};

var charCodeAt = String.prototype.charCodeAt;

/**
 * Constructs new long bits from the specified 8 characters long hash.
 * @param {string} hash Hash
 * @returns {util.LongBits} Bits
 */
LongBits.fromHash = function fromHash(hash) {
    if (hash === zeroHash)
        return zero;
    return new LongBits(
        ( charCodeAt.call(hash, 0)
        | charCodeAt.call(hash, 1) << 8
        | charCodeAt.call(hash, 2) << 16
        | charCodeAt.call(hash, 3) << 24) >>> 0
    ,
        ( charCodeAt.call(hash, 4)
        | charCodeAt.call(hash, 5) << 8
        | charCodeAt.call(hash, 6) << 16
        | charCodeAt.call(hash, 7) << 24) >>> 0
    );
};

/**
 * Converts this long bits to a 8 characters long hash.
 * @returns {string} Hash
 */
LongBits.prototype.toHash = function toHash() {
    return String.fromCharCode(
        this.lo        & 255,
        this.lo >>> 8  & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24      ,
        this.hi        & 255,
        this.hi >>> 8  & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
    );
};

/**
 * Zig-zag encodes this long bits.
 * @returns {util.LongBits} `this`
 */
LongBits.prototype.zzEncode = function zzEncode() {
    var mask =   this.hi >> 31;
    this.hi  = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
    this.lo  = ( this.lo << 1                   ^ mask) >>> 0;
    return this;
};

/**
 * Zig-zag decodes this long bits.
 * @returns {util.LongBits} `this`
 */
LongBits.prototype.zzDecode = function zzDecode() {
    var mask = -(this.lo & 1);
    this.lo  = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
    this.hi  = ( this.hi >>> 1                  ^ mask) >>> 0;
    return this;
};

/**
 * Calculates the length of this longbits when encoded as a varint.
 * @returns {number} Length
 */
LongBits.prototype.length = function length() {
    var part0 =  this.lo,
        part1 = (this.lo >>> 28 | this.hi << 4) >>> 0,
        part2 =  this.hi >>> 24;
    return part2 === 0
         ? part1 === 0
           ? part0 < 16384
             ? part0 < 128 ? 1 : 2
             : part0 < 2097152 ? 3 : 4
           : part1 < 16384
             ? part1 < 128 ? 5 : 6
             : part1 < 2097152 ? 7 : 8
         : part2 < 128 ? 9 : 10;
};

LongBits._configure = function(Long_) {
    Long = Long_;
};


/***/ }),

/***/ 186:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/* global globalThis */
var util = exports;

// used to return a Promise where callback is omitted
util.asPromise = __nccwpck_require__(200);

// converts to / from base64 encoded strings
util.base64 = __nccwpck_require__(866);

// base class of rpc.Service
util.EventEmitter = __nccwpck_require__(79);

// float handling accross browsers
util.float = __nccwpck_require__(67);

// converts to / from utf8 encoded strings
util.utf8 = __nccwpck_require__(738);

// provides a node-like buffer pool in the browser
util.pool = __nccwpck_require__(771);

// utility to work with the low and high bits of a 64 bit value
util.LongBits = __nccwpck_require__(460);

/**
 * Tests if the specified key can affect object prototypes.
 * @memberof util
 * @param {string} key Key to test
 * @returns {boolean} `true` if the key is unsafe
 */
function isUnsafeProperty(key) {
    return key === "__proto__" || key === "prototype" || key === "constructor";
}

util.isUnsafeProperty = isUnsafeProperty;

/**
 * Whether running within node or not.
 * @memberof util
 * @type {boolean}
 */
util.isNode = Boolean(typeof global !== "undefined"
                   && global
                   && global.process
                   && global.process.versions
                   && global.process.versions.node);

/**
 * Global object reference.
 * @memberof util
 * @type {Object}
 */
util.global = util.isNode && global
           || typeof window !== "undefined" && window
           || typeof self   !== "undefined" && self
           || typeof globalThis !== "undefined" && globalThis
           || this; // eslint-disable-line no-invalid-this

/**
 * An immuable empty array.
 * @memberof util
 * @type {Array.<*>}
 * @const
 */
util.emptyArray = Object.freeze ? Object.freeze([]) : /* istanbul ignore next */ []; // used on prototypes

/**
 * An immutable empty object.
 * @type {Object}
 * @const
 */
util.emptyObject = Object.freeze ? Object.freeze({}) : /* istanbul ignore next */ {}; // used on prototypes

/**
 * Tests if the specified value is an integer.
 * @function
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is an integer
 */
util.isInteger = Number.isInteger || /* istanbul ignore next */ function isInteger(value) {
    return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
};

/**
 * Tests if the specified value is a string.
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is a string
 */
util.isString = function isString(value) {
    return typeof value === "string" || value instanceof String;
};

/**
 * Tests if the specified value is a non-null object.
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is a non-null object
 */
util.isObject = function isObject(value) {
    return value && typeof value === "object";
};

/**
 * Checks if a property on a message is considered to be present.
 * This is an alias of {@link util.isSet}.
 * @function
 * @param {Object} obj Plain object or message instance
 * @param {string} prop Property name
 * @returns {boolean} `true` if considered to be present, otherwise `false`
 */
util.isset =

/**
 * Checks if a property on a message is considered to be present.
 * @param {Object} obj Plain object or message instance
 * @param {string} prop Property name
 * @returns {boolean} `true` if considered to be present, otherwise `false`
 */
util.isSet = function isSet(obj, prop) {
    var value = obj[prop];
    if (value != null && Object.hasOwnProperty.call(obj, prop)) // eslint-disable-line eqeqeq
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
    return false;
};

/**
 * Any compatible Buffer instance.
 * This is a minimal stand-alone definition of a Buffer instance. The actual type is that exported by node's typings.
 * @interface Buffer
 * @extends Uint8Array
 */

/**
 * Node's Buffer class if available.
 * @type {Constructor<Buffer>}
 */
util.Buffer = (function() {
    try {
        var Buffer = util.global.Buffer;
        // refuse to use non-node buffers if not explicitly assigned (perf reasons)
        return Buffer.prototype.utf8Write || util.isNode ? Buffer : /* istanbul ignore next */ null;
    } catch (e) {
        /* istanbul ignore next */
        return null;
    }
})();

/**
 * Creates a new buffer of whatever type supported by the environment.
 * @param {number|number[]} [sizeOrArray=0] Buffer size or number array
 * @returns {Uint8Array|Buffer} Buffer
 */
util.newBuffer = function newBuffer(sizeOrArray) {
    var Buffer = util.Buffer;
    /* istanbul ignore next */
    return typeof sizeOrArray === "number"
        ? Buffer
            ? Buffer.allocUnsafe(sizeOrArray)
            : new Uint8Array(sizeOrArray)
        : Buffer
            ? Buffer.from(sizeOrArray)
            : new Uint8Array(sizeOrArray);
};

/**
 * Prepends a raw field tag to raw field data.
 * @param {number} id Field id
 * @param {number} wireType Wire type
 * @param {Uint8Array} data Raw field data
 * @returns {Uint8Array|Buffer} Raw field bytes
 * @ignore
 */
util.rawField = function rawField(id, wireType, data) {
    var out = [],
        tag = id << 3 | wireType;
    tag >>>= 0;
    while (tag > 127) {
        out.push(tag & 127 | 128);
        tag >>>= 7;
    }
    out.push(tag);
    for (var i = 0; i < data.length; ++i)
        out.push(data[i]);
    return util.newBuffer(out);
};

/**
 * Array implementation used in the browser.
 * @type {Constructor<Uint8Array>}
 * @deprecated Use `Uint8Array` instead.
 */
util.Array = Uint8Array;

/**
 * Any compatible Long instance.
 * This is a minimal stand-alone definition of a Long instance. The actual type is that exported by long.js.
 * @interface Long
 * @property {number} low Low bits
 * @property {number} high High bits
 * @property {boolean} unsigned Whether unsigned or not
 */

/**
 * Long.js's Long class if available.
 * @type {Constructor<Long>}
 */
util.Long = /* istanbul ignore next */ util.global.dcodeIO && /* istanbul ignore next */ util.global.dcodeIO.Long
         || /* istanbul ignore next */ util.global.Long
         || (function() {
                try {
                    var Long = __nccwpck_require__(390);
                    return Long && Long.isLong ? Long : null;
                } catch (e) {
                    /* istanbul ignore next */
                    return null;
                }
            })();

/**
 * Regular expression used to verify 2 bit (`bool`) map keys.
 * @type {RegExp}
 * @const
 */
util.key2Re = /^(?:true|false|0|1)$/;

/**
 * Regular expression used to verify 32 bit (`int32` etc.) map keys.
 * @type {RegExp}
 * @const
 */
util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;

/**
 * Regular expression used to verify 64 bit (`int64` etc.) map keys.
 * @type {RegExp}
 * @const
 */
util.key64Re = /^(?:[\x00-\xff]{8}|-?(?:0|[1-9][0-9]*))$/; // eslint-disable-line no-control-regex

/**
 * Converts a number or long to an 8 characters long hash string.
 * @param {Long|number} value Value to convert
 * @returns {string} Hash
 */
util.longToHash = function longToHash(value) {
    return value
        ? util.LongBits.from(value).toHash()
        : util.LongBits.zeroHash;
};

/**
 * Converts an 8 characters long hash string to a long or number.
 * @param {string} hash Hash
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long|number} Original value
 */
util.longFromHash = function longFromHash(hash, unsigned) {
    var bits = util.LongBits.fromHash(hash);
    if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
    return bits.toNumber(Boolean(unsigned));
};

/**
 * Converts a 64 bit key to a long or number if it is an 8 characters long hash string.
 * @param {string} key Map key
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long|number|string} Original value
 */
util.longFromKey = function longFromKey(key, unsigned) {
    return util.key64Re.test(key) && !util.key32Re.test(key)
        ? util.longFromHash(key, unsigned)
        : key;
};

/**
 * Converts a boolean key to a boolean value.
 * @param {string} key Map key
 * @returns {boolean} Boolean value
 */
util.boolFromKey = function boolFromKey(key) {
    return key === "true" || key === "1";
};

/**
 * Merges the properties of the source object into the destination object.
 * @memberof util
 * @param {Object.<string,*>} dst Destination object
 * @param {...(Object.<string,*>|boolean)} src Source objects, optionally followed by an `ifNotSet` flag
 * @returns {Object.<string,*>} Destination object
 */
function merge(dst) { // used by converters
    var ifNotSet = typeof arguments[arguments.length - 1] === "boolean",
        limit = ifNotSet ? arguments.length - 1 : arguments.length;
    ifNotSet = ifNotSet && arguments[arguments.length - 1];
    for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
            continue;
        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
            if (!isUnsafeProperty(keys[i]) && (!ifNotSet || !Object.prototype.hasOwnProperty.call(dst, keys[i]) || dst[keys[i]] === undefined))
                dst[keys[i]] = src[keys[i]];
    }
    return dst;
}

util.merge = merge;

/**
 * Schema declaration nesting limit.
 * @memberof util
 * @type {number}
 */
util.nestingLimit = 32; // protoc: MaxMessageDeclarationNestingDepth

/**
 * Recursion limit.
 * @memberof util
 * @type {number}
 */
util.recursionLimit = 100; // protoc: CodedInputStream::default_recursion_limit_

/**
 * Makes a property safe for assignment as an own property.
 * @memberof util
 * @param {Object.<string,*>} obj Object
 * @param {string} key Property key
 * @param {boolean} [enumerable=true] Whether the property should be enumerable
 * @returns {undefined}
 */
util.makeProp = function makeProp(obj, key, enumerable) {
    if (Object.prototype.hasOwnProperty.call(obj, key))
        return;
    Object.defineProperty(obj, key, {
        enumerable: enumerable === undefined ? true : enumerable,
        configurable: true,
        writable: true
    });
};

/**
 * Converts the first character of a string to lower case.
 * @param {string} str String to convert
 * @returns {string} Converted string
 */
util.lcFirst = function lcFirst(str) {
    return str.charAt(0).toLowerCase() + str.substring(1);
};

/**
 * Creates a custom error constructor.
 * @memberof util
 * @param {string} name Error name
 * @returns {Constructor<Error>} Custom error constructor
 */
function newError(name) {

    function CustomError(message, properties) {

        if (!(this instanceof CustomError))
            return new CustomError(message, properties);

        // Error.call(this, message);
        // ^ just returns a new error instance because the ctor can be called as a function

        Object.defineProperty(this, "message", { get: function() { return message; } });

        /* istanbul ignore next */
        if (Error.captureStackTrace) // node
            Error.captureStackTrace(this, CustomError);
        else
            Object.defineProperty(this, "stack", { value: new Error().stack || "" });

        if (properties)
            merge(this, properties);
    }

    CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
            value: CustomError,
            writable: true,
            enumerable: false,
            configurable: true,
        },
        name: {
            get: function get() { return name; },
            set: undefined,
            enumerable: false,
            // configurable: false would accurately preserve the behavior of
            // the original, but I'm guessing that was not intentional.
            // For an actual error subclass, this property would
            // be configurable.
            configurable: true,
        },
        toString: {
            value: function value() { return this.name + ": " + this.message; },
            writable: true,
            enumerable: false,
            configurable: true,
        },
    });

    return CustomError;
}

util.newError = newError;

/**
 * Constructs a new protocol error.
 * @classdesc Error subclass indicating a protocol specifc error.
 * @memberof util
 * @extends Error
 * @template T extends Message<T>
 * @constructor
 * @param {string} message Error message
 * @param {Object.<string,*>} [properties] Additional properties
 * @example
 * try {
 *     MyMessage.decode(someBuffer); // throws if required fields are missing
 * } catch (e) {
 *     if (e instanceof ProtocolError && e.instance)
 *         console.log("decoded so far: " + JSON.stringify(e.instance));
 * }
 */
util.ProtocolError = newError("ProtocolError");

/**
 * So far decoded message instance.
 * @name util.ProtocolError#instance
 * @type {Message<T>}
 */

/**
 * A OneOf getter as returned by {@link util.oneOfGetter}.
 * @typedef OneOfGetter
 * @type {function}
 * @returns {string|undefined} Set field name, if any
 */

/**
 * Builds a getter for a oneof's present field name.
 * @param {string[]} fieldNames Field names
 * @returns {OneOfGetter} Unbound getter
 */
util.oneOfGetter = function getOneOf(fieldNames) {
    var fieldMap = {};
    for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;

    /**
     * @returns {string|undefined} Set field name, if any
     * @this Object
     * @ignore
     */
    return function() { // eslint-disable-line consistent-return
        for (var keys = Object.keys(this), i = keys.length - 1; i > -1; --i)
            if (fieldMap[keys[i]] === 1 && this[keys[i]] !== undefined && this[keys[i]] !== null)
                return keys[i];
    };
};

/**
 * A OneOf setter as returned by {@link util.oneOfSetter}.
 * @typedef OneOfSetter
 * @type {function}
 * @param {string|undefined} value Field name
 * @returns {undefined}
 */

/**
 * Builds a setter for a oneof's present field name.
 * @param {string[]} fieldNames Field names
 * @returns {OneOfSetter} Unbound setter
 */
util.oneOfSetter = function setOneOf(fieldNames) {

    /**
     * @param {string} name Field name
     * @returns {undefined}
     * @this Object
     * @ignore
     */
    return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
            if (fieldNames[i] !== name)
                delete this[fieldNames[i]];
    };
};

/**
 * Default conversion options used for {@link Message#toJSON} implementations.
 *
 * These options are close to proto3's JSON mapping with the exception that internal types like Any are handled just like messages. More precisely:
 *
 * - Longs become strings
 * - Enums become string keys
 * - Bytes become base64 encoded strings
 * - (Sub-)Messages become plain objects
 * - Maps become plain objects with all string keys
 * - Repeated fields become arrays
 * - NaN and Infinity for float and double fields become strings
 *
 * @type {IConversionOptions}
 * @see https://developers.google.com/protocol-buffers/docs/proto3?hl=en#json
 */
util.toJSONOptions = {
    longs: String,
    enums: String,
    bytes: String,
    json: true
};


/***/ }),

/***/ 902:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal path module to resolve Unix, Windows and URL paths alike.
 * @memberof util
 * @namespace
 */
var path = exports;

var urlRe = /^[a-zA-Z][a-zA-Z0-9+.-]+:\/\//;

function normalizeUrl(path) {
    if (typeof URL === "undefined" || !urlRe.test(path))
        return null;
    try {
        return new URL(path).href;
    } catch (e) {
        return null;
    }
}

function resolveUrl(originPath, includePath) {
    if (typeof URL === "undefined" || !urlRe.test(originPath) || urlRe.test(includePath))
        return null;
    try {
        return new URL(includePath, originPath).href;
    } catch (e) {
        return null;
    }
}

var isAbsolute =
/**
 * Tests if the specified path is absolute.
 * @param {string} path Path to test
 * @returns {boolean} `true` if path is absolute
 */
path.isAbsolute = function isAbsolute(path) {
    return /^(?:\/|\w+:|\\\\\w+)/.test(path);
};

var normalize =
/**
 * Normalizes the specified path.
 * @param {string} path Path to normalize
 * @returns {string} Normalized path
 */
path.normalize = function normalize(path) {
    var normalizedUrl = normalizeUrl(path);
    if (normalizedUrl)
        return normalizedUrl;
    var firstTwoCharacters = path.substring(0,2);
    var uncPrefix = "";
    if (firstTwoCharacters === "\\\\") {
        uncPrefix = firstTwoCharacters;
        path = path.substring(2);
    }

    path = path.replace(/\\/g, "/")
               .replace(/\/{2,}/g, "/");
    var parts    = path.split("/"),
        absolute = isAbsolute(path),
        prefix   = "";
    if (absolute)
        prefix = parts.shift() + "/";
    for (var i = 0; i < parts.length;) {
        if (parts[i] === "..") {
            if (i > 0 && parts[i - 1] !== "..")
                parts.splice(--i, 2);
            else if (absolute)
                parts.splice(i, 1);
            else
                ++i;
        } else if (parts[i] === ".")
            parts.splice(i, 1);
        else
            ++i;
    }
    return uncPrefix + prefix + parts.join("/");
};

/**
 * Resolves the specified include path against the specified origin path.
 * @param {string} originPath Path to the origin file
 * @param {string} includePath Include path relative to origin path
 * @param {boolean} [alreadyNormalized=false] `true` if both paths are already known to be normalized
 * @returns {string} Path to the include file
 */
path.resolve = function resolve(originPath, includePath, alreadyNormalized) {
    var resolvedUrl = resolveUrl(originPath, includePath);
    if (resolvedUrl)
        return resolvedUrl;
    if (!alreadyNormalized)
        includePath = normalize(includePath); // path or absolute url
    if (isAbsolute(includePath))
        return includePath;
    if (!alreadyNormalized)
        originPath = normalize(originPath);
    return (originPath = originPath.replace(/(?:\/|^)[^/]+$/, "")).length ? normalize(originPath + "/" + includePath) : includePath;
};


/***/ }),

/***/ 830:
/***/ ((__unused_webpack_module, exports) => {



var patterns = exports;

patterns.numberRe    = /^(?![eE])[0-9]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
patterns.typeRefRe   = /^(?:\.?[a-zA-Z_][a-zA-Z_0-9]*)(?:\.[a-zA-Z_][a-zA-Z_0-9]*)*$/;
patterns.reservedRe  = /^(?:do|if|in|for|let|new|try|var|case|else|enum|eval|false|null|this|true|void|with|break|catch|class|const|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof)$/;


/***/ }),

/***/ 771:
/***/ ((module) => {


module.exports = pool;

/**
 * An allocator as used by {@link util.pool}.
 * @typedef PoolAllocator
 * @type {function}
 * @param {number} size Buffer size
 * @returns {Uint8Array} Buffer
 */

/**
 * A slicer as used by {@link util.pool}.
 * @typedef PoolSlicer
 * @type {function}
 * @param {number} start Start offset
 * @param {number} end End offset
 * @returns {Uint8Array} Buffer slice
 * @this Uint8Array
 */

/**
 * A general purpose buffer pool.
 * @memberof util
 * @function
 * @param {PoolAllocator} alloc Allocator
 * @param {PoolSlicer} slice Slicer
 * @param {number} [size=8192] Slab size
 * @returns {PoolAllocator} Pooled allocator
 */
function pool(alloc, slice, size) {
    var SIZE   = size || 8192;
    var MAX    = SIZE >>> 1;
    var slab   = null;
    var offset = SIZE;
    return function pool_alloc(size) {
        if (size < 1 || size > MAX)
            return alloc(size);
        if (offset + size > SIZE) {
            slab = alloc(SIZE);
            offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size);
        if (offset & 7) // align to 32 bit
            offset = (offset | 7) + 1;
        return buf;
    };
}


/***/ }),

/***/ 738:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal UTF8 implementation.
 * @memberof util
 * @namespace
 */
var utf8 = exports,
    looseDecoder = new TextDecoder("utf-8", { ignoreBOM: true }),
    strictDecoder;
var TEXT_DECODER_MIN_LENGTH = 64;

try {
    strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
} catch (err) {
    // "fatal" option is not supported on Node.js compiled without ICU
    strictDecoder = looseDecoder;
}

/**
 * Calculates the UTF8 byte length of a string.
 * @param {string} string String
 * @returns {number} Byte length
 */
utf8.length = function utf8_length(string) {
    var len = 0,
        c = 0;
    for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
            len += 1;
        else if (c < 2048)
            len += 2;
        else if ((c & 0xFC00) === 0xD800 && (string.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
            ++i;
            len += 4;
        } else
            len += 3;
    }
    return len;
};

function utf8_read_decoder(decoder, buffer, start, end) {
    var source = start === 0 && end === buffer.length
        ? buffer
        : buffer.subarray(start, end);
    return decoder.decode(source);
}

/**
 * Reads UTF8 bytes as a string.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} String read
 */
utf8.read = function utf8_read_loose(buffer, start, end) {
    if (end - start < 1)
        return "";
    if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(looseDecoder, buffer, start, end);

    var str = "",
        i = start,
        c1, c2, c3, c4, c5, c6, c7, c8;

    for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 0x80)
            return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
    }

    for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 0x80)
            return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
    }

    return str;
};

/**
 * Reads UTF8 bytes as a string, rejecting invalid UTF8.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} String read
 */
utf8.readStrict = function utf8_read_strict(buffer, start, end) {
    if (end - start < 1)
        return "";
    if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(strictDecoder, buffer, start, end);

    var str = "",
        i = start,
        c1, c2, c3, c4, c5, c6, c7, c8;

    for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 0x80)
            return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
    }

    for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 0x80)
            return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
    }

    return str;
};

/**
 * Writes a string as UTF8 bytes.
 * @param {string} string Source string
 * @param {Uint8Array} buffer Destination buffer
 * @param {number} offset Destination offset
 * @returns {number} Bytes written
 */
utf8.write = function utf8_write(string, buffer, offset) {
    var start = offset,
        c1, // character 1
        c2; // character 2
    for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
            buffer[offset++] = c1;
        } else if (c1 < 2048) {
            buffer[offset++] = c1 >> 6       | 192;
            buffer[offset++] = c1       & 63 | 128;
        } else if ((c1 & 0xFC00) === 0xD800 && ((c2 = string.charCodeAt(i + 1)) & 0xFC00) === 0xDC00) {
            c1 = 0x10000 + ((c1 & 0x03FF) << 10) + (c2 & 0x03FF);
            ++i;
            buffer[offset++] = c1 >> 18      | 240;
            buffer[offset++] = c1 >> 12 & 63 | 128;
            buffer[offset++] = c1 >> 6  & 63 | 128;
            buffer[offset++] = c1       & 63 | 128;
        } else {
            buffer[offset++] = c1 >> 12      | 224;
            buffer[offset++] = c1 >> 6  & 63 | 128;
            buffer[offset++] = c1       & 63 | 128;
        }
    }
    return offset - start;
};


/***/ }),

/***/ 524:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = verifier;

var Enum      = __nccwpck_require__(363),
    util      = __nccwpck_require__(926);

function invalid(field, expected) {
    return field.name + ": " + expected + (field.repeated && expected !== "array" ? "[]" : field.map && expected !== "object" ? "{k:"+field.keyType+"}" : "") + " expected";
}

/**
 * Generates a partial value verifier.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} ref Variable reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genVerifyValue(gen, field, fieldIndex, ref) {
    /* eslint-disable no-unexpected-multiline */
    var resolvedType = field.resolvedType;
    if (resolvedType) {
        if (resolvedType instanceof Enum) {
            if (resolvedType._features.enum_type === "CLOSED") { gen
                ("switch(%s){", ref)
                    ("default:")
                        ("return%j", invalid(field, "enum value"));
                for (var keys = Object.keys(resolvedType.values), j = 0; j < keys.length; ++j) gen
                    ("case %i:", resolvedType.values[keys[j]]);
                gen
                        ("break")
                ("}");
            } else gen
                ("if(typeof %s!==\"number\"||(%s|0)!==%s)", ref, ref, ref)
                    ("return%j", invalid(field, "enum value"));
        } else {
            gen
            ("{")
                ("var e=types[%i].verify(%s,q+1);", fieldIndex, ref)
                ("if(e)")
                    ("return%j+e", field.name + ".")
            ("}");
        }
    } else {
        switch (field.type) {
            case "int32":
            case "uint32":
            case "sint32":
            case "fixed32":
            case "sfixed32": gen
                ("if(!util.isInteger(%s))", ref)
                    ("return%j", invalid(field, "integer"));
                break;
            case "int64":
            case "uint64":
            case "sint64":
            case "fixed64":
            case "sfixed64": gen
                ("if(!util.isInteger(%s)&&!(%s&&util.isInteger(%s.low)&&util.isInteger(%s.high)))", ref, ref, ref, ref)
                    ("return%j", invalid(field, "integer|Long"));
                break;
            case "float":
            case "double": gen
                ("if(typeof %s!==\"number\")", ref)
                    ("return%j", invalid(field, "number"));
                break;
            case "bool": gen
                ("if(typeof %s!==\"boolean\")", ref)
                    ("return%j", invalid(field, "boolean"));
                break;
            case "string": gen
                ("if(!util.isString(%s))", ref)
                    ("return%j", invalid(field, "string"));
                break;
            case "bytes": gen
                ("if(!(%s&&typeof %s.length===\"number\"||util.isString(%s)))", ref, ref, ref)
                    ("return%j", invalid(field, "buffer"));
                break;
        }
    }
    return gen;
    /* eslint-enable no-unexpected-multiline */
}

/**
 * Generates a partial key verifier.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {string} ref Variable reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genVerifyKey(gen, field, ref) {
    /* eslint-disable no-unexpected-multiline */
    switch (field.keyType) {
        case "int32":
        case "uint32":
        case "sint32":
        case "fixed32":
        case "sfixed32": gen
            ("if(!util.key32Re.test(%s))", ref)
                ("return%j", invalid(field, "integer key"));
            break;
        case "int64":
        case "uint64":
        case "sint64":
        case "fixed64":
        case "sfixed64": gen
            ("if(!util.key64Re.test(%s))", ref) // see comment above: x is ok, d is not
                ("return%j", invalid(field, "integer|Long key"));
            break;
        case "bool": gen
            ("if(!util.key2Re.test(%s))", ref)
                ("return%j", invalid(field, "boolean key"));
            break;
    }
    return gen;
    /* eslint-enable no-unexpected-multiline */
}

/**
 * Generates a verifier specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
function verifier(mtype) {
    /* eslint-disable no-unexpected-multiline */

    var gen = util.codegen(["m", "q"])
    ("if(typeof m!==\"object\"||m===null)")
        ("return%j", "object expected")
    ("if(q===undefined)q=0")
    ("if(q>util.recursionLimit)")
        ("return%j", "max depth exceeded");
    var oneofs = mtype.oneofsArray,
        seenFirstField = {};
    if (oneofs.length) gen
    ("var p={}");

    for (var i = 0; i < /* initializes */ mtype.fieldsArray.length; ++i) {
        var field = mtype._fieldsArray[i].resolve(),
            ref   = "m" + util.safeProp(field.name);

        if (field.optional) gen
        ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name); // !== undefined && !== null

        // map fields
        if (field.map) { gen
            ("if(!util.isObject(%s))", ref)
                ("return%j", invalid(field, "object"))
            ("var k=Object.keys(%s)", ref)
            ("for(var i=0;i<k.length;++i){");
                genVerifyKey(gen, field, "k[i]");
                genVerifyValue(gen, field, i, ref + "[k[i]]")
            ("}");

        // repeated fields
        } else if (field.repeated) { gen
            ("if(!Array.isArray(%s))", ref)
                ("return%j", invalid(field, "array"))
            ("for(var i=0;i<%s.length;++i){", ref);
                genVerifyValue(gen, field, i, ref + "[i]")
            ("}");

        // required or present fields
        } else {
            if (field.partOf) {
                var oneofProp = util.safeProp(field.partOf.name);
                if (seenFirstField[field.partOf.name] === 1) gen
            ("if(p%s===1)", oneofProp)
                ("return%j", field.partOf.name + ": multiple values");
                seenFirstField[field.partOf.name] = 1;
                gen
            ("p%s=1", oneofProp);
            }
            genVerifyValue(gen, field, i, ref);
        }
        if (field.optional) gen
        ("}");
    }
    return gen
    ("return null");
    /* eslint-enable no-unexpected-multiline */
}


/***/ }),

/***/ 162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Wrappers for common types.
 * @type {Object.<string,IWrapper>}
 * @const
 */
var wrappers = exports;

var Message = __nccwpck_require__(463),
    util    = __nccwpck_require__(186);

/**
 * From object converter part of an {@link IWrapper}.
 * @typedef WrapperFromObjectConverter
 * @type {function}
 * @param {Object.<string,*>} object Plain object
 * @returns {Message<{}>} Message instance
 * @this Type
 */

/**
 * To object converter part of an {@link IWrapper}.
 * @typedef WrapperToObjectConverter
 * @type {function}
 * @param {Message<{}>} message Message instance
 * @param {IConversionOptions} [options] Conversion options
 * @returns {Object.<string,*>} Plain object
 * @this Type
 */

/**
 * Common type wrapper part of {@link wrappers}.
 * @interface IWrapper
 * @property {WrapperFromObjectConverter} [fromObject] From object converter
 * @property {WrapperToObjectConverter} [toObject] To object converter
 */

// Custom wrapper for Any
wrappers[".google.protobuf.Any"] = {

    fromObject: function(object, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.recursionLimit)
            throw Error("max depth exceeded");

        // unwrap value type if mapped
        if (object && object["@type"]) {
             // Only use fully qualified type name after the last '/'
            var name = object["@type"].substring(object["@type"].lastIndexOf("/") + 1);
            var type = this.lookup(name, [ this.constructor ]);
            /* istanbul ignore else */
            if (type) {
                // type_url does not accept leading "."
                var type_url = object["@type"].charAt(0) === "." ?
                    object["@type"].slice(1) : object["@type"];
                // type_url prefix is optional, but path seperator is required
                if (type_url.indexOf("/") === -1) {
                    type_url = "/" + type_url;
                }
                return this.create({
                    type_url: type_url,
                    value: type.encode(type.fromObject(object, depth + 1)).finish()
                });
            }
        }

        return this.fromObject(object, depth);
    },

    toObject: function(message, options, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.recursionLimit)
            throw Error("max depth exceeded");

        // Default prefix
        var googleApi = "type.googleapis.com/";
        var prefix = "";
        var name = "";
        // decode value if requested and unmapped
        if (options && options.json && message.type_url && message.value) {
            // Only use fully qualified type name after the last '/'
            name = message.type_url.substring(message.type_url.lastIndexOf("/") + 1);
            // Separate the prefix used
            prefix = message.type_url.substring(0, message.type_url.lastIndexOf("/") + 1);
            var type = this.lookup(name, [ this.constructor ]);
            /* istanbul ignore else */
            if (type)
                message = type.decode(message.value, undefined, undefined, depth + 1);
        }

        // wrap value if unmapped
        if (!(message instanceof this.ctor) && message instanceof Message) {
            var object = message.$type.toObject(message, options, depth + 1);
            var messageName = message.$type.fullName[0] === "." ?
                message.$type.fullName.slice(1) : message.$type.fullName;
            // Default to type.googleapis.com prefix if no prefix is used
            if (prefix === "") {
                prefix = googleApi;
            }
            name = prefix + messageName;
            object["@type"] = name;
            return object;
        }

        return this.toObject(message, options, depth);
    }
};


/***/ }),

/***/ 745:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Writer;

var util      = __nccwpck_require__(186);

var BufferWriter; // cyclic

var LongBits  = util.LongBits,
    base64    = util.base64,
    utf8      = util.utf8;

/**
 * Constructs a new writer instance.
 * @classdesc Wire format writer using `Uint8Array`.
 * @constructor
 */
function Writer() {

    /**
     * Write cursor into {@link Writer#buf}.
     * @type {number}
     */
    this.pos = 0;

    /**
     * Backing buffer.
     * @type {Uint8Array}
     */
    this.buf = this.constructor.alloc(Writer.initialBufferSize);

    /**
     * Cached DataView over {@link Writer#buf}.
     * @type {DataView|null}
     */
    this.view = null;

    /**
     * Stack of forked length-prefix positions.
     * @type {Array<number>|null}
     */
    this.states = null;
}

/**
 * Initial backing buffer size in bytes. Defaults to 128.
 * @type {number}
 */
Writer.initialBufferSize = 128;

/**
 * Current write position.
 * @name Writer#len
 * @type {number}
 * @deprecated Use {@link Writer#pos} instead.
 */
Object.defineProperty(Writer.prototype, "len", {
    configurable: true,
    enumerable: true,
    get: function get_len() {
        return this.pos;
    }
});

var create = function create() {
    return util.Buffer
        ? function create_buffer_setup() {
            return (Writer.create = function create_buffer() {
                return new BufferWriter();
            })();
        }
        /* istanbul ignore next */
        : function create_array() {
            return new Writer();
        };
};

/**
 * Creates a new writer.
 * @function
 * @returns {BufferWriter|Writer} A {@link BufferWriter} when Buffers are supported, otherwise a {@link Writer}
 */
Writer.create = create();

/**
 * Allocates a buffer of the specified size.
 * @param {number} size Buffer size
 * @returns {Uint8Array} Buffer
 */
Writer.alloc = function alloc(size) {
    return new Uint8Array(size);
};

// Use Uint8Array buffer pool in the browser, just like node does with buffers
Writer.alloc = util.pool(Writer.alloc, Uint8Array.prototype.subarray);

/**
 * Calculates the number of bytes a value occupies as a varint.
 * @param {number} value Value to size (unsigned)
 * @returns {number} Byte length (1..5)
 * @ignore
 */
function sizeVarint32(value) {
    return value         < 128       ? 1
         : value         < 16384     ? 2
         : value         < 2097152   ? 3
         : value         < 268435456 ? 4
         :                             5;
}

/**
 * Ensures that at least `n` more bytes fit into the backing buffer, doubling it if not.
 * @param {number} n Number of additional bytes required
 * @returns {undefined}
 * @private
 */
Writer.prototype._reserve = function _reserve(n) {
    var need = this.pos + n;
    if (need > this.buf.length) {
        var size = this.buf.length << 1;
        if (size < need)
            size = need;
        var buf = this.constructor.alloc(size);
        buf.set(this.buf.subarray(0, this.pos), 0);
        this.buf = buf;
        this.view = null; // invalidate
    }
};

function writeStringAscii(val, buf, pos) {
    for (var i = 0; i < val.length;)
        buf[pos++] = val.charCodeAt(i++);
}

function writeVarint32(val, buf, pos) {
    while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
    }
    buf[pos] = val;
    return pos + 1;
}

/**
 * Writes an unsigned 32 bit value as a varint.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.uint32 = function write_uint32(value) {
    value = value >>> 0;
    this._reserve(5);
    var pos = this.pos;
    this.pos = writeVarint32(value, this.buf, pos);
    return this;
};

/**
 * Writes a signed 32 bit value as a varint.
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.int32 = function write_int32(value) {
    if ((value |= 0) < 0) { // 10 bytes per spec
        this._reserve(10);
        writeVarint64(LongBits.fromNumber(value), this.buf, this.pos);
        this.pos += 10;
        return this;
    }
    return this.uint32(value);
};

/**
 * Writes a 32 bit value as a varint, zig-zag encoded.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.sint32 = function write_sint32(value) {
    return this.uint32((value << 1 ^ value >> 31) >>> 0);
};

function writeVarint64(val, buf, pos) {
    var lo = val.lo,
        hi = val.hi;
    while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
    }
    while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
    }
    buf[pos] = lo;
    return pos + 1;
}

/**
 * Writes an unsigned 64 bit value as a varint.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.uint64 = function write_uint64(value) {
    var bits = LongBits.from(value);
    this._reserve(10);
    var pos = this.pos;
    this.pos = writeVarint64(bits, this.buf, pos);
    return this;
};

/**
 * Writes a signed 64 bit value as a varint.
 * @function
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.int64 = Writer.prototype.uint64;

/**
 * Writes a signed 64 bit value as a varint, zig-zag encoded.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.sint64 = function write_sint64(value) {
    var bits = LongBits.from(value).zzEncode();
    this._reserve(10);
    var pos = this.pos;
    this.pos = writeVarint64(bits, this.buf, pos);
    return this;
};

/**
 * Writes a boolish value as a varint.
 * @param {boolean} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.bool = function write_bool(value) {
    this._reserve(1);
    this.buf[this.pos++] = value ? 1 : 0;
    return this;
};

function writeFixed32(val, buf, pos) {
    buf[pos    ] =  val         & 255;
    buf[pos + 1] =  val >>> 8   & 255;
    buf[pos + 2] =  val >>> 16  & 255;
    buf[pos + 3] =  val >>> 24;
}

/**
 * Writes an unsigned 32 bit value as fixed 32 bits.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.fixed32 = function write_fixed32(value) {
    this._reserve(4);
    writeFixed32(value >>> 0, this.buf, this.pos);
    this.pos += 4;
    return this;
};

/**
 * Writes a signed 32 bit value as fixed 32 bits.
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.sfixed32 = Writer.prototype.fixed32;

/**
 * Writes an unsigned 64 bit value as fixed 64 bits.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.fixed64 = function write_fixed64(value) {
    var bits = LongBits.from(value);
    this._reserve(8);
    writeFixed32(bits.lo, this.buf, this.pos);
    writeFixed32(bits.hi, this.buf, this.pos + 4);
    this.pos += 8;
    return this;
};

/**
 * Writes a signed 64 bit value as fixed 64 bits.
 * @function
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.sfixed64 = Writer.prototype.fixed64;

/**
 * Writes a float (32 bit).
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.float = function write_float(value) {
    this._reserve(4);
    util.float.writeFloatLE(value, this.buf, this.pos);
    this.pos += 4;
    return this;
};

/**
 * Writes a double (64 bit float).
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.double = function write_double(value) {
    this._reserve(8);
    util.float.writeDoubleLE(value, this.buf, this.pos);
    this.pos += 8;
    return this;
};

/**
 * Writes a sequence of bytes.
 * @param {Uint8Array|string} value Buffer or base64 encoded string to write
 * @returns {Writer} `this`
 */
Writer.prototype.bytes = function write_bytes(value) {
    var len = value.length >>> 0;
    if (!len) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
    }
    if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
    }
    this.uint32(len);
    this._reserve(len);
    this.buf.set(value, this.pos);
    this.pos += len;
    return this;
};

/**
 * Writes raw bytes without a tag or length prefix.
 * @param {Uint8Array} value Raw bytes
 * @returns {Writer} `this`
 */
Writer.prototype.raw = function write_raw(value) {
    var len = value.length >>> 0;
    if (!len)
        return this;
    this._reserve(len);
    this.buf.set(value, this.pos);
    this.pos += len;
    return this;
};

/**
 * Backfills the length varint.
 * @param {number} pos Position of reserved length byte
 * @param {number} len Length of content after length varint
 * @returns {Writer} `this`
 * @private
 */
Writer.prototype._delim = function _delim(pos, len) {
    var n = sizeVarint32(len);
    if (n > 1)
        this.buf.copyWithin(pos + n, pos + 1, pos + 1 + len);
    writeVarint32(len, this.buf, pos);
    this.pos = pos + n + len;
    return this;
};

/**
 * Writes a string.
 * @param {string} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.string = function write_string(value) {
    var n = value.length;
    if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
    }
    if (n < 0x80) {
        this._reserve(n * 3 + 5); // worst case
        var lenPos = this.pos;
        return this._delim(lenPos, utf8.write(value, this.buf, lenPos + 1));
    }
    var len = utf8.length(value);
    this.uint32(len);
    this._reserve(len);
    if (len === value.length)
        writeStringAscii(value, this.buf, this.pos);
    else
        utf8.write(value, this.buf, this.pos);
    this.pos += len;
    return this;
};

/**
 * Writes an array of unsigned 32 bit values as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.uint32s = function write_uint32s(value) {
    var n = value.length;
    this._reserve(n * 5 + 5); // worst case: 5 bytes per value + length varint
    var buf = this.buf, lenPos = this.pos, p = lenPos + 1;
    for (var i = 0; i < n; ++i)
        p = writeVarint32(value[i] >>> 0, buf, p);
    return this._delim(lenPos, p - lenPos - 1);
};

/**
 * Writes an array of signed 32 bit values as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.int32s = function write_int32s(value) {
    var n = value.length;
    this._reserve(n * 10 + 5); // worst case: 10 bytes per negative value + length varint
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1, val;
    for (var i = 0; i < n; ++i) {
        if ((val = value[i] | 0) < 0) { // negatives are 10 bytes per spec
            pos = writeVarint64(LongBits.fromNumber(val), buf, pos);
        } else {
            pos = writeVarint32(val, buf, pos);
        }
    }
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of 32 bit values as packed, zig-zag encoded varints.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sint32s = function write_sint32s(value) {
    var n = value.length;
    this._reserve(n * 5 + 5);
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
    for (var i = 0; i < n; ++i)
        pos = writeVarint32((value[i] << 1 ^ value[i] >> 31) >>> 0, buf, pos);
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of unsigned 64 bit values as a packed repeated field.
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.uint64s = function write_uint64s(value) {
    var n = value.length;
    this._reserve(n * 10 + 5);
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
    for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]), buf, pos);
    }
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of signed 64 bit values as a packed repeated field.
 * @function
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.int64s = Writer.prototype.uint64s;

/**
 * Writes an array of 64 bit values as packed, zig-zag encoded varints.
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sint64s = function write_sint64s(value) {
    var n = value.length;
    this._reserve(n * 10 + 5);
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
    for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]).zzEncode(), buf, pos);
    }
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of boolish values as a packed repeated field.
 * @param {boolean[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.bools = function write_bools(value) {
    var n = value.length;
    this.uint32(n); // one byte per value
    this._reserve(n);
    var buf = this.buf, p = this.pos;
    for (var i = 0; i < n; ++i)
        buf[p++] = value[i] ? 1 : 0;
    this.pos += n;
    return this;
};

// The view allocation only pays off when amortized over enough writes
var VIEW_THRESHOLD_FLOAT = 16,
    VIEW_THRESHOLD_INT   = 128;

function getLazyView(writer, count, threshold) {
    var view = writer.view;
    if (view || count < threshold)
        return view;
    var buf = writer.buf;
    return writer.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * Writes an array of unsigned 32 bit values as packed, fixed 32 bits.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.fixed32s = function write_fixed32s(value) {
    var n = value.length, bytes = n * 4;
    this.uint32(bytes); // length is known exactly
    this._reserve(bytes);
    var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
    if (dv)
        for (i = 0; i < n; ++i) { dv.setUint32(p, value[i] >>> 0, true); p += 4; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { writeFixed32(value[i] >>> 0, buf, p); p += 4; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Writes an array of signed 32 bit values as packed, fixed 32 bits.
 * @function
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sfixed32s = Writer.prototype.fixed32s;

/**
 * Writes an array of unsigned 64 bit values as packed, fixed 64 bits.
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.fixed64s = function write_fixed64s(value) {
    var n = value.length, bytes = n * 8;
    this.uint32(bytes);
    this._reserve(bytes);
    var p = this.pos, i, bits, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
    if (dv)
        for (i = 0; i < n; ++i) { bits = LongBits.from(value[i]); dv.setUint32(p, bits.lo, true); dv.setUint32(p + 4, bits.hi, true); p += 8; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { bits = LongBits.from(value[i]); writeFixed32(bits.lo, buf, p); writeFixed32(bits.hi, buf, p + 4); p += 8; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Writes an array of signed 64 bit values as packed, fixed 64 bits.
 * @function
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sfixed64s = Writer.prototype.fixed64s;

/**
 * Writes an array of floats (32 bit) as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.floats = function write_floats(value) {
    var n = value.length, bytes = n * 4;
    this.uint32(bytes);
    this._reserve(bytes);
    var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (i = 0; i < n; ++i) { dv.setFloat32(p, value[i], true); p += 4; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { util.float.writeFloatLE(value[i], buf, p); p += 4; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Writes an array of doubles (64 bit float) as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.doubles = function write_doubles(value) {
    var n = value.length, bytes = n * 8;
    this.uint32(bytes);
    this._reserve(bytes);
    var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (i = 0; i < n; ++i) { dv.setFloat64(p, value[i], true); p += 8; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { util.float.writeDoubleLE(value[i], buf, p); p += 8; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Forks this writer's state by pushing it to a stack.
 * @returns {Writer} `this`
 */
Writer.prototype.fork = function fork() {
    this._reserve(1);
    (this.states || (this.states = [])).push(this.pos);
    this.pos += 1;
    return this;
};

/**
 * Resets this instance to the last state.
 * @returns {Writer} `this`
 */
Writer.prototype.reset = function reset() {
    var states = this.states;
    if (states && states.length) {
        this.pos = states.pop();
    } else {
        this.pos = 0;
    }
    return this;
};

/**
 * Resets to the last state and prepends the fork state's current write length as a varint.
 * @returns {Writer} `this`
 */
Writer.prototype.ldelim = function ldelim() {
    var states = this.states,
        len,
        vlen;
    if (states && states.length) {
        var lenPos = states.pop();
        len = this.pos - lenPos - 1;
        vlen = sizeVarint32(len);
        if (vlen > 1) { // grow the reserved single byte and shift content forward
            this._reserve(vlen - 1);
            this.buf.copyWithin(lenPos + vlen, lenPos + 1, lenPos + 1 + len);
            this.pos += vlen - 1;
            writeVarint32(len, this.buf, lenPos);
        } else {
            this.buf[lenPos] = len;
        }
    } else { // not forked: prefix the entire buffer with its length
        // TODO: Compatibility with older generated code.
        // Remove this branch in the next major release.
        len = this.pos;
        vlen = sizeVarint32(len);
        this._reserve(vlen);
        this.buf.copyWithin(vlen, 0, len);
        writeVarint32(len, this.buf, 0);
        this.pos += vlen;
    }
    return this;
};

/**
 * Finishes the write operation.
 * Returns a buffer sized to the written data by default.
 * @param {boolean} [shared=false] Whether to return a shared view instead of a unique copy
 * @returns {Uint8Array} Finished buffer
 */
Writer.prototype.finish = function finish(shared) {
    if (shared)
        return this.buf.subarray(0, this.pos);
    var buf = this.constructor.alloc(this.pos);
    buf.set(this.buf.subarray(0, this.pos), 0);
    return buf;
};

/**
 * Finishes the write operation, writing into the provided buffer.
 * The caller must ensure that `buf` has enough space starting at `offset`
 * to hold {@link Writer#pos} bytes.
 * @param {T} buf Target buffer
 * @param {number} [offset=0] Offset to start writing at
 * @returns {T} The provided buffer
 * @template T extends Uint8Array
 */
Writer.prototype.finishInto = function finishInto(buf, offset) {
    if (offset === undefined)
        offset = 0;
    buf.set(this.buf.subarray(0, this.pos), offset);
    return buf;
};

Writer._configure = function(BufferWriter_) {
    BufferWriter = BufferWriter_;
    Writer.create = create();
    BufferWriter._configure();
};


/***/ }),

/***/ 74:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = BufferWriter;

// extends Writer
var Writer = __nccwpck_require__(745);
BufferWriter.prototype = Object.create(Writer.prototype, {
    constructor: {
        value: BufferWriter,
        writable: true,
        enumerable: false,
        configurable: true
    }
});

var util = __nccwpck_require__(186);

/**
 * Constructs a new buffer writer instance.
 * @classdesc Wire format writer using node buffers.
 * @extends Writer
 * @constructor
 */
function BufferWriter() {
    Writer.call(this);
}

var writeStringBuffer;

BufferWriter._configure = function () {
    /**
     * Allocates a buffer of the specified size.
     * @function
     * @param {number} size Buffer size
     * @returns {Buffer} Buffer
     */
    BufferWriter.alloc = util.Buffer && util.Buffer.allocUnsafe;

    writeStringBuffer = util.Buffer && util.Buffer.prototype.utf8Write
        ? function writeStringBuffer_utf8Write(val, buf, pos) {
            return buf.utf8Write(val, pos);
        }
        : function writeStringBuffer_write(val, buf, pos) {
            return buf.write(val, pos);
        };
};


/**
 * @override
 */
BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
    if (util.isString(value))
        value = util.Buffer.from(value, "base64");
    var len = value.length >>> 0;
    this.uint32(len);
    if (len) {
        this._reserve(len);
        this.buf.set(value, this.pos);
        this.pos += len;
    }
    return this;
};

/**
 * @override
 */
BufferWriter.prototype.string = function write_string_buffer(value) {
    var n = value.length;
    if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
    }
    if (n < 0x80) {
        this._reserve(n * 3 + 5); // worst case
        var pos = this.pos,
            buf = this.buf;
        return this._delim(pos,
            n < 40
                ? util.utf8.write(value, buf, pos + 1)
                : writeStringBuffer(value, buf, pos + 1)
        );
    }
    var len = util.Buffer.byteLength(value);
    this.uint32(len);
    this._reserve(len);
    writeStringBuffer(value, this.buf, this.pos);
    this.pos += len;
    return this;
};


/**
 * Finishes the write operation.
 * @name BufferWriter#finish
 * @function
 * @returns {Buffer} Finished buffer
 */

BufferWriter._configure();


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map