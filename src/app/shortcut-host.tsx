import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { filterOf } from '../domain/filter.ts';
import { useMessages } from '../i18n/use-locale.ts';
import { shortcutMessages } from '../features/shortcuts/messages.ts';
import { createShortcutReader } from '../lib/shortcut-keys.ts';
import { draftStoreFor } from '../lib/authoring/use-drafts.ts';
import { useDataBaseIfValid } from '../lib/use-dataset-index.ts';
import '../features/shortcuts/shortcuts.css';

type OpenDialog = 'palette' | 'help' | null;

// The palette and its search index (minisearch), and the help, load on first use, not with the
// page: they are fetched on the first sign that they may be wanted (a key pressed, the pointer or
// focus on these buttons), which comes before the key or click that opens them. Fetching them
// "once the page is idle" fetched them during the load, which has idle moments while the worker
// works: 10 KB (gzip) the first view does not need.
const loadPalette = () => import('../features/command-palette/command-palette.tsx');
const CommandPalette = lazy(() =>
  loadPalette().then((module) => ({ default: module.CommandPalette })),
);
const loadHelp = () => import('../features/shortcuts/help-overlay.tsx');
const HelpOverlay = lazy(() => loadHelp().then((module) => ({ default: module.HelpOverlay })));

let preloaded = false;
/** Best effort: a preload that fails (offline, page closing) is tried again on opening. */
function preloadDialogs(): void {
  if (preloaded) return;
  preloaded = true;
  loadPalette().catch(() => undefined);
  loadHelp().catch(() => undefined);
}

/**
 * The header's Quick find and Shortcuts buttons, the keyboard shortcuts behind them, and the
 * two dialogs. Focus goes back to where it was when a dialog closes, unless the palette moved
 * to another place: the new view places focus there.
 */
export function ShortcutHost() {
  const t = useMessages(shortcutMessages);
  const navigate = useNavigate();
  const base = useDataBaseIfValid();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const opener = useRef<Element | null>(null);
  const returnFocus = useRef(false);

  /** The open dialog, for the key handler that outlives renders. */
  const openNow = useRef<OpenDialog>(null);

  const open = useCallback((which: 'palette' | 'help') => {
    // Going from help to the palette keeps the first opener: focus returns there.
    if (openNow.current === null) opener.current = document.activeElement;
    openNow.current = which;
    setDialog(which);
  }, []);
  const close = useCallback((restore: boolean) => {
    returnFocus.current = restore;
    openNow.current = null;
    setDialog(null);
  }, []);

  // Runs after the dialog's own clean-up has made the page interactive again.
  useEffect(() => {
    if (dialog !== null || !returnFocus.current) return;
    returnFocus.current = false;
    const target = opener.current;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  }, [dialog]);

  useEffect(() => {
    // Any key: Ctrl or Meta is down before the K, Shift before the ?, and "/" itself starts the
    // fetch that the palette then waits for (a few milliseconds from this origin).
    document.addEventListener('keydown', preloadDialogs, { capture: true, once: true });
    return () => document.removeEventListener('keydown', preloadDialogs, { capture: true });
  }, []);

  useEffect(() => {
    const read = createShortcutReader();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = read(event);
      if (!action) return;
      if (action.kind === 'undo' || action.kind === 'redo') {
        // Nothing to undo on a folder the loaders refuse: the key stays the browser's.
        if (base === null) return;
        event.preventDefault();
        void draftStoreFor(base).dispatch({ kind: action.kind });
        return;
      }
      event.preventDefault();
      if (action.kind === 'view') void navigate({ to: action.to, search: filterOf });
      else open(action.kind);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate, open, base]);

  return (
    <div
      className="shortcut-tools"
      role="group"
      aria-label={t.toolbar}
      onPointerOver={preloadDialogs}
      onFocus={preloadDialogs}
    >
      <button type="button" className="shortcut-tools__button" onClick={() => open('palette')}>
        {t.paletteButton} <kbd aria-hidden="true">Ctrl K</kbd>
      </button>
      <button type="button" className="shortcut-tools__button" onClick={() => open('help')}>
        <span className="shortcut-tools__text">{t.helpButton}</span> <kbd aria-hidden="true">?</kbd>
      </button>
      {dialog === 'palette' && (
        <Suspense fallback={null}>
          <CommandPalette onClose={close} />
        </Suspense>
      )}
      {dialog === 'help' && (
        <Suspense fallback={null}>
          <HelpOverlay onClose={() => close(true)} />
        </Suspense>
      )}
    </div>
  );
}
