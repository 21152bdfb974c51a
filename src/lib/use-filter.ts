import { useMemo } from 'react';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { createRecordFilter, resolveFilter, type ResolvedFilter } from '../domain/filter.ts';
import type { Voice } from '../domain/records.ts';
import { filterListsOf } from './filter-intent.ts';
import { useShownFilterKey } from './filter-intent-context.tsx';

export interface ActiveFilter extends ResolvedFilter {
  /** Whether a record passes the filter (involvement and voice). */
  includes: (record: { id: string; voice?: Voice }) => boolean;
  /** Whether any person, organization or voice is applied. */
  active: boolean;
}

/**
 * The filter every view applies to its records, checked against the dataset: the URL's, or
 * the one just chosen in the filter bar while the URL is being written. Kept per filter key, so
 * the URL catching up with a chosen filter (or another parameter changing) gives the same object
 * and no view computes anything again.
 */
export function useFilter(index: DatasetIndex): ActiveFilter {
  const key = useShownFilterKey();
  return useMemo(() => {
    const resolved = resolveFilter(index, filterListsOf(key));
    return {
      ...resolved,
      includes: createRecordFilter(index, resolved),
      active: resolved.people.length + resolved.organizations.length + resolved.voices.length > 0,
    };
  }, [index, key]);
}

/** The ids and voices a filter applies, space-separated: one string per filter. */
export function filterKeyOf(filter: ResolvedFilter): string {
  return [
    ...filter.people.map((p) => p.id),
    ...filter.organizations.map((o) => o.id),
    ...filter.voices,
  ].join(' ');
}
