import { niceDomain, utcScale } from '../../lib/time-scale.ts';
import { useId } from 'react';
import { formatDateSpan, formatFuzzyDate } from '../../domain/format-date.ts';
import { boundsOf } from '../../domain/fuzzy-date.ts';
import type { ChartRow } from '../../domain/briefing/parts.ts';
import { INTL_LOCALE } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { briefingMessages } from './messages.ts';

const WIDTH = 660;
const LABEL_WIDTH = 270;
const ROW = 22;
const AXIS = 24;
const YEAR = 365.25 * 24 * 3600 * 1000;

interface CareerChartProps {
  rows: readonly ChartRow[];
  /** The latest source: where ongoing rows stop. */
  present: number;
  title: string;
}

/** Axis ticks: a year on 1 January, else the month in the chosen language ("févr. 2012"). */
function tickFormat(locale: Locale): (tick: Date) => string {
  const month = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (tick) =>
    tick.getUTCMonth() === 0 && tick.getUTCDate() === 1
      ? String(tick.getUTCFullYear())
      : month.format(tick);
}

/**
 * A static timeline for paper: bars fade over the span a fuzzy date may mean, approximate
 * dates are dashed, inferred ones hatched, ongoing ones end in an arrow at the latest source.
 */
export function CareerChart({ rows, present, title }: CareerChartProps) {
  const { locale } = useLocale();
  const m = useMessages(briefingMessages);
  const id = useId().replace(/[^a-zA-Z0-9-]/g, '');
  if (rows.length === 0) return null;
  const spans = rows.map((row) => {
    const s = row.start ? boundsOf(row.start) : null;
    const e = row.end ? boundsOf(row.end) : null;
    if (row.point && s) return { start: s.start, end: s.end, solidStart: s.start, solidEnd: s.end };
    const solidStart = s ? s.end : (e?.start ?? present) - YEAR;
    const start = s ? s.start : solidStart - YEAR;
    const solidEnd = e ? e.start : row.ongoing ? present : (s?.end ?? present);
    const end = e ? e.end : row.ongoing ? present : solidEnd + YEAR;
    return {
      start,
      end,
      solidStart: Math.min(solidStart, solidEnd),
      solidEnd: Math.max(solidStart, solidEnd),
    };
  });
  const min = Math.min(...spans.map((s) => s.start));
  const max = Math.max(present, ...spans.map((s) => s.end));
  const x = utcScale(niceDomain([min, max]), [LABEL_WIDTH, WIDTH - 30]);
  const height = AXIS + rows.length * ROW + 6;
  const ticks = x.ticks(6);
  const format = tickFormat(locale);

  return (
    <figure className="career-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{title}</title>
        <defs>
          <pattern
            id={`${id}-hatch`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2.5" />
          </pattern>
          {rows.map((row, i) => {
            const span = spans[i];
            if (!span) return null;
            const total = span.end - span.start || 1;
            return (
              <linearGradient key={row.id} id={`${id}-fade-${i}`} x1="0" x2="1" y1="0" y2="0">
                <stop offset="0" stopColor="#333" stopOpacity="0.05" />
                <stop
                  offset={(span.solidStart - span.start) / total}
                  stopColor="#333"
                  stopOpacity="1"
                />
                <stop
                  offset={(span.solidEnd - span.start) / total}
                  stopColor="#333"
                  stopOpacity="1"
                />
                <stop offset="1" stopColor="#333" stopOpacity={row.ongoing ? 1 : 0.05} />
              </linearGradient>
            );
          })}
        </defs>
        {ticks.map((tick) => (
          <g key={tick.getTime()}>
            <line x1={x(tick)} x2={x(tick)} y1={AXIS - 4} y2={height} stroke="#ccc" />
            <text x={x(tick)} y={AXIS - 8} textAnchor="middle" fontSize="10">
              {format(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const span = spans[i];
          if (!span) return null;
          const y = AXIS + i * ROW + 4;
          const left = x(span.start);
          const right = Math.max(x(span.end), left + 4);
          const circa = row.start?.precision === 'circa' || row.end?.precision === 'circa';
          const inferred = row.start?.certainty === 'inferred' || row.end?.certainty === 'inferred';
          const period =
            row.point && row.start
              ? formatFuzzyDate(row.start, locale)
              : (formatDateSpan(row.start, row.end, locale) ?? '…');
          const dates = `${period}${row.ongoing ? m.ongoing : ''}`;
          /** After the bar when it fits, else before it; never across the chart's edge. */
          const dateLabel = (text: string, barLeft: number, barRight: number) => {
            const width = text.length * 5;
            const anchor =
              barRight + 8 + width <= WIDTH
                ? { x: barRight + 8, end: false }
                : barLeft - 6 - width >= LABEL_WIDTH
                  ? { x: barLeft - 6, end: true }
                  : null;
            if (!anchor) return null;
            return (
              <text
                x={anchor.x}
                y={y + 12}
                fontSize="9"
                fill="#333"
                textAnchor={anchor.end ? 'end' : 'start'}
              >
                {text}
              </text>
            );
          };
          return (
            <g key={row.id}>
              <text x={LABEL_WIDTH - 6} y={y + 12} textAnchor="end" fontSize="10">
                {row.label.length > 44 ? `${row.label.slice(0, 43)}…` : row.label}
              </text>
              {row.point ? (
                <>
                  <rect
                    x={left}
                    y={y + 2}
                    width={right - left}
                    height={ROW - 10}
                    fill="#333"
                    fillOpacity="0.12"
                  />
                  <path d={`M${(left + right) / 2},${y + 1} l6,6 l-6,6 l-6,-6 z`} fill="#333" />
                </>
              ) : (
                <>
                  <rect
                    x={left}
                    y={y + 2}
                    width={right - left}
                    height={ROW - 10}
                    fill={`url(#${id}-fade-${i})`}
                    stroke={circa ? '#000' : 'none'}
                    strokeDasharray={circa ? '3 2' : undefined}
                  />
                  {inferred && (
                    <rect
                      x={left}
                      y={y + 2}
                      width={right - left}
                      height={ROW - 10}
                      fill={`url(#${id}-hatch)`}
                    />
                  )}
                  {row.ongoing && (
                    <path
                      d={`M${right},${y} l6,${(ROW - 6) / 2} l-6,${(ROW - 6) / 2} z`}
                      fill="#000"
                    />
                  )}
                </>
              )}
              {dateLabel(dates, left, right)}
            </g>
          );
        })}
      </svg>
      <figcaption>{m.chartCaption}</figcaption>
    </figure>
  );
}
