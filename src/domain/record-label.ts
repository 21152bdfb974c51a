import type { DossierRecord } from './dataset.ts';
import { organizationPath, type DatasetIndex } from './dataset-index.ts';
import type { Figure } from './records.ts';
import { formatCompactNumber, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { vocabulary } from './messages.ts';

export function recordTypeName(type: DossierRecord['type'], locale: Locale): string {
  return vocabulary[locale].recordType(type);
}

/**
 * A figure as people read it: "more than 3 billion dollars of revenue" / « plus de 3 milliards
 * de dollars de chiffre d’affaires », "13–14 times…", "60 of 170 …". With `exact`, every digit
 * ("more than 3,000,000,000 …"), as the record details give it.
 */
export function formatFigure(figure: Figure, locale: Locale, exact = false): string {
  const words = vocabulary[locale];
  const number = (value: number) => formatNumber(value, locale);
  const outOf = figure.outOf === null ? '' : words.outOf(number(figure.outOf));
  const compact = exact ? null : formatCompactNumber(figure.value, locale);
  if (compact !== null && figure.upTo === null && figure.outOf === null)
    return `${words.figureQualifier(figure.qualifier)}${words.compactUnit(compact, figure.unit[locale])}`;
  const value =
    figure.upTo === null ? number(figure.value) : `${number(figure.value)}–${number(figure.upTo)}`;
  return `${words.figureQualifier(figure.qualifier)}${value}${outOf} ${figure.unit[locale]}`;
}

/** Whether the figure's wording rounds its number, so the details must give every digit. */
export function isCompacted(figure: Figure, locale: Locale): boolean {
  return formatFigure(figure, locale) !== formatFigure(figure, locale, true);
}

function nameOf(index: DatasetIndex, id: string | null, locale: Locale): string {
  if (id === null) return vocabulary[locale].holderNotNamed;
  const entry = index.byId.get(id);
  if (!entry) return id;
  return labelOf(entry, index, locale);
}

/** A one-line label for any record, as lists and citations show it. */
export function labelOf(entry: DossierRecord, index: DatasetIndex, locale: Locale): string {
  switch (entry.type) {
    case 'source':
      return `${entry.record.publication}: ${entry.record.title}`;
    case 'person':
      return entry.record.name;
    case 'organization':
      return organizationPath(index, entry.record.id);
    case 'position': {
      const title = entry.record.title?.[locale] ?? vocabulary[locale].roleNotStated;
      return `${nameOf(index, entry.record.person, locale)} — ${title}, ${organizationPath(index, entry.record.organization)}`;
    }
    case 'project':
      return entry.record.name[locale];
    case 'quote': {
      const text = entry.record.original;
      return `${nameOf(index, entry.record.speaker, locale)}${locale === 'fr' ? ' :' : ':'} « ${text.length > 90 ? `${text.slice(0, 90)}…` : text} »`;
    }
    case 'event':
      return entry.record.title[locale];
    case 'figure':
      return `${entry.record.label[locale]}${locale === 'fr' ? ' :' : ':'} ${formatFigure(entry.record, locale)}`;
    case 'relation':
      return `${organizationPath(index, entry.record.from)} → ${organizationPath(index, entry.record.to)} (${vocabulary[locale].relationKind(entry.record.kind)})`;
  }
}
