import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from './format-date.ts';
import { boundsOf, compareFuzzyDates, FuzzyDateSchema, type FuzzyDate } from './fuzzy-date.ts';

function parse(input: unknown): FuzzyDate {
  return FuzzyDateSchema.parse(input);
}

describe('fuzzy dates', () => {
  it('represents the expressions of the interviews without inventing precision', () => {
    const since = parse({
      precision: 'range',
      from: '2009',
      to: '2010',
      certainty: 'stated',
      expression: 'depuis 2009-2010',
    });
    const inJune = parse({
      precision: 'month',
      value: '2012-06',
      certainty: 'inferred',
      expression: 'lancé en juin',
      inference: { fr: 'année de l’article', en: 'year of the article' },
    });
    const tenMonthsAgo = parse({
      precision: 'circa',
      value: '2012',
      certainty: 'inferred',
      expression: 'dix mois',
      inference: { fr: 'dix mois avant 2013', en: 'ten months before 2013' },
    });
    const endOf1999 = parse({
      precision: 'year',
      value: '1999',
      part: 'late',
      certainty: 'stated',
      expression: 'fin 1999',
    });

    expect(formatFuzzyDate(since, 'en')).toBe('2009–2010');
    expect(formatFuzzyDate(inJune, 'en')).toBe('June 2012');
    expect(formatFuzzyDate(tenMonthsAgo, 'en')).toBe('c. 2012');
    expect(formatFuzzyDate(endOf1999, 'en')).toBe('late 1999');
  });

  it('spans the whole period a date may mean', () => {
    const since = parse({ precision: 'range', from: '2009', to: '2010', certainty: 'stated' });
    expect(boundsOf(since)).toEqual({ start: Date.UTC(2009, 0, 1), end: Date.UTC(2011, 0, 1) });
    const circa = parse({
      precision: 'circa',
      value: '2011',
      certainty: 'inferred',
      inference: { fr: 'x', en: 'x' },
    });
    expect(boundsOf(circa)).toEqual({ start: Date.UTC(2010, 0, 1), end: Date.UTC(2013, 0, 1) });
    const late = parse({ precision: 'year', value: '1999', part: 'late', certainty: 'stated' });
    expect(boundsOf(late).start).toBe(Date.UTC(1999, 8, 1));
  });

  it('rejects dates that do not exist', () => {
    expect(
      FuzzyDateSchema.safeParse({ precision: 'day', value: '2012-13-40', certainty: 'stated' })
        .success,
    ).toBe(false);
    expect(
      FuzzyDateSchema.safeParse({ precision: 'day', value: '2013-02-29', certainty: 'stated' })
        .success,
    ).toBe(false);
    expect(
      FuzzyDateSchema.safeParse({ precision: 'month', value: '2012-00', certainty: 'stated' })
        .success,
    ).toBe(false);
  });

  it('requires an inferred date to say how it was inferred', () => {
    const result = FuzzyDateSchema.safeParse({
      precision: 'year',
      value: '2012',
      certainty: 'inferred',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['inference']);
  });

  it('rejects a range that ends before it starts', () => {
    const result = FuzzyDateSchema.safeParse({
      precision: 'range',
      from: '2011',
      to: '2009',
      certainty: 'stated',
    });
    expect(result.error?.issues[0]?.path).toEqual(['to']);
  });

  it('sorts undated last', () => {
    const a = parse({ precision: 'year', value: '2005', certainty: 'stated' });
    const b = parse({ precision: 'year', value: '2000', certainty: 'stated' });
    expect([a, null, b].sort(compareFuzzyDates)).toEqual([b, a, null]);
  });
});
