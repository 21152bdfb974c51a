import { describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts';
import { createRecordFilter, resolveFilter, type FilterSearch } from '../../domain/filter.ts';
import { loadDataset } from '../../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import type { ActiveFilter } from '../../lib/use-filter.ts';
import { buildOverview } from './overview-model.ts';

async function builtIn(): Promise<DatasetIndex> {
  return buildIndex(await loadDataset(readerOf(builtInDataFiles())));
}

function filterFor(index: DatasetIndex, search: FilterSearch): ActiveFilter {
  const resolved = resolveFilter(index, search);
  return {
    ...resolved,
    includes: createRecordFilter(index, resolved),
    active: resolved.people.length + resolved.organizations.length + resolved.voices.length > 0,
  };
}

const collator = new Intl.Collator('fr');

describe('buildOverview', () => {
  it('lists every person by name with no filter, and the same overview on the next call', async () => {
    const index = await builtIn();
    const overview = buildOverview(index, filterFor(index, {}));
    const names = index.dataset.people.map((p) => p.name).sort(collator.compare);
    expect(overview.people.map((p) => p.name)).toEqual(names);
    expect(buildOverview(index, filterFor(index, {}))).toBe(overview);
  });

  it('keeps, for every person filtered by, the people passing it in name order', async () => {
    const index = await builtIn();
    for (const person of index.dataset.people) {
      const filter = filterFor(index, { person: [person.id] });
      const expected = index.dataset.people
        .filter(filter.includes)
        .sort((a, b) => collator.compare(a.name, b.name));
      const overview = buildOverview(index, filter);
      expect(overview.people).toEqual(expected);
      expect(overview.people).toContainEqual(person);
    }
  });

  it('counts, under a filter, only the records passing it', async () => {
    const index = await builtIn();
    const person = index.dataset.people[0];
    expect(person).toBeDefined();
    const all = buildOverview(index, filterFor(index, {}));
    const some = buildOverview(index, filterFor(index, { person: [person?.id ?? ''] }));
    expect(some.shownIds.length).toBeGreaterThan(0);
    expect(some.shownIds.length).toBeLessThan(all.shownIds.length);
  });
});
