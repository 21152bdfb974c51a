import { Link } from '@tanstack/react-router';
import { useMessages } from '../i18n/use-locale.ts';
import { shellMessages } from './messages.ts';

export function NotFoundPage() {
  const m = useMessages(shellMessages);
  return (
    <section className="notice-page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{m.notFoundTitle}</h1>
      <p>{m.notFoundText(window.location.pathname)}</p>
      <p>
        <Link to="/">{m.notFoundBack}</Link>
      </p>
    </section>
  );
}
