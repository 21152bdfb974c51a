import { useRouterState, useSearch } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useId, useRef, useState, type ToggleEvent } from 'react';
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
 *
 * The panel is a `popover="auto"` the button opens through `popovertarget`: the browser closes
 * it on Escape and on a click elsewhere (light dismiss), gives focus back to the button when it
 * was inside, and draws it in the top layer, so no view's stacking can cover it.
 */
export function ExportMenu() {
  const t = useMessages(exportMessages);
  const { data: index } = useDatasetIndexIfLoaded();
  const store = useShownStore();
  const search = useSearch({ strict: false });
  const href = useRouterState({ select: (state) => state.location.href });
  const [opened, setOpened] = useState<Opened | null>(null);
  const panelId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const open = opened !== null && opened.href === href;

  // Another address is another view: what the menu counted no longer holds.
  useEffect(() => {
    if (opened !== null && opened.href !== href) panel.current?.hidePopover();
  }, [opened, href]);

  if (!index) return null;

  // Counted when opened, from what the view publishes at that moment: see useShownRecords.
  const onBeforeToggle = (event: ToggleEvent<HTMLDivElement>) => {
    if (event.newState !== 'open') return;
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
  const onToggle = (event: ToggleEvent<HTMLDivElement>) => {
    if (event.newState === 'closed') setOpened(null);
  };

  return (
    // A landmark of its own, so the open panel is not content outside every landmark.
    <aside className="export-bar no-print" aria-label={t.button}>
      <button
        type="button"
        className="export-menu__button"
        popoverTarget={panelId}
        aria-expanded={open}
        aria-controls={panelId}
      >
        {t.button}
      </button>
      <div
        ref={panel}
        id={panelId}
        popover="auto"
        className="export-menu__panel"
        onBeforeToggle={onBeforeToggle}
        onToggle={onToggle}
      >
        {open && (
          <Suspense fallback={<p>{t.loading}</p>}>
            <ExportPanel
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
