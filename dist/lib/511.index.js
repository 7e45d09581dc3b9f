export const id = 511;
export const ids = [511];
export const modules = {

/***/ 5511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tensorflowCheckpointReader: () => (/* binding */ tensorflowCheckpointReader),
  tensorflowSavedModelReader: () => (/* binding */ tensorflowSavedModelReader)
});

// NAMESPACE OBJECT: ./src/formats/tensorflow/proto-runtime.ts
var proto_runtime_namespaceObject = {};
__webpack_require__.r(proto_runtime_namespaceObject);
__webpack_require__.d(proto_runtime_namespaceObject, {
  TensorFlowReader: () => (TensorFlowReader),
  readerOf: () => (readerOf),
  tensorflow: () => (tensorflow)
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

;// CONCATENATED MODULE: ./src/formats/tensorflow/variable-names.ts
/**
 * Each variable's position by its name, for the two name lookups of a TF read: the object
 * graph's checkpoint keys, straight from their UTF-8 bytes (one per attribute: 10^5 for a model
 * of 10^5 variables), and the slot structure's prefixes (`X` of `X/Adam`), as strings.
 *
 * Why not a Map from name to position: the graph's keys had to be decoded into strings only to
 * be looked up (10^5 strings of garbage), and inserting and looking up 10^5 names of ~70
 * characters in a Map was ~90 ms of a ~700 ms read of 10^5 tensors (--cpu-prof). Here a name is
 * hashed (FNV-1a over its UTF-8 bytes) into an open-addressing table of positions, and a
 * candidate is confirmed by comparing its name with the bytes or string looked up.
 */
class VariableNames {
    variables;
    /** Linear probing; each slot holds a position + 1, 0 when empty. At most half full. */
    table;
    mask;
    constructor(variables) {
        this.variables = variables;
        let size = 16;
        while (size < 2 * variables.length)
            size *= 2;
        this.table = new Int32Array(size);
        this.mask = size - 1;
        variables.forEach((variable, i) => this.insert(variable.name, i));
    }
    /** The position of the variable named `name`, -1 if none. */
    position(name) {
        for (let at = hashString(name) & this.mask; this.table[at] !== 0; at = (at + 1) & this.mask) {
            if (this.variables[this.table[at] - 1].name === name)
                return this.table[at] - 1;
        }
        return -1;
    }
    /** The position of the variable whose name is encoded by `bytes[start..end)` in UTF-8, -1 if none. */
    positionOfUtf8(bytes, start, end) {
        for (let at = hashBytes(bytes, start, end) & this.mask; this.table[at] !== 0; at = (at + 1) & this.mask) {
            if (encodes(bytes, start, end, this.variables[this.table[at] - 1].name))
                return this.table[at] - 1;
        }
        return -1;
    }
    /** Like Map.set: a name given twice is the later position. */
    insert(name, position) {
        let at = hashString(name) & this.mask;
        while (this.table[at] !== 0 && this.variables[this.table[at] - 1].name !== name)
            at = (at + 1) & this.mask;
        this.table[at] = position + 1;
    }
}
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UTF8_ENCODER = new TextEncoder();
/** FNV-1a (https://datatracker.ietf.org/doc/html/draft-eastlake-fnv) over `bytes[start..end)`. */
function hashBytes(bytes, start, end) {
    let hash = FNV_OFFSET | 0;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
    return hash;
}
/**
 * `hashBytes` of the UTF-8 encoding of `text`: its char codes when they are all ASCII (names
 * nearly always are). The loop tests for other characters once, at its end: a test per character
 * made it twice as slow, and it runs over every character of 10^5 names.
 */
function hashString(text) {
    let hash = FNV_OFFSET | 0;
    let bits = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        bits |= code;
        hash = Math.imul(hash ^ code, FNV_PRIME);
    }
    if (bits < 0x80)
        return hash;
    const encoded = UTF8_ENCODER.encode(text);
    return hashBytes(encoded, 0, encoded.length);
}
/** Whether `bytes[start..end)` is the ASCII encoding of `text` (false for any other character). */
function isAscii(text, bytes, start, end) {
    const length = text.length;
    if (length !== end - start)
        return false;
    let bits = 0;
    for (let i = 0; i < length; i++) {
        const byte = bytes[start + i];
        if (text.charCodeAt(i) !== byte)
            return false;
        bits |= byte;
    }
    return bits < 0x80;
}
/** Whether `bytes[start..end)` is the UTF-8 encoding of `text`. */
function encodes(bytes, start, end, text) {
    if (isAscii(text, bytes, start, end))
        return true;
    // Only names with other characters go further (rare): compared as encoded bytes.
    if (!/[^\x00-\x7f]/.test(text))
        return false;
    const encoded = UTF8_ENCODER.encode(text);
    if (encoded.length !== end - start)
        return false;
    for (let i = 0; i < encoded.length; i++)
        if (encoded[i] !== bytes[start + i])
            return false;
    return true;
}

// EXTERNAL MODULE: ./node_modules/protobufjs/minimal.js
var minimal = __webpack_require__(6170);
;// CONCATENATED MODULE: ./src/formats/tensorflow/proto/tensorflow.generated.js
// Generated by scripts/generate-tf-protos.ts from the .proto files in this folder. Do not edit.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/


const $Reader = minimal.Reader, $util = minimal.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

const $root = minimal.roots["default"] || (minimal.roots["default"] = {});

const tensorflow = $root.tensorflow = (() => {

    const tensorflow = {};

    tensorflow.VersionDef = (function() {

        const VersionDef = function (properties) {
            this.bad_consumers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        VersionDef.prototype.producer = 0;
        VersionDef.prototype.min_consumer = 0;
        VersionDef.prototype.bad_consumers = $util.emptyArray;

        VersionDef.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.VersionDef();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.producer = value;
                        else
                            delete message.producer;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.min_consumer = value;
                        else
                            delete message.min_consumer;
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.bad_consumers && message.bad_consumers.length))
                                message.bad_consumers = [];
                            reader.int32s(message.bad_consumers);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.bad_consumers && message.bad_consumers.length))
                            message.bad_consumers = [];
                        message.bad_consumers.push(reader.int32());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return VersionDef;
    })();

    tensorflow.TensorShapeProto = (function() {

        const TensorShapeProto = function (properties) {
            this.dim = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TensorShapeProto.prototype.dim = $util.emptyArray;
        TensorShapeProto.prototype.unknown_rank = false;

        TensorShapeProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.TensorShapeProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.dim && message.dim.length))
                            message.dim = [];
                        message.dim.push($root.tensorflow.TensorShapeProto.Dim.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.unknown_rank = value;
                        else
                            delete message.unknown_rank;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TensorShapeProto.Dim = (function() {

            const Dim = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Dim.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Dim.prototype.name = "";

            Dim.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tensorflow.TensorShapeProto.Dim();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Dim;
        })();

        return TensorShapeProto;
    })();

    tensorflow.TensorSliceProto = (function() {

        const TensorSliceProto = function (properties) {
            this.extent = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TensorSliceProto.prototype.extent = $util.emptyArray;

        TensorSliceProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.TensorSliceProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.extent && message.extent.length))
                            message.extent = [];
                        message.extent.push($root.tensorflow.TensorSliceProto.Extent.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TensorSliceProto.Extent = (function() {

            const Extent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Extent.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Extent.prototype.length = null;

            let $oneOfFields;

            $Object.defineProperty(Extent.prototype, "has_length", {
                get: $util.oneOfGetter($oneOfFields = ["length"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Extent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tensorflow.TensorSliceProto.Extent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.length = reader.int64();
                            message.has_length = "length";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Extent;
        })();

        return TensorSliceProto;
    })();

    tensorflow.BundleHeaderProto = (function() {

        const BundleHeaderProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        BundleHeaderProto.prototype.num_shards = 0;
        BundleHeaderProto.prototype.endianness = 0;
        BundleHeaderProto.prototype.version = null;

        BundleHeaderProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.BundleHeaderProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.num_shards = value;
                        else
                            delete message.num_shards;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.endianness = value;
                        else
                            delete message.endianness;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.version = $root.tensorflow.VersionDef.decode(reader, reader.size(), $undefined, _depth + 1, message.version);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        BundleHeaderProto.Endianness = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LITTLE"] = 0;
            values[valuesById[1] = "BIG"] = 1;
            return values;
        })();

        return BundleHeaderProto;
    })();

    tensorflow.BundleEntryProto = (function() {

        const BundleEntryProto = function (properties) {
            this.slices = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        BundleEntryProto.prototype.dtype = 0;
        BundleEntryProto.prototype.shape = null;
        BundleEntryProto.prototype.shard_id = 0;
        BundleEntryProto.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        BundleEntryProto.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        BundleEntryProto.prototype.crc32c = 0;
        BundleEntryProto.prototype.slices = $util.emptyArray;

        BundleEntryProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.BundleEntryProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.dtype = value;
                        else
                            delete message.dtype;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.shape = $root.tensorflow.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.shard_id = value;
                        else
                            delete message.shard_id;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.size = value;
                        else
                            delete message.size;
                        continue;
                    }
                case 6: {
                        if (wireType !== 5)
                            break;
                        if (value = reader.fixed32())
                            message.crc32c = value;
                        else
                            delete message.crc32c;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.slices && message.slices.length))
                            message.slices = [];
                        message.slices.push($root.tensorflow.TensorSliceProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return BundleEntryProto;
    })();

    tensorflow.TrackableObjectGraph = (function() {

        const TrackableObjectGraph = function (properties) {
            this.nodes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TrackableObjectGraph.prototype.nodes = $util.emptyArray;

        TrackableObjectGraph.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.TrackableObjectGraph();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.nodes && message.nodes.length))
                            message.nodes = [];
                        message.nodes.push($root.tensorflow.TrackableObjectGraph.TrackableObject.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TrackableObjectGraph.TrackableObject = (function() {

            const TrackableObject = function (properties) {
                this.children = [];
                this.attributes = [];
                this.slot_variables = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TrackableObject.prototype.children = $util.emptyArray;
            TrackableObject.prototype.attributes = $util.emptyArray;
            TrackableObject.prototype.slot_variables = $util.emptyArray;

            TrackableObject.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tensorflow.TrackableObjectGraph.TrackableObject();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.children && message.children.length))
                                message.children = [];
                            message.children.push($root.tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.slot_variables && message.slot_variables.length))
                                message.slot_variables = [];
                            message.slot_variables.push($root.tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            TrackableObject.ObjectReference = (function() {

                const ObjectReference = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ObjectReference.prototype.node_id = 0;
                ObjectReference.prototype.local_name = "";

                ObjectReference.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tensorflow.TrackableObjectGraph.TrackableObject.ObjectReference();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.node_id = value;
                                else
                                    delete message.node_id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.local_name = value;
                                else
                                    delete message.local_name;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ObjectReference;
            })();

            TrackableObject.SerializedTensor = (function() {

                const SerializedTensor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SerializedTensor.prototype.name = "";
                SerializedTensor.prototype.full_name = "";
                SerializedTensor.prototype.checkpoint_key = "";
                SerializedTensor.prototype.optional_restore = false;

                SerializedTensor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tensorflow.TrackableObjectGraph.TrackableObject.SerializedTensor();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.full_name = value;
                                else
                                    delete message.full_name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.checkpoint_key = value;
                                else
                                    delete message.checkpoint_key;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.optional_restore = value;
                                else
                                    delete message.optional_restore;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SerializedTensor;
            })();

            TrackableObject.SlotVariableReference = (function() {

                const SlotVariableReference = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SlotVariableReference.prototype.original_variable_node_id = 0;
                SlotVariableReference.prototype.slot_name = "";
                SlotVariableReference.prototype.slot_variable_node_id = 0;

                SlotVariableReference.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.tensorflow.TrackableObjectGraph.TrackableObject.SlotVariableReference();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.original_variable_node_id = value;
                                else
                                    delete message.original_variable_node_id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.slot_name = value;
                                else
                                    delete message.slot_name;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.slot_variable_node_id = value;
                                else
                                    delete message.slot_variable_node_id;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SlotVariableReference;
            })();

            return TrackableObject;
        })();

        return TrackableObjectGraph;
    })();

    tensorflow.MetaGraphDef = (function() {

        const MetaGraphDef = function (properties) {
            this.collection_def = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MetaGraphDef.prototype.collection_def = $util.emptyObject;

        MetaGraphDef.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.MetaGraphDef();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (message.collection_def === $util.emptyObject)
                            message.collection_def = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.tensorflow.CollectionDef.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.collection_def, key);
                        message.collection_def[key] = value || new $root.tensorflow.CollectionDef();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return MetaGraphDef;
    })();

    tensorflow.CollectionDef = (function() {

        const CollectionDef = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        CollectionDef.prototype.node_list = null;
        CollectionDef.prototype.bytes_list = null;

        let $oneOfFields;

        $Object.defineProperty(CollectionDef.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["node_list", "bytes_list"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        CollectionDef.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.CollectionDef();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.node_list = $root.tensorflow.CollectionDef.NodeList.decode(reader, reader.size(), $undefined, _depth + 1, message.node_list);
                        message.kind = "node_list";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.bytes_list = $root.tensorflow.CollectionDef.BytesList.decode(reader, reader.size(), $undefined, _depth + 1, message.bytes_list);
                        message.kind = "bytes_list";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        CollectionDef.NodeList = (function() {

            const NodeList = function (properties) {
                this.value = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeList.prototype.value = $util.emptyArray;

            NodeList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tensorflow.CollectionDef.NodeList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.value && message.value.length))
                                message.value = [];
                            message.value.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NodeList;
        })();

        CollectionDef.BytesList = (function() {

            const BytesList = function (properties) {
                this.value = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BytesList.prototype.value = $util.emptyArray;

            BytesList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tensorflow.CollectionDef.BytesList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.value && message.value.length))
                                message.value = [];
                            message.value.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return BytesList;
        })();

        return CollectionDef;
    })();

    tensorflow.VariableDef = (function() {

        const VariableDef = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        VariableDef.prototype.variable_name = "";
        VariableDef.prototype.save_slice_info_def = null;

        VariableDef.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.VariableDef();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.variable_name = value;
                        else
                            delete message.variable_name;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.save_slice_info_def = $root.tensorflow.SaveSliceInfoDef.decode(reader, reader.size(), $undefined, _depth + 1, message.save_slice_info_def);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return VariableDef;
    })();

    tensorflow.SaveSliceInfoDef = (function() {

        const SaveSliceInfoDef = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SaveSliceInfoDef.prototype.full_name = "";

        SaveSliceInfoDef.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.SaveSliceInfoDef();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.full_name = value;
                        else
                            delete message.full_name;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SaveSliceInfoDef;
    })();

    tensorflow.SavedModel = (function() {

        const SavedModel = function (properties) {
            this.meta_graphs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SavedModel.prototype.saved_model_schema_version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SavedModel.prototype.meta_graphs = $util.emptyArray;

        SavedModel.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorflow.SavedModel();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.saved_model_schema_version = value;
                        else
                            delete message.saved_model_schema_version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.meta_graphs && message.meta_graphs.length))
                            message.meta_graphs = [];
                        message.meta_graphs.push($root.tensorflow.MetaGraphDef.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        return SavedModel;
    })();

    return tensorflow;
})();



