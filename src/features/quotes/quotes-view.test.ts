import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../domain/dataset-index.ts';
import { loadDataset } from '../../domain/load-dataset.ts';
import { builtInDataFiles, readerOf } from '../../testing/data-folder.ts';
import { sortQuotes } from './quote-order.ts';
import { quoteSearchFor } from './quote-search.ts';
import { quotesView } from './quotes-view.ts';

const index = buildIndex(await loadDataset(readerOf(builtInDataFiles())));
const ordered = sortQuotes(index, index.dataset.quotes);
const everything = () => true;

describe('what the quotes view shows', () => {
  it('exports the quotes listed after the search, in their order', () => {
    const matches = quoteSearchFor(index).search('client');
    const view = quotesView(index, ordered, everything, matches, undefined);
    expect(view.list.length).toBeGreaterThan(0);
    expect(view.list.length).toBeLessThan(ordered.length);
    expect(view.shownIds).toEqual(view.list.map((q) => q.id));
    expect(view.linked).toBeNull();
  });

  it('exports the linked quote shown above the list, even when the search leaves it out', () => {
    const linkedId = ordered[0]?.id ?? '';
    const matches = quoteSearchFor(index).search('zzzz');
    const view = quotesView(index, ordered, everything, matches, linkedId);
    expect(view.list).toEqual([]);
    expect(view.linked?.id).toBe(linkedId);
    expect(view.shownIds).toEqual([linkedId]);
  });

  it('lists the linked quote once when the list has it too', () => {
    const linkedId = ordered[1]?.id ?? '';
    const view = quotesView(index, ordered, everything, null, linkedId);
    expect(view.shownIds).toEqual(ordered.map((q) => q.id));
  });

  it('shows no linked quote for an id that is not a quote', () => {
    const view = quotesView(index, ordered, everything, null, 'patrick-pelata');
    expect(view.linked).toBeNull();
    expect(view.shownIds).not.toContain('patrick-pelata');
  });

  it('lists, for every word of the quotes, what reading every quote in order would list', () => {
    const words = new Set(
      index.dataset.quotes.flatMap(
        (quote) => quote.translation.toLowerCase().match(/[a-z]{4,}/g) ?? [],
      ),
    );
    expect(words.size).toBeGreaterThan(20);
    for (const word of words) {
      const matches = quoteSearchFor(index).search(word);
      const view = quotesView(index, ordered, everything, matches, undefined);
      expect(view.list).toEqual(ordered.filter((quote) => matches?.has(quote.id) ?? true));
    }
  });
});
