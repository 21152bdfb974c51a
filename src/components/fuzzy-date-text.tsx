import type { FuzzyDate } from '../domain/fuzzy-date.ts';
import { describePrecision, formatFuzzyDate, machineDate } from '../domain/format-date.ts';
import { useLocale } from '../i18n/use-locale.ts';

/** A date shown with its precision and, when inferred, a marker and how it was inferred. */
export function FuzzyDateText({
  date,
  showInference = false,
  afterPreposition = false,
}: {
  date: FuzzyDate;
  showInference?: boolean;
  /** After « depuis », « à partir de »: « depuis 2011 environ », never « depuis vers 2011 ». */
  afterPreposition?: boolean;
}) {
  const { locale } = useLocale();
  return (
    <span className={`fuzzy-date fuzzy-date--${date.precision} fuzzy-date--${date.certainty}`}>
      <time dateTime={machineDate(date)}>
        {formatFuzzyDate(date, locale, afterPreposition ? 'after-preposition' : 'alone')}
      </time>{' '}
      <span className="date-precision">({describePrecision(date, locale)})</span>
      {showInference && date.inference && (
        <span className="date-inference"> {date.inference[locale]}</span>
      )}
    </span>
  );
}