;// CONCATENATED MODULE: ./src/formats/tensorflow/proto-runtime.ts


/**
 * What the TensorFlow readers decode with (through protos.ts): protobufjs's minimal runtime, the
 * static decoders pbjs generated from ./proto/*.proto (scripts/generate-tf-protos.ts), and the
 * reader they run on.
 */

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const TWO_POW_32 = 2 ** 32;
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
class TensorFlowReader extends minimal.Reader {
    // @ts-expect-error protobufjs declares int64(): Long; the generated decoders store whatever it returns.
    int64() {
        // protobufjs's readLongVarint, into two 32-bit halves without an object.
        let lo = 0;
        let hi = 0;
        for (let i = 0; i < 10; i++) {
            if (this.pos >= this.len)
                throw new RangeError(`index out of range: ${this.pos} + 1 > ${this.len}`);
            const byte = this.buf[this.pos++];
            if (i < 4)
                lo |= (byte & 0x7f) << (7 * i);
            else if (i === 4) {
                lo |= (byte & 0x7f) << 28;
                hi |= (byte & 0x7f) >>> 4;
            }
            else
                hi |= (byte & 0x7f) << (7 * (i - 5) + 3);
            if (byte < 0x80)
                return hi === 0 ? lo >>> 0 : int64Number(lo >>> 0, hi >>> 0);
        }
        throw new Error('invalid varint encoding');
    }
    stringVerify() {
        const length = this.uint32();
        const start = this.pos;
        if (start + length > this.len)
            throw new RangeError(`index out of range: ${start} + ${length} > ${this.len}`);
        this.pos += length;
        return STRICT_UTF8.decode(this.buf.subarray(start, this.pos));
    }
}
/** A TensorFlowReader over `bytes`, typed as the Reader the generated decoders take (its int64 differs only in type). */
function readerOf(bytes) {
    return new TensorFlowReader(bytes);
}
/** A two's-complement int64 from its halves: a number when exact, else a bigint (typed as number for the generated code). */
function int64Number(lo, hi) {
    let value;
    if (hi >>> 31 === 0) {
        value = lo + hi * TWO_POW_32;
    }
    else {
        // Negative: minus its two's complement, as protobufjs's LongBits.toNumber.
        const negatedLo = (~lo + 1) >>> 0;
        const negatedHi = (~hi + (negatedLo === 0 ? 1 : 0)) >>> 0;
        value = -(negatedLo + negatedHi * TWO_POW_32);
    }
    if (Number.isSafeInteger(value))
        return value;
    return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/protos.ts





/** Async so that callers do not depend on how the runtime is loaded. */
async function loadRuntime() {
    return proto_runtime_namespaceObject;
}
/**
 * An int64 field of the entry of `key` as a number. TensorFlowReader gives numbers, and a bigint
 * beyond 2^53 (no real size or offset comes close): that is a FormatError naming the value. (The
 * message is only built then: this runs for every offset, size and dimension of an index.)
 */
function int64(value, file, field, key) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'bigint')
        throw new errors/* FormatError */.IF(file, `${field} of '${key}' ${value.toString()} is larger than 2^53`);
    // Absent (zero): the generated prototypes' default, a Long zero when protobufjs has `long`.
    return 0;
}
/** Runs a generated decoder; protobufjs's errors become a FormatError naming the file and what was read. */
function decode(runtime, decoder, name, bytes, file, what, key) {
    try {
        return decoder.decode(runtime.readerOf(bytes));
    }
    catch (error) {
        throw new errors/* FormatError */.IF(file, `${what}${key === undefined ? '' : ` '${key}'`} is not a valid ${name} (${error.message})`, {
            fix: 'The file is corrupted or was not written by TensorFlow.'
        });
    }
}
async function loadBundleDecoders() {
    const proto = await loadRuntime();
    const { BundleHeaderProto, BundleEntryProto } = proto.tensorflow;
    return {
        header(bytes, file) {
            const message = decode(proto, BundleHeaderProto, 'BundleHeaderProto', bytes, file, 'the bundle header (key "")');
            return {
                numShards: message.num_shards,
                endianness: message.endianness === 1 ? 'big' : 'little',
                ...(typeof message.version?.producer === 'number' ? { producer: message.version.producer } : {})
            };
        },
        entry(bytes, file, key) {
            const message = decode(proto, BundleEntryProto, 'BundleEntryProto', bytes, file, 'the entry of', key);
            const dims = message.shape?.dim ?? [];
            const shape = new Array(dims.length);
            for (let i = 0; i < dims.length; i++)
                shape[i] = int64(dims[i].size, file, 'a dimension', key);
            const entry = {
                dtype: message.dtype,
                shape,
                shardId: message.shard_id,
                offset: int64(message.offset, file, 'the offset', key),
                size: int64(message.size, file, 'the size', key)
            };
            if (message.slices.length > 0) {
                // `length` sits in the oneof `has_length`, which names the member that was set (a plain
                // `length` read would give the default for "the whole dimension").
                entry.slices = message.slices.map((slice) => (slice.extent ?? []).map((extent) => ({
                    start: int64(extent.start, file, 'a slice start', key),
                    ...(extent.has_length === 'length' ? { length: int64(extent.length, file, 'a slice length', key) } : {})
                })));
            }
            return entry;
        }
    };
}
/** Bytes of the graph read at a time. */
const GRAPH_WINDOW_BYTES = 256 * 1024;
/** A field's head: a tag and a length, varints of at most 5 bytes each (wider ones are rejected below). */
const FIELD_HEAD_BYTES = 10;
/**
 * The TrackableObjectGraph in `graph`, with its checkpoint keys resolved against `variables` (see
 * ObjectGraph); `tensors` (the bundle's tensor count) sizes its arrays. The graph is read in
 * windows of 256 KiB, each dropped once its nodes are decoded: held whole, the graph of 10^5
 * variables (16 MB) stayed in memory until the next full garbage collection, after the read.
 * Each node is decoded into the graph at once (readTrackableObject); the loop is the one
 * protobufjs generates for `repeated TrackableObject nodes = 1`, the graph's only field.
 */
