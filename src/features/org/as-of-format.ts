import { INTL_LOCALE } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import { parseAsOf } from './org-model.ts';

function monthFormat(locale: Locale, withYear: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
}

/** The month names for the as-of control: "January"… / "janvier"… */
export function monthNames(locale: Locale): string[] {
  const format = monthFormat(locale, false);
  return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2000, i, 1)));
}

/** `2012-06` in words, "June 2012" / "juin 2012"; a year stays as it is; null if malformed. */
export function describeAsOf(value: string, locale: Locale): string | null {
  const bounds = parseAsOf(value);
  if (bounds === null) return null;
  return value.length === 4 ? value : monthFormat(locale, true).format(bounds.start);
}
