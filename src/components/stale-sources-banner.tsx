import type { DatasetIndex } from '../domain/dataset-index.ts';
import { isStale, sourcesAbout, spanOf, yearSpanText } from '../domain/briefing/staleness.ts';
import { formatDay, formatList } from '../i18n/format.ts';
import { useLocale, useMessages } from '../i18n/use-locale.ts';
import { useToday } from '../lib/today.ts';
import { componentMessages } from './messages.ts';

interface StaleSourcesBannerProps {
  index: DatasetIndex;
  /** People and organizations the view is about; none: the whole dataset. */
  subjects: readonly { id: string; name: string }[];
}

/**
 * Says, when the newest source about the subjects is more than a year old today, how old the
 * sources are: roles and projects "at the latest source" may no longer hold.
 */
export function StaleSourcesBanner({ index, subjects }: StaleSourcesBannerProps) {
  const { locale } = useLocale();
  const m = useMessages(componentMessages);
  const today = useToday();
  const sources =
    subjects.length === 0
      ? index.dataset.sources
      : sourcesAbout(
          index,
          subjects.map((s) => s.id),
        );
  const span = spanOf(sources);
  if (!span || !isStale(span.newest, today)) return null;
  const names = formatList(
    subjects.map((s) => s.name),
    locale,
  );
  return (
    <p className="stale-banner" role="note" aria-label={m.staleLabel}>
      {subjects.length === 0
        ? m.staleAll(yearSpanText(span))
        : m.staleAbout(names, yearSpanText(span))}{' '}
      {m.staleMayHaveChanged(formatDay(today, locale))}
    </p>
  );
}
