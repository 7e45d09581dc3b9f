import type { Category, ClassifiedBy, TensorInfo } from '../../core/types.js';
import type { Hdf5Dataset, Hdf5Group, Hdf5Tree } from '../hdf5/index.js';
import { type KerasConfigLayers } from './keras3-layout.js';
/**
 * Evidence for the datasets of a Keras HDF5 file, from the file's own group layout (source
 * `group`: framework metadata, core/classify.ts decides), FORMATS.md §7:
 *
 * - Keras 3 `.weights.h5` (also inside a `.keras` archive): `layers/<class_snake>/vars/N` are the
 *   layer's variables, trainable first; `optimizer/vars/N` the optimizer's (0 = iterations,
 *   1 = learning rate when it is a float, then the slots);
 * - legacy `.h5` (`model.save('x.h5')`): `model_weights/<layer>/…` with the `layer_names` and
 *   `weight_names` attributes, and `optimizer_weights/…`; `save_weights('x.h5')` writes the
 *   `model_weights` layout at the root.
 *
 * A file with neither layout is plain HDF5 data: its datasets get no evidence (`unclassified`).
 *
 * One statement per dataset: the optimizer groups say optimizer state (the iteration counter and
 * scalars, or slots); a model variable is a parameter unless its layer says otherwise — the
 * layer class's variable layout (BatchNormalization's last two variables, Normalization's
 * adapt() state) or the Keras variable names (src/core/rules/keras.ts: moving statistics, seed
 * generators, metrics). The layer groups hold trainable and non-trainable variables alike, so
 * "in a layer group" alone is not a statement that the variable is trained, and is not given
 * where the layer says more.
 */
export type KerasLayout = 'keras3-weights' | 'keras-legacy-model' | 'keras-legacy-weights' | 'plain-hdf5';
export interface KerasClassification {
    layout: KerasLayout;
    classifiedBy: ClassifiedBy;
    tensors: TensorInfo[];
    warnings: string[];
    categoryNotes: Partial<Record<Category, string>>;
    /** Layers with a weights group (legacy: `layer_names`; Keras 3: groups under `layers/`). */
    layerCount: number;
}
export declare function isLayoutAttribute(name: string): boolean;
/**
 * Gives each dataset of `tree` its evidence. `file` and `base` place the payload spans in the
 * checkpoint file (`base` is where the HDF5 file starts inside a `.keras` archive).
 */
export declare function classifyKerasTree(tree: Hdf5Tree, file: string, base: number, config?: KerasConfigLayers): KerasClassification;
/**
 * classifyKerasTree as the walk goes (readHdf5Tree's onGroup / onDataset): each dataset becomes
 * its TensorInfo as soon as the layout is known, so a 10^5-layer file never holds its whole tree
 * next to the tensor list. Only groups up to depth 2 are kept: every group the layout reads is
 * one (the root, `model_weights`, `layers`, `optimizer/vars`, the layer groups).
 *
 * A `model_weights` group decides the layout the moment the walk reaches it (detectLayout checks
 * it first; it is what `model.save('x.h5')` writes). Any other layout depends on the whole file
 * (Keras 3 counts each layer's variables), so its datasets wait for `finish`.
 */
export declare class KerasClassifier {
    private readonly file;
    private readonly base;
    private readonly config?;
    private layout;
    private readonly groups;
    /**
     * Per kept group (parallel to `groups`), the name of its depth-1 ancestor ('' for the root and
     * depth-1 groups). Groups arrive depth first (a group, then everything below it, then its next
     * sibling), so a depth-2 group's parent is the last depth-1 group met. With it the layer lists
     * compare short link names, not 10^5 full paths (each test of which flattens a path string).
     */
    private readonly parents;
    private topGroup;
    /**
     * The legacy check of layer groups against `model_weights`' layer_names, done when the group
     * decides the layout, from its link names: those layer_names leaves out (nearly always none)
     * are kept, and each that the walk then meets as a group (not a dataset, not a link to a group
     * already walked) is an unlisted layer group. At 10^5 layers, keeping every layer group's name,
     * or layer_names, to the end of the read was 4 MB live when the heap is at its fullest.
     */
    private legacyLayerCount;
    private unlistedLinks;
    private readonly unlistedLayerGroups;
    /** Datasets met before the layout is known, in walk order. */
    private waiting;
    private weightsRoot;
    private varsCount;
    private readonly tensors;
    /** The header address of each tensor's dataset (an array of doubles, parallel to `tensors`). */
    private readonly addresses;
    /** Addresses linked under more than one name. */
    private readonly shared;
    /** The first dataset under `optimizer_weights/` (legacy layouts name the optimizer there). */
    private firstOptimizerPath;
    /** One evidence array per statement (role, source, detail), shared by the datasets it is about. */
    private readonly evidenceByStatement;
    constructor(file: string, base: number, config?: KerasConfigLayers | undefined);
    /** A group and the names of its links (readHdf5Tree's onGroup). */
    group(group: Hdf5Group, linkNames: readonly string[]): void;
    dataset(dataset: Hdf5Dataset): void;
    finish(): KerasClassification;
    /** Fixes the layout and places the datasets that waited for it. */
    private decide;
    private place;
    /** The statement the layout makes about a dataset, as shared evidence (chunked datasets say so in the detail). */
    private evidenceFor;
    private statementOf;
}
/** A string-list attribute, including Keras' chunked form `name0`, `name1`, … for lists over 64 KiB. */
export declare function stringList(group: Hdf5Group | undefined, name: string): string[];
