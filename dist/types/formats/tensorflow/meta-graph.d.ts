import type { ByteSource } from '../../io/byte-source.js';
/**
 * The checkpoint keys of the `trainable_variables` collection of a `.meta` file, or undefined
 * when the meta graph has no such collection.
 */
export declare function trainableFromMetaGraph(source: ByteSource): Promise<Set<string> | undefined>;
/** The same for a `saved_model.pb`: the union over its meta graphs (they share one variables bundle). */
export declare function trainableFromSavedModel(source: ByteSource): Promise<Set<string> | undefined>;
