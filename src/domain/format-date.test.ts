import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from './format-date.ts';

describe('formatFuzzyDate in French', () => {
  it('writes the first of the month as « 1er »', () => {
    const date = { precision: 'day', value: '2012-12-01', certainty: 'stated' } as const;
    expect(formatFuzzyDate(date, 'fr')).toBe('1er décembre 2012');
    expect(formatFuzzyDate(date, 'en')).toBe('1 December 2012');
  });

  it('leaves other days as numbers', () => {
    const date = { precision: 'day', value: '2012-12-11', certainty: 'stated' } as const;
    expect(formatFuzzyDate(date, 'fr')).toBe('11 décembre 2012');
  });
});
