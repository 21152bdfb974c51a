/**
 * The time axis of the timeline and of the briefing's career chart: a linear map from UTC times
 * to pixels, round ticks, and a domain widened to round times, as d3's `scaleUtc` draws them
 * (same values; a unit test compares the two). Written here because d3-scale brings
 * d3-time-format, d3-color and d3-interpolate with it, 10.8 KB gzip before the timeline's first
 * view, of which the charts used a multiplication, the ticks and `nice`.
 */
export interface TimeScale {
  /** The pixel at `time`. */
  (time: number | Date): number;
  /** About `count` round times within the domain, as d3's `scale.ticks(count)`. */
  ticks(count: number): Date[];
}

export function utcScale(
  [from, to]: readonly [number, number],
  [left, right]: readonly [number, number],
): TimeScale {
  const span = to - from;
  // d3's normalize and interpolateNumber, so that the pixels are d3's to the last bit.
  const scale = (time: number | Date): number => {
    const t = span ? (+time - from) / span : 0.5;
    return left * (1 - t) + right * t;
  };
  scale.ticks = (count: number) => utcTicks(from, to, count);
  return scale;
}

/** A span of calendar time: rounds a date down to it, or moves a date by whole steps of it. */
interface Interval {
  floor(date: Date): void;
  offset(date: Date, step: number): void;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** A fixed-length unit, as d3-time's second, minute and hour (UTC has no daylight saving). */
function fixed(floor: (date: Date) => void, length: number): Interval {
  return { floor, offset: (date, step) => date.setTime(+date + step * length) };
}

const second = fixed((date) => date.setTime(+date - date.getUTCMilliseconds()), SECOND);
const minute = fixed((date) => date.setUTCSeconds(0, 0), MINUTE);
const hour = fixed((date) => date.setUTCMinutes(0, 0, 0), HOUR);
const day: Interval = {
  floor: (date) => date.setUTCHours(0, 0, 0, 0),
  offset: (date, step) => date.setUTCDate(date.getUTCDate() + step),
};
const sunday: Interval = {
  floor: (date) => {
    date.setUTCDate(date.getUTCDate() - (date.getUTCDay() % 7));
    date.setUTCHours(0, 0, 0, 0);
  },
  offset: (date, step) => date.setUTCDate(date.getUTCDate() + step * 7),
};
const month: Interval = {
  floor: (date) => {
    date.setUTCDate(1);
    date.setUTCHours(0, 0, 0, 0);
  },
  offset: (date, step) => date.setUTCMonth(date.getUTCMonth() + step),
};

/** Every `step` years, on years that are multiples of it. */
function years(step: number): Interval {
  return {
    floor: (date) => {
      date.setUTCFullYear(Math.floor(date.getUTCFullYear() / step) * step);
      date.setUTCMonth(0, 1);
      date.setUTCHours(0, 0, 0, 0);
    },
    offset: (date, n) => date.setUTCFullYear(date.getUTCFullYear() + n * step),
  };
}

/** Every `step` milliseconds since the epoch. */
function milliseconds(step: number): Interval {
  return fixed((date) => date.setTime(Math.floor(+date / step) * step), step);
}

/** The units of `interval` that `keep` accepts (d3-time's `interval.filter`). */
function filtered(interval: Interval, keep: (date: Date) => boolean): Interval {
  return {
    floor: (date) => {
      if (!(+date >= +date)) return;
      for (interval.floor(date); !keep(date); interval.floor(date)) date.setTime(+date - 1);
    },
    offset: (date, step) => {
      if (!(+date >= +date)) return;
      for (let n = step; n > 0; n -= 1) {
        do interval.offset(date, 1);
        while (!keep(date));
      }
    },
  };
}

/** Every `step` units, counted by `field` (the hour of the day, the day since the epoch…). */
function every(interval: Interval, step: number, field: (date: Date) => number): Interval {
  return step > 1 ? filtered(interval, (date) => field(date) % step === 0) : interval;
}

/** d3-time's `utcTicks` table: a unit, a step, and the step's rough length. */
const TICK_INTERVALS: readonly (readonly [Interval, number, number])[] = [
  [second, 1, SECOND],
  [every(second, 5, (d) => d.getUTCSeconds()), 5, 5 * SECOND],
  [every(second, 15, (d) => d.getUTCSeconds()), 15, 15 * SECOND],
  [every(second, 30, (d) => d.getUTCSeconds()), 30, 30 * SECOND],
  [minute, 1, MINUTE],
  [every(minute, 5, (d) => d.getUTCMinutes()), 5, 5 * MINUTE],
  [every(minute, 15, (d) => d.getUTCMinutes()), 15, 15 * MINUTE],
  [every(minute, 30, (d) => d.getUTCMinutes()), 30, 30 * MINUTE],
  [hour, 1, HOUR],
  [every(hour, 3, (d) => d.getUTCHours()), 3, 3 * HOUR],
  [every(hour, 6, (d) => d.getUTCHours()), 6, 6 * HOUR],
  [every(hour, 12, (d) => d.getUTCHours()), 12, 12 * HOUR],
  [day, 1, DAY],
  [every(day, 2, (d) => Math.floor(+d / DAY)), 2, 2 * DAY],
  [sunday, 1, WEEK],
  [month, 1, MONTH],
  [every(month, 3, (d) => d.getUTCMonth()), 3, 3 * MONTH],
  [years(1), 1, YEAR],
];

/** d3-array's `tickStep`: 1, 2 or 5 times a power of ten, about (stop − start) / count. */
export function tickStep(start: number, stop: number, count: number): number {
  const reverse = stop < start;
  const increment = reverse ? tickIncrement(stop, start, count) : tickIncrement(start, stop, count);
  return (reverse ? -1 : 1) * (increment < 0 ? 1 / -increment : increment);
}

/** d3-array's `tickIncrement`: a step, or below 1 the inverse of one as a negative number. */
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor =
    error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  let first: number;
  let last: number;
  let increment: number;
  if (power < 0) {
    const inverse = Math.pow(10, -power) / factor;
    first = Math.round(start * inverse);
    last = Math.round(stop * inverse);
    if (first / inverse < start) first += 1;
    if (last / inverse > stop) last -= 1;
    increment = -inverse;
  } else {
    increment = Math.pow(10, power) * factor;
    first = Math.round(start / increment);
    last = Math.round(stop / increment);
    if (first * increment < start) first += 1;
    if (last * increment > stop) last -= 1;
  }
  // No round value in between for a count under 2: d3 asks for twice as many.
  if (last < first && 0.5 <= count && count < 2) return tickIncrement(start, stop, count * 2);
  return increment;
}