async function decodeTrackableObjectGraph(graph, file, variables, tensors = 0) {
    const { readerOf } = await loadRuntime();
    // A graph in memory is one window, never refilled.
    const source = graph instanceof Uint8Array ? { size: graph.length, first: graph, readInto: async (at, target) => target.set(graph.subarray(at, at + target.length)) } : graph;
    const expected = { nodes: 2 * tensors + 16, children: 2 * tensors + 16, attributes: tensors + 16, slots: tensors };
    const tooMany = (items) => new errors/* LimitExceededError */.lo(file, 'the nodes and items of the object graph', items, limits/* MAX_TF_OBJECT_GRAPH_ITEMS */.A);
    const builder = new ObjectGraphBuilder(expected, limits/* MAX_TF_OBJECT_GRAPH_ITEMS */.A, tooMany);
    const names = new SharedNames();
    let window = source.first ?? new Uint8Array(0);
    let windowStart = 0;
    /**
     * The buffer every window after `first` is read into, from its start (`window` is a prefix of
     * it): refilled rather than replaced, because a new 256 KiB buffer per window left up to the
     * whole graph (16 MB at 10^5 variables) of dead windows waiting for a scavenge, in the peak RSS.
     * Refilling is safe because no view into a window outlives the node being decoded: names and
     * keys are decoded into strings (stringVerify copies; SharedNames compares bytes and keeps
     * strings), ids and counts are numbers, errors carry numbers and strings, and the reader is
     * replaced with the window.
     */
    let buffer;
    /** One reader over the window, moved from node to node (it is replaced with the window). */
    let reader = readerOf(window);
    /**
     * Makes the window hold `length` bytes from graph offset `at`, `at` being inside the window or
     * at its end: what it still holds from there is kept (a node cut by the window's end), moved to
     * the buffer's start, and only the bytes after it are read, so that every byte of the graph is
     * read once. A window is GRAPH_WINDOW_BYTES, or one node when a node is larger.
     */
    const hold = async (at, length) => {
        const end = windowStart + window.length;
        const kept = end - at;
        const more = Math.min(source.size - end, Math.max(GRAPH_WINDOW_BYTES - kept, at + length - end));
        if (buffer !== undefined && kept + more <= buffer.length) {
            buffer.copyWithin(0, at - windowStart, window.length);
        }
        else {
            const grown = new Uint8Array(Math.max(kept + more, Math.min(GRAPH_WINDOW_BYTES, source.size - at)));
            grown.set(window.subarray(at - windowStart));
            buffer = grown;
        }
        window = buffer.subarray(0, kept + more);
        windowStart = at;
        await source.readInto(end, window.subarray(kept));
        reader = readerOf(window);
    };
    const readerAt = (at) => {
        reader.pos = at - windowStart;
        return reader;
    };
    try {
        for (let at = 0; at < source.size;) {
            const headBytes = Math.min(FIELD_HEAD_BYTES, source.size - at);
            if (!(at >= windowStart && at + headBytes <= windowStart + window.length))
                await hold(at, headBytes);
            const head = readerAt(at);
            const tag = head.uint32();
            const wireType = tag & 7;
            // The payload's length; fields other than the nodes (none in TF's graphs) are skipped.
            let length = 0;
            if (wireType === 2)
                length = head.uint32();
            else if (wireType === 0)
                head.skip();
            else if (wireType === 1)
                length = 8;
            else if (wireType === 5)
                length = 4;
            else
                throw new Error(`wire type ${wireType} at offset ${at}`);
            const start = windowStart + head.pos;
            if (start + length > source.size)
                throw new RangeError(`index out of range: ${start} + ${length} > ${source.size}`);
            if (tag >>> 3 === 1 && wireType === 2) {
                if (start + length > windowStart + window.length)
                    await hold(start, length);
                readTrackableObject(readerAt(start), length, builder, names, variables);
            }
            at = start + length;
        }
    }
    catch (error) {
        if (error instanceof errors/* LimitExceededError */.lo || error instanceof errors/* FormatError */.IF)
            throw error;
        throw new errors/* FormatError */.IF(file, `the _CHECKPOINTABLE_OBJECT_GRAPH tensor is not a valid TrackableObjectGraph (${error.message})`, {
            fix: 'The file is corrupted or was not written by TensorFlow.'
        });
    }
    return builder.build();
}
/** Wire types (https://protobuf.dev/programming-guides/encoding/). */
const VARINT = 0;
const LEN = 2;
/**
 * One TrackableObject, `length` bytes at `reader.pos`, added to `builder` field by field
 * (tensorflow/tensorflow:tensorflow/core/protobuf/trackable_object_graph.proto):
 *
 *   TrackableObject       1 children: ObjectReference, 2 attributes: SerializedTensor,
 *                         3 slot_variables: SlotVariableReference (all repeated)
 *   ObjectReference       1 node_id (int32), 2 local_name
 *   SerializedTensor      1 name, 2 full_name, 3 checkpoint_key (4 optional_restore: unused)
 *   SlotVariableReference 1 original_variable_node_id (int32), 2 slot_name, 3 slot_variable_node_id (int32)
 *
 * Why not the generated decoder (TrackableObjectGraph.TrackableObject.decode): it builds a message
 * per node, an array per repeated field, an object per child, attribute and slot and a string per
 * name, all garbage once added to the graph. At 10^5 variables that was a third of a TF2 read's
 * CPU time and most of its garbage-collection time. This reads the same fields with the same
 * protobufjs reader calls, in the generated decoder's way (the last value of a field wins, a
 * field of an unexpected wire type is skipped like an unknown one, a sub-message must end
 * exactly at its length), and decodes only the strings kept: names through SharedNames, a slot's
 * full_name not at all (see ObjectGraphBuilder.keepsFullName), a checkpoint_key only if it names
 * no variable (it is looked up from its bytes: VariableNames).
 */
