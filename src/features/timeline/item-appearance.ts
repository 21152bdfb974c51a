import type { CSSProperties } from 'react';
import { describePrecision, formatFuzzyDate } from '../../domain/format-date.ts';
import type { FuzzyDate } from '../../domain/fuzzy-date.ts';
import { vocabulary } from '../../domain/messages.ts';
import { INTL_LOCALE } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import { timelineMessages } from './messages.ts';
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

/**
 * What a screen reader hears for an item: kind, label, dates with their precision, voice. On
 * screen the kind is the bar's colour plus a shape or glyph, never colour alone.
 */
export function itemDescription(item: TimelineItem, locale: Locale): string {
  const t = timelineMessages[locale];
  const words = vocabulary[locale];
  const date = (value: FuzzyDate) =>
    `${formatFuzzyDate(value, locale)} (${describePrecision(value, locale)})`;
  let dates: string;
  if (item.point) {
    dates = item.startDate ? date(item.startDate) : '';
  } else {
    const start = item.startDate ? t.from(date(item.startDate)) : t.startNotStated;
    const end = item.endDate
      ? t.to(date(item.endDate))
      : item.ongoing
        ? item.ongoingInferred
          ? `${t.toPresent} ${words.inferredMark}`
          : t.toPresent
        : t.endNotStated;
    dates = t.span(start, end);
  }
  // Lower case: the voice ends the sentence ("…; journalist").
  const voice = words.voice(item.voice).toLocaleLowerCase(INTL_LOCALE[locale]);
  return t.item(words.recordType(item.kind), item.label, dates, voice);
}
