import { describe, expect, it } from 'vitest';
import type { FrenchNoun } from '../../i18n/french.ts';
import { orgMessages } from './messages.ts';

// A masculine, a feminine and vowel-initial names, as in src/domain/french-templates.test.ts.
const masculine: FrenchNoun = { name: 'comité de direction', gender: 'm', article: 'definite' };
const feminine: FrenchNoun = { name: 'Digital Factory', gender: 'f', article: 'definite' };
const vowel: FrenchNoun = { name: 'Orange', gender: 'm', article: 'none' };
const vowelWithArticle: FrenchNoun = { name: 'équipe web', gender: 'f', article: 'definite' };
const nouns = [masculine, feminine, vowel, vowelWithArticle];

describe('French org chart sentences', () => {
  it('names the chart with « de » contracted or elided', () => {
    expect(nouns.map((n) => orgMessages.fr.chart(n))).toEqual([
      'Organigramme du comité de direction',
      'Organigramme de la Digital Factory',
      'Organigramme d’Orange',
      'Organigramme de l’équipe web',
    ]);
  });

  it('agrees « rattaché » with the box and gives its parent its article', () => {
    expect(nouns.map((n) => orgMessages.fr.under(n, feminine, false))).toEqual([
      ', rattaché à la Digital Factory',
      ', rattachée à la Digital Factory',
      ', rattaché à la Digital Factory',
      ', rattachée à la Digital Factory',
    ]);
    expect(nouns.map((n) => orgMessages.fr.under(feminine, n, false))).toEqual([
      ', rattachée au comité de direction',
      ', rattachée à la Digital Factory',
      ', rattachée à Orange',
      ', rattachée à l’équipe web',
    ]);
    expect(orgMessages.fr.under(vowel, { name: 'Chief Executive Officer' }, true)).toBe(
      ', rattaché au poste de Chief Executive Officer',
    );
  });
});
