import MiniSearch from 'minisearch';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { foldText, wordsOf } from '../../domain/text-fold.ts';
import { LOCALES } from '../../i18n/locale.ts';
import { topicLabel } from './topic-label.ts';

interface QuoteDocument {
  id: string;
  original: string;
  translation: string;
  topics: string;
  speaker: string;
}

/** Quote id → the folded words of that quote the query matched (for highlighting). */
export type QuoteMatches = ReadonlyMap<string, ReadonlySet<string>>;

export interface QuoteSearch {
  /** The quotes matching every word of the query, or `null` for a blank query: every quote. */
  search: (query: string) => QuoteMatches | null;
}

const tokenize = wordsOf;

/** Index and query words are folded alike, so "experience" finds "expérience". */
function processTerm(term: string): string | null {
  return foldText(term) || null;
}

/**
 * A full-text index over each quote's French original, English translation, topics and
 * speaker's name: accent- and case-insensitive, every query word matching as a prefix
 * ("collab" → "collaboration"), all words required.
 */
export function createQuoteSearch(index: DatasetIndex): QuoteSearch {
  const engine = new MiniSearch<QuoteDocument>({
    fields: ['original', 'translation', 'topics', 'speaker'],
    tokenize,
    processTerm,
    searchOptions: { prefix: true, combineWith: 'AND' },
  });
  engine.addAll(
    index.dataset.quotes.map((quote) => ({
      id: quote.id,
      original: quote.original,
      translation: quote.translation,
      // Topics in both languages, as the texts are: a search finds them whichever is shown.
      topics: LOCALES.flatMap((locale) => quote.topics.map((t) => topicLabel(t, locale))).join(
        ' · ',
      ),
      speaker: index.people.get(quote.speaker)?.name ?? quote.speaker,
    })),
  );
  return {
    search(query) {
      // Only punctuation or spaces: nothing to look for, so nothing is left out.
      if (tokenize(query).every((term) => processTerm(term) === null)) return null;
      const matches = new Map<string, ReadonlySet<string>>();
      for (const result of engine.search(query)) {
        matches.set(String(result.id), new Set(result.terms));
      }
      return matches;
    },
  };
}

const cache = new WeakMap<DatasetIndex, QuoteSearch>();

/** The search index of a dataset, built on first use and kept as long as the dataset is. */
export function quoteSearchFor(index: DatasetIndex): QuoteSearch {
  let search = cache.get(index);
  if (!search) {
    search = createQuoteSearch(index);
    cache.set(index, search);
  }
  return search;
}
