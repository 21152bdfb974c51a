import { useWindowRows } from '../../components/use-window-rows.ts';
import { useId } from 'react';
import { useMessages } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
import { PROJECT_CELLS } from './project-columns.tsx';
import type { OpenProject } from './project-panel-id.ts';
import type { ProjectRow } from './project-rows.ts';
import {
  isSortColumn,
  nextSort,
  PROJECT_COLUMNS,
  type ProjectColumnId,
  type ProjectSort,
} from './project-sort-param.ts';

interface ProjectsTableProps {
  /** Already filtered and sorted: the order lives in the URL, not in the table's state. */
  rows: ProjectRow[];
  sort: ProjectSort;
  onSortChange: (sort: ProjectSort) => void;
  openProjectId: string | null;
  onOpen: OpenProject;
}

export function ProjectsTable({
  rows,
  sort,
  onSortChange,
  openProjectId,
  onOpen,
}: ProjectsTableProps) {
  const t = useMessages(projectsMessages);
  const captionId = useId();
  const sortedWay = (id: ProjectColumnId) =>
    id !== sort.column ? null : sort.desc ? 'descending' : 'ascending';

  // Thousands of projects render as the rows near the viewport, between two spacer rows.
  const [bodyRef, windowRows] = useWindowRows<HTMLTableSectionElement>(rows.length, 64);
  const caption = t.caption(t.column(sort.column), sort.desc);
  return (
    // Keyboard users must reach a region that scrolls sideways (narrow screens) to scroll it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="projects-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {PROJECT_COLUMNS.map((id) => {
              const sorted = sortedWay(id);
              return (
                <th
                  key={id}
                  scope="col"
                  className={`projects-table__${id}`}
                  // Only the sorted column says so, as ARIA asks.
                  aria-sort={sorted ?? undefined}
                >
                  {isSortColumn(id) ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSortChange(nextSort(sort, id))}
                    >
                      {t.column(id)}
                      <span aria-hidden="true" className="sort-button__icon">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    t.column(id)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {windowRows.padTop > 0 && (
            <tr
              aria-hidden="true"
              className="projects-table__spacer"
              style={{ height: `${windowRows.padTop}px` }}
            />
          )}
          {windowRows.indexes.map((i) => {
            const row = rows[i];
            if (row === undefined) return null;
            const open = row.project.id === openProjectId;
            return (
              <tr
                key={row.project.id}
                data-index={i}
                ref={windowRows.measure}
                className={open ? 'projects-table__row--open' : undefined}
              >
                {PROJECT_COLUMNS.map((id) => {
                  const Cell = id === 'project' ? 'th' : 'td';
                  const Content = PROJECT_CELLS[id];
                  return (
                    <Cell
                      key={id}
                      scope={Cell === 'th' ? 'row' : undefined}
                      className={`projects-table__${id}`}
                      // Narrow screens show each cell under its column's name (see projects.css).
                      data-label={t.column(id)}
                    >
                      <Content row={row} open={open} onOpen={onOpen} />
                    </Cell>
                  );
                })}
              </tr>
            );
          })}
          {windowRows.padBottom > 0 && (
            <tr
              aria-hidden="true"
              className="projects-table__spacer"
              style={{ height: `${windowRows.padBottom}px` }}
            />
          )}
        </tbody>
      </table>
    </div>
  );
}
