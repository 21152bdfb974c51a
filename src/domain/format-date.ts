import type { FuzzyDate } from './fuzzy-date.ts';

const monthYear = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function formatPartial(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined) return value;
  if (m === undefined) return String(y);
  if (d === undefined) return monthYear.format(Date.UTC(y, m - 1, 1));
  return dayMonthYear.format(Date.UTC(y, m - 1, d));
}

/** The date as precisely as it is known and no more: "2012", "June 2012", "c. 2011", "2009–2010", "late 1999". */
export function formatFuzzyDate(date: FuzzyDate): string {
  switch (date.precision) {
    case 'day':
    case 'month':
      return formatPartial(date.value);
    case 'year':
      return date.part ? `${date.part} ${date.value}` : date.value;
    case 'circa':
      return `c. ${formatPartial(date.value)}`;
    case 'range':
      return `${formatPartial(date.from)}–${formatPartial(date.to)}`;
  }
}

const PRECISION_WORDS: Record<FuzzyDate['precision'], string> = {
  day: 'exact day',
  month: 'month',
  year: 'year',
  circa: 'approximate',
  range: 'range',
};

/** "year, inferred": how precise the date is and whether the source states it. */
export function describePrecision(date: FuzzyDate): string {
  return `${PRECISION_WORDS[date.precision]}, ${date.certainty}`;
}

/** A machine-readable value for `<time dateTime>`, the start of the date's span. */
export function machineDate(date: FuzzyDate): string {
  return date.precision === 'range' ? date.from : date.value;
}