function readTrackableObject(reader, length, builder, names, variables) {
    const outerEnd = reader.len;
    const end = enterMessage(reader, length);
    builder.startNode();
    while (reader.pos < end) {
        const tag = reader.tag();
        const field = tag >>> 3;
        const wireType = tag & 7;
        if (field === 1 && wireType === LEN)
            readObjectReference(reader, builder, names);
        else if (field === 2 && wireType === LEN)
            readSerializedTensor(reader, builder, names, variables);
        else if (field === 3 && wireType === LEN)
            readSlotVariableReference(reader, builder, names);
        else
            reader.skipType(wireType, 0, field);
    }
    leaveMessage(reader, end, outerEnd);
}
function readObjectReference(reader, builder, names) {
    const length = reader.size();
    const outerEnd = reader.len;
    const end = enterMessage(reader, length);
    let nodeId = 0;
    let localName = '';
    while (reader.pos < end) {
        const tag = reader.tag();
        const field = tag >>> 3;
        const wireType = tag & 7;
        if (field === 1 && wireType === VARINT)
            nodeId = reader.int32();
        else if (field === 2 && wireType === LEN)
            localName = names.read(reader);
        else
            reader.skipType(wireType, 1, field);
    }
    leaveMessage(reader, end, outerEnd);
    builder.addChild(nodeId, localName);
}
function readSerializedTensor(reader, builder, names, variables) {
    const length = reader.size();
    const outerEnd = reader.len;
    const end = enterMessage(reader, length);
    let name = '';
    let fullName = '';
    // checkpoint_key: where its last value starts (-1: absent, the empty key).
    let keyAt = -1;
    while (reader.pos < end) {
        const tag = reader.tag();
        const field = tag >>> 3;
        const wireType = tag & 7;
        if (field === 1 && wireType === LEN)
            name = names.read(reader);
        else if (field === 2 && wireType === LEN)
            fullName = builder.keepsFullName ? reader.stringVerify() : skipBytes(reader);
        else if (field === 3 && wireType === LEN) {
            keyAt = reader.pos;
            skipBytes(reader);
        }
        else
            reader.skipType(wireType, 1, field);
    }
    leaveMessage(reader, end, outerEnd);
    let variable = -1;
    let unresolvedKey = '';
    if (keyAt >= 0) {
        const after = reader.pos;
        reader.pos = keyAt;
        const keyLength = reader.uint32();
        variable = variables.positionOfUtf8(reader.buf, reader.pos, reader.pos + keyLength);
        // A key that names no variable is kept as text (and checked as UTF-8, as every string read).
        reader.pos = keyAt;
        if (variable < 0)
            unresolvedKey = reader.stringVerify();
        reader.pos = after;
    }
    else {
        variable = variables.positionOfUtf8(reader.buf, 0, 0); // the empty key
    }
    builder.addAttribute(name, fullName, variable, unresolvedKey);
}
function readSlotVariableReference(reader, builder, names) {
    const length = reader.size();
    const outerEnd = reader.len;
    const end = enterMessage(reader, length);
    let original = 0;
    let slotName = '';
    let slotNode = 0;
    while (reader.pos < end) {
        const tag = reader.tag();
        const field = tag >>> 3;
        const wireType = tag & 7;
        if (field === 1 && wireType === VARINT)
            original = reader.int32();
        else if (field === 2 && wireType === LEN)
            slotName = names.read(reader);
        else if (field === 3 && wireType === VARINT)
            slotNode = reader.int32();
        else
            reader.skipType(wireType, 1, field);
    }
    leaveMessage(reader, end, outerEnd);
    builder.addSlot(original, slotName, slotNode);
}
/** Limits the reader to the `length` bytes of a sub-message, as the generated decoders do; returns its end. */
function enterMessage(reader, length) {
    const end = reader.pos + length;
    if (end > reader.len)
        throw new RangeError(`index out of range: ${reader.pos} + ${length} > ${reader.len}`);
    reader.len = end;
    return end;
}
/** Checks that the sub-message ended at its length and gives the reader back the bytes after it. */
function leaveMessage(reader, end, outerEnd) {
    if (reader.pos !== end)
        throw new RangeError('index out of range');
    reader.len = outerEnd;
}
/** Moves past a length-delimited value without decoding it; its value reads as ''. */
function skipBytes(reader) {
    reader.skip(reader.uint32());
    return '';
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
    byHash = new Map();
    /** The string field at `reader.pos` (a varint length, then UTF-8), the reader moved past it. */
    read(reader) {
        const at = reader.pos;
        const length = reader.uint32();
        const start = reader.pos;
        const end = start + length;
        if (end > reader.len)
            throw new RangeError(`index out of range: ${start} + ${length} > ${reader.len}`);
        const bytes = reader.buf;
        const hash = hashBytes(bytes, start, end);
        const known = this.byHash.get(hash);
        if (known !== undefined && isAscii(known, bytes, start, end)) {
            reader.pos = end;
            return known;
        }
        reader.pos = at;
        const name = reader.stringVerify();
        if (this.byHash.size >= MAX_SHARED_NAMES)
            this.byHash.clear();
        this.byHash.set(hash, name);
        return name;
    }
}
/** Distinct names held at a time by SharedNames. */
const MAX_SHARED_NAMES = 10_000;
/** The variable collections of the MetaGraphDef whose `collection_def` fields are `collectionDefs`. */
async function decodeVariableCollections(collectionDefs, file) {
    const proto = await loadRuntime();
    const message = decode(proto, proto.tensorflow.MetaGraphDef, 'MetaGraphDef', collectionDefs, file, 'the collections of the meta graph');
    /** A collection's variables: serialized VariableDefs (a partition's is its full variable), or tensor names. */
    const variables = (collection) => {
        const entry = message.collection_def[collection];
        const names = entry?.node_list?.value?.map(tensorToVariable);
        return (entry?.bytes_list?.value?.map((bytes) => {
            const variable = decode(proto, proto.tensorflow.VariableDef, 'VariableDef', bytes, file, `an entry of the ${collection} collection`);
            return variable.save_slice_info_def?.full_name || tensorToVariable(variable.variable_name);
        }) ?? names);
    };
    const trainable = variables('trainable_variables');
    const globalStep = variables('global_step');
    return { ...(trainable ? { trainable } : {}), ...(globalStep ? { globalStep } : {}) };
}
/** "conv1/weights:0" -> "conv1/weights": a variable's tensor name to its checkpoint key. */
function tensorToVariable(name) {
    return name.replace(/:\d+$/, '');
}

