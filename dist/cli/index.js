#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4528:
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
var SnappyCompressor = (__nccwpck_require__(8437)/* .SnappyCompressor */ .d)

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

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7520);
/* harmony import */ var _io_file_byte_source_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4678);



/** Milliseconds from process start until the bundle's modules were loaded. */
const loadedMs = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
// The entry only wires the process to main(); every decision lives below it.
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .iW)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd()
});
// MODEL_SIZE_BUDGET_STATS=1: one JSON line on stderr with what the run cost (read by `npm run bench`).
if (process.env.MODEL_SIZE_BUDGET_STATS === '1') {
    const stats = {
        bytesRead: _io_file_byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .FileByteSource */ .q.totalBytesRead,
        filesOpened: _io_file_byte_source_js__WEBPACK_IMPORTED_MODULE_2__/* .FileByteSource */ .q.totalOpened,
        loadedMs: Math.round(loadedMs),
        doneMs: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now())
    };
    process.stderr.write(`model-size-budget stats: ${JSON.stringify(stats)}\n`);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7520:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: ExitCode, USAGE, parseCliArgs

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/io/file-byte-source.ts + 1 modules
var file_byte_source = __nccwpck_require__(4678);
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
        const source = await file_byte_source/* FileByteSource */.q.open(this.abs(path), path);
        this.opened.push(source);
        return source;
    }
    async size(path) {
        try {
            const info = await (0,promises_.stat)(this.abs(path));
            return info.isFile() ? info.size : undefined;
        }
        catch {
            return undefined;
        }
    }
    async list(dir) {
        try {
            return (await (0,promises_.readdir)(this.abs(dir))).sort();
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
/**
 * Tensors in one checkpoint. The largest real ones we know have ~10^5 (a 110,900-tensor TF index;
 * DeepSeek-V3's safetensors index lists ~91,000). A reader spends 3-10 µs a tensor (measured by the
 * fuzzer on ONNX, safetensors and TF indexes), so 10^6 keeps a hostile file under ~10 s a read,
 * where 10^7 would allow minutes.
 */
const MAX_TENSORS = 1_000_000;
/** Dimensions of one tensor. TF allows 254 (kMaxDims); nothing real comes close. */
const MAX_DIMS = 64;
/** Bytes of one tensor name. The longest real TF2 keys are a few hundred bytes. */
const MAX_NAME_BYTES = 64 * 1024;
/**
 * Characters of all tensor names of one checkpoint together. The largest real checkpoints have
 * ~10^5 tensors with names of ~50-100 characters (5-10 MB); names (and the paths they are made of)
 * are held in memory and written to the report, so a file with many tensors at the end of a very
 * deep path must not make us build gigabytes of them (a 1.5 MB pickle did; reaching this limit
 * costs about a second).
 */
const MAX_TOTAL_NAME_BYTES = 16 * 1024 * 1024;
/**
 * Bytes of a file read whole to check whether it is a Git LFS pointer. Pointers are ~130 bytes
 * (git-lfs docs/spec.md: "less than 200 bytes"); git-lfs itself looks no further than 1024.
 */
const MAX_LFS_POINTER_BYTES = 1024;
/** The first bytes read from every candidate file to sniff its format. */
const SNIFF_BYTES = 64;
// --- Files searched and reports read (CLI, action, baselines) ----------------------------------
/** Directory entries visited at most by the CLI's walk, so that a runaway tree cannot stall a run. */
const MAX_WALKED_ENTRIES = 1_000_000;
/**
 * Files matched at most by the action's globs. @actions/glob walks the whole tree either way; this
 * bounds what we keep and sniff when a pattern like `**` meets a checkout with a huge generated tree.
 */
const MAX_FOUND_FILES = 100_000;
/**
 * Bytes of a baseline report JSON (a file, a committed report, an artifact), read whole. Reports
 * are a few KB per checkpoint; anything far larger is not one we wrote and is not downloaded.
 */
const MAX_BASELINE_REPORT_BYTES = 64 * 1024 * 1024;
/**
 * Pages of PR comments searched for our marker (100 per page: 10,000 comments). A PR past that
 * is pathological; we then create a new comment rather than page on for minutes.
 */
const MAX_COMMENT_PAGES = 100;
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
/** Nesting of a tuple used as a dict key, written out in tensor names. Real keys are strings or ints. */
const MAX_PICKLE_KEY_DEPTH = 16;
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

;// CONCATENATED MODULE: ./src/io/paths.ts

/**
 * True when `path` is `root` or below it (both absolute and normalised). The one check behind
 * every "does not leave the workspace" rule: the CLI's walk, the action's globbing, baselines.
 */
function isInside(root, path) {
    return path === root || path.startsWith(root.endsWith(external_node_path_namespaceObject.sep) ? root : root + external_node_path_namespaceObject.sep);
}

;// CONCATENATED MODULE: ./src/io/walk.ts




/** Directories never searched: VCS internals and dependency trees hold no user checkpoints. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '__pycache__']);
/**
 * Lists the files under `paths` (files or directories, searched recursively) without opening
 * any of them. Symlinks are followed only when they resolve inside `root`: a checkout cannot make
 * the tool read `/etc` or a sibling directory through a link.
 */
async function walk(root, paths) {
    const rootReal = await (0,promises_.realpath)(root);
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
            info = await (0,promises_.lstat)(abs);
        }
        catch {
            result.skipped.push({ path: toPosix(abs), reason: 'no such file or directory' });
            return;
        }
        if (info.isSymbolicLink()) {
            let target;
            try {
                target = await (0,promises_.realpath)(abs);
            }
            catch {
                result.skipped.push({ path: toPosix(abs), reason: 'broken symbolic link' });
                return;
            }
            if (!explicit && !isInside(rootReal, target)) {
                result.skipped.push({ path: toPosix(abs), reason: 'symbolic link to a path outside the searched root; not followed' });
                return;
            }
            info = await (0,promises_.stat)(target);
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
            const entries = (await (0,promises_.readdir)(abs)).sort();
            for (const entry of entries)
                await visit((0,external_node_path_namespaceObject.resolve)(abs, entry), false);
        }
    };
    for (const path of paths)
        await visit((0,external_node_path_namespaceObject.resolve)(root, path), true);
    result.files = [...new Set(result.files)].sort();
    return result;
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

// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __nccwpck_require__(4296);
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
            throw new core_errors/* FormatError */.IF(result.name, `tensor '${tensor.name}' points into '${tensor.file}', which is not a file of this checkpoint`);
        }
        // A NaN or fractional span would pass the bounds check below and leave the categories not
        // adding up to the bytes on disk.
        const wholeSpan = Number.isSafeInteger(tensor.offset) && Number.isSafeInteger(tensor.byteLength);
        if (!wholeSpan) {
            throw new core_errors/* FormatError */.IF(tensor.file, `tensor '${tensor.name}' has a span of ${tensor.byteLength} bytes at ${tensor.offset}, not a whole number of bytes`);
        }
        if (tensor.offset < 0 || tensor.byteLength < 0 || tensor.offset + tensor.byteLength > fileSize) {
            throw new core_errors/* FormatError */.IF(tensor.file, `tensor '${tensor.name}' claims bytes ${tensor.offset}..${tensor.offset + tensor.byteLength}, beyond the file's ${fileSize} bytes`, { fix: 'The checkpoint is truncated or its index does not match its data.' });
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
            throw new core_errors/* FormatError */.IF(file.path, `its tensors claim ${payload} bytes, more than the file's ${file.bytes}`, { fix: 'Overlapping tensor spans: the checkpoint is corrupt.' });
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

// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __nccwpck_require__(2940);
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
            throw new core_errors/* FormatError */.IF(this.file, `unexpected end of ${what}: expected ${n} more bytes`, {
                offset: this.baseOffset + this.position,
                fix: 'The file is truncated or corrupted.'
            });
        }
    }
    seek(position) {
        if (position < 0 || position > this.bytes.length) {
            throw new core_errors/* FormatError */.IF(this.file, `seek outside the data to ${position}`, {
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
                    throw new core_errors/* FormatError */.IF(this.file, `${what} ${result} is larger than 2^53`, { offset: at });
                }
                return result;
            }
            scale *= 128;
        }
        throw new core_errors/* FormatError */.IF(this.file, `${what} does not end within 10 bytes`, { offset: at });
    }
}
const UTF8 = new TextDecoder('utf-8');
/** Converts a bigint size or offset to a number, or throws a FormatError naming the field. */
function toSafeNumber(value, file, what, offset) {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new core_errors/* FormatError */.IF(file, `${what} ${value} is larger than 2^53`, { offset });
    }
    return Number(value);
}

;// CONCATENATED MODULE: ./src/formats/source-window.ts

/**
 * Largest window read after a jump: small, so skipping a payload costs at most this much reading.
 * What follows a payload is the next tensor's few header fields (tens of bytes); at 1 KiB, a model
 * of 100,000 tensors of 4 KB read a quarter of its bytes (the bench), at 128 B about 3%. Below
 * this, the window after a jump is as long as the run of metadata used after the previous jump.
 */
const MIN_WINDOW_BYTES = 128;
/** Largest window: sequential metadata (a GGUF vocabulary, an ONNX node list) is read in these. */
const MAX_WINDOW_BYTES = 1024 * 1024;
/**
 * Positioned reads through a small read-ahead window, for readers that walk a file field by field
 * (the ONNX protobuf, GGUF's KV section) and skip payloads in between.
 *
 * The window adapts: while the reader moves sequentially through metadata, each new window doubles
 * (up to MAX_WINDOW_BYTES), so a 1 MB vocabulary costs a handful of reads; after a jump over a
 * payload it starts again small, so each skipped payload costs at most one small read. Bytes read
 * therefore follow the metadata and the number of tensors, never payload size.
 *
 * How small: tensors in one file look alike, so the metadata between two payloads (an ONNX
 * initializer's name, dims and type: about 34 bytes in the bench) is about as long as between the
 * previous two. The window after a jump is sized to the longer of the last two such runs (at most
 * MIN_WINDOW_BYTES), which reads the next tensor's header up to its payload and not into it;
 * a fixed 128 B read four times the metadata of a 100,000-tensor ONNX model. A run that turns
 * out longer costs one more read, not more bytes. Readers report what they used via `markUsed`
 * (and `view`); a reader that does not just gets MIN_WINDOW_BYTES windows.
 */
