/**
 * Orbax checkpoint folders as `CheckpointManager.save(step, StandardSave(tree))` lays them out
 * (orbax-checkpoint 0.12): `<step>/_CHECKPOINT_METADATA`, `<step>/default/_METADATA` (the tree),
 * and the arrays in an OCDBT store (`manifest.ocdbt`, `d/<hash>` data files) or, older, in one
 * zarr folder per array. File contents other than the JSON are placeholders or holes.
 */
export interface OrbaxLeaf {
  keys: string[]
  shape: number[]
  valueType?: string
}

/** The `_METADATA` JSON of an item. */
export function treeMetadataJson(leaves: readonly OrbaxLeaf[], useOcdbt = true): string {
  const tree: Record<string, unknown> = {}
  for (const leaf of leaves) {
    tree[`(${leaf.keys.map((key) => `'${key}'`).join(', ')}${leaf.keys.length === 1 ? ',' : ''})`] = {
      key_metadata: leaf.keys.map((key) => ({ key, key_type: /^\d+$/.test(key) ? 1 : 2 })),
      value_metadata: { value_type: leaf.valueType ?? 'jax.Array', skip_deserialize: leaf.valueType === 'None', write_shape: leaf.shape }
    }
  }
  return JSON.stringify({ tree_metadata: tree, use_ocdbt: useOcdbt, use_zarr3: false, store_array_data_equal_to_fill_value: true, custom_metadata: null })
}

export const CHECKPOINT_METADATA_JSON = JSON.stringify({
  item_handlers: { default: 'orbax.checkpoint._src.handlers.standard_checkpoint_handler.StandardCheckpointHandler' },
  metrics: {}
})
