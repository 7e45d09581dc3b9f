import type { Evidence, EvidenceSource, TensorRole } from '../../core/classify.js'

/**
 * Evidence that an optimizer slot belongs to a variable, shared by the slots of one optimizer and
 * slot name. `detail` is the generic text ("m slot (optimizer)"); `detailOf` names the variable
 * ("m slot of model/dense/kernel (optimizer)") and is called only when a slot's reason is read
 * (BundleTensor.reason): a reason string per slot was 2 * 10^5 strings (~5 MB at the peak of a
 * read of 10^5 tensors trained with Adam) that no report prints.
 */
export interface SlotEvidence extends Evidence {
  detailOf(variable: string): string
}

/** A one-item evidence list of slot evidence. */
export function slotEvidence(
  source: EvidenceSource,
  detail: string,
  detailOf: (variable: string) => string,
  role: TensorRole = 'optimizer-slot'
): readonly Evidence[] {
  const evidence: SlotEvidence = { role, source, detail, detailOf }
  return Object.freeze([evidence])
}

/** The reason of `deciding` (the classifier's chosen detail) for a slot of `variable`, when that evidence names slots. */
export function slotReason(evidence: readonly Evidence[], deciding: string, variable: string): string | undefined {
  for (const item of evidence) {
    if (item.detail === deciding && 'detailOf' in item) return (item as SlotEvidence).detailOf(variable)
  }
  return undefined
}

/**
 * The slots found by any source, per optimizer: which slots, of how many variables. Counted as
 * they are found, not kept one object per slot: 10^5 of them otherwise.
 */
export class SlotTally {
  private readonly byOptimizer = new Map<string, { slots: Set<string>; primaries: Set<string> }>()

  add(optimizer: string, slot: string, primary: string): void {
    let entry = this.byOptimizer.get(optimizer)
    if (!entry) this.byOptimizer.set(optimizer, (entry = { slots: new Set(), primaries: new Set() }))
    entry.slots.add(slot)
    entry.primaries.add(primary)
  }

  /** "Adam slots (m, v) for 8 variables", one clause per optimizer; undefined when none was found. */
  describe(): string | undefined {
    if (this.byOptimizer.size === 0) return undefined
    return [...this.byOptimizer.entries()]
      .map(([optimizer, entry]) => {
        const count = entry.primaries.size
        return `${optimizer} slots (${[...entry.slots].join(', ')}) for ${count} variable${count === 1 ? '' : 's'}`
      })
      .join('; ')
  }
}

/** `model/dense/kernel/.ATTRIBUTES/VARIABLE_VALUE` -> `model/dense/kernel`. */
export function displayKey(key: string): string {
  return key.replace(/\/\.ATTRIBUTES\/VARIABLE_VALUE$/, '')
}
