import { Link } from '@tanstack/react-router';

export function NotFoundPage() {
  return (
    <section className="notice-page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">No page at this address</h1>
      <p>
        The address <code>{window.location.pathname}</code> does not match any view of Dossier.
      </p>
      <p>
        <Link to="/">Go to the overview</Link>
      </p>
    </section>
  );
}
