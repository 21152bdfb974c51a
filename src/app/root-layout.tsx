import { Link, Outlet } from '@tanstack/react-router';
import { DataWarningsNotice } from '../components/data-warnings-notice.tsx';
import { FilterBar } from '../components/filter-bar.tsx';
import { filterOf } from '../domain/filter.ts';

const VIEWS = [
  { to: '/', label: 'Overview' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/org', label: 'Org' },
  { to: '/projects', label: 'Projects' },
  { to: '/quotes', label: 'Quotes' },
  { to: '/briefing', label: 'Briefing' },
] as const;

export function RootLayout() {
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
      </header>
      <FilterBar />
      <DataWarningsNotice />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
