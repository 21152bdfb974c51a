import { Link } from '@tanstack/react-router';
import type { ActiveFilter } from '../../lib/use-filter.ts';

const VOICE_WORDS = {
  interviewee: 'Interviewee',
  journalist: 'Journalist',
  inferred: 'Inferred',
} as const;

function hiddenWords(hidden: number, subject: string): string {
  if (hidden === 0) return `no record about ${subject} is in another voice.`;
  if (hidden === 1) return `1 record about ${subject} in another voice is hidden.`;
  return `${hidden} records about ${subject} in other voices are hidden.`;
}

interface ProfileNoticesProps {
  filter: ActiveFilter;
  /** Records about the subject the voice filter hides. */
  hidden: number;
  subject: string;
}

/** What of the URL filter applies here: the voice part cuts the lists, the rest does not. */
export function ProfileNotices({ filter, hidden, subject }: ProfileNoticesProps) {
  const entityFilter = filter.people.length > 0 || filter.organizations.length > 0;
  if (filter.voices.length === 0 && !entityFilter) return null;
  return (
    <div className="profile-notices" role="status">
      {filter.voices.length > 0 && (
        <p className="notice">
          Voice filter: only {filter.voices.map((v) => VOICE_WORDS[v]).join(' and ')} records are
          shown; {hiddenWords(hidden, subject)}{' '}
          <Link to="." search={(prev) => ({ ...prev, voice: undefined })}>
            Show every voice
          </Link>
        </p>
      )}
      {entityFilter && (
        <p className="hint">
          The person and company filter does not narrow this page: it lists everything about{' '}
          {subject}.
        </p>
      )}
    </div>
  );
}
