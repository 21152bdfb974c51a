import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../fuzzy-date.ts';
import { isStale, yearsSince } from './staleness.ts';

const year2013: FuzzyDate = {
  precision: 'year',
  value: '2013',
  certainty: 'inferred',
  inference: { fr: 'x', en: 'x' },
};
const june2012: FuzzyDate = { precision: 'month', value: '2012-06', certainty: 'stated' };

describe('staleness', () => {
  it('a source dated only 2013 turns stale twelve months after the end of 2013', () => {
    expect(isStale(year2013, new Date('2014-12-31T23:00:00Z'))).toBe(false);
    expect(isStale(year2013, new Date('2015-01-01T01:00:00Z'))).toBe(true);
  });

  it('a source of June 2012 turns stale after July 2013', () => {
    expect(isStale(june2012, new Date('2013-06-30T12:00:00Z'))).toBe(false);
    expect(isStale(june2012, new Date('2013-07-02T12:00:00Z'))).toBe(true);
  });

  it('counts whole years from the middle of the date', () => {
    expect(yearsSince(year2013, new Date('2026-12-01T12:00:00Z'))).toBe(13);
    expect(yearsSince(year2013, new Date('2013-03-01T12:00:00Z'))).toBe(0);
  });
});
