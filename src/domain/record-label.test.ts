import { describe, expect, it } from 'vitest';
import { formatFigure, isCompacted } from './record-label.ts';
import type { Figure } from './records.ts';

const revenue: Figure = {
  id: 'lastminute-revenue',
  subject: { kind: 'organization', id: 'lastminute-com' },
  label: { fr: 'Chiffre d’affaires', en: 'Revenue' },
  value: 3_000_000_000,
  upTo: null,
  qualifier: 'more-than',
  outOf: null,
  unit: { fr: 'dollars de chiffre d’affaires', en: 'dollars of revenue' },
  asOf: null,
  voice: 'journalist',
  evidence: [{ source: 'bfm-hoffstetter', passage: 'plus de 3 milliards de dollars' }],
};

describe('formatFigure', () => {
  it('says a large figure in words, in both languages', () => {
    expect(formatFigure(revenue, 'en')).toBe('more than 3 billion dollars of revenue');
    expect(formatFigure(revenue, 'fr')).toBe(
      'plus de 3 milliards de dollars de chiffre d’affaires',
    );
  });

  it('elides « de » before a vowel', () => {
    const staff = { ...revenue, value: 1_200_000, unit: { fr: 'employés', en: 'employees' } };
    expect(formatFigure(staff, 'fr')).toBe('plus de 1,2 million d’employés');
  });

  it('keeps every digit when asked, and below a million', () => {
    expect(formatFigure(revenue, 'en', true)).toBe('more than 3,000,000,000 dollars of revenue');
    expect(isCompacted(revenue, 'en')).toBe(true);
    const small = { ...revenue, value: 130_000, qualifier: 'about' as const };
    expect(formatFigure(small, 'fr')).toBe('environ 130\u202f000 dollars de chiffre d’affaires');
    expect(isCompacted(small, 'fr')).toBe(false);
  });
});
