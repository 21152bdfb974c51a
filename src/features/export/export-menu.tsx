import { useRouterState, useSearch } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { exportBaseName } from '../../domain/export/file-name.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { useDatasetIndexIfLoaded } from '../../lib/use-dataset-index.ts';
import { exportMessages } from './messages.ts';
import { useShownStore } from '../../lib/shown-records.tsx';
import './export.css';

// The export code (closure, CSV, zip) loads when the menu first opens, not with the page.
const ExportPanel = lazy(() =>
  import('./export-panel.tsx').then((module) => ({ default: module.ExportPanel })),
);

interface Opened {
  /** Ids the view showed at that moment. */
  ids: readonly string[];
  /** The address the menu was opened at: moving elsewhere closes it. */
  href: string;
  base: string;
}

/**
 * The Export button above every view: the records the view shows, as a JSON data file that
 * passes the data checks on its own, or as CSV, one file per record type.
 */
export function ExportMenu() {
  const t = useMessages(exportMessages);
  const { data: index } = useDatasetIndexIfLoaded();
  const store = useShownStore();
  const search = useSearch({ strict: false });
  const href = useRouterState({ select: (state) => state.location.href });
  const [opened, setOpened] = useState<Opened | null>(null);
  const panelId = useId();
  const root = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = opened !== null && opened.href === href;

  // A click elsewhere closes the menu, as any menu does; Escape closes it and returns focus.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpened(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpened(null);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  if (!index) return null;

  // Counted when opened, from what the view publishes at that moment: see useShownRecords.
  const toggle = () => {
    if (open) return setOpened(null);
    const shown = store.current();
    const narrowing = [search.person, search.company, search.voice]
      .flatMap((list) => list ?? [])
      .concat([search.q, search.asof].filter((value) => value !== undefined));
    setOpened({
      ids: shown?.shown ? [...shown.shown.shownIds] : [],
      href,
      base: exportBaseName(shown?.view ?? 'view', narrowing),
    });
  };

  return (
    // A landmark of its own, so the open panel is not content outside every landmark.
    <aside className="export-bar no-print" ref={root} aria-label={t.button}>
      <div className="export-menu">
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={toggle}
        >
          {t.button}
        </button>
        {open && (
          <Suspense fallback={<p className="export-menu__panel">{t.loading}</p>}>
            <ExportPanel
              id={panelId}
              index={index}
              ids={opened.ids}
              base={opened.base}
              title={t.title(href, index.dataset.title)}
            />
          </Suspense>
        )}
      </div>
    </aside>
  );
}
