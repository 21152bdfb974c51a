import type { DatasetIndex } from '../dataset-index.ts';
import { boundsOf, midpointOf, type FuzzyDate } from '../fuzzy-date.ts';
import type { Source } from '../records.ts';
import { statementsBySource } from '../profiles/statements-by-source.ts';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** Sources past this age, at the time of viewing, no longer tell who holds what today. */
export const STALE_AFTER_MONTHS = 12;

/** The oldest and newest publication dates of the sources about some subjects. */
export interface SourceSpan {
  oldest: FuzzyDate;
  newest: FuzzyDate;
  sources: readonly Source[];
}

/** The sources that say anything about the people or organizations (and their units). */
export function sourcesAbout(index: DatasetIndex, subjectIds: readonly string[]): Source[] {
  const ids = subjectIds.flatMap((id) =>
    index.organizations.has(id) ? index.descendantsOf(id) : [id],
  );
  return statementsBySource(index, ids, () => true).map((s) => s.source);
}

export function spanOf(sources: readonly Source[]): SourceSpan | null {
  // Each date's end worked out once, not twice per comparison: a thousand interviews' sources
  // are sorted on the view's first render.
  const ends = new Map(sources.map((source) => [source, boundsOf(source.published).end]));
  const endOf = (source: Source) => ends.get(source) ?? 0;
  const sorted = [...sources].sort((a, b) => endOf(a) - endOf(b));
  const oldest = sorted[0];
  const newest = sorted.at(-1);
  return oldest && newest
    ? { oldest: oldest.published, newest: newest.published, sources: sorted }
    : null;
}

/**
 * True when even the latest moment the newest source may date from is more than twelve months
 * before `today`: a source dated only "2013" is stale from January 2015, not from January 2014.
 */
export function isStale(newest: FuzzyDate, today: Date): boolean {
  const end = new Date(boundsOf(newest).end);
  end.setUTCMonth(end.getUTCMonth() + STALE_AFTER_MONTHS);
  return today.getTime() > end.getTime();
}

/** Whole years from the middle of the date to `today`, never negative: "about 13 years ago". */
export function yearsSince(date: FuzzyDate, today: Date): number {
  return Math.max(0, Math.round((today.getTime() - midpointOf(date)) / YEAR_MS));
}

/** "2012–2013", "2013": the years the sources span, as a reader would write them. */
export function yearSpanText(span: SourceSpan): string {
  const from = span.oldest.precision === 'range' ? span.oldest.from : span.oldest.value;
  const to = yearOf(span.newest);
  return from.slice(0, 4) === to ? to : `${from.slice(0, 4)}–${to}`;
}

/** The year of a date as written in "at the latest source (2013)". */
export function yearOf(date: FuzzyDate): string {
  switch (date.precision) {
    case 'range':
      return date.to.slice(0, 4);
    default:
      return date.value.slice(0, 4);
  }
}
