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

/** Where each quote sits in an order, kept per order (one per dataset). */
const positions = new WeakMap<readonly Quote[], ReadonlyMap<string, number>>();

function positionsIn(ordered: readonly Quote[]): ReadonlyMap<string, number> {
  let found = positions.get(ordered);
  if (!found) {
    found = new Map(ordered.map((quote, i) => [quote.id, i]));
    positions.set(ordered, found);
  }
  return found;
}

/**
 * The quotes a search matched, in `ordered`'s order. A query of a few letters more matches a
 * few hundred of 20,000 quotes: sorting their places is cheaper than reading every quote.
 */
function candidatesOf(ordered: readonly Quote[], matches: QuoteMatches | null): readonly Quote[] {
  if (matches === null || matches.size * 4 > ordered.length) return ordered;
  const at = positionsIn(ordered);
  const places: number[] = [];
  for (const id of matches.keys()) {
    const place = at.get(id);
    if (place !== undefined) places.push(place);
  }
  places.sort((a, b) => a - b);
  return places.flatMap((place) => ordered[place] ?? []);
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
  const list = candidatesOf(ordered, matches).filter(
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
