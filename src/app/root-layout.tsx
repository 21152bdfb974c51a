import { Link, Outlet } from '@tanstack/react-router';
import { DataWarningsNotice } from '../components/data-warnings-notice.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import { filterOf } from '../domain/filter.ts';
import { ShortcutHost } from '../features/shortcuts/shortcut-host.tsx';
import { LinkNoticeBar } from './link-notice-bar.tsx';
import { ShellPartBoundary } from './shell-part-boundary.tsx';
import { useFocusOnNavigation } from './use-focus-on-navigation.ts';

const VIEWS = [
  { to: '/', label: 'Overview' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/org', label: 'Org' },
  { to: '/projects', label: 'Projects' },
  { to: '/quotes', label: 'Quotes' },
  { to: '/briefing', label: 'Briefing' },
] as const;

export function RootLayout() {
  useFocusOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" search={filterOf} className="brand">
          Dossier
        </Link>
        <nav aria-label="Views">
          <ul className="nav-list">
            {VIEWS.map((view) => (
              <li key={view.label}>
                {/* Moving between views keeps the person/company/voice filter. */}
                <Link
                  to={view.to}
                  search={filterOf}
                  activeOptions={{ exact: true, includeSearch: false }}
                >
                  {view.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ShellPartBoundary name="quick find and shortcuts">
          <ShortcutHost />
        </ShellPartBoundary>
      </header>
      <ShellPartBoundary name="filter bar">
        <FilterBar />
      </ShellPartBoundary>
      <ShellPartBoundary name="notice of suspicious data">
        <DataWarningsNotice />
      </ShellPartBoundary>
      <main id="main" className="app-main" tabIndex={-1}>
        <ShellPartBoundary name="list of ignored link parameters">
          <LinkNoticeBar />
        </ShellPartBoundary>
        {/* Each view has its own error boundary (the router's errorComponent) in here. */}
        <Outlet />
      </main>
    </>
  );
}
