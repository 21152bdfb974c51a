import { describe, expect, it } from 'vitest';
import { formatDateSpan, formatFuzzyDate } from './format-date.ts';
import type { FuzzyDate } from './fuzzy-date.ts';

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

describe('formatDateSpan: two fuzzy dates as one period, as people write it', () => {
  const year = (value: string): FuzzyDate => ({ precision: 'year', value, certainty: 'stated' });
  const range = (from: string, to: string): FuzzyDate => ({
    precision: 'range',
    from,
    to,
    certainty: 'inferred',
    inference: { fr: 'Déduit.', en: 'Inferred.' },
  });
  const circa = (value: string): FuzzyDate => ({
    precision: 'circa',
    value,
    certainty: 'inferred',
    inference: { fr: 'Déduit.', en: 'Inferred.' },
  });

  it.each([
    ['two plain dates', year('2000'), year('2005'), '2000 – 2005', '2000 – 2005'],
    ['twice the same date', year('2005'), year('2005'), '2005', '2005'],
    [
      'an end range begun with the start (not “2007 – 2007–2010”)',
      year('2007'),
      range('2007', '2010'),
      '2007 – 2010 at the latest',
      '2007 – 2010 au plus tard',
    ],
    [
      'an end range after the start',
      year('2005'),
      range('2007', '2010'),
      '2005 to 2007–2010',
      '2005 à 2007–2010',
    ],
    [
      'two ranges',
      range('2007', '2010'),
      range('2010', '2011'),
      '2007–2010 to 2010–2011',
      '2007–2010 à 2010–2011',
    ],
    ['a start range', range('2009', '2010'), year('2012'), '2009–2010 to 2012', '2009–2010 à 2012'],
    ['an approximate start', circa('2011'), year('2013'), 'c. 2011 – 2013', 'vers 2011 – 2013'],
    [
      'no start (not “… – 1999–2000”)',
      null,
      range('1999', '2000'),
      'until 1999–2000',
      'jusqu’à 1999–2000',
    ],
    ['no end', year('2012'), null, 'from 2012', 'à partir de 2012'],
  ])('%s', (_, start, end, en, fr) => {
    expect(formatDateSpan(start, end, 'en')).toBe(en);
    expect(formatDateSpan(start, end, 'fr')).toBe(fr);
  });

  it('says nothing when neither end is known', () => {
    expect(formatDateSpan(null, null, 'en')).toBeNull();
  });

  it('lets the caller mark each date as written, the latest year of a range included', () => {
    const mark = (date: FuzzyDate, written: string) =>
      date.certainty === 'inferred' ? `${written}*` : written;
    expect(formatDateSpan(year('2007'), range('2007', '2010'), 'en', mark)).toBe(
      '2007 – 2010* at the latest',
    );
  });
});
