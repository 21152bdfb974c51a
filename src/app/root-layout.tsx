import { Link, Outlet } from '@tanstack/react-router';

export function RootLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Dossier
        </Link>
        <nav aria-label="Views">
          <ul className="nav-list">
            <li>
              <Link to="/" activeOptions={{ exact: true }}>
                Overview
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
