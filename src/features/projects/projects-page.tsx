import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo, useRef } from 'react';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
import { ProjectDetailPanel } from './project-detail-panel.tsx';
import { buildProjectRows } from './project-rows.ts';
import { formatSort, parseSort, type ProjectSort } from './project-sort-param.ts';
import { projectsView } from './projects-view.ts';
import { ProjectsBoard } from './projects-board.tsx';
import { ProjectsTable } from './projects-table.tsx';
import { StatusFilter } from './status-filter.tsx';
import { ViewToggle, type ProjectsView } from './view-toggle.tsx';
import type { ProjectStatus } from '../../domain/records.ts';
import './projects.css';
import { useShownRecords } from '../../lib/shown-records.tsx';

export function ProjectsPage() {
  const { locale } = useLocale();
  const t = projectsMessages[locale];
  const index = useDatasetIndex();
  const filter = useFilter(index);
  // The open panel lives in the URL (`project=`), so that a permalink can open it.
  const {
    view = 'table',
    sort: sortParam,
    status,
    project: openId,
  } = useSearch({ from: '/projects' });
  const navigate = useNavigate({ from: '/projects' });
  const triggerRef = useRef<HTMLElement | null>(null);

  const allRows = useMemo(() => buildProjectRows(index), [index]);
  const sort = useMemo(() => parseSort(sortParam), [sortParam]);
  const shown = useMemo(
    () => projectsView(allRows, filter.includes, sort, locale, status),
    [allRows, filter, sort, locale, status],
  );
  useShownRecords('projects', shown);
  const { rows } = shown;
  // A project the filter has since hidden closes with it.
  const openRow = rows.find((row) => row.project.id === openId) ?? null;

  // Like view and order, opening a panel replaces the history entry instead of adding one.
  const setOpenId = useCallback(
    (project: string | undefined) =>
      void navigate({
        search: (prev) => ({ ...prev, project }),
        replace: true,
        resetScroll: false,
      }),
    [navigate],
  );
  const onOpen = useCallback(
    (projectId: string, trigger: HTMLElement) => {
      triggerRef.current = trigger;
      setOpenId(projectId);
    },
    [setOpenId],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onClose = useCallback(() => {
    setOpenId(undefined);
    // The button that opened the panel is gone if the view changed since: start from the top.
    const trigger = triggerRef.current;
    if (trigger?.isConnected) trigger.focus();
    else headingRef.current?.focus();
  }, [setOpenId]);

  // View and order are ways of looking, not places: they replace the history entry.
  const setView = (next: ProjectsView) =>
    void navigate({
      search: (prev) => ({ ...prev, view: next === 'table' ? undefined : next }),
      replace: true,
      resetScroll: false,
    });
  const setStatus = (next: ProjectStatus | undefined) =>
    void navigate({
      search: (prev) => ({ ...prev, status: next }),
      replace: true,
      resetScroll: false,
    });
  const setSort = (next: ProjectSort) =>
    void navigate({
      search: (prev) => ({ ...prev, sort: formatSort(next) }),
      replace: true,
      resetScroll: false,
    });

  const total = allRows.length;
  return (
    <div className="projects-page">
      <header className="page-header projects-header">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {t.title}
          </h1>
          <p className="projects-header__count">
            {rows.length === total ? t.count(total) : t.countFiltered(rows.length, total)}
          </p>
        </div>
        <div className="projects-header__controls">
          <StatusFilter status={status} onChange={setStatus} />
          <ViewToggle view={view} onChange={setView} />
        </div>
      </header>

      {rows.length === 0 ? (
        <p role="status" className="empty-state">
          {t.empty}
        </p>
      ) : view === 'board' ? (
        <ProjectsBoard rows={rows} openProjectId={openRow?.project.id ?? null} onOpen={onOpen} />
      ) : (
        <ProjectsTable
          rows={rows}
          sort={sort}
          onSortChange={setSort}
          openProjectId={openRow?.project.id ?? null}
          onOpen={onOpen}
        />
      )}

      {openRow && <ProjectDetailPanel row={openRow} index={index} onClose={onClose} />}
    </div>
  );
}
