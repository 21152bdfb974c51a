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
 * What does not depend on the filter, once per dataset: every person by name (a filter keeps
 * that order, so it never sorts again) and the overview with no filter, which reads every
 * record (49,000 at 1,000 interviews) and is asked for on every "Clear filters".
 */
const perDataset = new WeakMap<DatasetIndex, { peopleByName: Person[]; unfiltered?: Overview }>();

function datasetPart(index: DatasetIndex) {
  let part = perDataset.get(index);
  if (!part) {
    const peopleByName = [...index.dataset.people].sort((a, b) => collator.compare(a.name, b.name));
    part = { peopleByName };
    perDataset.set(index, part);
  }
  return part;
}

/**
 * The overview counts every record passing the filter: those records are what it shows (and
 * exports), and its counts are theirs, type by type.
 */
export function buildOverview(index: DatasetIndex, filter: ActiveFilter): Overview {
  const part = datasetPart(index);
  if (!filter.active && part.unfiltered) return part.unfiltered;
  const { dataset } = index;
  const shownIds = matchingRecordIds(index, filter);
  const tally = countRecords(index, shownIds);
  const overview: Overview = {
    shownIds,
    // The sources are counted whole: the filter chooses records that cite them, not sources.
    counts: [...tally].map(([type, count]) => [
      type,
      type === 'source' ? dataset.sources.length : count,
    ]),
    people: filter.active ? part.peopleByName.filter(filter.includes) : part.peopleByName,
  };
  if (!filter.active) part.unfiltered = overview;
  return overview;
}
