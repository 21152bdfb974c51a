import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import type { FuzzyDate } from '../../domain/fuzzy-date.ts';
import { dateSpanJoin } from '../../domain/format-date.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';

interface DateSpanProps {
  start: FuzzyDate | null;
  end: FuzzyDate | null;
  /** Still so at the time of the source: shown as "present" rather than an open end. */
  current: boolean;
}

/** A period with each end as precise as the source allows, and what is not known said so. */
export function DateSpan({ start, end, current }: DateSpanProps) {
  const m = useMessages(profileMessages);
  const { locale } = useLocale();
  if (start === null && end === null) {
    return (
      <span className="date-span">{current ? m.presentStartNotStated : m.datesNotStated}</span>
    );
  }
  if (end === null && !current && start !== null) {
    return (
      <span className="date-span">
        {m.from}
        <FuzzyDateText date={start} afterPreposition />
      </span>
    );
  }
  if (start === null && end !== null) {
    return (
      <span className="date-span">
        {m.until}
        <FuzzyDateText date={end} afterPreposition />
      </span>
    );
  }
  if (start === null) return null;
  if (end === null) {
    return (
      <span className="date-span">
        <FuzzyDateText date={start} /> – {m.present}
      </span>
    );
  }
  // Joined by the one rule of format-date.ts; each date keeps its precision in words, so the
  // "at the latest" reading is written as a joining word too.
  const join = dateSpanJoin(start, end, locale);
  if (join === 'same') {
    return (
      <span className="date-span">
        <FuzzyDateText date={start} />
      </span>
    );
  }
  return (
    <span className="date-span">
      <FuzzyDateText date={start} />
      {join === 'dash' ? ' – ' : m.spanTo}
      <FuzzyDateText date={end} />
    </span>
  );
}
