import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { NO_FILTER } from '../domain/filter.ts';
import { useMessages } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';
import './permalink-actions.css';

/** A record's stable address, as a link to follow or share and a button that copies it. */
export function PermalinkActions({ id, label }: { id: string; label: string }) {
  const t = useMessages(componentMessages);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const [status, setStatus] = useState('');

  const copy = async () => {
    const href = linkRef.current?.href;
    if (!href) return;
    try {
      await navigator.clipboard.writeText(href);
      setStatus(t.copied);
    } catch {
      // No clipboard (an insecure page, a refused permission): the link is still there.
      setStatus(t.copyFailed);
    }
  };

  return (
    <span className="permalink-actions">
      <Link
        ref={linkRef}
        to="/r/$recordId"
        params={{ recordId: id }}
        // The permalink carries no filter (it would be cleared anyway); the data folder stays.
        search={NO_FILTER}
        aria-label={t.permalinkTo(label)}
      >
        {t.permalink}
      </Link>
      <button
        type="button"
        className="link-button"
        aria-label={t.copyTo(label)}
        onClick={() => void copy()}
      >
        {t.copy}
      </button>
      <span role="status" className="permalink-actions__status">
        {status}
      </span>
    </span>
  );
}
