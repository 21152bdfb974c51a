import type { DossierRecord } from './dataset.ts';
import { placeOf, type Place } from './place.ts';
import { organizationPath, type DatasetIndex } from './dataset-index.ts';
import type { Figure, Position } from './records.ts';
import { formatCompactNumber, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { vocabulary } from './messages.ts';
import { fieldValue, specOfType, type AnyRecordSpec } from './registry.ts';

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

/** A role's holder: their name (their id when no such person), or null when no one is named. */
export function holderName(index: DatasetIndex, position: Position): string | null {
  return position.person === null
    ? null
    : (index.people.get(position.person)?.name ?? position.person);
}

/** A role's title in the locale, or "role not stated". */
export function positionTitle(position: Position, locale: Locale): string {
  return position.title?.[locale] ?? vocabulary[locale].roleNotStated;
}

/** "Patrick Pelata — Chief Operating Officer": the holder ("Holder not named") and the title. */
export function positionLabel(index: DatasetIndex, position: Position, locale: Locale): string {
  const holder = holderName(index, position) ?? vocabulary[locale].holderNotNamed;
  return `${holder} — ${positionTitle(position, locale)}`;
}

/**
 * "Chief Digital Officer, Renault › Digital Factory": a role where it is held, for lists that
 * already say whose it is; without a title, what `untitled` words for the place.
 */
export function roleAtPlace(
  index: DatasetIndex,
  position: Position,
  locale: Locale,
  untitled: (place: Place) => string,
): string {
  const place = placeOf(index, position.organization);
  const title = position.title?.[locale];
  return title ? `${title}, ${place.path}` : untitled(place);
}

function nameOf(index: DatasetIndex, id: string | null, locale: Locale): string {
  if (id === null) return vocabulary[locale].holderNotNamed;
  const entry = index.byId.get(id);
  if (!entry) return id;
  return labelOf(entry, index, locale);
}

/**
 * A one-line label for any record, as lists and citations show it: its type's label fields
 * (`labelFields` in the registry), joined by a colon; the types whose label names other records
 * or formats a value say how.
 */
export function labelOf(entry: DossierRecord, index: DatasetIndex, locale: Locale): string {
  const colon = locale === 'fr' ? ' :' : ':';
  switch (entry.type) {
    case 'organization':
      return organizationPath(index, entry.record.id);
    case 'position':
      return `${positionLabel(index, entry.record, locale)}, ${organizationPath(index, entry.record.organization)}`;
    case 'quote': {
      const text = entry.record.original;
      return `${nameOf(index, entry.record.speaker, locale)}${colon} « ${text.length > 90 ? `${text.slice(0, 90)}…` : text} »`;
    }
    case 'figure':
      return `${entry.record.label[locale]}${colon} ${formatFigure(entry.record, locale)}`;
    case 'relation':
      return `${organizationPath(index, entry.record.from)} → ${organizationPath(index, entry.record.to)} (${vocabulary[locale].relationKind(entry.record.kind)})`;
    default:
      return fieldsLabel(specOfType(entry.type), entry.record, locale);
  }
}

/** The record's label fields, each a text or the locale's words, joined by ": ". */
function fieldsLabel(spec: AnyRecordSpec, record: object, locale: Locale): string {
  const parts: string[] = [];
  for (const name of spec.labelFields) {
    const value = fieldValue(record, name);
    if (typeof value === 'string') parts.push(value);
    else if (typeof value === 'object' && value !== null) {
      const words = fieldValue(value, locale);
      if (typeof words === 'string') parts.push(words);
    }
  }
  return parts.join(': ');
}
