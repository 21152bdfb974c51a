import { mergeBundles, recordsOf, type DossierRecord } from '../dataset.ts';
import { parseBundle } from '../load-dataset.ts';
import { collectionOfType, evidenceFieldOf, evidenceOf, REGISTRY } from '../registry.ts';
import type { Evidence } from '../records.ts';

/**
 * The record with one more evidence passage, checked by its type's schema as the loader would.
 * Null for a source (it cites nothing) or a record that already cites these words there.
 */
export function withEvidence(entry: DossierRecord, evidence: Evidence): DossierRecord | null {
  const collection = collectionOfType(REGISTRY, entry.type);
  if (collection === undefined) return null;
  const spec = REGISTRY[collection];
  const field = evidenceFieldOf(spec);
  if (field === undefined) return null;
  const items = evidenceOf(spec, entry.record).map(({ item }) => item);
  if (items.some((item) => item.source === evidence.source && item.passage === evidence.passage))
    return null;
  const record = { ...entry.record, [field]: [...items, evidence] };
  const parsed = parseBundle(REGISTRY, { [collection]: [record] });
  if (!parsed.ok) return null;
  return recordsOf(mergeBundles(REGISTRY, '', [{ file: '', bundle: parsed.value }]))[0] ?? null;
}
