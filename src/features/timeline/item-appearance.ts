import type { Locale } from '../../i18n/locale.ts';
import type { CSSProperties } from 'react';
import { describePrecision, formatFuzzyDate } from '../../domain/format-date.ts';
import type { TimelineItem } from './timeline-model.ts';

const FILL = { position: '#2f6db5', project: '#2e7d4f', event: '#7a4bb5' } as const;

/**
 * The bar's fill: solid where the dates are certain, fading over the stretch a fuzzy date may
 * mean (a year, a range, a circa), so precision is drawn rather than invented.
 */
export function itemStyle(
  item: TimelineItem,
  left: number,
  width: number,
  top: number,
): CSSProperties {
  const span = item.end - item.start || 1;
  const a = ((item.solidStart - item.start) / span) * 100;
  const b = ((item.solidEnd - item.start) / span) * 100;
  const color = FILL[item.kind];
  const layers = [
    `linear-gradient(to right, transparent 0%, ${color} ${a.toFixed(1)}%, ${color} ${b.toFixed(1)}%, transparent 100%)`,
  ];
  if (item.inferred) {
    layers.unshift(
      'repeating-linear-gradient(135deg, rgb(255 255 255 / 45%) 0 3px, transparent 3px 7px)',
    );
  }
  return {
    left: `${left}px`,
    width: `${Math.max(width, item.point ? 12 : 4)}px`,
    top: `${top}px`,
    backgroundImage: item.point ? undefined : layers.join(', '),
  };
}

export function itemClassName(item: TimelineItem, selected: boolean): string {
  return [
    'tl-item',
    `tl-item--${item.kind}`,
    item.point ? 'tl-item--point' : '',
    item.approximate ? 'tl-item--circa' : '',
    item.inferred ? 'tl-item--inferred' : '',
    item.ongoing ? 'tl-item--ongoing' : '',
    selected ? 'tl-item--selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The kind in words: on screen it is the bar's colour plus a shape or glyph, never colour alone. */
const KIND_WORDS: Record<TimelineItem['kind'], string> = {
  position: 'Role',
  project: 'Project',
  event: 'Event',
};

/** What a screen reader hears for an item: label, dates with their precision, voice. */
export function itemDescription(item: TimelineItem, locale: Locale): string {
  const dates: string[] = [];
  if (item.point) {
    if (item.startDate)
      dates.push(
        `${formatFuzzyDate(item.startDate, locale)} (${describePrecision(item.startDate, locale)})`,
      );
  } else {
    dates.push(
      item.startDate
        ? `from ${formatFuzzyDate(item.startDate, locale)} (${describePrecision(item.startDate, locale)})`
        : 'start not stated',
    );
    if (item.endDate)
      dates.push(
        `to ${formatFuzzyDate(item.endDate, locale)} (${describePrecision(item.endDate, locale)})`,
      );
    else dates.push(item.ongoing ? 'to present' : 'end not stated');
  }
  return `${KIND_WORDS[item.kind]}: ${item.label}, ${dates.join(' ')}; ${item.voice}`;
}
