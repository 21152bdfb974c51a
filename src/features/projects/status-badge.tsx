import { vocabulary } from '../../domain/messages.ts';
import type { Certainty, ProjectStatus } from '../../domain/records.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';

/**
 * The status in words; the colour only repeats what the words say. In sentence case, as the
 * board's columns, the filter and the details write it: one case for a status everywhere.
 */
export function StatusBadge({
  status,
  certainty,
}: {
  status: ProjectStatus;
  certainty: Certainty;
}) {
  const { locale } = useLocale();
  return (
    <span className={`badge status-badge status-badge--${status} status-badge--${certainty}`}>
      <span className="visually-hidden">{projectsMessages[locale].statusHidden}</span>{' '}
      {vocabulary[locale].projectStatusClaim(status, certainty)}
    </span>
  );
}
