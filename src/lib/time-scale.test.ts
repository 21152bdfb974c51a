import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { niceDomain, utcScale } from './time-scale.ts';

const DAY = 24 * 3600 * 1000;
const at = (iso: string) => Date.parse(iso);

/** Spans from under a second to two centuries, starting at awkward moments. */
const STARTS = [
  at('2012-03-14T15:09:26.535Z'),
  at('1999-12-31T23:59:59.999Z'),
  at('2020-02-29T00:00:00Z'),
  at('1970-01-01T00:00:00Z'),
  at('1987-07-05T11:00:00Z'),
];
const SPANS = [
  0,
  1,
  7,
  420,
  1000,
  4_000,
  61_000,
  900_000,
  3_600_000,
  5 * 3_600_000,
  20 * 3_600_000,
  DAY,
  3 * DAY,
  10 * DAY,
  40 * DAY,
  90 * DAY,
  200 * DAY,
  400 * DAY,
  3 * 365 * DAY,
  12 * 365 * DAY,
  40 * 365 * DAY,
  130 * 365 * DAY,
  230 * 365 * DAY,
];
const COUNTS = [1, 2, 3, 5, 7, 10, 13, 20];

describe('the time scale of the timeline and the career chart', () => {
  it('places times on the same pixels as d3 scaleUtc', () => {
    const domain = [at('2011-05-01T00:00:00Z'), at('2026-11-20T00:00:00Z')] as const;
    const ours = utcScale(domain, [0, 1173]);
    const d3 = scaleUtc()
      .domain(domain.map((t) => new Date(t)))
      .range([0, 1173]);
    for (const t of [
      domain[0],
      domain[1],
      at('2013-02-03T04:05:06Z'),
      at('1990-01-01'),
      at('2040-06-01'),
    ])
      expect(ours(t)).toBe(d3(new Date(t)));
    expect(ours(new Date(domain[0]))).toBe(0);
  });

  it('puts a one-moment domain in the middle, as d3 does', () => {
    const t = at('2013-06-01T00:00:00Z');
    expect(utcScale([t, t], [0, 800])(t)).toBe(
      scaleUtc()
        .domain([new Date(t), new Date(t)])
        .range([0, 800])(new Date(t)),
    );
  });

  it('ticks as d3 scaleUtc does, from under a second to two centuries', () => {
    let compared = 0;
    for (const start of STARTS)
      for (const span of SPANS)
        for (const count of COUNTS) {
          const domain = [start, start + span] as const;
          const d3 = scaleUtc()
            .domain(domain.map((t) => new Date(t)))
            .range([0, 1000])
            .ticks(count)
            .map((d) => d.toISOString());
          const ours = utcScale(domain, [0, 1000])
            .ticks(count)
            .map((d) => d.toISOString());
          expect(ours, `${new Date(start).toISOString()} + ${span} ms, ${count} ticks`).toEqual(d3);
          compared += d3.length;
        }
    expect(compared).toBeGreaterThan(5000);
  });

  it('ticks a reversed domain in reverse', () => {
    const domain = [at('2020-01-01'), at('2012-01-01')] as const;
    const d3 = scaleUtc()
      .domain(domain.map((t) => new Date(t)))
      .ticks(8);
    expect(utcScale(domain, [0, 1000]).ticks(8)).toEqual(d3);
  });

  it('widens a domain to round times as d3 scaleUtc().nice() does, either way round', () => {
    let compared = 0;
    for (const start of STARTS)
      for (const span of SPANS)
        for (const count of [undefined, ...COUNTS]) {
          for (const domain of [
            [start, start + span],
            [start + span, start],
          ] as const) {
            const d3 = scaleUtc()
              .domain(domain.map((t) => new Date(t)))
              .nice(count)
              .domain()
              .map((d) => d.toISOString());
            const ours = niceDomain(domain, count).map((t) => new Date(t).toISOString());
            expect(
              ours,
              `${domain.map((t) => new Date(t).toISOString()).join(' → ')}, ${count ?? 'default'}`,
            ).toEqual(d3);
            compared += 1;
          }
        }
    expect(compared).toBeGreaterThan(1000);
  });
});
