import { Link } from '@tanstack/react-router';
import { useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';

export interface ContentsEntry {
  id: string;
  title: string;
  count: number;
  /** The count in words, where a bare number would not say what it counts. */
  countLabel?: string | undefined;
}

/** Links to the sections a profile shows, with how many items each holds: the pages are long. */
export function ProfileContents({ entries }: { entries: readonly ContentsEntry[] }) {
  const m = useMessages(profileMessages);
  const shown = entries.filter((entry) => entry.count > 0);
  if (shown.length === 0) return null;
  return (
    <nav className="profile-contents" aria-label={m.onThisPage}>
      <ul>
        {shown.map((entry) => (
          <li key={entry.id}>
            {/* Same page, same filter: only the fragment changes. */}
            <Link to="." search={true} hash={entry.id} resetScroll={false}>
              {entry.title}{' '}
              <span className="profile-contents__count">
                {entry.countLabel === undefined
                  ? entry.count
                  : `${m.countSeparator}${entry.countLabel}`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
