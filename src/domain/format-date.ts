import { INTL_LOCALE } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import type { FuzzyDate } from './fuzzy-date.ts';
import { vocabulary } from './messages.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withDay}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      ...(withDay ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format;
}

function formatPartial(value: string, locale: Locale): string {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined) return value;
  if (m === undefined) return String(y);
  if (d === undefined) return dateFormat(locale, false).format(Date.UTC(y, m - 1, 1));
  const text = dateFormat(locale, true).format(Date.UTC(y, m - 1, d));
  // French writes the first of the month as an ordinal: « 1er décembre 2012 ».
  return locale === 'fr' && d === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

/**
 * The date as precisely as it is known and no more: "2012", "June 2012", "c. 2011",
 * "2009–2010", "late 1999" — or "juin 2012", "vers 2011", "fin 1999" in French.
 */
export function formatFuzzyDate(
  date: FuzzyDate,
  locale: Locale,
  /** Where the date sits: after a preposition (« depuis », « à partir de »), or on its own. */
  context: 'alone' | 'after-preposition' = 'alone',
): string {
  const words = vocabulary[locale];
  switch (date.precision) {
    case 'day':
    case 'month':
      return formatPartial(date.value, locale);
    case 'year':
      return date.part ? words.yearPart(date.part, date.value) : date.value;
    case 'circa':
      return words.circa(formatPartial(date.value, locale), context === 'after-preposition');
    case 'range':
      return `${formatPartial(date.from, locale)}–${formatPartial(date.to, locale)}`;
  }
}

/** "year, inferred" / "à l’année près, déduite": how precise, and whether the source says so. */
export function describePrecision(date: FuzzyDate, locale: Locale): string {
  const words = vocabulary[locale];
  return `${words.precision(date.precision)}, ${words.certainty(date.certainty)}`;
}

/** A machine-readable value for `<time dateTime>`, the start of the date's span. */
export function machineDate(date: FuzzyDate): string {
  return date.precision === 'range' ? date.from : date.value;
}
