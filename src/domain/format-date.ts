import { INTL_LOCALE } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { boundsOf, type FuzzyDate } from './fuzzy-date.ts';
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

/**
 * How two dates join into one period, the one rule every view follows. A side that is itself a
 * range ("2007–2010") cannot sit beside another dash ("2007 – 2007–2010" reads as three points):
 * the sides are joined with a word instead ("2007–2010 to 2010–2011", « … à … »), and an end
 * range that begins no later than the start says only its latest year ("2007 – 2010 at the
 * latest"). Twice the same date is one date; otherwise a spaced dash ("2000 – 2005").
 */
export type DateSpanJoin = 'same' | 'dash' | 'words' | 'at-the-latest';

export function dateSpanJoin(start: FuzzyDate, end: FuzzyDate, locale: Locale): DateSpanJoin {
  if (formatFuzzyDate(start, locale) === formatFuzzyDate(end, locale)) return 'same';
  if (end.precision === 'range' && boundsOf(end).start <= boundsOf(start).start) {
    return start.precision === 'range' ? 'words' : 'at-the-latest';
  }
  return start.precision === 'range' || end.precision === 'range' ? 'words' : 'dash';
}

/**
 * A period as people write it: "2000 – 2005", "from 2012", "until 1999–2000" (not
 * "… – 1999–2000"), "2007 – 2010 at the latest" (not "2007 – 2007–2010"); `null` when neither
 * end is known. `mark` may add to each date as written (the briefing's inferred mark).
 */
export function formatDateSpan(
  start: FuzzyDate | null,
  end: FuzzyDate | null,
  locale: Locale,
  mark: (date: FuzzyDate, written: string) => string = (_, written) => written,
): string | null {
  const words = vocabulary[locale];
  const text = (date: FuzzyDate) => mark(date, formatFuzzyDate(date, locale));
  if (start === null) return end === null ? null : words.spanUntil(text(end));
  if (end === null) return words.spanFrom(text(start));
  switch (dateSpanJoin(start, end, locale)) {
    case 'same':
      return text(start);
    case 'at-the-latest':
      return words.spanAtTheLatest(
        text(start),
        end.precision === 'range' ? mark(end, formatPartial(end.to, locale)) : text(end),
      );
    case 'words':
      return words.spanWords(text(start), text(end));
    case 'dash':
      return words.spanDash(text(start), text(end));
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
