import { Link, Outlet } from '@tanstack/react-router';
import { DataWarningsNotice } from '../components/data-warnings-notice.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import { filterOf } from '../domain/filter.ts';
import { ExportMenu } from '../features/export/export-menu.tsx';
import { DraftsHeader } from '../features/authoring/drafts/drafts-header.tsx';
import { RecordEditorProvider } from '../features/authoring/form/record-editor-provider.tsx';
import { ShownRecordsProvider } from '../lib/shown-records.tsx';
import { FilterIntentProvider } from '../lib/filter-intent-context.tsx';
import { ShortcutHost } from './shortcut-host.tsx';
import { LinkNoticeBar } from './link-notice-bar.tsx';
import { ShellPartBoundary } from './shell-part-boundary.tsx';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';
import { useActiveViewInSight } from './use-active-view-in-sight.ts';
import { useMessages } from '../i18n/use-locale.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { shellMessages } from './messages.ts';

const VIEWS = [
  { to: '/', label: 'overview' },
  { to: '/timeline', label: 'timeline' },
  { to: '/org', label: 'org' },
  { to: '/projects', label: 'projects' },
  { to: '/quotes', label: 'quotes' },
  { to: '/briefing', label: 'briefing' },
] as const;

export function RootLayout() {
  useFocusOnNavigation();
  const { ref: viewRowRef, onFocus: onViewRowFocus } = useActiveViewInSight();
  const m = useMessages(shellMessages);
  return (
    <ShownRecordsProvider>
      <FilterIntentProvider>
        <a className="skip-link" href="#main">
          {m.skipToContent}
        </a>
        <header className="app-header">
          <Link to="/" search={filterOf} className="brand">
            {m.brand}
          </Link>
          <nav aria-label={m.views} ref={viewRowRef} onFocus={onViewRowFocus}>
            <ul className="nav-list">
              {VIEWS.map((view) => (
                <li key={view.label}>
                  {/* Moving between views keeps the person/company/voice filter. */}
                  <Link
                    to={view.to}
                    search={filterOf}
                    activeOptions={{ exact: true, includeSearch: false }}
                  >
                    {m[view.label]}
                  </Link>
                </li>
              ))}
              <li>
                <ShellPartBoundary name={m.draftsPart}>
                  <DraftsHeader />
                </ShellPartBoundary>
              </li>
            </ul>
          </nav>
          <ShellPartBoundary name={m.shortcutsPart}>
            <ShortcutHost />
          </ShellPartBoundary>
          <LanguageSwitch />
        </header>
        <ShellPartBoundary name={m.filterBarPart}>
          <FilterBar />
        </ShellPartBoundary>
        <ShellPartBoundary name={m.exportPart}>
          <ExportMenu />
        </ShellPartBoundary>
        <ShellPartBoundary name={m.dataWarningsPart}>
          <DataWarningsNotice />
        </ShellPartBoundary>
        <main id="main" className="app-main" tabIndex={-1}>
          <ShellPartBoundary name={m.linkNoticesPart}>
            <LinkNoticeBar />
          </ShellPartBoundary>
          {/* Each view has its own error boundary (the router's errorComponent) in here. */}
          <RecordEditorProvider>
            <Outlet />
          </RecordEditorProvider>
        </main>
      </FilterIntentProvider>
    </ShownRecordsProvider>
  );
}
