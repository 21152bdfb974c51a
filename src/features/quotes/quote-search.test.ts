import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type DatasetIndex } from '../../domain/dataset-index.ts';
import { loadDataset } from '../../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { highlightSegments } from './highlight.ts';
import { sortQuotes } from './quote-order.ts';
import MiniSearch from 'minisearch';
import { foldText, wordsOf } from '../../domain/text-fold.ts';
import { LOCALES } from '../../i18n/locale.ts';
import {
  createQuoteSearch,
  prepareQuoteSearch,
  quoteSearchFor,
  type QuoteSearch,
} from './quote-search.ts';
import { topicLabel } from './topic-label.ts';

let index: DatasetIndex;
let search: QuoteSearch;

beforeAll(async () => {
  index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
  search = createQuoteSearch(index);
});

function idsFor(query: string): string[] {
  const matches = search.search(query);
  if (matches === null) throw new Error(`"${query}" was read as a blank query`);
  return [...matches.keys()].sort();
}

describe('quote search', () => {
  it('finds accented words from a query typed without accents', () => {
    const ids = idsFor('experience');
    expect(ids).toEqual(
      expect.arrayContaining(['hoffstetter-customer-journey', 'pelata-customer-experience-head']),
    );
    expect(search.search('experience')?.get('pelata-customer-experience-head')).toContain(
      'experience',
    );
  });

  it('matches the start of a word', () => {
    expect(idsFor('collab')).toEqual(
      expect.arrayContaining([
        'pelata-renault-first-collaboration',
        'pelata-unify-customer-relationship',
      ]),
    );
  });

  it('ignores case and accents in the query too', () => {
    expect(idsFor('EXPÉRIENCE')).toEqual(idsFor('experience'));
    expect(idsFor('Eyjafjöll')).toEqual(['hoffstetter-eyjafjoll']);
  });

  it('searches topics and the speaker’s name', () => {
    expect(idsFor('pilot projects')).toEqual(['pelata-twelve-of-fifteen']);
    expect(idsFor('pelata')).toHaveLength(9);
  });

  it('searches topics in French as well as in English', () => {
    expect(idsFor('parcours')).toEqual(expect.arrayContaining(idsFor('career')));
    expect(idsFor('relation client')).toEqual(
      expect.arrayContaining(idsFor('customer relationship')),
    );
  });

  it('requires every word of the query', () => {
    expect(idsFor('hoffstetter innovation')).toEqual(['hoffstetter-next-stage']);
  });

  it('finds nothing for a word no quote has', () => {
    expect(search.search('zeppelin')?.size).toBe(0);
  });

  it('reads a blank query as no search at all', () => {
    expect(search.search('')).toBeNull();
    expect(search.search('  « » ')).toBeNull();
  });

  it('builds the index once per dataset', () => {
    expect(quoteSearchFor(index)).toBe(quoteSearchFor(index));
  });

  it('hands the index built in slices to later callers', async () => {
    const fresh = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
    const prepared = await prepareQuoteSearch(fresh);
    expect(quoteSearchFor(fresh)).toBe(prepared);
  });

  it('finds what a MiniSearch prefix search over the same fields finds, with the same words', () => {
    const reference = new MiniSearch({
      fields: ['original', 'translation', 'topics', 'speaker'],
      tokenize: wordsOf,
      processTerm: (term) => foldText(term) || null,
      searchOptions: { prefix: true, combineWith: 'AND' },
    });
    reference.addAll(
      index.dataset.quotes.map((quote) => ({
        id: quote.id,
        original: quote.original,
        translation: quote.translation,
        topics: LOCALES.flatMap((l) => quote.topics.map((t) => topicLabel(t, l))).join(' · '),
        speaker: index.people.get(quote.speaker)?.name ?? quote.speaker,
      })),
    );
    const queries = ['c', 'co', 'Ren', 'le client', 'é', 'digit fact', 'zz', "l'e", 'p d'];
    for (const query of queries) {
      const expected = reference.search(query).map((r) => [String(r.id), [...r.terms].sort()]);
      const matches = search.search(query);
      const got = [...(matches?.keys() ?? [])].map((id) => [
        id,
        [...(matches?.get(id) ?? [])].sort(),
      ]);
      expect(got.sort(), `query “${query}”`).toEqual(expected.sort());
    }
  });
});

describe('highlighting', () => {
  it('marks whole words whose folded form matched, keeping the text as written', () => {
    const segments = highlightSegments(
      'Des expériences, l’Expérience !',
      new Set(['experiences', 'experience']),
    );
    expect(segments).toEqual([
      { text: 'Des ', match: false },
      { text: 'expériences', match: true },
      { text: ', l’', match: false },
      { text: 'Expérience', match: true },
      { text: ' !', match: false },
    ]);
  });

  it('leaves a text with no match in one piece', () => {
    expect(highlightSegments('Rien à voir', new Set(['innovation']))).toEqual([
      { text: 'Rien à voir', match: false },
    ]);
  });
});

describe('quote order', () => {
  it('puts the earlier source first, then follows the text', () => {
    const ids = sortQuotes(index, index.dataset.quotes).map((quote) => quote.id);
    // BFM Business is dated 2012, ITespresso.fr 2013.
    expect(ids.slice(0, 10).filter((id) => !id.startsWith('hoffstetter-'))).toEqual([]);
    expect(ids.indexOf('hoffstetter-career-start')).toBeLessThan(
      ids.indexOf('hoffstetter-e-commerce'),
    );
    expect(ids.indexOf('pelata-new-ground')).toBeLessThan(ids.indexOf('pelata-ten-months'));
  });
});
