import { useMemo } from 'react';
import { vocabulary } from '../../domain/messages.ts';
import type { ProjectStatus } from '../../domain/records.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
import { ProjectBoardCard } from './project-board-card.tsx';
import type { OpenProject } from './project-panel-id.ts';
import type { ProjectRow } from './project-rows.ts';
import { STATUS_ORDER } from './project-status.ts';

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

/** A board is for scanning; past this, a column says how many more the table holds. */
const BOARD_COLUMN_LIMIT = 100;

/** One column per status that has projects, in lifecycle order. */
export function ProjectsBoard({ rows, openProjectId, onOpen }: ProjectsBoardProps) {
  const { locale } = useLocale();
  const t = projectsMessages[locale];
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
    <div className="board" role="region" aria-label={t.boardLabel} tabIndex={0}>
      {columns.map(({ status, rows: columnRows }) => (
        <section
          key={status}
          className={`board__column board__column--${status}`}
          aria-labelledby={`board-${status}`}
        >
          <h2 id={`board-${status}`} className="board__heading">
            {vocabulary[locale].projectStatus(status)}{' '}
            <span className="board__count">
              {formatNumber(columnRows.length, locale)}{' '}
              <span className="visually-hidden">{t.boardColumnCount(columnRows.length)}</span>
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
            <p className="hint">{t.boardMore(columnRows.length - BOARD_COLUMN_LIMIT)}</p>
          )}
        </section>
      ))}
    </div>
  );
}
