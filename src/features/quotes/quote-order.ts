import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { compareFuzzyDates } from '../../domain/fuzzy-date.ts';
import type { Quote } from '../../domain/records.ts';

const collator = new Intl.Collator('fr');

/** Where a quote sits in its source; quotes whose passage cannot be found come last. */
function positionOf(index: DatasetIndex, quote: Quote): [number, number] {
  const citation = index.citationsByRecord.get(quote.id)?.find((c) => c.source === quote.source);
  return citation ? [citation.paragraph, citation.start] : [Infinity, Infinity];
}

/** Quotes by their source's date, then in the order they come in the source. */
export function sortQuotes(index: DatasetIndex, quotes: readonly Quote[]): Quote[] {
  const keyed = quotes.map((quote) => {
    const source = index.sources.get(quote.source);
    return { quote, date: source?.published ?? null, position: positionOf(index, quote) };
  });
  keyed.sort(
    (a, b) =>
      compareFuzzyDates(a.date, b.date) ||
      collator.compare(a.quote.source, b.quote.source) ||
      a.position[0] - b.position[0] ||
      a.position[1] - b.position[1] ||
      collator.compare(a.quote.id, b.quote.id),
  );
  return keyed.map(({ quote }) => quote);
}
