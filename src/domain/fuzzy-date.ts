import { z } from './zod.ts';
import { CertaintySchema, provenance, requireInferenceWhenInferred } from './certainty.ts';

/**
 * A date known only as precisely as the source allows. "Since 2009-2010", "in June",
 * "ten months ago", "barely eighteen months", "end of 1999" are all representable without
 * inventing a day or a month the text never gave.
 */

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealCalendarDate(value: string): boolean {
  const match = partialDatePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a date that exists on the calendar. */
export const PartialDateSchema = z
  .string()
  .regex(partialDatePattern, 'a date written YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealCalendarDate, 'a date that exists on the calendar');

const YearSchema = z.string().regex(/^\d{4}$/, 'a year written YYYY');
const MonthSchema = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'a month written YYYY-MM')
  .refine(isRealCalendarDate, 'a month that exists on the calendar (01–12)');
const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD')
  .refine(isRealCalendarDate, 'a day that exists on the calendar');

/** Dates say stated or inferred like every other claim. */
export const DateCertaintySchema = CertaintySchema;
export type DateCertainty = z.infer<typeof DateCertaintySchema>;

export const FuzzyDateSchema = z
  .discriminatedUnion('precision', [
    z.object({ precision: z.literal('day'), value: DaySchema, ...provenance }),
    z.object({ precision: z.literal('month'), value: MonthSchema, ...provenance }),
    z.object({
      precision: z.literal('year'),
      value: YearSchema,
      /** "fin 1999" is late 1999, not December 1999. */
      part: z.enum(['early', 'mid', 'late']).optional(),
      ...provenance,
    }),
    z.object({
      precision: z.literal('circa'),
      value: z.union([YearSchema, MonthSchema]),
      ...provenance,
    }),
    z.object({
      precision: z.literal('range'),
      from: PartialDateSchema,
      to: PartialDateSchema,
      ...provenance,
    }),
  ])
  .superRefine((date, ctx) => {
    requireInferenceWhenInferred(date, ctx, 'an inferred date');
    if (date.precision === 'range' && boundsOf(date).end < boundsOf(date).start) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'a range must not end before it starts',
      });
    }
  });

export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;
export type DatePrecision = FuzzyDate['precision'];

/** Years either side of a `circa` date. */
const CIRCA_SLACK_YEARS = 1;

function startOf(value: string): number {
  const [y = '0', m = '1', d = '1'] = value.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** First millisecond after the period `value` names (a year, a month or a day). */
function endOf(value: string): number {
  const [y = '0', m, d] = value.split('-');
  const year = Number(y);
  if (m === undefined) return Date.UTC(year + 1, 0, 1);
  if (d === undefined) return Date.UTC(year, Number(m), 1);
  return Date.UTC(year, Number(m) - 1, Number(d) + 1);
}

export interface DateBounds {
  /** UTC ms of the earliest moment the date may mean. */
  start: number;
  /** UTC ms just after the latest moment the date may mean. */
  end: number;
}

/** The whole span of time a fuzzy date may mean; used to sort, filter and draw. */
export function boundsOf(date: FuzzyDate): DateBounds {
  switch (date.precision) {
    case 'day':
    case 'month':
      return { start: startOf(date.value), end: endOf(date.value) };
    case 'year': {
      const year = Number(date.value);
      if (date.part === 'early') return { start: Date.UTC(year, 0, 1), end: Date.UTC(year, 4, 1) };
      if (date.part === 'mid') return { start: Date.UTC(year, 4, 1), end: Date.UTC(year, 8, 1) };
      if (date.part === 'late')
        return { start: Date.UTC(year, 8, 1), end: Date.UTC(year + 1, 0, 1) };
      return { start: startOf(date.value), end: endOf(date.value) };
    }
    case 'circa': {
      const start = new Date(startOf(date.value));
      const end = new Date(endOf(date.value));
      start.setUTCFullYear(start.getUTCFullYear() - CIRCA_SLACK_YEARS);
      end.setUTCFullYear(end.getUTCFullYear() + CIRCA_SLACK_YEARS);
      return { start: start.getTime(), end: end.getTime() };
    }
    case 'range':
      return { start: startOf(date.from), end: endOf(date.to) };
  }
}

/** A single instant standing for the date, for sorting: the middle of its bounds. */
export function midpointOf(date: FuzzyDate): number {
  const { start, end } = boundsOf(date);
  return start + (end - start) / 2;
}

/** Orders dates by their midpoint, undated last. */
export function compareFuzzyDates(a: FuzzyDate | null, b: FuzzyDate | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return midpointOf(a) - midpointOf(b);
}
