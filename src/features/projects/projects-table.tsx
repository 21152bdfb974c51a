import { useWindowRows } from '../../components/use-window-rows.ts';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useId, useMemo } from 'react';
import { useMessages } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
import { OpenProjectContext, projectColumns } from './project-columns.tsx';
import type { OpenProject } from './project-panel-id.ts';
import type { ProjectRow } from './project-rows.ts';
import {
  isProjectColumn,
  SORT_COLUMNS,
  type ProjectSort,
  type SortColumn,
} from './project-sort-param.ts';

interface ProjectsTableProps {
  /** Already filtered and sorted: the order lives in the URL, not in the table's state. */
  rows: ProjectRow[];
  sort: ProjectSort;
  onSortChange: (sort: ProjectSort) => void;
  openProjectId: string | null;
  onOpen: OpenProject;
}

function isSortColumn(id: string): id is SortColumn {
  return SORT_COLUMNS.some((column) => column === id);
}

export function ProjectsTable({
  rows,
  sort,
  onSortChange,
  openProjectId,
  onOpen,
}: ProjectsTableProps) {
  const t = useMessages(projectsMessages);
  const columnName = (id: string) => (isProjectColumn(id) ? t.column(id) : id);
  const captionId = useId();
  const openProject = useMemo(() => ({ openProjectId, onOpen }), [openProjectId, onOpen]);

  const sorting: SortingState = [{ id: sort.column, desc: sort.desc }];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const [next] = typeof updater === 'function' ? updater(sorting) : updater;
    if (next && isSortColumn(next.id)) onSortChange({ column: next.id, desc: next.desc });
  };

  // The build runs no React Compiler, and nothing below memoizes what the table returns, so
  // its mutable instance is read fresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: projectColumns,
    state: { sorting },
    onSortingChange,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.project.id,
    // `sortProjectRows` orders the rows: it keeps unknown values last in both directions.
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
  });

  const tableRows = table.getRowModel().rows;
  // Thousands of projects render as the rows near the viewport, between two spacer rows.
  const [bodyRef, windowRows] = useWindowRows<HTMLTableSectionElement>(tableRows.length, 64);
  const caption = t.caption(t.column(sort.column), sort.desc);
  return (
    // Keyboard users must reach a region that scrolls sideways (narrow screens) to scroll it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="projects-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((cell) => {
                const sorted = cell.column.getIsSorted();
                const content = columnName(cell.column.id);
                return (
                  <th
                    key={cell.id}
                    scope="col"
                    className={`projects-table__${cell.column.id}`}
                    // Only the sorted column says so, as ARIA asks.
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                  >
                    {cell.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={cell.column.getToggleSortingHandler()}
                      >
                        {content}
                        <span aria-hidden="true" className="sort-button__icon">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      content
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <OpenProjectContext value={openProject}>
          <tbody ref={bodyRef}>
            {windowRows.padTop > 0 && (
              <tr
                aria-hidden="true"
                className="projects-table__spacer"
                style={{ height: `${windowRows.padTop}px` }}
              />
            )}
            {windowRows.indexes
              .map((i) => tableRows[i])
              .filter((row) => row !== undefined)
              .map((row) => (
                <tr
                  key={row.id}
                  data-index={row.index}
                  ref={windowRows.measure}
                  className={row.id === openProjectId ? 'projects-table__row--open' : undefined}
                >
                  {row.getVisibleCells().map((cell) => {
                    const Cell = cell.column.id === 'project' ? 'th' : 'td';
                    return (
                      <Cell
                        key={cell.id}
                        scope={Cell === 'th' ? 'row' : undefined}
                        className={`projects-table__${cell.column.id}`}
                        // Narrow screens show each cell under its column's name (see projects.css).
                        data-label={columnName(cell.column.id)}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            {windowRows.padBottom > 0 && (
              <tr
                aria-hidden="true"
                className="projects-table__spacer"
                style={{ height: `${windowRows.padBottom}px` }}
              />
            )}
          </tbody>
        </OpenProjectContext>
      </table>
    </div>
  );
}
