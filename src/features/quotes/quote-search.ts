import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { foldedWordsOf, foldText, wordsOf } from '../../domain/text-fold.ts';
import { LOCALES } from '../../i18n/locale.ts';
import { runInSlices } from '../../lib/run-in-slices.ts';
import { topicLabel } from './topic-label.ts';

/** The quotes a query matched, each with the folded words of it that matched (to highlight). */
export interface QuoteMatches {
  readonly size: number;
  has: (id: string) => boolean;
  get: (id: string) => ReadonlySet<string> | undefined;
  keys: () => IterableIterator<string>;
}

export interface QuoteSearch {
  /** The quotes matching every word of the query, or `null` for a blank query: every quote. */
  search: (query: string) => QuoteMatches | null;
}

/** The query's words as the index holds words: folded, blanks dropped, each once. */
function queryTerms(query: string): string[] {
  return [...new Set(wordsOf(query).map(foldText))].filter((term) => term !== '');
}

/** Only punctuation or spaces: nothing to look for, so nothing is left out. */
export function isBlankQuery(query: string): boolean {
  return queryTerms(query).length === 0;
}

/** Quotes indexed between two pauses of a sliced build. */
const QUOTES_PER_STEP = 200;

/**
 * A full-text index over each quote's French original, English translation, topics (in both
 * languages) and speaker's name: accent- and case-insensitive, every query word matching as a
 * prefix ("collab" → "collaboration"), all words required. Words are split and folded as
 * `highlightSegments` splits and folds them.
 *
 * It is a sorted list of the distinct folded words with, for each, the quotes holding it: a
 * query word is a range of that list (two binary searches), and a quote matches when every
 * query word's range holds it. A keystroke costs a pass over the postings of the words it
 * starts, not a scoring of every document, so a one-letter query at 1,000 interviews stays
 * within a frame. Built in steps (see `quoteSearchSteps`).
 */
export function* quoteSearchSteps(index: DatasetIndex): Generator<void, QuoteSearch, void> {
  const quotes = index.dataset.quotes;
  const ids = quotes.map((quote) => quote.id);
  const ordinalOf = new Map(ids.map((id, i) => [id, i]));
  /** Each quote's distinct folded words. */
  const wordsByQuote: string[][] = [];
  const quotesByWord = new Map<string, number[]>();
  for (const [i, quote] of quotes.entries()) {
    const topics = LOCALES.flatMap((locale) => quote.topics.map((t) => topicLabel(t, locale)));
    const speaker = index.people.get(quote.speaker)?.name ?? quote.speaker;
    const words = new Set<string>();
    for (const text of [quote.original, quote.translation, ...topics, speaker]) {
      for (const word of foldedWordsOf(text)) words.add(word);
    }
    wordsByQuote.push([...words]);
    for (const word of words) {
      const list = quotesByWord.get(word);
      if (list) list.push(i);
      else quotesByWord.set(word, [i]);
    }
    if ((i + 1) % QUOTES_PER_STEP === 0) yield;
  }
  yield;
  const vocabulary = [...quotesByWord.keys()].sort();
  const postings = vocabulary.map((word) => quotesByWord.get(word) ?? []);
  /** Per quote, how far the current search got with it (see `search`). */
  const stamps = new Int32Array(quotes.length);
  let epoch = 1;

  /** Index of the first word not before `word` in code-unit order. */
  const lowerBound = (word: string): number => {
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((vocabulary[mid] ?? '') < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return {
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return null;
      // Stamps of this search only: a quote holding start + k matched the first k terms.
      if (epoch + terms.length + 1 >= 2 ** 31) {
        stamps.fill(0);
        epoch = 1;
      }
      const start = epoch;
      epoch += terms.length + 1;
      for (const [k, term] of terms.entries()) {
        for (let w = lowerBound(term); w < vocabulary.length; w += 1) {
          if (!(vocabulary[w] ?? '').startsWith(term)) break;
          for (const quote of postings[w] ?? []) {
            if (k === 0 || stamps[quote] === start + k) stamps[quote] = start + k + 1;
          }
        }
      }
      const matched: number[] = [];
      for (let i = 0; i < stamps.length; i += 1) {
        if (stamps[i] === start + terms.length) matched.push(i);
      }
      return matchesOf(matched, ids, ordinalOf, wordsByQuote, terms);
    },
  };
}

function matchesOf(
  matched: readonly number[],
  ids: readonly string[],
  ordinalOf: ReadonlyMap<string, number>,
  wordsByQuote: readonly string[][],
  terms: readonly string[],
): QuoteMatches {
  const matchedIds = new Set(matched.map((i) => ids[i] ?? ''));
  const termsById = new Map<string, ReadonlySet<string>>();
  return {
    size: matchedIds.size,
    has: (id) => matchedIds.has(id),
    keys: () => matchedIds.keys(),
    // Worked out for the cards on screen only, when they ask.
    get(id) {
      if (!matchedIds.has(id)) return undefined;
      let found = termsById.get(id);
      if (!found) {
        const words = wordsByQuote[ordinalOf.get(id) ?? -1] ?? [];
        found = new Set(words.filter((word) => terms.some((term) => word.startsWith(term))));
        termsById.set(id, found);
      }
      return found;
    },
  };
}

interface Building {
  steps: Generator<void, QuoteSearch, void>;
  search?: QuoteSearch;
}

const builds = new WeakMap<DatasetIndex, Building>();

function buildingFor(index: DatasetIndex): Building {
  let building = builds.get(index);
  if (!building) {
    building = { steps: quoteSearchSteps(index) };
    builds.set(index, building);
  }
  return building;
}

/** The steps still to run for `index`'s search, however far a previous caller got. */
function* remaining(building: Building): Generator<void, QuoteSearch, void> {
  while (!building.search) {
    const step = building.steps.next();
    if (step.done) building.search = step.value;
    else yield;
  }
  return building.search;
}

/** The search index of a dataset, built on first use (or finished now) and kept with it. */
export function quoteSearchFor(index: DatasetIndex): QuoteSearch {
  return toEnd(remaining(buildingFor(index)));
}

/** Builds the search index of a dataset in slices, so it is ready before the first keystroke. */
export function prepareQuoteSearch(index: DatasetIndex): Promise<QuoteSearch> {
  return runInSlices(remaining(buildingFor(index)));
}

/** A new search index of a dataset, built at once. */
export function createQuoteSearch(index: DatasetIndex): QuoteSearch {
  return toEnd(quoteSearchSteps(index));
}

/** Runs the steps at once, pauses skipped: the caller needs the index now. */
function toEnd(steps: Generator<void, QuoteSearch, void>): QuoteSearch {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
