import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Quote } from '../../domain/records.ts';
import type { ShownRecords } from '../../lib/shown-records.tsx';
import type { QuoteMatches } from './quote-search.ts';

export interface QuotesView extends ShownRecords {
  /** The quote a permalink (`?quote=`) points to, shown above the list; null when none is. */
  linked: Quote | null;
  /** The quotes passing the filter and the search, in order: the list. */
  list: Quote[];
}

/**
 * What the quotes view shows: the list, and the linked quote above it, which the filter and the
 * search do not hide (a permalink opens it whatever the list holds).
 */
export function quotesView(
  index: DatasetIndex,
  ordered: readonly Quote[],
  includes: (record: { id: string }) => boolean,
  matches: QuoteMatches | null,
  linkedId: string | undefined,
  topic?: string,
): QuotesView {
  const entry = linkedId === undefined ? undefined : index.byId.get(linkedId);
  const linked = entry?.type === 'quote' ? entry.record : null;
  const list = ordered.filter(
    (quote) =>
      includes(quote) &&
      (topic === undefined || quote.topics.includes(topic)) &&
      (matches === null || matches.has(quote.id)),
  );
  const shownIds = list.map((quote) => quote.id);
  // Listed too, most of the time; when the list leaves it out, it is still on screen.
  if (linked && !shownIds.includes(linked.id)) shownIds.push(linked.id);
  return { linked, list, shownIds };
}
