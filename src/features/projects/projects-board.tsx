import { useMemo } from 'react';
import type { ProjectStatus } from '../../domain/records.ts';
import { ProjectBoardCard } from './project-board-card.tsx';
import type { OpenProject } from './project-panel-id.ts';
import type { ProjectRow } from './project-rows.ts';
import { STATUS_ORDER, statusLabel } from './project-status.ts';

interface ProjectsBoardProps {
  /** Filtered and sorted; each column keeps that order. */
  rows: readonly ProjectRow[];
  openProjectId: string | null;
  onOpen: OpenProject;
}

interface StatusColumn {
  status: ProjectStatus;
  rows: ProjectRow[];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One column per status that has projects, in lifecycle order. */
/** A board is for scanning; past this, a column says how many more the table holds. */
const BOARD_COLUMN_LIMIT = 100;

export function ProjectsBoard({ rows, openProjectId, onOpen }: ProjectsBoardProps) {
  const columns = useMemo<StatusColumn[]>(
    () =>
      STATUS_ORDER.map((status) => ({
        status,
        rows: rows.filter((row) => row.project.status === status),
      })).filter((column) => column.rows.length > 0),
    [rows],
  );
  return (
    // Keyboard users must reach a region that scrolls sideways to scroll it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="board" role="region" aria-label="Projects by status" tabIndex={0}>
      {columns.map(({ status, rows: columnRows }) => (
        <section
          key={status}
          className={`board__column board__column--${status}`}
          aria-labelledby={`board-${status}`}
        >
          <h2 id={`board-${status}`} className="board__heading">
            {capitalize(statusLabel(status))}{' '}
            <span className="board__count">
              {columnRows.length}{' '}
              <span className="visually-hidden">
                {columnRows.length === 1 ? 'project' : 'projects'}
              </span>
            </span>
          </h2>
          <ul className="board__cards">
            {columnRows.slice(0, BOARD_COLUMN_LIMIT).map((row) => (
              <li key={row.project.id}>
                <ProjectBoardCard
                  row={row}
                  open={row.project.id === openProjectId}
                  onOpen={onOpen}
                />
              </li>
            ))}
          </ul>
          {columnRows.length > BOARD_COLUMN_LIMIT && (
            <p className="hint">
              And {columnRows.length - BOARD_COLUMN_LIMIT} more: filter, or use the table, which
              shows all.
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
