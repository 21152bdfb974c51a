import { Link } from '@tanstack/react-router';
import { vocabulary } from '../../domain/messages.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import type { ActiveFilter } from '../../lib/use-filter.ts';
import { profileMessages } from './messages.ts';

interface ProfileNoticesProps {
  filter: ActiveFilter;
  /** Records about the subject the voice filter hides. */
  hidden: number;
  subject: string;
}

/** What of the URL filter applies here: the voice part cuts the lists, the rest does not. */
export function ProfileNotices({ filter, hidden, subject }: ProfileNoticesProps) {
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  const entityFilter = filter.people.length > 0 || filter.organizations.length > 0;
  if (filter.voices.length === 0 && !entityFilter) return null;
  const voices = filter.voices.map((v) => vocabulary[locale].voice(v));
  return (
    <div className="profile-notices" role="status">
      {filter.voices.length > 0 && (
        <p className="notice">
          {m.voiceFilter(voices)}
          {m.hidden(hidden, subject)}{' '}
          <Link to="." search={(prev) => ({ ...prev, voice: undefined })}>
            {m.showEveryVoice}
          </Link>
        </p>
      )}
      {entityFilter && <p className="hint">{m.entityFilterIgnored(subject)}</p>}
    </div>
  );
}
