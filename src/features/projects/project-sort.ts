import { compareFuzzyDates } from '../../domain/fuzzy-date.ts';
import { VOICES } from '../../domain/record-vocabulary.ts';
import type { ProjectSort, SortColumn } from './project-sort-param.ts';
import { statusRank } from './project-status.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ProjectRow } from './project-rows.ts';

const collator = new Intl.Collator('fr');
const VOICE_ORDER: readonly string[] = VOICES;

function compareText(a: string | null, b: string | null): number | null {
  if (a === null || b === null) return a === b ? 0 : null;
  return collator.compare(a, b);
}

/**
 * Ascending comparison of two rows on one column, or `null` when exactly one of them has no
 * value: the caller keeps those last whichever the direction, so unknown dates or owners never
 * crowd the top of a descending sort.
 */
function compareOn(
  column: SortColumn,
  a: ProjectRow,
  b: ProjectRow,
  locale: Locale,
): number | null {
  switch (column) {
    case 'project':
      return collator.compare(a.project.name[locale], b.project.name[locale]);
    case 'organizations':
      return collator.compare(
        a.organizations.map((o) => o.label).join(', '),
        b.organizations.map((o) => o.label).join(', '),
      );
    case 'owner':
      return compareText(a.owner?.name ?? null, b.owner?.name ?? null);
    case 'status':
      return statusRank(a.project.status) - statusRank(b.project.status);
    case 'voice':
      return VOICE_ORDER.indexOf(a.project.voice) - VOICE_ORDER.indexOf(b.project.voice);
    case 'dates': {
      const { start: aStart, end: aEnd } = a.project;
      const { start: bStart, end: bEnd } = b.project;
      if ((aStart === null) !== (bStart === null)) return null;
      return compareFuzzyDates(aStart, bStart) || compareFuzzyDates(aEnd, bEnd);
    }
  }
}

function hasValue(column: SortColumn, row: ProjectRow): boolean {
  if (column === 'owner') return row.owner !== null;
  if (column === 'dates') return row.project.start !== null;
  return true;
}

/**
 * A new array in the requested order. Names sort, and break ties, in the interface language:
 * the one the table shows. The collator stays French for both, as the data's names are.
 */
export function sortProjectRows(
  rows: readonly ProjectRow[],
  sort: ProjectSort,
  locale: Locale,
): ProjectRow[] {
  return [...rows].sort((a, b) => {
    const result = compareOn(sort.column, a, b, locale);
    if (result === null) return hasValue(sort.column, a) ? -1 : 1;
    const directed = sort.desc ? -result : result;
    return directed || collator.compare(a.project.name[locale], b.project.name[locale]);
  });
}