class SourceWindow {
    source;
    /** The bytes loaded last, starting at file offset `bufferStart`; decoders may index them directly. */
    buffer = new Uint8Array(0);
    bufferStart = 0;
    nextWindowBytes = MIN_WINDOW_BYTES;
    /** Where the current run (the window loaded after the last jump, and what followed) started. */
    runStart = 0;
    /** End of the furthest byte a reader used (`markUsed`, `view`). */
    usedEnd = 0;
    /** Lengths of the last two runs of used metadata between jumps. */
    lastRun = 0;
    runBefore = 0;
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
        (0,byte_source/* checkSpan */.$)(this.source, offset, length);
        const end = this.bufferStart + this.buffer.length;
        const sequential = offset >= this.bufferStart && offset <= end && this.buffer.length > 0;
        if (sequential) {
            this.nextWindowBytes = Math.min(this.nextWindowBytes * 2, MAX_WINDOW_BYTES);
        }
        else {
            this.runBefore = this.lastRun;
            this.lastRun = Math.max(0, this.usedEnd - this.runStart);
            this.runStart = offset;
            const expected = Math.max(this.lastRun, this.runBefore);
            this.nextWindowBytes = expected > 0 ? Math.min(expected, MIN_WINDOW_BYTES) : MIN_WINDOW_BYTES;
        }
        const readLength = Math.max(length, Math.min(this.nextWindowBytes, this.source.size - offset));
        this.buffer = await this.source.read(offset, readLength);
        this.bufferStart = offset;
    }
    /** Records that a reader decoded the bytes before `end` (it read them from `buffer` directly). */
    markUsed(end) {
        if (end > this.usedEnd)
            this.usedEnd = end;
    }
    /** A view (not a copy) of `length` bytes at `offset`. */
    async view(offset, length) {
        if (!this.has(offset, length))
            await this.load(offset, length);
        return this.slice(offset, length);
    }
    /** `view()` without an await when the window holds the bytes; undefined when they must be loaded. */
    viewInWindow(offset, length) {
        return this.has(offset, length) ? this.slice(offset, length) : undefined;
    }
    slice(offset, length) {
        this.markUsed(offset + length);
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
/**
 * Reads GGUF's little- (or, for byte-swapped v3 files, big-) endian fields through a window.
 *
 * Each field is decoded from the window's buffer directly (no DataView, no BigInt), and the
 * tensor-info loop asks for bytes with `holds`/`fill` so that it awaits only when the window must
 * be refilled: 100,000 tensor infos made ~700,000 awaits and as many BigInts, most of the time
 * of a large file (the profile: u64, view and the garbage collector).
 */
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
    /** Whether the window holds the next `length` bytes. */
    holds(length) {
        return this.window.has(this.position, length);
    }
    /** Loads the next `length` bytes into the window (the standard FormatError past the end of the file). */
    async fill(length) {
        await this.window.load(this.position, length);
    }
    async u32() {
        if (!this.holds(4))
            await this.fill(4);
        return this.u32InWindow();
    }
    async u64(what) {
        if (!this.holds(8))
            await this.fill(8);
        return this.u64InWindow(what);
    }
    /** A u32 the window holds (after `holds`/`fill`). */
    u32InWindow() {
        const value = this.uint(this.position, 4);
        this.position += 4;
        return value;
    }
    /** A u64 the window holds, refused above 2^53 (sizes and offsets must be exact numbers). */
    u64InWindow(what) {
        const at = this.position;
        // Two u32 halves, combined by multiplication: JS bit operations are 32-bit.
        const low = this.uint(at + (this.littleEndian ? 0 : 4), 4);
        const high = this.uint(at + (this.littleEndian ? 4 : 0), 4);
        this.position += 8;
        const value = high * 2 ** 32 + low;
        if (high >= 2 ** 21) {
            const exact = (BigInt(high) << 32n) | BigInt(low);
            throw new core_errors/* FormatError */.IF(this.file, `${what} is ${exact}, larger than any file`, {
                offset: at,
                fix: 'The file is corrupt or hostile.'
            });
        }
        return value;
    }
    /** A size (see `size`) the window holds. */
    sizeInWindow(what) {
        return this.version === 1 ? this.u32InWindow() : this.u64InWindow(what);
    }
    /** Bytes a size field takes: u32 in v1, u64 since v2. */
    get sizeBytes() {
        return this.version === 1 ? 4 : 8;
    }
    /** `bytes` bytes at `at` (1, 2 or 4) as an unsigned integer in the file's byte order. */
    uint(at, bytes) {
        const buffer = this.window.buffer;
        const base = at - this.window.bufferStart;
        let value = 0;
        for (let i = 0; i < bytes; i++) {
            value += buffer[base + (this.littleEndian ? i : bytes - 1 - i)] * 2 ** (8 * i);
        }
        return value;
    }
    /**
     * Counts, string lengths, array lengths (and, in the tensor infos, dims): u32 in GGUF v1, u64
     * since v2 (v1 as read by `huggingface/candle:candle-core/src/quantized/gguf_file.rs`, whose
     * first GGUF reader was v1-only; the tensor offset was already u64).
     */
    async size(what) {
        if (!this.holds(this.sizeBytes))
            await this.fill(this.sizeBytes);
        return this.sizeInWindow(what);
    }
    async unsigned(type, what) {
        if (type === 10)
            return this.u64(what);
        const length = FIXED_VALUE_BYTES.get(type) ?? 4;
        if (!this.holds(length))
            await this.fill(length);
        const value = this.uint(this.position, length);
        this.position += length;
        return value;
    }
    async bytes(length) {
        const bytes = await this.window.view(this.position, length);
        this.position += length;
        return bytes;
    }
    skip(length, what) {
        if (length > this.remaining) {
            throw new core_errors/* FormatError */.IF(this.file, `${what} claims ${length} bytes but only ${this.remaining} remain in the file`, {
                offset: this.position,
                fix: 'The file is truncated or corrupt.'
            });
        }
        this.position += length;
    }
    async string(maxBytes, what) {
        const length = await this.size(`length of ${what}`);
        this.checkStringLength(length, maxBytes, what);
        if (!this.holds(length))
            await this.fill(length);
        return this.stringBodyInWindow(length);
    }
    /** Refuses a string over its limit before reading it; `position` is just past its length field. */
    checkStringLength(length, maxBytes, what) {
        if (length > maxBytes) {
            throw new core_errors/* FormatError */.IF(this.file, `${what} is ${length} bytes long, over the ${maxBytes}-byte limit`, {
                offset: this.position - this.sizeBytes,
                fix: 'The file is corrupt or hostile.'
            });
        }
    }
    /** The `length` bytes of a string the window holds, decoded. */
    stringBodyInWindow(length) {
        const start = this.position - this.window.bufferStart;
        this.position += length;
        return UTF8.decode(this.window.buffer.subarray(start, start + length));
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
            throw new core_errors/* LimitExceededError */.lo(this.file, `array nesting of ${what}`, depth + 1, MAX_GGUF_ARRAY_DEPTH);
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
            throw new core_errors/* FormatError */.IF(this.file, `${what} claims ${count} elements, more than the rest of the file can hold`, {
                offset: this.position,
                fix: 'The file is truncated or corrupt.'
            });
        }
        for (let i = 0; i < count; i++)
            await this.skipValue(elementType, what, depth + 1);
    }
    unknownValueType(type, what) {
        return new core_errors/* FormatError */.IF(this.file, `${what} has value type ${type}, which GGUF does not define`, {
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
        throw new core_errors/* FormatError */.IF(path, 'not a GGUF file: it does not start with "GGUF"', { offset: 0 });
    }
    const versionAt = cursor.position;
    let version = await cursor.u32();
    // A big-endian GGUF (v3 allows it, unflagged) shows its version byte-swapped: 0x03000000.
    if (version > 0xffff && (version & 0xffff) === 0) {
        cursor.littleEndian = false;
        version = ((version >>> 24) | ((version >>> 8) & 0xff00)) >>> 0;
    }
    if (version < 1 || version > 3) {
        throw new core_errors/* UnsupportedFormatError */.N$(path, `GGUF version ${version} (at byte ${versionAt}); versions 1 to 3 are read`);
    }
    cursor.version = version;
    const tensorCount = await cursor.size('tensor count');
    const kvCount = await cursor.size('metadata KV count');
    if (tensorCount > MAX_TENSORS)
        throw new core_errors/* LimitExceededError */.lo(path, 'the GGUF tensor count', tensorCount, MAX_TENSORS);
    // A KV pair is at least a key length, a type and a one-byte value; a tensor info at least a name
    // length, n_dims, a type and an offset. Counts the file cannot hold are refused before looping.
    const lengthBytes = version === 1 ? 4 : 8;
    if (kvCount * (lengthBytes + 5) > cursor.remaining || tensorCount * (lengthBytes + 16) > cursor.remaining) {
        throw new core_errors/* FormatError */.IF(path, `the header claims ${tensorCount} tensors and ${kvCount} KV pairs, more than the file's ${fileSize} bytes can hold`, {
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
                throw new core_errors/* FormatError */.IF(path, `${ALIGNMENT_KEY} is ${alignment}, not a power of two`, { offset: typeAt + 4 });
            }
        }
        else {
            await cursor.skipValue(type, `the value of '${key}'`);
        }
    }
    // The tensor infos, decoded without an await while the window holds them (GgufCursor). Each
    // becomes its TensorInfo at once, its offset relative to the data until the data start is known.
    const tensors = [];
    const infoStarts = [];
    for (let i = 0; i < tensorCount; i++) {
        const at = cursor.position;
        if (!cursor.holds(cursor.sizeBytes))
            await cursor.fill(cursor.sizeBytes);
        const nameLength = cursor.sizeInWindow(`length of name of tensor ${i}`);
        cursor.checkStringLength(nameLength, MAX_NAME_BYTES, `name of tensor ${i}`);
        if (!cursor.holds(nameLength + 4))
            await cursor.fill(nameLength + 4);
        const name = cursor.stringBodyInWindow(nameLength);
        const nDims = cursor.u32InWindow();
        if (nDims > MAX_GGUF_DIMS) {
            throw new core_errors/* FormatError */.IF(path, `tensor '${name}' has ${nDims} dimensions; GGUF allows at most ${MAX_GGUF_DIMS}`, { offset: at });
        }
        const rest = nDims * cursor.sizeBytes + 4 + 8;
        if (!cursor.holds(rest))
            await cursor.fill(rest);
        const dims = new Array(nDims);
        for (let d = 0; d < nDims; d++)
            dims[d] = version === 1 ? cursor.u32InWindow() : cursor.u64InWindow(`dimension ${d} of '${name}'`);
        const type = cursor.u32InWindow();
        const offset = cursor.u64InWindow(`data offset of '${name}'`);
        tensors.push(toTensor(path, { name, dims, type, offset, at }));
        infoStarts.push(at);
    }
    const dataStart = alignUp(cursor.position, alignment);
    for (let i = 0; i < tensors.length; i++)
        placeTensor(path, tensors[i], infoStarts[i], dataStart, alignment, fileSize);
    return { version, littleEndian: cursor.littleEndian, kvCount, alignment, headerEnd: cursor.position, dataStart, tensors };
}
/** A tensor info as a TensorInfo, its offset still relative to the data start (see placeTensor). */
function toTensor(path, info) {
    const dtype = GGML_TYPES.get(info.type);
    const dtypeInfo = dtype === undefined ? undefined : DTYPES[dtype];
    if (dtype === undefined || dtypeInfo === undefined) {
        throw new core_errors/* UnsupportedFormatError */.N$(path, `tensor '${info.name}' has ggml type ${info.type}, which is not in the ggml type table`, 'It may be a type removed from GGUF (Q4_2, Q4_0_4_4…) or one newer than this tool.');
    }
    // ggml stores rows of whole blocks: ne[0] is a multiple of the block size (ggml.c, ggml_row_size).
    const elements = elementCount(info.dims);
    if ((info.dims[0] ?? 1) % dtypeInfo.blockSize !== 0) {
        throw new core_errors/* FormatError */.IF(path, `tensor '${info.name}' (${dtype}) has a first dimension of ${info.dims[0]}, not a multiple of its block size ${dtypeInfo.blockSize}`, { offset: info.at });
    }
    return {
        name: info.name,
        dtype,
        shape: info.dims,
        file: path,
        offset: info.offset,
        byteLength: (elements / dtypeInfo.blockSize) * (dtypeInfo.bits / 8),
        category: 'weights',
        reason: 'GGUF tensor: a GGUF file holds only model weights'
    };
}
/** Moves a tensor's offset from data-relative to the file, checking its alignment and that it fits the file. */
function placeTensor(path, tensor, infoAt, dataStart, alignment, fileSize) {
    if (tensor.offset % alignment !== 0) {
        throw new core_errors/* FormatError */.IF(path, `tensor '${tensor.name}' starts at data offset ${tensor.offset}, not a multiple of the alignment ${alignment}`, {
            offset: infoAt
        });
    }
    const offset = dataStart + tensor.offset;
    const byteLength = tensor.byteLength;
    if (!Number.isSafeInteger(byteLength) || offset + byteLength > fileSize) {
        throw new core_errors/* FormatError */.IF(path, `tensor '${tensor.name}' (${tensor.dtype}[${tensor.shape.join(', ')}], ${byteLength} bytes) ends at byte ${offset + byteLength}, beyond the file's ${fileSize} bytes`, { offset: infoAt, fix: 'The file is truncated (an interrupted download?) or corrupt.' });
    }
    tensor.offset = offset;
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
        return new core_errors/* FormatError */.IF(this.source.name, what, {
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
            throw new core_errors/* LimitExceededError */.lo(this.source.name, `size of an HDF5 ${what}`, bytes, MAX_HDF5_INDEX_BLOCK_BYTES);
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
            throw new core_errors/* FormatError */.IF(name, 'not an HDF5 file: the signature \\x89HDF\\r\\n\\x1a\\n is missing', { offset: 0 });
        }
        const needAtLeast = (bytes, version) => {
            if (this.source.size < bytes) {
                throw new core_errors/* FormatError */.IF(name, `truncated HDF5 superblock (version ${version}): needs ${bytes} bytes, the file has ${this.source.size}`, { offset: this.source.size, fix: 'The file is truncated; re-save or re-download it.' });
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
        throw new core_errors/* UnsupportedFormatError */.N$(name, `HDF5 superblock version ${version}`, 'Versions 0 to 3 are read.');
    }
    checkBase(baseAddress, endOfFile) {
        if (baseAddress !== 0 && baseAddress !== UNDEFINED_ADDRESS) {
            // Addresses are relative to the base; the library writes 0 (the superblock's own position).
            throw new core_errors/* UnsupportedFormatError */.N$(this.source.name, `HDF5 base address ${baseAddress} (a user block or embedded file)`);
        }
        if (endOfFile !== UNDEFINED_ADDRESS && endOfFile > this.source.size) {
            throw new core_errors/* FormatError */.IF(this.source.name, `truncated HDF5 file: the superblock says it ends at byte ${endOfFile}, but it has ${this.source.size} bytes`, { offset: this.source.size, fix: 'The file is truncated; re-save or re-download it.' });
        }
    }
    // --- objects ----------------------------------------------------------------------------------
    async walkObject(address, path, depth) {
        if (depth > MAX_HDF5_DEPTH)
            throw new core_errors/* LimitExceededError */.lo(this.source.name, 'HDF5 group nesting depth', depth, MAX_HDF5_DEPTH);
        if (this.visitedGroups.has(address))
            return; // a hard link back to a group already walked (a cycle)
        const known = this.datasetsByAddress.get(address);
        if (known) {
            // A second hard link to one dataset: same storage, listed under both names, counted once.
            this.tree.datasets.push({ ...known, path });
            return;
        }
        if (++this.objectsSeen > MAX_HDF5_OBJECTS) {
            throw new core_errors/* LimitExceededError */.lo(this.source.name, 'number of HDF5 objects', this.objectsSeen, MAX_HDF5_OBJECTS);
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
                throw new core_errors/* LimitExceededError */.lo(this.source.name, 'HDF5 object header size', total, MAX_HDF5_HEADER_BYTES);
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
            throw new core_errors/* LimitExceededError */.lo(this.source.name, 'HDF5 local heap size', size, MAX_HDF5_HEAP_BYTES);
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
                throw new core_errors/* LimitExceededError */.lo(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, MAX_HDF5_BTREE_NODES);
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
            throw new core_errors/* UnsupportedFormatError */.N$(this.source.name, 'an HDF5 group whose link heap is compressed (I/O filters on a fractal heap)');
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
            throw new core_errors/* UnsupportedFormatError */.N$(this.source.name, 'an HDF5 link stored as a "huge" fractal heap object');
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
                throw new core_errors/* UnsupportedFormatError */.N$(this.source.name, 'an HDF5 group whose link heap has nested indirect blocks');
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
            throw new core_errors/* LimitExceededError */.lo(this.source.name, 'HDF5 dataspace rank', rank, MAX_DIMS);
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
            throw new core_errors/* LimitExceededError */.lo(this.source.name, 'HDF5 data layout rank', dimensionality, MAX_DIMS + 1);
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
            throw new core_errors/* UnsupportedFormatError */.N$(this.source.name, `dataset '${path}' uses HDF5 chunk index type ${indexType} (layout v4${indexType === 4 ? ', extensible array' : ''})`, 'h5py writes it only with libver="latest" and resizable datasets; save with the default libver.');
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
            throw new core_errors/* LimitExceededError */.lo(this.source.name, 'chunks of one HDF5 dataset', entries, MAX_HDF5_CHUNKS);
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
                throw new core_errors/* LimitExceededError */.lo(this.source.name, 'number of HDF5 B-tree nodes', this.btreeNodesRead, MAX_HDF5_BTREE_NODES);
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
            throw new core_errors/* LimitExceededError */.lo(this.source.name, 'HDF5 global heap size', size, MAX_HDF5_HEAP_BYTES);
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
            if (error instanceof core_errors/* LimitExceededError */.lo)
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
            throw new core_errors/* FormatError */.IF(file, `invalid HDF5 superblock: ${what} is ${size} (expected 2, 4 or 8)`, { offset: 13 });
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
        throw new core_errors/* FormatError */.IF(file, `${what} is larger than 2^53`, { offset });
    return value;
}
function heapString(heap, offset, file, heapAddress) {
    if (offset >= heap.length)
        throw new core_errors/* FormatError */.IF(file, `link name offset ${offset} outside the local heap`, { offset: heapAddress });
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
        (0,byte_source/* checkSpan */.$)(outer, start, size);
    }
    get bytesRead() {
        return this.outer.bytesRead;
    }
    async read(offset, length) {
        (0,byte_source/* checkSpan */.$)(this, offset, length);
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
    const fail = (what, offset) => new core_errors/* FormatError */.IF(source.name, `invalid zip archive: ${what}`, {
        offset,
        fix: 'The archive is truncated or corrupted (an interrupted upload or copy?); copy it again or re-save it.'
    });
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
        throw new core_errors/* LimitExceededError */.lo(source.name, 'the number of zip entries', entryCount, MAX_ZIP_ENTRIES);
    if (directorySize > MAX_ZIP_DIRECTORY_BYTES) {
        throw new core_errors/* LimitExceededError */.lo(source.name, 'the size of the zip central directory', directorySize, MAX_ZIP_DIRECTORY_BYTES);
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
            throw new core_errors/* FormatError */.IF(source.name, `zip entry '${entry.name}' is ${entry.uncompressedSize} bytes, over the ${maxBytes}-byte limit for metadata`);
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
        throw new core_errors/* FormatError */.IF(path, `config.json is not valid JSON (${error instanceof Error ? error.message : String(error)})`, {
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
/** The scale of a varint's 11th byte: reaching it means the varint is too long. */
const MAX_VARINT_SCALE = 128 ** MAX_VARINT_BYTES;
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
    /** Whether the reader has passed the message's last field. */
    get done() {
        return this.position >= this.end;
    }
    /** The next field, or undefined at the end of the message. The reader has moved past its value. */
    async next() {
        const inWindow = this.nextInWindow();
        if (inWindow !== undefined || this.done)
            return inWindow;
        const tagAt = this.position;
        const tag = this.varintInWindow() ?? (await this.varint());
        const field = this.fieldNumber(tag, tagAt);
        const wireType = tag % 8;
        const offset = this.position;
        switch (wireType) {
            case WireType.VARINT: {
                const value = this.varintInWindow() ?? (await this.varint());
                return { field, wireType, offset, length: this.position - offset, value };
            }
            case WireType.LEN: {
                const length = this.varintInWindow() ?? (await this.varint());
                return this.lengthDelimited(field, length, tagAt);
            }
            default:
                return this.fixed(field, wireType, tagAt);
        }
    }
    /**
     * The next field when the window already holds its tag and varint (nearly always), decoded
     * without an await; undefined at the end of the message or when bytes must be loaded first
     * (the reader has then not moved: call `next()`). Hot loops use
     * `reader.nextInWindow() ?? (await reader.next())`: a model of 100,000 initializers walks about
     * a million fields, and an await per field was most of its time.
     */
    nextInWindow() {
        if (this.position >= this.end)
            return undefined;
        const tagAt = this.position;
        const tag = this.varintInWindow();
        if (tag === undefined)
            return undefined;
        const field = this.fieldNumber(tag, tagAt);
        const wireType = tag % 8;
        const offset = this.position;
        switch (wireType) {
            case WireType.VARINT: {
                const value = this.varintInWindow();
                if (value === undefined)
                    break;
                return { field, wireType, offset, length: this.position - offset, value };
            }
            case WireType.LEN: {
                const length = this.varintInWindow();
                if (length === undefined)
                    break;
                return this.lengthDelimited(field, length, tagAt);
            }
            default:
                return this.fixed(field, wireType, tagAt);
        }
        this.position = tagAt;
        return undefined;
    }
    fieldNumber(tag, tagAt) {
        const field = Math.floor(tag / 8);
        if (field === 0)
            throw this.error('field number 0', tagAt);
        return field;
    }
    lengthDelimited(field, length, tagAt) {
        const contentAt = this.position;
        if (!Number.isSafeInteger(length))
            throw this.error(`field ${field} has a length over 2^53`, tagAt);
        this.advance(length, field, tagAt);
        return { field, wireType: WireType.LEN, offset: contentAt, length, value: 0 };
    }
    fixed(field, wireType, tagAt) {
        const offset = this.position;
        if (wireType === WireType.FIXED64)
            this.advance(8, field, tagAt);
        else if (wireType === WireType.FIXED32)
            this.advance(4, field, tagAt);
        else
            throw this.error(`field ${field} has wire type ${wireType}, which this message never uses`, tagAt);
        return { field, wireType, offset, length: this.position - offset, value: 0 };
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
    /** `string()` without an await when the window holds the bytes; undefined when they must be loaded. */
    stringInWindow(field, maxBytes, what) {
        const bytes = this.bytesInWindow(field, maxBytes, what);
        return bytes && UTF8.decode(bytes);
    }
    /** A length-delimited field's content (a view into the read window), up to `maxBytes`. */
    async bytes(field, maxBytes, what) {
        this.checkBytes(field, maxBytes, what);
        return this.window.view(field.offset, field.length);
    }
    /** `bytes()` without an await when the window holds them; undefined when they must be loaded. */
    bytesInWindow(field, maxBytes, what) {
        this.checkBytes(field, maxBytes, what);
        return this.window.viewInWindow(field.offset, field.length);
    }
    checkBytes(field, maxBytes, what) {
        this.expectLen(field, what);
        if (field.length > maxBytes) {
            throw new core_errors/* FormatError */.IF(this.file, `${what} in ${this.what} is ${field.length} bytes, over the ${maxBytes}-byte limit`, {
                offset: field.offset,
                fix: 'The file is corrupt or hostile.'
            });
        }
    }
    /** Packed repeated varints (e.g. `TensorProto.dims`), at most `maxCount` of them. */
    async packedVarints(field, maxCount, what) {
        return this.decodePackedVarints(field, await this.bytes(field, maxCount * MAX_VARINT_BYTES, what), maxCount, what);
    }
    /** `packedVarints()` without an await when the window holds them; undefined when they must be loaded. */
    packedVarintsInWindow(field, maxCount, what) {
        const bytes = this.bytesInWindow(field, maxCount * MAX_VARINT_BYTES, what);
        return bytes && this.decodePackedVarints(field, bytes, maxCount, what);
    }
    decodePackedVarints(field, bytes, maxCount, what) {
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
                    throw new core_errors/* FormatError */.IF(this.file, `${what} in ${this.what} has more than ${maxCount} values`, { offset: field.offset });
                }
                values.push(value);
                value = 0;
                scale = 1;
            }
            else if (scale > MAX_VARINT_SCALE) {
                throw new core_errors/* FormatError */.IF(this.file, `${what} in ${this.what} holds a varint longer than 10 bytes`, { offset: field.offset + i });
            }
        }
        if (scale !== 1)
            throw new core_errors/* FormatError */.IF(this.file, `${what} in ${this.what} ends inside a varint`, { offset: field.offset });
        return values;
    }
    expectLen(field, what) {
        if (field.wireType !== WireType.LEN) {
            throw new core_errors/* FormatError */.IF(this.file, `${what} in ${this.what} has wire type ${field.wireType}, expected length-delimited`, {
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
    /**
     * The varint at `position` if the window holds all of it, else undefined. Only the varint's own
     * bytes need be there (not 10): after a payload the window is sized to end exactly where the
     * next payload starts (src/formats/source-window.ts), right after that payload's length varint.
     */
    varintInWindow() {
        const at = this.position;
        const window = this.window;
        const base = at - window.bufferStart;
        if (base < 0)
            return undefined;
        const inWindow = window.buffer.length - base;
        const available = Math.min(MAX_VARINT_BYTES, this.end - at, window.size - at);
        // Decoded from the window's buffer directly: this runs several times per tensor.
        const buffer = window.buffer;
        let value = 0;
        let scale = 1;
        for (let i = 0; i < available; i++) {
            if (i >= inWindow)
                return undefined;
            const byte = buffer[base + i];
            value += (byte & 0x7f) * scale;
            if ((byte & 0x80) === 0) {
                this.position = at + i + 1;
                window.markUsed(this.position);
                return value;
            }
            scale *= 128;
        }
        throw this.error(available === MAX_VARINT_BYTES ? 'a varint longer than 10 bytes' : 'the message ends inside a varint', at);
    }
    async varint() {
        const at = this.position;
        const available = Math.min(MAX_VARINT_BYTES, this.end - at, this.window.size - at);
        await this.window.load(at, available);
        // The window now holds every byte the varint may use: it decodes, or throws as malformed.
        const value = this.varintInWindow();
        if (value === undefined)
            throw this.error('the window did not load', at);
        return value;
    }
    error(what, offset) {
        return new core_errors/* FormatError */.IF(this.file, `invalid protobuf in ${this.what}: ${what}`, {
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
const ASCII = new TextEncoder();
const EXTERNAL_DATA_KEYS = [
    ['location', ASCII.encode('location')],
    ['offset', ASCII.encode('offset')],
    ['length', ASCII.encode('length')]
];
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
            throw new core_errors/* LimitExceededError */.lo(this.path, 'ONNX graph nesting', depth, MAX_ONNX_GRAPH_DEPTH);
        }
        // Hot loops take the next field without an await when the window holds it (protobuf-wire.ts).
        while (!reader.done) {
            const field = reader.nextInWindow() ?? (await reader.next());
            if (!field || field.wireType !== WireType.LEN)
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
    lastWhere = '';
    lastReason = '';
    /** One reason string per place, shared by its tensors (not one string per tensor). */
    reason(where) {
        if (where !== this.lastWhere) {
            this.lastWhere = where;
            this.lastReason = `ONNX initializer (${where}): initializers are the model's weights`;
        }
        return this.lastReason;
    }
    async add(tensor, name, where) {
        if (this.tensors.length >= MAX_TENSORS) {
            throw new core_errors/* LimitExceededError */.lo(this.path, 'the number of ONNX initializers', this.tensors.length + 1, MAX_TENSORS);
        }
        const dtype = onnxDtype(tensor.dataType);
        const reason = this.reason(where);
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
        const externalData = tensor.externalData ?? {};
        const file = await this.externalFile(externalData.location ?? new Uint8Array(0), name, tensor.at);
        const offset = parseDecimal(externalData.offset, 'offset', name, this.path, tensor.at) ?? 0;
        // Without `length`, onnx reads from `offset` to the end of the file (onnx/onnx:
        // onnx/external_data_helper.py, load_external_data_for_tensor); for an absent file the dense
        // size is the best description there is.
        const length = parseDecimal(externalData.length, 'length', name, this.path, tensor.at) ??
            (file.size !== undefined ? Math.max(0, file.size - offset) : (denseBytes(dtype, tensor.dims) ?? 0));
        if (!Number.isSafeInteger(offset + length)) {
            throw new core_errors/* FormatError */.IF(this.path, `initializer '${name}' describes ${offset + length} bytes of external data, more than any file holds`, {
                offset: tensor.at,
                fix: 'The model is corrupt or hostile.'
            });
        }
        // Two initializers naming the same bytes (deduplicated exports) share one storage, which a
        // storage key tells analyzeCheckpoint. Exporters write spans one after the other, and a span
        // that starts past every earlier one cannot repeat one: keys (100,000 strings, and a set of
        // them in the analysis) are only made once a file's spans go back, for all its spans.
        if (offset < file.describedBytes && !file.keyed) {
            file.keyed = true;
            for (const earlier of this.tensors) {
                if (earlier.file === file.path)
                    earlier.storageKey = storageKey(earlier.file, earlier.offset, earlier.byteLength);
            }
        }
        file.describedBytes = Math.max(file.describedBytes, offset + length);
        const span = { file: file.path, offset, byteLength: length };
        return file.keyed ? { ...span, storageKey: storageKey(file.path, offset, length) } : span;
    }
    lastLocation;
    /** The file a `location` names; every tensor of an export names the same one, checked once. */
    async externalFile(locationBytes, name, at) {
        if (this.lastLocation && sameBytes(this.lastLocation.bytes, locationBytes))
            return this.lastLocation.file;
        const location = UTF8.decode(locationBytes);
        if (!location) {
            throw new core_errors/* FormatError */.IF(this.path, `initializer '${name}' has external data without a 'location'`, {
                offset: at,
                fix: 'Re-save the model with onnx.save_model(..., save_as_external_data=True).'
            });
        }
        const file = await this.externalFileAt(location, name, at);
        this.lastLocation = { bytes: locationBytes, file };
        return file;
    }
    async externalFileAt(location, name, at) {
        const segments = location.split(/[\\/]/);
        if (location.startsWith('/') || /^[A-Za-z]:/.test(location) || segments.includes('..')) {
            throw new core_errors/* FormatError */.IF(this.path, `initializer '${name}' puts its data at '${location}', outside the model's directory`, { offset: at, fix: 'External data must be a relative path next to the model; this file was not opened.' });
        }
        const path = joinPath(dirname(this.path), segments.filter((s) => s !== '' && s !== '.').join('/'));
        let file = this.externalFiles.get(path);
        if (!file) {
            file = { path, size: await this.files.size(path), describedBytes: 0, keyed: false };
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
    while (!reader.done) {
        const field = reader.nextInWindow() ?? (await reader.next());
        if (!field)
            break;
        if (field.field === TENSOR_DIMS) {
            const values = field.wireType === WireType.LEN ? reader.packedVarintsInWindow(field, MAX_DIMS, 'dims') : [field.value];
            tensor.dims = values ? appendDims(reader, field, tensor.dims, values) : await readDims(reader, field, tensor.dims);
        }
        else if (field.field === TENSOR_DATA_TYPE && field.wireType === WireType.VARINT)
            tensor.dataType = field.value;
        else if (field.field === TENSOR_NAME) {
            tensor.name =
                reader.stringInWindow(field, MAX_ONNX_STRING_BYTES, 'tensor name') ??
                    (await reader.string(field, MAX_ONNX_STRING_BYTES, 'tensor name'));
        }
        else if (field.field === TENSOR_DATA_LOCATION && field.wireType === WireType.VARINT) {
            tensor.external = field.value === DATA_LOCATION_EXTERNAL;
        }
        else if (field.field === TENSOR_EXTERNAL_DATA) {
            const entry = reader.message(field, 'StringStringEntryProto');
            let key;
            let value;
            while (!entry.done) {
                const inner = entry.nextInWindow() ?? (await entry.next());
                if (!inner || (inner.field !== ENTRY_KEY && inner.field !== ENTRY_VALUE))
                    continue;
                const what = inner.field === ENTRY_KEY ? 'external_data key' : 'external_data value';
                const bytes = entry.bytesInWindow(inner, MAX_ONNX_STRING_BYTES, what) ?? (await entry.bytes(inner, MAX_ONNX_STRING_BYTES, what));
                if (inner.field === ENTRY_KEY)
                    key = externalDataKey(bytes);
                else
                    value = bytes;
            }
            // Other keys (checksum, basepath) do not locate bytes; a repeated key takes the last value.
            if (key !== undefined) {
                tensor.externalData ??= {};
                tensor.externalData[key] = value ?? new Uint8Array(0);
            }
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
    return appendDims(reader, field, dims, more);
}
function appendDims(reader, field, dims, more) {
    const all = dims.length === 0 ? more : [...dims, ...more];
    if (all.length > MAX_DIMS)
        throw new core_errors/* LimitExceededError */.lo(reader.file, 'the number of tensor dimensions', all.length, MAX_DIMS);
    for (const dim of all) {
        if (!Number.isSafeInteger(dim)) {
            throw new core_errors/* FormatError */.IF(reader.file, `a tensor dimension of ${reader.what} is negative or over 2^53`, { offset: field.offset });
        }
    }
    return all;
}
function storageKey(file, offset, byteLength) {
    return `${file}@${offset}+${byteLength}`;
}
/** A decimal byte count given as ASCII digits, parsed without making a string of it. */
function parseDecimal(bytes, key, name, file, at) {
    if (bytes === undefined)
        return undefined;
    let value = bytes.length > 0 ? 0 : NaN;
    for (let i = 0; i < bytes.length; i++) {
        const digit = bytes[i] - 0x30;
        value = digit >= 0 && digit <= 9 ? value * 10 + digit : NaN;
    }
    if (!Number.isSafeInteger(value)) {
        throw new core_errors/* FormatError */.IF(file, `initializer '${name}' has external_data ${key} '${UTF8.decode(bytes)}', not a decimal byte count`, {
            offset: at
        });
    }
    return value;
}
/** Which of the keys this reader uses `bytes` spell, if any. */
function externalDataKey(bytes) {
    for (const [key, spelled] of EXTERNAL_DATA_KEYS)
        if (sameBytes(spelled, bytes))
            return key;
    return undefined;
}
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
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
class PickleTruncatedError extends core_errors/* FormatError */.IF {
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
        return new core_errors/* FormatError */.IF(this.file, `invalid pickle: ${what}`, {
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
            throw new core_errors/* LimitExceededError */.lo(this.file, `a pickled ${what} length`, v, MAX_PICKLE_STRING_BYTES);
        return Number(v);
    }
    take(n, limit, what) {
        if (n > limit)
            throw new core_errors/* LimitExceededError */.lo(this.file, `a pickled ${what} length`, n, limit);
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
            throw new core_errors/* LimitExceededError */.lo(this.file, 'the pickle stack depth', this.stack.length + 1, MAX_PICKLE_STACK);
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
            throw new core_errors/* LimitExceededError */.lo(this.file, 'the pickle memo size', this.memo.size + 1, MAX_PICKLE_MEMO);
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
            throw new core_errors/* UnsafePickleError */.z$(this.file, qualified);
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
            if (error instanceof core_errors/* FormatError */.IF || error instanceof core_errors/* LimitExceededError */.lo)
                throw error;
            throw this.fail(`unexpected arguments to ${callable.qualifiedName} (${error.message})`, at);
        }
    }
    checkSize(size, what) {
        if (size > MAX_PICKLE_CONTAINER_ITEMS)
            throw new core_errors/* LimitExceededError */.lo(this.file, `the item count of a pickled ${what}`, size, MAX_PICKLE_CONTAINER_ITEMS);
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
                        throw new core_errors/* LimitExceededError */.lo(this.file, 'the pickle nesting depth', this.marks.length + 1, MAX_PICKLE_MARK_DEPTH);
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
                    throw new core_errors/* FormatError */.IF(this.file, 'the pickle uses out-of-band buffers (protocol 5), which a file cannot carry', {
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
                    throw new core_errors/* UnsafePickleError */.z$(this.file, `copyreg extension code ${code}`);
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
            if (error instanceof core_errors/* FormatError */.IF || error instanceof core_errors/* LimitExceededError */.lo || error instanceof core_errors/* UnsafePickleError */.z$)
                throw error;
            throw this.fail(`unexpected persistent id (${error.message})`, at);
        }
    }
    long(n) {
        if (n > MAX_PICKLE_LONG_BYTES)
            throw new core_errors/* LimitExceededError */.lo(this.file, 'a pickled integer length', n, MAX_PICKLE_LONG_BYTES);
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
    // A shape or stride with more entries than any tensor has dimensions (limits.ts MAX_DIMS).
    if (value.length > MAX_DIMS)
        throw new Error(`${what} has ${value.length} dimensions, over the limit of ${MAX_DIMS}`);
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
/**
 * A dict key as it appears in a name. Tuple keys are written out to MAX_PICKLE_KEY_DEPTH levels and
 * at most MAX_NAME_BYTES + 1 characters: a hostile key (a tuple nested 100k deep, or one that shares
 * a huge tuple many times) can neither recurse without bound nor make a huge string.
 */
function keyText(key) {
    let text = '';
    const write = (part) => {
        text += part.length + text.length > MAX_NAME_BYTES ? part.slice(0, MAX_NAME_BYTES + 1 - text.length) : part;
        return text.length <= MAX_NAME_BYTES;
    };
    const visit = (value, depth) => {
        if (typeof value === 'string')
            return write(value);
        if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
            return write(String(value));
        if (value === null)
            return write('None');
        if (!Array.isArray(value))
            return write('?');
        if (depth >= MAX_PICKLE_KEY_DEPTH)
            return write('(…)');
        if (!write('('))
            return false;
        for (let i = 0; i < value.length; i++) {
            if (i > 0 && !write(', '))
                return false;
            if (!visit(value[i], depth + 1))
                return false;
        }
        return write(')');
    };
    visit(key, 0);
    return text;
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
    // Depth-first with an explicit stack of containers, each with an iterator over its children:
    // a child costs nothing until it is reached (a state_dict of 10^5 tensors used to get 10^5
    // frames at once, all alive until the walk reached them).
    const stack = [];
    // Each found tensor copies its path: deep paths times many tensors is what must stay bounded.
    let totalNameLength = 0;
    const visit = (value, step, parent, depth, nameLength) => {
        if (value instanceof TensorRef) {
            if (found.length >= MAX_TENSORS)
                throw new core_errors/* LimitExceededError */.lo(file, 'the number of tensors', found.length + 1, MAX_TENSORS);
            if (nameLength > MAX_NAME_BYTES)
                throw new core_errors/* LimitExceededError */.lo(file, 'the length of a tensor name', nameLength, MAX_NAME_BYTES);
            totalNameLength += nameLength;
            if (totalNameLength > MAX_TOTAL_NAME_BYTES) {
                throw new core_errors/* LimitExceededError */.lo(file, 'the length of all tensor names together', totalNameLength, MAX_TOTAL_NAME_BYTES);
            }
            found.push({ path: pathOf(step, parent, depth), tensor: value });
            return;
        }
        if (value === null || typeof value !== 'object' || value instanceof Uint8Array)
            return;
        if (seen.has(value))
            return;
        seen.add(value);
        if (depth >= MAX_PICKLE_WALK_DEPTH) {
            throw new core_errors/* LimitExceededError */.lo(file, 'the nesting depth of the pickled object', depth + 1, MAX_PICKLE_WALK_DEPTH);
        }
        stack.push({ step, parent, depth, nameLength, children: childrenOf(value) });
    };
    visit(root, undefined, undefined, 0, 0);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const next = frame.children.next();
        if (next.done) {
            stack.pop();
            continue;
        }
        const [value, key, via] = next.value;
        visit(value, { key, via }, frame, frame.depth + 1, frame.nameLength + (frame.step ? 1 : 0) + key.length);
    }
    return found;
}
/** A container's children that may hold tensors (objects), in pickle order, with their keys. */
function* childrenOf(value) {
    const isObject = (v) => v !== null && typeof v === 'object';
    if (value instanceof Map) {
        for (const [k, v] of value)
            if (isObject(v))
                yield [v, keyText(k), 'item'];
    }
    else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++)
            if (isObject(value[i]))
                yield [value[i], String(i), 'item'];
    }
    else if (value instanceof Set) {
        let i = 0;
        for (const v of value) {
            if (isObject(v))
                yield [v, String(i), 'item'];
            i++;
        }
    }
    else if (value instanceof PickleObject) {
        for (let i = 0; i < value.args.length; i++)
            if (isObject(value.args[i]))
                yield [value.args[i], `[${i}]`, 'item'];
        // An object's state is its attribute dict (TorchScript modules, argparse.Namespace), or a
        // (dict, slots) pair; its attributes read as `parent.attr`.
        const state = value.state;
        if (state instanceof Map) {
            for (const [k, v] of state)
                if (isObject(v))
                    yield [v, keyText(k), 'attr'];
        }
        else if (isObject(state)) {
            yield [state, 'state', 'item'];
        }
    }
}
/** The path of a child `step` of `parent`, `depth` steps long. */
function pathOf(step, parent, depth) {
    // Filled from the end into an array of its final length: one allocation per tensor.
    const path = new Array(depth);
    let i = depth;
    if (step)
        path[--i] = step;
    for (let f = parent; f?.step; f = f.parent)
        path[--i] = f.step;
    return i === 0 ? path : path.slice(i);
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
    // Nearly every storage has one view: its first interval is kept inline, a list only from the second.
    const views = new Map();
    for (const item of classification.tensors) {
        const storage = item.tensor.storage;
        const elementBytes = storage ? STORAGE_ELEMENT_BYTES[storage.dtype] : undefined;
        if (!storage || elementBytes === undefined)
            continue;
        const from = item.tensor.storageOffset;
        const to = from + item.tensor.extent;
        const entry = views.get(storage.key);
        if (!entry)
            views.set(storage.key, { elementBytes, from, to, name: item.name });
        else
            (entry.more ??= []).push([from, to]);
    }
    let bytes = 0;
    let example = '';
    for (const [key, { elementBytes, from, to, name, more }] of views) {
        let covered = 0;
        if (!more) {
            covered = Math.max(0, to - Math.max(from, 0));
        }
        else {
            const intervals = [[from, to]].concat(more).sort((a, b) => a[0] - b[0]);
            let end = 0;
            for (const [start0, stop] of intervals) {
                const start = Math.max(start0, end);
                if (stop > start)
                    covered += stop - start;
                end = Math.max(end, stop);
            }
        }
        const missing = spanOf(key).byteLength - covered * elementBytes;
        if (missing > 0) {
            bytes += missing;
            example ||= name;
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
            return torchZipResult(path, source.size, await readTorchArchive(path, source));
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
/**
 * Reads the records: everything about the archive that the tensor list needs. The zip directory
 * (one entry per storage), the pickle tree and the storage list live only in this call, so they
 * are garbage before the 10^5 TensorInfos are built.
 */
async function readTorchArchive(path, source) {
    const archive = await openZip(source);
    const prefix = archivePrefix(archive);
    if (prefix === undefined) {
        throw new core_errors/* UnsupportedFormatError */.N$(path, 'a zip archive without a data.pkl record, so not a torch.save or TorchScript file', 'PyTorch checkpoints saved with torch.save hold <folder>/data.pkl; other zips (.keras, .npz) are read by their own readers.');
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
            throw new core_errors/* FormatError */.IF(path, `the pickle refers to storage '${storage.key}', but the archive has no record '${prefix}${storage.key}'`, {
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
    if (version !== undefined && !/^\d+$/.test(version))
        warnings.push(`unexpected archive version record '${version}'`);
    return { torchscript, classification, spans, warnings, codeLine: torchscript ? torchScriptCodeLine(archive, prefix) : undefined };
}
function torchZipResult(path, fileSize, archive) {
    const { torchscript, classification, spans, warnings } = archive;
    const { tensors, explanations } = tensorInfos(path, classification, (key) => spans.get(key));
    if (archive.codeLine !== undefined)
        explanations.push(archive.codeLine);
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
                throw new core_errors/* UnsupportedFormatError */.N$(path, 'the tar-based torch.save format of early PyTorch (0.1.x; members sys_info, pickle, storages, tensors), which is not read', 'Load it with an old torch and save it again (torch.save writes a zip archive since 1.6), or convert it to safetensors.');
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
        throw new core_errors/* LimitExceededError */.lo(path, 'the number of storages', keys.length, MAX_TENSORS);
    // Walk the storage records: count (int64 LE), then count × element size bytes.
    const spans = new Map();
    let position = pickles.storagesStart;
    for (const key of keys) {
        const storage = storages.get(key);
        if (!storage)
            throw new core_errors/* FormatError */.IF(path, `storage '${key}' is listed but no tensor refers to it`, { offset: position });
        const header = await source.read(position, 8);
        // Always little-endian, whatever the writer's byte order (`pytorch/pytorch:torch/csrc/
        // serialization.cpp` THPStorage_writeFileRaw: "convert big endian cpu to little endian storage").
        const count = new DataView(header.buffer, header.byteOffset, 8).getBigInt64(0, true);
        if (count !== BigInt(storage.numel)) {
            throw new core_errors/* FormatError */.IF(path, `storage '${key}' has ${count} elements on disk but ${storage.numel} in the pickle`, {
                offset: position,
                fix: 'The file is corrupted; re-save it.'
            });
        }
        const byteLength = storage.numel * (STORAGE_ELEMENT_BYTES[storage.dtype] ?? 1);
        if (position + 8 + byteLength > source.size) {
            throw new core_errors/* FormatError */.IF(path, `storage '${key}' (${byteLength} bytes) extends beyond the end of the file`, {
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
            throw new core_errors/* FormatError */.IF(path, `a tensor refers to storage '${key}', but the stream's storage list does not include it`, {
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
                throw new core_errors/* LimitExceededError */.lo(path, 'the size of the legacy pickles', bytes.length, MAX_PICKLE_BYTES);
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
        throw new core_errors/* FormatError */.IF(path, 'not a legacy torch.save stream (wrong magic number)', { offset: 0 });
    const protocol = next();
    if (protocol !== LEGACY_PROTOCOL_VERSION) {
        throw new core_errors/* FormatError */.IF(path, `legacy torch.save protocol ${String(protocol)}, expected ${LEGACY_PROTOCOL_VERSION}`, { offset });
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
        throw new core_errors/* FormatError */.IF(path, 'the legacy storage-key list is not a list of strings', { offset });
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

;// CONCATENATED MODULE: ./src/formats/safetensors/header-scan.ts

/** Thrown inside the scanner when the header is not in the plain shape; never escapes scanHeader. */
class NotPlain {
}
const NOT_PLAIN = new NotPlain();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const ZERO = 0x30;
const NINE = 0x39;
const KEYS = new TextEncoder();
const DTYPE = KEYS.encode('dtype');
const SHAPE = KEYS.encode('shape');
const DATA_OFFSETS = KEYS.encode('data_offsets');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Names JSON objects list first, in numeric order, whatever their place in the text. */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;
/** Only names starting with a digit go through the regex: it is tested on every name. */
function isArrayIndex(name) {
    const first = name.charCodeAt(0);
    return first >= ZERO && first <= NINE && ARRAY_INDEX.test(name);
}
/**
 * Calls `onEntry` for each tensor entry in document order. Returns whether the header has a
 * `__metadata__` map, or undefined when the header must be parsed with JSON.parse instead
 * (`onEntry` may have been called for some entries before: the caller then discards them).
 */
function scanHeader(bytes, onEntry) {
    try {
        return new HeaderScanner(bytes).header(onEntry);
    }
    catch (error) {
        if (error === NOT_PLAIN)
            return undefined;
        throw error;
    }
}
class HeaderScanner {
    bytes;
    position = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    header(onEntry) {
        const names = new Set();
        let hasMetadata = false;
        this.expect(OPEN_BRACE);
        if (this.peek() === CLOSE_BRACE)
            this.position++;
        else {
            for (;;) {
                const name = this.string();
                if (names.has(name) || names.size >= MAX_TENSORS || isArrayIndex(name))
                    throw NOT_PLAIN;
                names.add(name);
                this.expect(COLON);
                if (name === '__metadata__') {
                    this.metadata();
                    hasMetadata = true;
                }
                else
                    onEntry(name, this.entry());
                const next = this.next();
                if (next === CLOSE_BRACE)
                    break;
                if (next !== COMMA)
                    throw NOT_PLAIN;
            }
        }
        if (this.peek() !== undefined)
            throw NOT_PLAIN;
        return { hasMetadata };
    }
    entry() {
        const entry = { dtype: undefined, shape: undefined, data_offsets: undefined };
        this.expect(OPEN_BRACE);
        for (;;) {
            // Keys are compared as bytes and dtypes decoded once per distinct value: a TextDecoder call
            // for each of the 500,000 keys and dtypes of a large header cost more than JSON.parse.
            const keyStart = this.stringSpan();
            const keyEnd = this.position - 1;
            this.expect(COLON);
            if (this.equals(keyStart, keyEnd, DTYPE) && entry.dtype === undefined)
                entry.dtype = this.dtype();
            else if (this.equals(keyStart, keyEnd, SHAPE) && entry.shape === undefined)
                entry.shape = this.integers();
            else if (this.equals(keyStart, keyEnd, DATA_OFFSETS) && entry.data_offsets === undefined)
                entry.data_offsets = this.integers();
            else
                throw NOT_PLAIN;
            const next = this.next();
            if (next === CLOSE_BRACE)
                return entry;
            if (next !== COMMA)
                throw NOT_PLAIN;
        }
    }
    lastDtypeStart = -1;
    lastDtypeEnd = -1;
    lastDtype = '';
    dtype() {
        const start = this.stringSpan();
        const end = this.position - 1;
        const last = this.bytes.subarray(this.lastDtypeStart, this.lastDtypeEnd);
        if (this.lastDtypeStart < 0 || !this.equals(start, end, last))
            this.lastDtype = this.decode(start, end);
        this.lastDtypeStart = start;
        this.lastDtypeEnd = end;
        return this.lastDtype;
    }
    equals(start, end, expected) {
        if (end - start !== expected.length)
            return false;
        for (let i = 0; i < expected.length; i++)
            if (this.bytes[start + i] !== expected[i])
                return false;
        return true;
    }
    /** `[1, 2, 3]`: non-negative integers written plainly (no sign, fraction, exponent or leading zero). */
    integers() {
        const values = this.scratch;
        values.length = 0;
        this.expect(OPEN_BRACKET);
        if (this.peek() === CLOSE_BRACKET)
            this.position++;
        else {
            for (;;) {
                values.push(this.integer());
                const next = this.next();
                if (next === CLOSE_BRACKET)
                    break;
                if (next !== COMMA)
                    throw NOT_PLAIN;
            }
        }
        // A copy of exactly its length: a pushed-to array keeps room for 17, and shapes are kept.
        return values.slice();
    }
    scratch = [];
    integer() {
        this.skipWhitespace();
        const bytes = this.bytes;
        const start = this.position;
        let value = 0;
        while (this.position < bytes.length && bytes[this.position] >= ZERO && bytes[this.position] <= NINE) {
            value = value * 10 + (bytes[this.position] - ZERO);
            this.position++;
        }
        const digits = this.position - start;
        if (digits === 0 || (digits > 1 && bytes[start] === ZERO) || !Number.isSafeInteger(value))
            throw NOT_PLAIN;
        return value;
    }
    /** A string without escapes or control characters, decoded as strict UTF-8. */
    string() {
        const start = this.stringSpan();
        return this.decode(start, this.position - 1);
    }
    /** Steps over a string without escapes or control characters; returns where its content starts. */
    stringSpan() {
        this.expect(QUOTE);
        const bytes = this.bytes;
        const start = this.position;
        while (this.position < bytes.length) {
            const byte = bytes[this.position];
            if (byte === QUOTE)
                break;
            if (byte === BACKSLASH || byte < 0x20)
                throw NOT_PLAIN;
            this.position++;
        }
        if (this.position >= bytes.length)
            throw NOT_PLAIN;
        this.position++;
        return start;
    }
    decode(start, end) {
        try {
            return STRICT_UTF8.decode(this.bytes.subarray(start, end));
        }
        catch {
            throw NOT_PLAIN;
        }
    }
    /**
     * `__metadata__`: skipped to its end (strings may hold escaped JSON, as configs do), then checked
     * by JSON.parse, which is cheap on a few KB and exact about what JSON is.
     */
    metadata() {
        this.skipWhitespace();
        const bytes = this.bytes;
        const start = this.position;
        let depth = 0;
        do {
            const byte = bytes[this.position];
            if (byte === undefined)
                throw NOT_PLAIN;
            if (byte === QUOTE) {
                this.position++;
                while (this.position < bytes.length && bytes[this.position] !== QUOTE) {
                    this.position += bytes[this.position] === BACKSLASH ? 2 : 1;
                }
            }
            else if (byte === OPEN_BRACE || byte === OPEN_BRACKET)
                depth++;
            else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET)
                depth--;
            this.position++;
        } while (depth > 0);
        try {
            JSON.parse(STRICT_UTF8.decode(bytes.subarray(start, this.position)));
        }
        catch {
            throw NOT_PLAIN;
        }
    }
    expect(byte) {
        if (this.next() !== byte)
            throw NOT_PLAIN;
    }
    /** The next byte that is not JSON whitespace, consumed. */
    next() {
        this.skipWhitespace();
        return this.bytes[this.position++];
    }
    /** The next byte that is not JSON whitespace, not consumed (undefined at the end). */
    peek() {
        this.skipWhitespace();
        return this.bytes[this.position];
    }
    skipWhitespace() {
        const bytes = this.bytes;
        while (this.position < bytes.length) {
            const byte = bytes[this.position];
            if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
                return;
            this.position++;
        }
    }
}

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
        throw new core_errors/* FormatError */.IF(file, `a safetensors file starts with an 8-byte header length, but the file has ${source.size} bytes`, {
            fix: 'The file is truncated or empty.'
        });
    }
    const lengthBytes = await source.read(0, LENGTH_BYTES);
    const headerLength = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, LENGTH_BYTES).getBigUint64(0, true);
    // The limit is checked before anything is allocated: a header claiming 2^63 bytes is refused here.
    if (headerLength > BigInt(MAX_SAFETENSORS_HEADER_BYTES)) {
        throw new core_errors/* LimitExceededError */.lo(file, 'the safetensors header length', headerLength, MAX_SAFETENSORS_HEADER_BYTES);
    }
    const n = Number(headerLength);
    const dataStart = LENGTH_BYTES + n;
    if (dataStart > source.size) {
        throw new core_errors/* FormatError */.IF(file, `the header claims ${n} bytes but the file has only ${source.size - LENGTH_BYTES} after the length`, {
            offset: 0,
            fix: 'The file is truncated (an interrupted download or a Git LFS pointer?).'
        });
    }
    const bytes = await source.read(LENGTH_BYTES, n);
    const parsed = scanEntries(file, bytes, dataStart, source.size) ?? entriesFromJson(file, decodeHeader(file, bytes), dataStart, source.size);
    const { entries, warnings } = parsed;
    checkNoOverlap(file, entries, dataStart);
    const lastEnd = entries.reduce((end, entry) => Math.max(end, entry.offset + entry.byteLength), dataStart);
    if (lastEnd < source.size) {
        // The reference reader refuses this (MetadataIncompleteBuffer); the bytes are still counted, as metadata.
        warnings.push(`${source.size - lastEnd} bytes after the last tensor are not described by the header`);
    }
    return { dataStart, hasMetadata: parsed.hasMetadata, entries, warnings };
}
/**
 * The entries of a header in the plain shape writers produce, checked as they are scanned
 * (header-scan.ts: no 10 MB string, no JSON tree); undefined when the header needs JSON.parse.
 * The first invalid entry is reported only once the whole header has scanned as plain JSON, so
 * a header that is also malformed further on gets the same error as through JSON.parse.
 */
function scanEntries(file, bytes, dataStart, fileSize) {
    const entries = [];
    const warnings = [];
    let firstError;
    const scanned = scanHeader(bytes, (name, value) => {
        if (firstError !== undefined)
            return;
        try {
            entries.push(checkedEntry(file, name, value, dataStart, fileSize, warnings));
        }
        catch (error) {
            firstError = error;
        }
    });
    if (scanned === undefined)
        return undefined;
    if (firstError !== undefined)
        throw firstError;
    return { hasMetadata: scanned.hasMetadata, entries, warnings };
}
/** Any header JSON.parse accepts: the reference path for everything the scanner does not take. */
function entriesFromJson(file, text, dataStart, fileSize) {
    let json;
    try {
        // Trailing spaces (the writers' padding to a multiple of 8) are JSON whitespace.
        json = JSON.parse(text);
    }
    catch (error) {
        throw new core_errors/* FormatError */.IF(file, `the header is not valid JSON (${error.message})`, { offset: LENGTH_BYTES });
    }
    if (!isObject(json))
        throw new core_errors/* FormatError */.IF(file, 'the header is not a JSON object', { offset: LENGTH_BYTES });
    const entries = [];
    const warnings = [];
    const names = Object.keys(json);
    if (names.length > MAX_TENSORS)
        throw new core_errors/* LimitExceededError */.lo(file, 'the number of safetensors entries', names.length, MAX_TENSORS);
    for (const name of names) {
        // `__metadata__` is a free-form string map, not a tensor; its bytes are header (metadata).
        if (name === '__metadata__')
            continue;
        entries.push(checkedEntry(file, name, json[name], dataStart, fileSize, warnings));
    }
    return { hasMetadata: '__metadata__' in json, entries, warnings };
}
function checkedEntry(file, name, value, dataStart, fileSize, warnings) {
    if (name.length > MAX_NAME_BYTES)
        throw new core_errors/* LimitExceededError */.lo(file, 'the length of a tensor name', name.length, MAX_NAME_BYTES);
    return parseEntry(file, name, value, dataStart, fileSize, warnings);
}
function parseEntry(file, name, value, dataStart, fileSize, warnings) {
    const invalid = (what, fix) => new core_errors/* FormatError */.IF(file, `tensor '${name}' ${what}`, { fix: fix ?? 'The header is malformed; re-save the file.' });
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
            throw new core_errors/* FormatError */.IF(file, `tensors '${previous.name}' and '${current.name}' overlap (data_offsets ${previous.offset - dataStart}..${previous.offset - dataStart + previous.byteLength} and ${current.offset - dataStart}..${current.offset - dataStart + current.byteLength})`, { fix: 'The header is malformed; re-save the file.' });
        }
    }
}
function decodeHeader(file, bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new core_errors/* FormatError */.IF(file, 'the header is not valid UTF-8', { offset: LENGTH_BYTES });
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
        if ((0,core_errors/* looksLikeLfsPointer */.K2)(head))
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
            throw new core_errors/* LimitExceededError */.lo(path, 'the size of the shard index', source.size, MAX_SAFETENSORS_INDEX_BYTES);
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
        throw new core_errors/* FormatError */.IF(path, `the shard index is not valid JSON (${error.message})`);
    }
    const weightMap = json?.weight_map;
    if (typeof weightMap !== 'object' || weightMap === null || Array.isArray(weightMap)) {
        throw new core_errors/* FormatError */.IF(path, 'the shard index has no "weight_map" object', {
            fix: 'A safetensors index maps each tensor name to its shard file: {"weight_map": {"name": "model-00001-of-00002.safetensors"}}.'
        });
    }
    const shards = new Map();
    for (const [name, shard] of Object.entries(weightMap)) {
        if (typeof shard !== 'string' || !isPlainRelativePath(shard)) {
            throw new core_errors/* FormatError */.IF(path, `the index places '${name}' in ${JSON.stringify(shard)}, which is not a file next to the index`, {
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

;// CONCATENATED MODULE: ./src/formats/tensorflow/protos.ts

let protoTypes;
function loadProtoTypes() {
    protoTypes ??= Promise.all([__nccwpck_require__.e(/* import() */ 365).then(__nccwpck_require__.t.bind(__nccwpck_require__, 365, 23)), __nccwpck_require__.e(/* import() */ 947).then(__nccwpck_require__.bind(__nccwpck_require__, 8947))]).then(([protobufModule, { TF_PROTO_DESCRIPTOR }]) => {
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
        throw new core_errors/* FormatError */.IF(file, `${what} ${long.toString()} is larger than 2^53`);
    return number;
}
function decode(type, bytes, file, what) {
    try {
        return type.decode(bytes);
    }
    catch (error) {
        throw new core_errors/* FormatError */.IF(file, `${what} is not a valid ${type.name} (${error.message})`, {
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
        throw new core_errors/* FormatError */.IF(file, `the _CHECKPOINTABLE_OBJECT_GRAPH tensor is not a valid ${TrackableObjectGraph.name} (${error.message})`, {
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
const protos_UTF8 = new TextDecoder();
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
    return protos_UTF8.decode(scratch.subarray(0, written));
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
    const reader = new ProtoReader(window, start, end, what);
    let count = 0;
    for (let field = await reader.next(); field; field = await reader.next()) {
        if (++count > MAX_TF_PROTO_FIELDS) {
            throw new core_errors/* LimitExceededError */.lo(window.name, 'the number of top-level protobuf fields', count, MAX_TF_PROTO_FIELDS);
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
            throw new core_errors/* LimitExceededError */.lo(window.name, 'the bytes of its collections', MAX_TF_COLLECTION_BYTES - budget.left, MAX_TF_COLLECTION_BYTES);
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
    const names = await decodeVariableCollection(concat(chunks), source.name, 'trainable_variables');
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
        const names = await decodeVariableCollection(concat(chunks), source.name, 'trainable_variables');
        if (!names)
            continue;
        trainable ??= new Set();
        for (const name of names)
            trainable.add(name);
    }
    return trainable;
}

// EXTERNAL MODULE: ./node_modules/snappyjs/index.js
var snappyjs = __nccwpck_require__(4528);
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
        throw new core_errors/* FormatError */.IF(file, `is ${bytes.length} bytes, shorter than an SSTable footer (${FOOTER_BYTES} bytes)`, {
            fix: 'The file is truncated; re-save the checkpoint or restore the file.'
        });
    }
    if (!hasTableMagic(bytes)) {
        throw new core_errors/* FormatError */.IF(file, 'does not end with the SSTable magic number 57 fb 80 8b 24 75 47 db', {
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
            throw new core_errors/* FormatError */.IF(file, `data block ${blockNumber} overlaps the previous block`, { offset: handle.offset });
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
        throw new core_errors/* FormatError */.IF(file, `${what} (${handle.size} bytes at ${handle.offset}) runs past the end of its table`, {
            offset: handle.offset,
            fix: 'The index is truncated or corrupted; re-save the checkpoint or restore the file.'
        });
    }
    const contents = bytes.subarray(handle.offset, end);
    const type = bytes[end];
    const stored = unmaskCrc(new DataView(bytes.buffer, bytes.byteOffset + end + 1, 4).getUint32(0, true));
    const actual = crc32cExtend(crc32cExtend(0, contents), bytes.subarray(end, end + 1));
    if (stored !== actual) {
        throw new core_errors/* FormatError */.IF(file, `${what} fails its CRC32C check (stored ${hex(stored)}, computed ${hex(actual)})`, { offset: handle.offset, fix: 'The index is corrupted; re-save the checkpoint or restore the file from its source.' });
    }
    if (type === NO_COMPRESSION)
        return contents;
    if (type === SNAPPY_COMPRESSION)
        return unsnappy(contents, file, what, handle.offset);
    throw new core_errors/* FormatError */.IF(file, `${what} has compression type ${type}; only 0 (none) and 1 (snappy) exist`, {
        offset: end
    });
}
/** Raw snappy (not the framing format), as port::Snappy_Uncompress. Copies may overlap their output. */
function unsnappy(contents, file, what, offset) {
    const declared = new BinaryReader(contents, file, offset).varint(`${what} uncompressed length`);
    if (declared > MAX_TF_BLOCK_BYTES) {
        throw new core_errors/* LimitExceededError */.lo(file, `the uncompressed size of ${what}`, declared, MAX_TF_BLOCK_BYTES);
    }
    try {
        // A Uint8Array that is not a Buffer, so snappyjs returns a plain Uint8Array.
        return (0,snappyjs/* uncompress */.k)(new Uint8Array(contents.buffer, contents.byteOffset, contents.length), MAX_TF_BLOCK_BYTES);
    }
    catch (error) {
        throw new core_errors/* FormatError */.IF(file, `${what} is not valid snappy data (${error.message})`, { offset });
    }
}
/**
 * Walks the entries of one block (block.cc): each entry is varint32 shared, varint32 non_shared,
 * varint32 value_length, the key's non-shared tail, the value; then u32 restarts[n], u32 n.
 * Keys are rebuilt as bytes (they are byte strings: slice keys hold 0x00 and 0xff).
 */
function parseBlock(block, file, what, visit) {
    if (block.length < 4)
        throw new core_errors/* FormatError */.IF(file, `${what} is ${block.length} bytes, too short for its restart count`);
    const view = new DataView(block.buffer, block.byteOffset, block.length);
    const numRestarts = view.getUint32(block.length - 4, true);
    if (numRestarts > (block.length - 4) / 4) {
        throw new core_errors/* FormatError */.IF(file, `${what} claims ${numRestarts} restart points, more than fit in its ${block.length} bytes`);
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
        throw new core_errors/* FormatError */.IF(file, `${what} has a malformed entry header at block offset ${p}`);
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
            throw new core_errors/* FormatError */.IF(file, `${what} has a corrupt entry at block offset ${entryStart}`, {
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
            throw new core_errors/* FormatError */.IF(file, 'has no bundle header: the empty key "" must be the first entry', {
                fix: 'This is not a V2 tensor bundle index (a V1 checkpoint or another SSTable?).'
            });
        }
        // Keys are as long as their block allows (MAX_TF_BLOCK_BYTES); a name is never near that.
        if (key.length > MAX_NAME_BYTES)
            throw new core_errors/* LimitExceededError */.lo(file, 'the length of a checkpoint key', key.length, MAX_NAME_BYTES);
        if (tensors.length + partitioned.size >= MAX_TENSORS) {
            throw new core_errors/* LimitExceededError */.lo(file, 'the number of tensors', tensors.length + partitioned.size + 1, MAX_TENSORS);
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
        if (entry.shape.length > MAX_DIMS)
            throw new core_errors/* LimitExceededError */.lo(file, `the rank of '${name}'`, entry.shape.length, MAX_DIMS);
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
        throw new core_errors/* FormatError */.IF(file, 'is an empty table: it has no bundle header', {
            fix: 'The index is truncated or not a TensorFlow V2 checkpoint index.'
        });
    }
    if (header.numShards < 1 || header.numShards > MAX_TF_SHARDS) {
        throw new core_errors/* FormatError */.IF(file, `its header says the bundle has ${header.numShards} data shards`, {
            fix: `A bundle has 1 to ${MAX_TF_SHARDS} shards; the index is corrupted.`
        });
    }
    for (const tensor of tensors) {
        if (tensor.shardId < 0 || tensor.shardId >= header.numShards) {
            throw new core_errors/* FormatError */.IF(file, `'${tensor.name}' is in shard ${tensor.shardId}, but the bundle has ${header.numShards} shards`);
        }
        if (tensor.offset < 0 || tensor.size < 0) {
            throw new core_errors/* FormatError */.IF(file, `'${tensor.name}' has a negative offset or size`);
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
    const bad = (what) => new core_errors/* FormatError */.IF(file, `malformed partitioned-variable key: ${what}`);
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
                .map((name) => (name ? matchNameRule(name, TENSORFLOW_NAME_RULES) : undefined))
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
        if (source.size > MAX_TF_INDEX_BYTES)
            throw new core_errors/* LimitExceededError */.lo(indexPath, 'the index size', source.size, MAX_TF_INDEX_BYTES);
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
        throw new core_errors/* LimitExceededError */.lo(path, 'the size of the object graph tensor', entry.size, MAX_TF_OBJECT_GRAPH_BYTES);
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
        throw new core_errors/* FormatError */.IF(path, `the object graph tensor says ${length} bytes but its entry holds ${reader.remaining}`, {
            offset: entry.offset,
            fix: 'The data shard does not match its index; re-save the checkpoint.'
        });
    }
    return await decodeTrackableObjectGraph(reader.take(length), path);
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
        if (!(error instanceof core_errors/* FormatError */.IF))
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
            return new core_errors/* UnsupportedFormatError */.N$(path, 'a TensorFlow V1 checkpoint (tensors stored inside one SSTable), which is not read');
        }
        let entries = 0;
        readTable(await source.read(0, source.size), path, () => entries++);
        return new core_errors/* UnsupportedFormatError */.N$(path, `a TensorFlow V1 checkpoint (one SSTable of SavedTensorSlices, ${Math.max(entries - 1, 0)} tensor slice(s), no .index), ` +
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
                throw new core_errors/* FormatError */.IF(dir, `holds more than ${MAX_SAVEDMODEL_ASSET_FILES} files and directories`, {
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
            errors.push(toReportError(candidate.path, await lfsPointerInstead(error, files)));
        }
    }
    // A file no reader recognised on its own may still be a companion of a checkpoint (an ONNX
    // model's external `weights.bin`): it is an error only if no checkpoint claimed it.
    for (const candidate of unrecognised) {
        if (!consumed.has(candidate.path))
            errors.push(toReportError(candidate.path, await lfsPointerInstead(notRecognised(candidate), files, candidate.path)));
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
            errors.push(toReportError(result.name, await lfsPointerInstead(error, files)));
        }
    }
    checkpoints.sort((a, b) => a.id.localeCompare(b.id));
    errors.sort((a, b) => a.path.localeCompare(b.path));
    return buildReport(checkpoints, errors);
}
/**
 * Report entries for paths a file search did not follow (a symlink out of the root, `..`, a
 * missing path): the CLI's walk, the action's globbing and a baseline directory all report them
 * the same way.
 */
function skippedPathErrors(skipped) {
    return skipped.map(({ path, reason }) => ({ path, kind: 'PathError', message: `${path}: ${reason}.` }));
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
    if ((0,core_errors/* looksLikeLfsPointer */.K2)(candidate.head))
        return new core_errors/* LfsPointerError */.VE(candidate.path);
    return new core_errors/* UnsupportedFormatError */.N$(candidate.path, 'its name looks like a checkpoint but its content matches no supported format', 'See the README for the supported formats.');
}
/**
 * A checkpoint that fails on a file that is a Git LFS pointer (a data shard or a shard of an index
 * checked out without LFS: the index is fine, its tensors lie beyond the pointer's ~130 bytes)
 * gets the LFS error, which says how to fetch the file, instead of a "truncated" one.
 */
async function lfsPointerInstead(error, files, path) {
    const file = path ?? (error instanceof core_errors/* FormatError */.IF ? error.file : undefined);
    if (file === undefined)
        return error;
    const pointer = await readLfsPointer(file, files);
    return pointer ? new core_errors/* LfsPointerError */.VE(file, pointer.size) : error;
}
/** The object size a Git LFS pointer names, when `path` is one (docs/spec.md of git-lfs/git-lfs). */
async function readLfsPointer(path, files) {
    try {
        const size = await files.size(path);
        if (size === undefined || size > MAX_LFS_POINTER_BYTES)
            return undefined;
        const source = await files.open(path);
        let bytes;
        try {
            bytes = await source.read(0, size);
        }
        finally {
            await source.close();
        }
        if (!(0,core_errors/* looksLikeLfsPointer */.K2)(bytes))
            return undefined;
        const text = new TextDecoder().decode(bytes);
        const objectSize = /^size (\d+)$/m.exec(text);
        return { size: objectSize ? Number(objectSize[1]) : undefined };
    }
    catch {
        return undefined;
    }
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
    if (error instanceof core_errors/* ModelSizeBudgetError */.cX)
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
    report.errors.push(...skippedPathErrors(found.skipped));
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
        throw new core_errors/* ConfigError */.xL(`${path}: the baseline report is not valid JSON (${detail}). ${REGENERATE}`);
    }
    if (!report_file_isObject(data))
        throw new core_errors/* ConfigError */.xL(`${path}: the baseline report is not a JSON object. ${REGENERATE}`);
    if (data.schema !== REPORT_SCHEMA) {
        const found = data.schema === undefined ? 'no schema field' : `schema ${JSON.stringify(data.schema)}`;
        throw new core_errors/* ConfigError */.xL(`${path}: the baseline report has ${found}; this version reads schema ${REPORT_SCHEMA}. ` +
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
    return new core_errors/* ConfigError */.xL(`${path}: the baseline report is malformed: ${what}. ${REGENERATE}`);
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
        throw new core_errors/* ConfigError */.xL(`'${trimmed}' is not a size: expected ${SIZE_FORM}.`);
    const [, number, unit] = match;
    const value = Number(number);
    if (unit === '') {
        if (value === 0)
            return { bytes: 0, text: trimmed };
        throw new core_errors/* ConfigError */.xL(`'${trimmed}' has no unit: write e.g. '${number} MB' or '${number} B'.`);
    }
    const perUnit = UNIT_BYTES[unit.toLowerCase()];
    if (perUnit === undefined)
        throw new core_errors/* ConfigError */.xL(`'${trimmed}' has an unknown unit '${unit}': expected ${SIZE_FORM}.`);
    // Fractional sizes (`1.5 GiB`) are rounded to the nearest whole byte.
    const bytes = Math.round(value * perUnit);
    if (!Number.isSafeInteger(bytes))
        throw new core_errors/* ConfigError */.xL(`'${trimmed}' is too large a size.`);
    return { bytes, text: trimmed };
}

;// CONCATENATED MODULE: ./src/core/budgets.ts





/** Result statuses, worst first: the order renderers list results in, and how a row's status is picked. */
const RESULT_STATUS_ORDER = ['fail', 'warn', 'no-baseline', 'pass'];
/** Orders results worst first (a stable sort keeps rule order within a status). */
function byWorstStatus(a, b) {
    return RESULT_STATUS_ORDER.indexOf(a.status) - RESULT_STATUS_ORDER.indexOf(b.status);
}
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
            if (!(error instanceof core_errors/* ConfigError */.xL))
                throw error;
            throw new core_errors/* ConfigError */.xL(`${source} line ${index + 1}: '${line}': ${error.message} Expected ${BUDGET_LINE_FORM}.`);
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
        throw new core_errors/* ConfigError */.xL(`no ':' between the category and the limit.`);
    const limitText = parts.pop().trim();
    const categoryText = parts.pop().trim();
    let glob;
    if (parts.length > 0) {
        glob = parts.join(':').trim();
        if (glob === '')
            throw new core_errors/* ConfigError */.xL('the checkpoint glob before the category is empty.');
        if (glob.toLowerCase() === 'warn')
            throw new core_errors/* ConfigError */.xL(`'warn' takes no colon: write 'warn ${categoryText}: ${limitText}'.`);
    }
    const category = parseCategory(categoryText);
    if (limitText === '')
        throw new core_errors/* ConfigError */.xL(`no limit after '${categoryText}:'.`);
    return { ...(glob === undefined ? {} : { glob }), category, limits: parseLimits(limitText), soft };
}
function parseCategory(text) {
    const lower = text.toLowerCase();
    const found = BUDGET_CATEGORIES.find((category) => category === lower);
    if (found)
        return found;
    if (text === '')
        throw new core_errors/* ConfigError */.xL('the category is missing.');
    // Typos one or two edits away (`wieghts`, `optimiser`) get a suggestion.
    const close = BUDGET_CATEGORIES.find((category) => editDistance(category, lower) <= 2);
    const looksLikeGlob = /[/*?]/.test(text);
    const hint = close ? ` Did you mean '${close}'?` : looksLikeGlob ? ' The checkpoint glob comes first: GLOB: CATEGORY: LIMIT.' : '';
    throw new core_errors/* ConfigError */.xL(`'${text}' is not a category (one of ${BUDGET_CATEGORIES.join(', ')}).${hint}`);
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
            throw new core_errors/* ConfigError */.xL(`an empty limit between commas in '${text}'.`);
        const limit = parseLimit(term);
        if (limits.some((other) => other.kind === limit.kind)) {
            throw new core_errors/* ConfigError */.xL(`two limits of the same kind ('${term}'); give at most one size, one +size and one +percent.`);
        }
        limits.push(limit);
    }
    return limits;
}
function parseLimit(term) {
    if (term.startsWith('-'))
        throw new core_errors/* ConfigError */.xL(`'${term}': limits cannot be negative; a growth limit starts with '+'.`);
    if (!term.startsWith('+'))
        return { kind: 'absolute', size: parseSize(term), text: term };
    const growth = term.slice(1).trim();
    if (growth.endsWith('%')) {
        const number = growth.slice(0, -1).trim();
        if (!/^(\d+(\.\d+)?|\.\d+)$/.test(number))
            throw new core_errors/* ConfigError */.xL(`'${term}' is not a percentage: expected e.g. '+5%'.`);
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
    const unreadable = diff.head.errors.length;
    // "Within budget" cannot be said of files that were not measured (the step fails for them with
    // fail-on: budget, the CLI exits 2): the headline says so, and the error list follows.
    let title;
    if (verdict.status === 'fail')
        title = '### ❌ Model size: over budget';
    else if (unreadable > 0)
        title = `### ⚠️ Model size: ${unreadable} file${unreadable === 1 ? '' : 's'} could not be analysed`;
    else if (verdict.status === 'warn')
        title = '### ⚠️ Model size: within budget, with warnings';
    else if (verdict.rules.length === 0)
        title = '### 📦 Model size (no budget set)';
    else
        title = '### ✅ Model size: within budget';
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
        .sort(byWorstStatus);
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
function renderTable(context) {
    const { diff } = context.verdict;
    if (diff.checkpoints.length === 0) {
        // Files were found but none could be read: the error list says which, not "none found".
        return diff.head.errors.length > 0 ? [] : section(['No checkpoints found.']);
    }
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
    const worst = RESULT_STATUS_ORDER.find((status) => results.some((result) => result.status === status));
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
        ...errors.map((error) => {
            // Messages start with the file (`<file>: <what is wrong>`), which the line already shows.
            const message = error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message;
            return `- ${escapeCode(error.path, context.nameLength)}: ${escapeMarkdown(message, context.full ? undefined : 400)}`;
        })
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
    git: 'checkpoint files in git',
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
        const sorted = [...verdict.results].sort(byWorstStatus);
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
    let report;
    try {
        const found = await walk(io.cwd, options.paths);
        // `model-size-budget . --baseline base/`: the base checkpoints are not head checkpoints too.
        const headFiles = baseline.origin.kind === 'directory' ? withoutDirectory(found.files, io.cwd, (0,external_node_path_namespaceObject.resolve)(io.cwd, options.baseline)) : found.files;
        report = await measure(headFiles, new DiskFiles(io.cwd), { top, ...(io.readers ? { readers: io.readers } : {}) });
        report.errors.push(...skippedPathErrors(found.skipped));
    }
    catch (error) {
        // A directory that cannot be listed (EACCES) or a working directory that is gone: without
        // this, the rejection would escape to the entry, print a stack trace and exit 1, the code
        // that means "over budget".
        io.stderr(`error: ${messageOf(error)}\n`);
        return ExitCode.InputError;
    }
    const comparing = rules.length > 0 || baseline.report !== undefined;
    const verdict = evaluateBudgets(diffReports(baseline.report, report), rules);
    if (options.json) {
        io.stdout(JSON.stringify(report, null, 2) + '\n');
        if (comparing)
            io.stderr(renderVerdictText(verdict));
    }
    else if (options.markdown) {
        io.stdout(renderMarkdown(verdict, { baseline: baseline.origin, topTensors: top }) + '\n');
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
            throw new core_errors/* ConfigError */.xL(`--top takes a whole number of at least 1, got '${values.top}'.`);
    }
    if (values.json && values.markdown)
        throw new core_errors/* ConfigError */.xL('--json and --markdown both choose the output: give one of them.');
    if (!values.help && !values.version && positionals.length === 0) {
        throw new core_errors/* ConfigError */.xL('no PATH given: name the checkpoint files or directories to analyse.');
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
/**
 * The `--budget` rules, then the `--budget-file` rules. The `--budget` values are read as the
 * lines of one text, as the action's `budget` input is, so that messages name them apart
 * (`--budget line 2`) rather than calling every one `line 1`.
 */
async function readBudgetRules(options, cwd) {
    const rules = parseBudgets(options.budgets.join('\n'), { source: '--budget' });
    if (options.budgetFile !== undefined) {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_namespaceObject.resolve)(cwd, options.budgetFile), 'utf8');
        }
        catch (error) {
            throw new core_errors/* ConfigError */.xL(`--budget-file ${options.budgetFile}: cannot be read (${error.code ?? messageOf(error)}).`);
        }
        rules.push(...parseBudgets(text, { source: options.budgetFile }));
    }
    return rules;
}
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
    const info = await (0,promises_.stat)(absolute).catch(() => undefined);
    if (!info)
        throw new core_errors/* ConfigError */.xL(`--baseline ${path}: no such file or directory. Give a report JSON (from --json) or a directory of base checkpoints.`);
    if (info.isDirectory()) {
        const report = await measureBaselineDirectory(absolute, { top, ...(io.readers ? { readers: io.readers } : {}) });
        return { report, origin: { kind: 'directory', description: path } };
    }
    if (info.size > MAX_BASELINE_REPORT_BYTES) {
        throw new core_errors/* ConfigError */.xL(`--baseline ${path}: ${info.size} bytes is too large for a report JSON; give a report from --json or a directory of base checkpoints.`);
    }
    const report = loadBaselineReport(await (0,promises_.readFile)(absolute, 'utf8'), path);
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
    // Not `instanceof Error`: errors from another realm (node:fs under a test VM) fail that check.
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** Largest tensors listed per checkpoint in --markdown output when --top is not given. */
const DEFAULT_MARKDOWN_TOP = 10;
/** The bundle inlines package.json, so --version is the version that was built. */
const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   K2: () => (/* binding */ looksLikeLfsPointer),
/* harmony export */   N$: () => (/* binding */ UnsupportedFormatError),
/* harmony export */   VE: () => (/* binding */ LfsPointerError),
/* harmony export */   cX: () => (/* binding */ ModelSizeBudgetError),
/* harmony export */   lo: () => (/* binding */ LimitExceededError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   z$: () => (/* binding */ UnsafePickleError)
/* harmony export */ });
/* unused harmony exports LFS_POINTER_HEAD, MissingFileError */
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
        super(`${file}: ${limitName} is ${value}, over the limit of ${limit}. ` +
            'The file is corrupt or hostile and was not read further. If it is a real checkpoint, please report it ' +
            '(the limits and their reasons are in src/core/limits.ts).');
        this.file = file;
    }
}
/** Bad configuration: a budget line, a CLI flag, an action input, a baseline file. */
class ConfigError extends ModelSizeBudgetError {
}


/***/ }),

/***/ 2940:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ checkSpan)
/* harmony export */ });
/* unused harmony export BufferByteSource */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/** Throws the standard "unexpected end of file" error for a span outside the source. */
function checkSpan(source, offset, length) {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(source.name, `invalid read of ${length} bytes at offset ${offset}`);
    }
    if (offset + length > source.size) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FormatError */ .IF(source.name, `unexpected end of file: expected ${length} bytes at offset ${offset} but the file has ${source.size} bytes`, { fix: 'The file is truncated or corrupted; re-export or re-download it.' });
    }
}
/** A ByteSource over bytes already in memory: tests, and small git blobs. */
class BufferByteSource {
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


/***/ }),

/***/ 4678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  q: () => (/* binding */ FileByteSource)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __nccwpck_require__(2940);
;// CONCATENATED MODULE: ./src/io/file-byte-source.ts



/** A ByteSource over a file on disk: `pread` at the asked offsets, nothing cached or mapped. */
class FileByteSource {
    name;
    size;
    handle;
    /** Bytes read from disk by every FileByteSource of this process (the CLI's stats for the bench). */
    static totalBytesRead = 0;
    /** Files opened by every FileByteSource of this process. */
    static totalOpened = 0;
    bytesRead = 0;
    constructor(name, size, handle) {
        this.name = name;
        this.size = size;
        this.handle = handle;
    }
    static async open(path, name = path) {
        const handle = await (0,promises_.open)(path, 'r');
        try {
            const { size } = await handle.stat();
            FileByteSource.totalOpened++;
            return new FileByteSource(name, size, handle);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    async read(offset, length) {
        (0,byte_source/* checkSpan */.$)(this, offset, length);
        const buffer = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
            // A synchronous pread: readers ask for many small spans (a local header per storage, a
            // header per HDF5 object), and a round trip through the thread pool costs far more than the
            // read itself. The CLI and the action have nothing else to do while they wait.
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(this.handle.fd, buffer, filled, length - filled, offset + filled);
            if (bytesRead === 0)
                break; // the file shrank under us; checkSpan below reports it
            filled += bytesRead;
        }
        this.bytesRead += filled;
        FileByteSource.totalBytesRead += filled;
        if (filled < length)
            (0,byte_source/* checkSpan */.$)({ name: this.name, size: offset + filled }, offset, length);
        return buffer;
    }
    async close() {
        await this.handle.close();
    }
}


/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map