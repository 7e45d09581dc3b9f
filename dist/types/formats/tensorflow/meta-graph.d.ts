import type { ByteSource } from '../../io/byte-source.js';
/** What the meta graph's collections say of the variables, as sets of checkpoint keys. */
export interface MetaGraphCollections {
    /** `trainable_variables`; undefined when the meta graph has no such collection. */
    trainable?: Set<string>;
    /** `global_step`; undefined when the meta graph has none. */
    globalStep?: Set<string>;
}
/** The collections of a `.meta` file. */
export declare function collectionsOfMetaGraph(source: ByteSource): Promise<MetaGraphCollections>;
/** The same for a `saved_model.pb`: the union over its meta graphs (they share one variables bundle). */
export declare function collectionsOfSavedModel(source: ByteSource): Promise<MetaGraphCollections>;
