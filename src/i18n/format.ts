import type { Locale } from './locale.ts';

/** BCP 47 tags for Intl: British English (day before month), metropolitan French. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** 1,000 in English, 1 000 in French. */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const compactFormats = new Map<Locale, Intl.NumberFormat>();

/** From here on a number reads better in words: "3 billion", « 3 milliards ». */
export const COMPACT_FROM = 1_000_000;

/**
 * A large number as people say it: "3 billion" / « 3 milliards », "1.2 million" /
 * « 1,2 million »; `null` below a million, where the digits read well (130,000 / 130 000).
 */
export function formatCompactNumber(value: number, locale: Locale): string | null {
  if (Math.abs(value) < COMPACT_FROM) return null;
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: 1,
    });
    compactFormats.set(locale, format);
  }
  return format.format(value);
}

/** One formatter per language, made on first use: making one costs far more than using it. */
function perLocale<F>(make: (tag: string) => F): (locale: Locale) => F {
  const made = new Map<Locale, F>();
  return (locale) => {
    let format = made.get(locale);
    if (format === undefined) {
      format = make(INTL_LOCALE[locale]);
      made.set(locale, format);
    }
    return format;
  };
}

const listFormat = perLocale(
  (tag) => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }),
);
const pluralRules = perLocale((tag) => new Intl.PluralRules(tag));
const dayFormat = perLocale(
  (tag) =>
    new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/** "a, b and c" / "a, b et c". */
export function formatList(items: readonly string[], locale: Locale): string {
  return listFormat(locale).format(items);
}

/** Plural category for a count, so messages can choose "1 source" / "2 sources". */
export function pluralOf(count: number, locale: Locale): Intl.LDMLPluralRule {
  return pluralRules(locale).select(count);
}

/** "1 December 2026" / "1er décembre 2026": a day in full, as a printed document dates itself. */
export function formatDay(date: Date, locale: Locale): string {
  const text = dayFormat(locale).format(date);
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
}
