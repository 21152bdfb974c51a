import type { ProjectStatus } from '../../domain/records.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ShownRecords } from '../../lib/shown-records.tsx';
import type { ProjectRow } from './project-rows.ts';
import type { ProjectSort } from './project-sort-param.ts';
import { sortProjectRows } from './project-sort.ts';

export interface ProjectsView extends ShownRecords {
  /** The projects passing the filter, in the chosen order: the table's rows, the board's cards. */
  rows: ProjectRow[];
}

export function projectsView(
  allRows: readonly ProjectRow[],
  includes: (record: { id: string }) => boolean,
  sort: ProjectSort,
  locale: Locale,
  /** The `status=` filter: only projects with this status, when given. */
  status?: ProjectStatus,
): ProjectsView {
  const rows = sortProjectRows(
    allRows.filter(
      (row) => includes(row.project) && (status === undefined || row.project.status === status),
    ),
    sort,
    locale,
  );
  return { rows, shownIds: rows.map((row) => row.project.id) };
}