/** The unit d3 ticks with for about `count` ticks from `start` to `stop`. */
function tickInterval(start: number, stop: number, count: number): Interval | null {
  const target = Math.abs(stop - start) / count;
  // The first interval longer than the target (d3's bisector.right).
  let i = 0;
  while (i < TICK_INTERVALS.length && (TICK_INTERVALS[i]?.[2] ?? Infinity) <= target) i += 1;
  const below = TICK_INTERVALS[i - 1];
  const above = TICK_INTERVALS[i];
  if (!above) {
    const step = Math.floor(tickStep(start / YEAR, stop / YEAR, count));
    return Number.isFinite(step) && step > 0 ? years(step) : null;
  }
  if (!below) {
    const step = Math.floor(Math.max(tickStep(start, stop, count), 1));
    return Number.isFinite(step) && step > 0 ? milliseconds(step) : null;
  }
  return (target / below[2] < above[2] / target ? below : above)[0];
}

/**
 * The domain widened to the round times around it, as d3's `scaleUtc().nice(count)`: its start
 * rounded down and its end up to the unit d3 would tick with for about `count` ticks.
 */
export function niceDomain([from, to]: readonly [number, number], count = 10): [number, number] {
  // Chosen from the domain as given, as d3 does (a reversed one can choose another unit).
  const interval = tickInterval(from, to, count);
  if (!interval) return [from, to];
  const reverse = to < from;
  const [start, stop] = reverse ? [to, from] : [from, to];
  const low = new Date(start);
  interval.floor(low);
  const high = ceil(interval, stop);
  return reverse ? [+high, +low] : [+low, +high];
}

/** d3-time's `interval.ceil`: the first unit at or after `time`. */
function ceil(interval: Interval, time: number): Date {
  const date = new Date(time - 1);
  interval.floor(date);
  interval.offset(date, 1);
  interval.floor(date);
  return date;
}

/** d3-time's `interval.range(start, stop + 1)`: every unit from `start` to `stop`, both in. */
function utcTicks(from: number, to: number, count: number): Date[] {
  const [start, stop] = to < from ? [to, from] : [from, to];
  const interval = tickInterval(start, stop, count);
  const ticks: Date[] = [];
  if (interval) {
    const date = ceil(interval, start);
    const end = stop + 1;
    if (+date < end) {
      let previous: Date;
      do {
        previous = new Date(+date);
        ticks.push(previous);
        interval.offset(date, 1);
        interval.floor(date);
      } while (previous < date && +date < end);
    }
  }
  return to < from ? ticks.reverse() : ticks;
}
