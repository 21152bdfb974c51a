import type { Locale } from '../../i18n/locale.ts';
import type { DatasetIndexOf, DossierLikeRegistry } from '../dataset-index.ts';
import type { RecordType } from '../dataset.ts';
import { formatFuzzyDate } from '../format-date.ts';
import { FuzzyDateSchema, type FuzzyDate } from '../fuzzy-date.ts';
import {
  collectionsOf,
  fieldValue,
  type AnyRecordSpec,
  type BaseRecord,
  type FieldSpec,
} from '../registry.ts';

/** Spreadsheet programs read a file as UTF-8 only when it starts with this byte order mark. */
export const BOM = '\uFEFF';

export type Cell = string | number | boolean | null;

/**
 * One CSV field (RFC 4180). Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return first) gets a leading apostrophe: the data is quoted text, never a command.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, header, rows, CRLF line ends as RFC 4180 has them. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

type Column = readonly [header: string, value: (record: BaseRecord) => Cell];

const list = (items: readonly string[]): string => items.join('; ');

/** `reportsTo` → `reports_to`. */
function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function cellOf(value: unknown): Cell {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : null;
}

function textsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

function dateOf(value: unknown): FuzzyDate | null {
  const date = FuzzyDateSchema.safeParse(value);
  return date.success ? date.data : null;
}

function part(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? fieldValue(value, key) : undefined;
}

/**
 * A field's columns, by its kind: a text or an id as it is; a list as `a; b`; French and
 * English side by side (`name_fr`, `name_en`); a fuzzy date as words, plus what a program needs
 * (value, `2009/2010` for a range, precision, certainty); evidence as its sources, then its
 * passages one a line.
 */
function columnsOf(name: string, field: FieldSpec, locale: Locale): Column[] {
  const header = snakeCase(name);
  const get = (record: BaseRecord): unknown => fieldValue(record, name);
  if (field.csv === false) return [];
  if (field.csv === 'count') {
    return [[header, (r) => (Array.isArray(get(r)) ? textsOrItems(get(r)).length : null)]];
  }
  switch (field.kind) {
    case 'localized':
      return [
        [`${header}_fr`, (r) => cellOf(part(get(r), 'fr'))],
        [`${header}_en`, (r) => cellOf(part(get(r), 'en'))],
      ];
    case 'basis':
      // `status_basis_certainty` says "inferred" in so many words, next to the status.
      return [
        [`${header}_certainty`, (r) => cellOf(part(get(r), 'certainty'))],
        [`${header}_inference_fr`, (r) => cellOf(part(part(get(r), 'inference'), 'fr'))],
        [`${header}_inference_en`, (r) => cellOf(part(part(get(r), 'inference'), 'en'))],
      ];
    case 'date': {
      const date = (r: BaseRecord) => dateOf(get(r));
      return [
        [header, (r) => maybe(date(r), (d) => formatFuzzyDate(d, locale))],
        [
          `${header}_value`,
          (r) => maybe(date(r), (d) => (d.precision === 'range' ? `${d.from}/${d.to}` : d.value)),
        ],
        [`${header}_precision`, (r) => maybe(date(r), (d) => d.precision)],
        [`${header}_certainty`, (r) => maybe(date(r), (d) => d.certainty)],
      ];
    }
    case 'texts':
    case 'tags':
    case 'references':
      return [[header, (r) => list(textsOf(get(r)))]];
    case 'subject':
      return [
        [`${header}_kind`, (r) => cellOf(part(get(r), 'kind'))],
        [header, (r) => cellOf(part(get(r), 'id'))],
      ];
    case 'evidence': {
      const items = (r: BaseRecord) => textsOrItems(get(r));
      return [
        [`${header}_sources`, (r) => list(items(r).map((item) => String(part(item, 'source'))))],
        [
          `${header}_passages`,
          (r) =>
            items(r)
              .map((item) => String(part(item, 'passage')))
              .join('\n'),
        ],
      ];
    }
    case 'paragraphs':
      return [[header, (r) => textsOrItems(get(r)).length]];
    default:
      return [[header, (r) => cellOf(get(r))]];
  }
}

function textsOrItems(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function maybe<T>(value: T | null, format: (value: T) => string): string | null {
  return value === null ? null : format(value);
}

/** A record type's table: one column group per field, in the registry's order. */
function tableOf(spec: AnyRecordSpec, locale: Locale): Column[] {
  return Object.entries(spec.fields).flatMap(([name, field]) => columnsOf(name, field, locale));
}

export interface CsvFile<T extends string = RecordType> {
  type: T;
  /** `people.csv`. */
  name: string;
  rows: number;
  text: string;
}

function csvOf(columns: readonly Column[], records: readonly BaseRecord[]): string {
  return toCsv(
    columns.map(([header]) => header),
    records.map((record) => columns.map(([, value]) => value(record))),
  );
}

/**
 * One CSV per record type among the shown records (only the shown ones: the records a JSON
 * export adds as references are not what the view showed), in the data folder's order.
 */
export function csvFiles<R extends DossierLikeRegistry<R>>(
  index: DatasetIndexOf<R>,
  shownIds: Iterable<string>,
  locale: Locale,
): CsvFile<R[keyof R]['type']>[] {
  const byType = new Map<string, BaseRecord[]>();
  const seen = new Set<string>();
  for (const id of shownIds) {
    const entry = index.byId.get(id);
    if (!entry || seen.has(id)) continue;
    seen.add(id);
    const records = byType.get(entry.type);
    if (records) records.push(entry.record);
    else byType.set(entry.type, [entry.record]);
  }
  const { registry } = index.dataset;
  return collectionsOf(registry).flatMap((collection) => {
    const spec = registry[collection];
    const records = byType.get(spec.type) ?? [];
    if (records.length === 0) return [];
    return [
      {
        type: spec.type,
        name: `${collection}.csv`,
        rows: records.length,
        text: csvOf(tableOf(spec, locale), records),
      },
    ];
  });
}
