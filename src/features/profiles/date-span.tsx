import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import type { FuzzyDate } from '../../domain/fuzzy-date.ts';
import { useMessages } from '../../i18n/use-locale.ts';
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
  return (
    <span className="date-span">
      {start && <FuzzyDateText date={start} />} – {end ? <FuzzyDateText date={end} /> : m.present}
    </span>
  );
}
