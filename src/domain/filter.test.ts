import { describe, expect, it } from 'vitest';
import { builtInDataFiles, readerOf } from '../testing/data-folder.ts';
import { sourcedRecordsOf } from './dataset.ts';
import { buildIndex } from './dataset-index.ts';
import {
  countRecords,
  createRecordFilter,
  FilterSearchSchema,
  matchingRecordIds,
  resolveFilter,
} from './filter.ts';
import { loadDataset } from './load-dataset.ts';

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
    const expected: Record<string, number> = {};
    for (const entry of sourcedRecordsOf(index.dataset)) {
      expected[entry.type] = (expected[entry.type] ?? 0) + (includes(entry.record) ? 1 : 0);
    }
    expect(countRecords(index, matchingRecordIds(index, filter))).toEqual(expected);
  });
});
