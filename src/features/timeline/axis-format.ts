import { INTL_LOCALE } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';

type Grain = 'year' | 'month' | 'day';

const OPTIONS: Record<Grain, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  day: { day: 'numeric', month: 'short' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(grain: Grain, locale: Locale): Intl.DateTimeFormat {
  const key = `${locale}:${grain}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...OPTIONS[grain], timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** "2012" in either language. */
export function formatYear(time: number | Date, locale: Locale): string {
  return formatOf('year', locale).format(time);
}

/**
 * A tick's label at the coarsest grain it falls on, as d3's default does but in the interface
 * language (d3's own formats are English only): "2012", then "Jun" / "juin", then "3 Jun" /
 * "3 juin". The scale is UTC, so are the ticks.
 */
export function formatTick(tick: Date, locale: Locale): string {
  const grain: Grain =
    tick.getUTCDate() !== 1 ? 'day' : tick.getUTCMonth() !== 0 ? 'month' : 'year';
  return formatOf(grain, locale).format(tick);
}
