import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import type { FuzzyDate } from '../../domain/fuzzy-date.ts';

/** Start and end as precisely as the sources give them; an unknown end is not "ongoing". */
export function ProjectDates({ start, end }: { start: FuzzyDate | null; end: FuzzyDate | null }) {
  if (start === null && end === null) {
    return <span className="project-dates project-dates--none">Not stated</span>;
  }
  return (
    <span className="project-dates">
      {start && (
        <span className="project-dates__line">
          <span className="project-dates__label">From</span> <FuzzyDateText date={start} />
        </span>
      )}
      {end && (
        <span className="project-dates__line">
          <span className="project-dates__label">To</span> <FuzzyDateText date={end} />
        </span>
      )}
    </span>
  );
}
