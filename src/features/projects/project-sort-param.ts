import { z } from '../../domain/zod-mini.ts';

// The table's sort as the URL writes it: read by the router before the data has loaded, so it
// uses zod/mini and nothing of the records (project-sort.ts compares the rows).

export const SORT_COLUMNS = [
  'project',
  'organizations',
  'owner',
  'status',
  'dates',
  'voice',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** Every column of the table: the sortable ones and the evidence excerpt. */
export const PROJECT_COLUMNS = [...SORT_COLUMNS, 'evidence'] as const;
export type ProjectColumnId = (typeof PROJECT_COLUMNS)[number];

export function isSortColumn(id: string): id is SortColumn {
  return SORT_COLUMNS.some((column) => column === id);
}

export interface ProjectSort {
  column: SortColumn;
  desc: boolean;
}

/**
 * What a click on a column's header asks for: the sorted column turns around, another column
 * sorts ascending. There is no unsorted state.
 */
export function nextSort(current: ProjectSort, column: SortColumn): ProjectSort {
  return column === current.column ? { column, desc: !current.desc } : { column, desc: false };
}

/** A lifecycle view reads best from ideas to finished work. */
export const DEFAULT_SORT: ProjectSort = { column: 'status', desc: false };

const SortColumnSchema = z.enum(SORT_COLUMNS);

/** The URL's `sort`: a column id, `-` in front for descending (`status`, `-dates`). */
export const ProjectSortParamSchema = z
  .string()
  .check(
    z.regex(new RegExp(`^-?(?:${SORT_COLUMNS.join('|')})$`), 'a column id, optionally after "-"'),
  );

export function parseSort(param: string | undefined): ProjectSort {
  if (param === undefined) return DEFAULT_SORT;
  const desc = param.startsWith('-');
  const column = SortColumnSchema.safeParse(desc ? param.slice(1) : param);
  return column.success ? { column: column.data, desc } : DEFAULT_SORT;
}

export function formatSort({ column, desc }: ProjectSort): string {
  return desc ? `-${column}` : column;
}
