import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import type { FuzzyDate } from '../../domain/fuzzy-date.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';

/** Start and end as precisely as the sources give them; an unknown end is not "ongoing". */
export function ProjectDates({ start, end }: { start: FuzzyDate | null; end: FuzzyDate | null }) {
  const t = useMessages(projectsMessages);
  if (start === null && end === null) {
    return <span className="project-dates project-dates--none">{t.datesNotStated}</span>;
  }
  return (
    <span className="project-dates">
      {start && (
        <span className="project-dates__line">
          <span className="project-dates__label">{t.from}</span> <FuzzyDateText date={start} />
        </span>
      )}
      {end && (
        <span className="project-dates__line">
          <span className="project-dates__label">{t.to}</span> <FuzzyDateText date={end} />
        </span>
      )}
    </span>
  );
}
