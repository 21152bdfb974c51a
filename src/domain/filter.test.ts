import { describe, expect, it } from 'vitest';
import { builtInDataFiles, readerOf } from '../testing/data-folder.ts';
import { sourcedRecordsOf } from './dataset.ts';
import { buildIndex } from './dataset-index.ts';
import {
  createRecordFilter,
  FILTER_KEYS,
  FILTER_LIST_KEYS,
  filterOf,
  FilterSearchSchema,
  matchingRecordIds,
  resolveFilter,
} from './filter.ts';
import { loadDataset } from './load-dataset.ts';
import { countRecords } from './record-counts.ts';

const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));

describe('FilterSearchSchema', () => {
  it('reads repeated and comma-separated ids, trimmed and de-duplicated', () => {
    expect(FilterSearchSchema.parse({ person: ['a,b', ' b '], company: 'renault' })).toMatchObject({
      person: ['a', 'b'],
      company: ['renault'],
    });
  });

  it('ignores what is not text rather than failing', () => {
    expect(FilterSearchSchema.parse({ person: { x: 1 }, data: 42 })).toEqual({
      person: undefined,
      data: undefined,
    });
  });
});

describe('the filter keys', () => {
  it('are the URL parameters every view carries, lists first', () => {
    expect(FILTER_KEYS).toEqual(['person', 'company', 'voice', 'data']);
    expect(FILTER_LIST_KEYS).toEqual(['person', 'company', 'voice']);
  });

  it('filterOf keeps them and nothing else', () => {
    expect(filterOf({ person: ['a'], data: '/d/', ...{ q: 'x' } })).toEqual({
      person: ['a'],
      company: undefined,
      voice: undefined,
      data: '/d/',
    });
  });
});

describe('resolveFilter', () => {
  it('turns unknown values into notices', () => {
    const filter = resolveFilter(index, { person: ['patrick-pelata', 'nobody'], voice: ['loud'] });
    expect(filter.people.map((p) => p.id)).toEqual(['patrick-pelata']);
    expect(filter.notices).toEqual([
      { param: 'person', value: 'nobody' },
      { param: 'voice', value: 'loud' },
    ]);
  });
});

describe('matchingRecordIds, counted by type', () => {
  it.each([
    {},
    { person: ['patrick-pelata'] },
    { company: ['renault'] },
    { person: ['patrick-hoffstetter'], voice: ['interviewee'] },
    { voice: ['journalist', 'inferred'] },
  ])('agrees with filtering every record (%o)', (search) => {
    const filter = resolveFilter(index, search);
    const includes = createRecordFilter(index, filter);
    // Sources are never among the matches, but every type is counted.
    const expected: Record<string, number> = { source: 0 };
    for (const entry of sourcedRecordsOf(index.dataset)) {
      expected[entry.type] = (expected[entry.type] ?? 0) + (includes(entry.record) ? 1 : 0);
    }
    expect(Object.fromEntries(countRecords(index, matchingRecordIds(index, filter)))).toEqual(
      expected,
    );
  });
});
