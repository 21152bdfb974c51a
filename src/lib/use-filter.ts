import { useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { createRecordFilter, resolveFilter, type ResolvedFilter } from '../domain/filter.ts';
import type { Voice } from '../domain/records.ts';

export interface ActiveFilter extends ResolvedFilter {
  /** Whether a record passes the filter (involvement and voice). */
  includes: (record: { id: string; voice?: Voice }) => boolean;
  /** Whether any person, organization or voice is applied. */
  active: boolean;
}

/** The URL's filter, checked against the dataset: what every view applies to its records. */
export function useFilter(index: DatasetIndex): ActiveFilter {
  const search = useSearch({ from: '__root__' });
  const { person, company, voice } = search;
  return useMemo(() => {
    const resolved = resolveFilter(index, { person, company, voice });
    return {
      ...resolved,
      includes: createRecordFilter(index, resolved),
      active: resolved.people.length + resolved.organizations.length + resolved.voices.length > 0,
    };
  }, [index, person, company, voice]);
}

/** The ids and voices a filter applies, space-separated: one string per filter. */
export function filterKeyOf(filter: ResolvedFilter): string {
  return [
    ...filter.people.map((p) => p.id),
    ...filter.organizations.map((o) => o.id),
    ...filter.voices,
  ].join(' ');
}
