import type { RecordType } from './dataset.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { RECORD_TYPES } from './registry.ts';

/** How many records of each type, every type of the registry in its order. */
export type RecordCounts = ReadonlyMap<RecordType, number>;

/** How many of the records `ids` names are of each type: every type of the registry, in its order. */
export function countRecords(index: DatasetIndex, ids: Iterable<string>): RecordCounts {
  const counts = new Map(RECORD_TYPES.map((type) => [type, 0]));
  for (const id of ids) {
    const entry = index.byId.get(id);
    if (entry) counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
  }
  return counts;
}
