import { vocabulary } from '../../domain/messages.ts';
import type { Certainty, ProjectStatus } from '../../domain/records.ts';
import { INTL_LOCALE } from '../../i18n/format.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';

/**
 * The status in words; the colour only repeats what the words say. In lower case, as a tag
 * reads; the board's column headings are titles and keep the capital.
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
      {vocabulary[locale]
        .projectStatusClaim(status, certainty)
        .toLocaleLowerCase(INTL_LOCALE[locale])}
    </span>
  );
}