;// CONCATENATED MODULE: ./src/formats/tensorflow/meta-graph.ts





/**
 * The variable collections of a TF1 MetaGraphDef (`.meta` file) or of the meta graphs of a
 * `saved_model.pb` (`trainable_variables`, `global_step`), without reading the graph: the top-level fields are walked by tag and
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
/** The collections of a `.meta` file. */
async function collectionsOfMetaGraph(source) {
    const chunks = await collectionBytes(new source_window/* SourceWindow */.WI(source), 0, source.size, { left: limits/* MAX_TF_COLLECTION_BYTES */.Fu });
    const collections = new CollectedSets();
    collections.add(await decodeVariableCollections(concat(chunks), source.name));
    return collections.sets;
}
/** The same for a `saved_model.pb`: the union over its meta graphs (they share one variables bundle). */
async function collectionsOfSavedModel(source) {
    const budget = { left: limits/* MAX_TF_COLLECTION_BYTES */.Fu };
    const collections = new CollectedSets();
    const window = new source_window/* SourceWindow */.WI(source);
    for await (const field of fields(window, 0, source.size, 'SavedModel')) {
        if (field.field !== SAVED_MODEL_META_GRAPHS)
            continue;
        const chunks = await collectionBytes(window, field.offset, field.offset + field.length, budget);
        collections.add(await decodeVariableCollections(concat(chunks), source.name));
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
var dtypes = __webpack_require__(6622);
// EXTERNAL MODULE: ./src/io/byte-source.ts
var byte_source = __webpack_require__(2940);
// EXTERNAL MODULE: ./src/formats/binary-reader.ts
var binary_reader = __webpack_require__(8627);
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
 * Every window is read into one buffer (`readInto`), refilled for the next: a new buffer per
 * window left each dead window (external memory, not counted by the young generation) waiting
 * for a scavenge, up to the whole index at 10^5 tensors. Refilling is safe because nothing keeps
 * a view into a window past the visit of its entry: `value` is a view into it, valid only during
 * the call (EntryVisitor); keys are rebuilt in a buffer of their own (parseBlock); a snappy block
 * is decompressed into a new array; handles and errors hold numbers and strings. The bundle's
 * visitor (bundle.ts) decodes names into strings and entries into numbers (BundleEntryProto and
 * BundleHeaderProto have no `bytes` field, the only kind protobufjs would give as a view).
 */
async function readTableFrom(source, file, visit) {
    const footerBytes = await source.read(Math.max(source.size - FOOTER_BYTES, 0), Math.min(source.size, FOOTER_BYTES));
    const { index, footerStart } = readFooter(footerBytes, source.size, file);
    checkBlockEnd(index, file, 'index block', footerStart);
    const indexBlock = checkBlock(await source.read(index.offset, blockEnd(index) - index.offset), index, file, 'index block');
    const handles = dataBlockHandles(indexBlock, file);
    let buffer = new Uint8Array(0);
    for (let first = 0; first < handles.length;) {
        // One read for the blocks first..last-1: as many whole blocks as fit in the window (at least
        // one), and none that runs past the table, so that its error comes when it is reached.
        checkBlockEnd(handles[first], file, dataBlockName(handles[first], first), index.offset);
        const start = handles[first].offset;
        let last = first + 1;
        while (last < handles.length && blockEnd(handles[last]) - start <= TABLE_WINDOW_BYTES && blockEnd(handles[last]) <= index.offset)
            last++;
        const length = blockEnd(handles[last - 1]) - start;
        // Sized once for a full window (or the rest of the table), grown only for a larger block.
        if (length > buffer.length)
            buffer = new Uint8Array(Math.max(length, Math.min(TABLE_WINDOW_BYTES, index.offset - start)));
        const window = buffer.subarray(0, length);
        await (0,byte_source/* readInto */.Pq)(source, start, window);
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
    const footer = new binary_reader/* BinaryReader */.V5(footerBytes, file, footerStart);
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
        const handle = readHandle(new binary_reader/* BinaryReader */.V5(handleBytes, file), `handle of data block ${handles.length}`);
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
        throw new errors/* FormatError */.IF(file, `${what} fails its CRC32C check (stored ${hex(stored)}, computed ${hex(actual)})`, { offset: handle.offset, fix: 'The index is corrupted; re-save the checkpoint or restore the file from its source.' });
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





const UTF8 = new TextDecoder('utf-8');
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
    const shapes = new RecentShapes();
    const add = (name, entry) => {
        const { numShards } = header;
        if (entry.shardId < 0 || entry.shardId >= numShards) {
            throw new errors/* FormatError */.IF(file, `'${name}' is in shard ${entry.shardId}, but the bundle has ${numShards} shards`);
        }
        if (entry.offset < 0 || entry.size < 0)
            throw new errors/* FormatError */.IF(file, `'${name}' has a negative offset or size`);
        described[entry.shardId] = Math.max(described[entry.shardId], entry.offset + entry.size);
        tensors.push(new BundleTensor(name, tfDtypeName(entry.dtype), shapes.shared(entry.shape), shardPaths[entry.shardId], entry.offset, entry.size));
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
        const name = UTF8.decode(key);
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
/**
 * Equal shapes as one array. A checkpoint has few distinct shapes, and keys sort a variable's
 * optimizer slots (`X/Adam`, `X/.OPTIMIZER_SLOT/...`) next to it, with its shape: the last few
 * distinct shapes catch most repeats, and an array per tensor (~60 bytes for 10^5 tensors) is
 * saved. Nothing modifies a TensorInfo's shape.
 */
class RecentShapes {
    recent = [];
    next = 0;
    shared(shape) {
        for (const known of this.recent) {
            if (known.length === shape.length && known.every((dim, i) => dim === shape[i]))
                return known;
        }
        this.recent[this.next] = shape;
        this.next = (this.next + 1) % RECENT_SHAPES;
        return shape;
    }
}
const RECENT_SHAPES = 8;
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
    const variable = UTF8.decode(Uint8Array.from(name));
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
var classify = __webpack_require__(8193);
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
        reason: 'a variable the Keras 3 optimizer trains (a model weight saved under the optimizer\'s key)'
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
        reason: 'a variable on the model\'s path (TF2 key with no optimizer on its path)'
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
const ROOT_COUNTER = (0,classify/* evidenceOf */.X1)('loop-state', 'object-graph', 'an integer scalar on the checkpoint\'s root object (a counter: save_counter, a step)');
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





/** `OBJECT_GRAPH_PROTO_KEY` (tensorflow/tensorflow:tensorflow/python/trackable/constants.py). */
const OBJECT_GRAPH_KEY = '_CHECKPOINTABLE_OBJECT_GRAPH';
function variableEvidence(variables, sources, names = new VariableNames(variables)) {
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
const TRAINABLE = (0,classify/* evidenceOf */.X1)('parameter', 'meta-graph', 'listed in the meta graph\'s trainable_variables');
const NOT_TRAINABLE = (0,classify/* evidenceOf */.X1)('not-trained', 'meta-graph', 'a variable the meta graph does not list as trainable');
const GLOBAL_STEP = (0,classify/* evidenceOf */.X1)('loop-state', 'meta-graph', 'the meta graph\'s global_step (training-loop counter)');
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
    const warnings = [];
    const result = [{ path: indexPath, role: 'index', bytes: indexBytes, present: true }];
    // Data shards: their sizes on disk, or what the index describes when one is absent.
    const missing = [];
    for (let shard = 0; shard < header.numShards; shard++) {
        const path = shardPaths[shard];
        const size = await files.size(path);
        if (size === undefined) {
            missing.push(path);
            result.push({ path, role: 'data', bytes: index.described[shard], present: false });
        }
        else {
            result.push({ path, role: 'data', bytes: size, present: true });
        }
    }
    if (missing.length > 0) {
        warnings.push(`${missing.length} of ${header.numShards} data shard(s) missing: ${missing.join(', ')}; ` +
            'their sizes are taken from the index (the bytes its tensors occupy), so the total is what the complete checkpoint would hold');
    }
    const { variables, variableOf } = variablesOf(index);
    const names = new VariableNames(variables);
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
    const source = await files.open(indexPath);
    try {
        if (source.size > limits/* MAX_TF_INDEX_BYTES */.X)
            throw new errors/* LimitExceededError */.lo(indexPath, 'the index size', source.size, limits/* MAX_TF_INDEX_BYTES */.X);
        return { indexBytes: source.size, index: await readBundleIndex(source, indexPath, await loadBundleDecoders()) };
    }
    finally {
        await source.close();
    }
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
        warnings.push(`the object graph is in the missing shard ${path}; categories come from the slot structure and names`);
        return undefined;
    }
    if (entry.byteLength > limits/* MAX_TF_OBJECT_GRAPH_BYTES */.ID) {
        throw new errors/* LimitExceededError */.lo(path, 'the size of the object graph tensor', entry.byteLength, limits/* MAX_TF_OBJECT_GRAPH_BYTES */.ID);
    }
    const source = await files.open(path);
    try {
        // varint64 length and the 4-byte CRC of the length, then the proto, read in windows.
        const first = await source.read(entry.offset, Math.min(entry.byteLength, GRAPH_WINDOW_BYTES));
        const head = new binary_reader/* BinaryReader */.V5(first, path, entry.offset);
        const length = head.varint('object graph length');
        head.skip(4); // masked CRC32C of the length
        const start = entry.offset + head.position;
        const holds = entry.offset + entry.byteLength - start;
        if (length !== holds) {
            throw new errors/* FormatError */.IF(path, `the object graph tensor says ${length} bytes but its entry holds ${holds}`, {
                offset: entry.offset,
                fix: 'The data shard does not match its index; re-save the checkpoint.'
            });
        }
        const graph = { size: length, first: first.subarray(head.position), readInto: (at, target) => (0,byte_source/* readInto */.Pq)(source, start + at, target) };
        return await decodeTrackableObjectGraph(graph, path, variables, tensorCount);
    }
    finally {
        await source.close();
    }
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
        let metaGraph;
        const metaPath = `${prefix}.meta`;
        const metaSize = await files.size(metaPath);
        if (metaSize !== undefined) {
            extra.push({ path: metaPath, role: 'graph', bytes: metaSize, present: true });
            metaGraph = await readCollections(metaPath, files, collectionsOfMetaGraph, warnings);
        }
        const state = await stateFileNaming(prefix, files);
        if (state)
            extra.push(state);
        const bundle = await readTensorBundle(prefix, files, { metaGraph });
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
    const state = await (0,state_file/* readStateFile */.qy)((0,checkpoint_files/* dirname */.pD)(prefix), files);
    if (!state || state.bytes > limits/* MAX_TF_STATE_FILE_BYTES */.$5 || state.latest !== prefix)
        return undefined;
    return { path: state.path, role: 'state', bytes: state.bytes, present: true };
}
async function readCollections(path, files, scan, warnings) {
    const source = await files.open(path);
    try {
        return await scan(source);
    }
    catch (error) {
        if (!(error instanceof errors/* FormatError */.IF))
            throw error;
        // The graph is only evidence for the categories; the sizes do not depend on it.
        warnings.push(`could not read the collections of the graph (${error.message}); categories come from the slot structure and names`);
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
        await readTableFrom(source, path, () => entries++);
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
        let metaGraph;
        const graphName = sniff/* SAVED_MODEL_FILES */.aH.find((name) => names.includes(name));
        if (graphName) {
            const graphPath = (0,checkpoint_files/* joinPath */.uJ)(dir, graphName);
            own.push({ path: graphPath, role: 'graph', bytes: (await files.size(graphPath)) ?? 0, present: true });
            if (graphName === 'saved_model.pb')
                metaGraph = await readCollections(graphPath, files, collectionsOfSavedModel, warnings);
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

//# sourceMappingURL=511.index.js.map