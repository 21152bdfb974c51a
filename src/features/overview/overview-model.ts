import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { RecordType } from '../../domain/dataset.ts';
import { matchingRecordIds } from '../../domain/filter.ts';
import { countRecords } from '../../domain/record-counts.ts';
import type { Person } from '../../domain/records.ts';
import type { ShownRecords } from '../../lib/shown-records.tsx';
import type { ActiveFilter } from '../../lib/use-filter.ts';

const collator = new Intl.Collator('fr');

export interface Overview extends ShownRecords {
  /** Records of each type, in the registry's order: every source, and how many of `shownIds` are of each other type. */
  counts: [RecordType, number][];
  /** The people passing the filter, by name. */
  people: Person[];
}

/**
 * The overview counts every record passing the filter: those records are what it shows (and
 * exports), and its counts are theirs, type by type.
 */
export function buildOverview(index: DatasetIndex, filter: ActiveFilter): Overview {
  const { dataset } = index;
  const shownIds = matchingRecordIds(index, filter);
  const tally = countRecords(index, shownIds);
  return {
    shownIds,
    // The sources are counted whole: the filter chooses records that cite them, not sources.
    counts: [...tally].map(([type, count]) => [
      type,
      type === 'source' ? dataset.sources.length : count,
    ]),
    people: dataset.people.filter(filter.includes).sort((a, b) => collator.compare(a.name, b.name)),
  };
}
