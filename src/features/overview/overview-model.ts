import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { RecordType } from '../../domain/dataset.ts';
import { countRecords, matchingRecordIds } from '../../domain/filter.ts';
import type { Person } from '../../domain/records.ts';
import type { ShownRecords } from '../../lib/shown-records.tsx';
import type { ActiveFilter } from '../../lib/use-filter.ts';

const collator = new Intl.Collator('fr');

export interface Overview extends ShownRecords {
  /** Records of each type: the sources, then the count of each type among `shownIds`. */
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
    counts: [
      ['source', dataset.sources.length],
      ['person', tally.person],
      ['organization', tally.organization],
      ['position', tally.position],
      ['project', tally.project],
      ['quote', tally.quote],
      ['event', tally.event],
      ['figure', tally.figure],
      ['relation', tally.relation],
    ],
    people: dataset.people.filter(filter.includes).sort((a, b) => collator.compare(a.name, b.name)),
  };
}
