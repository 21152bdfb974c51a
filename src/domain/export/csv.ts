import type { Locale } from '../../i18n/locale.ts';
import type { DatasetIndex } from '../dataset-index.ts';
import {
  emptyCollections,
  type Collections,
  type DossierRecord,
  type RecordType,
} from '../dataset.ts';
import { formatFuzzyDate } from '../format-date.ts';
import type { FuzzyDate } from '../fuzzy-date.ts';
import { vocabulary } from '../messages.ts';
import type {
  ClaimBasis,
  DossierEvent,
  Note,
  Figure,
  Localized,
  Organization,
  Person,
  Position,
  Project,
  Quote,
  Relation,
  Source,
} from '../records.ts';
import { COLLECTION_OF } from './bundle.ts';

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

type Column<T> = readonly [header: string, value: (record: T) => Cell];

const list = (items: readonly string[]): string => items.join('; ');

function localized<T>(name: string, get: (record: T) => Localized | null): Column<T>[] {
  return [
    [`${name}_fr`, (record) => get(record)?.fr ?? null],
    [`${name}_en`, (record) => get(record)?.en ?? null],
  ];
}

/** A fuzzy date as words, plus what a program needs: value (`2009/2010` for a range), precision, certainty. */
function date<T>(name: string, get: (record: T) => FuzzyDate | null, locale: Locale): Column<T>[] {
  return [
    [name, (record) => maybe(get(record), (d) => formatFuzzyDate(d, locale))],
    [
      `${name}_value`,
      (record) =>
        maybe(get(record), (d) => (d.precision === 'range' ? `${d.from}/${d.to}` : d.value)),
    ],
    [`${name}_precision`, (record) => maybe(get(record), (d) => d.precision)],
    [`${name}_certainty`, (record) => maybe(get(record), (d) => d.certainty)],
  ];
}

function maybe<T>(value: T | null, format: (value: T) => string): string | null {
  return value === null ? null : format(value);
}

/** Whether a claim is stated or inferred, and how, next to the claim's own column. */
function basis<T>(name: string, get: (record: T) => ClaimBasis): Column<T>[] {
  return [
    [`${name}_certainty`, (record) => get(record).certainty],
    ...localized<T>(`${name}_inference`, (record) => get(record).inference ?? null),
  ];
}

type SourcedFields = { voice: string; inference?: Note | undefined; note?: Note | undefined } & {
  evidence: readonly { source: string; passage: string }[];
};

/** Voice and evidence close every table: one passage a line, its source in the column before. */
function sourcedTail<T extends SourcedFields>(): Column<T>[] {
  return [
    ['voice', (r) => r.voice],
    ...localized<T>('inference', (r) => r.inference ?? null),
    ...localized<T>('note', (r) => r.note ?? null),
    ['evidence_sources', (r) => list(r.evidence.map((e) => e.source))],
    ['evidence_passages', (r) => r.evidence.map((e) => e.passage).join('\n')],
  ];
}

function tables(locale: Locale) {
  const people: Column<Person>[] = [
    ['id', (r) => r.id],
    ['name', (r) => r.name],
    ...localized<Person>('summary', (r) => r.summary),
    ...sourcedTail<Person>(),
  ];
  const organizations: Column<Organization>[] = [
    ['id', (r) => r.id],
    ['name', (r) => r.name],
    ['aliases', (r) => list(r.aliases)],
    ['kind', (r) => r.kind],
    ['parent', (r) => r.parent],
    ...localized<Organization>('description', (r) => r.description),
    ...sourcedTail<Organization>(),
  ];
  const positions: Column<Position>[] = [
    ['id', (r) => r.id],
    ['person', (r) => r.person],
    ['organization', (r) => r.organization],
    ...localized<Position>('title', (r) => r.title),
    ...localized<Position>('description', (r) => r.description),
    ...date<Position>('start', (r) => r.start, locale),
    ...date<Position>('end', (r) => r.end, locale),
    ['current', (r) => r.current],
    ['current_words', (r) => vocabulary[locale].currentClaim(r.current, r.currentBasis.certainty)],
    ...basis<Position>('current', (r) => r.currentBasis),
    ['reports_to', (r) => list(r.reportsTo)],
    ...sourcedTail<Position>(),
  ];
  const projects: Column<Project>[] = [
    ['id', (r) => r.id],
    ...localized<Project>('name', (r) => r.name),
    ['status', (r) => r.status],
    [
      'status_words',
      (r) => vocabulary[locale].projectStatusClaim(r.status, r.statusBasis.certainty),
    ],
    ...basis<Project>('status', (r) => r.statusBasis),
    ['organizations', (r) => list(r.organizations)],
    ['owner', (r) => r.owner],
    ['contributors', (r) => list(r.contributors)],
    ['part_of', (r) => r.partOf],
    ...date<Project>('start', (r) => r.start, locale),
    ...date<Project>('end', (r) => r.end, locale),
    ...localized<Project>('description', (r) => r.description),
    ...sourcedTail<Project>(),
  ];
  const quotes: Column<Quote>[] = [
    ['id', (r) => r.id],
    ['speaker', (r) => r.speaker],
    ['source', (r) => r.source],
    ['original', (r) => r.original],
    ['translation', (r) => r.translation],
    ['topics', (r) => list(r.topics)],
    ['about', (r) => list(r.about)],
    ...sourcedTail<Quote>(),
  ];
  const events: Column<DossierEvent>[] = [
    ['id', (r) => r.id],
    ...date<DossierEvent>('date', (r) => r.date, locale),
    ['kind', (r) => r.kind],
    ...localized<DossierEvent>('title', (r) => r.title),
    ['people', (r) => list(r.people)],
    ['organizations', (r) => list(r.organizations)],
    ['projects', (r) => list(r.projects)],
    ...sourcedTail<DossierEvent>(),
  ];
  const figures: Column<Figure>[] = [
    ['id', (r) => r.id],
    ['subject_kind', (r) => r.subject.kind],
    ['subject', (r) => r.subject.id],
    ...localized<Figure>('label', (r) => r.label),
    ['value', (r) => r.value],
    ['up_to', (r) => r.upTo],
    ['out_of', (r) => r.outOf],
    ['qualifier', (r) => r.qualifier],
    ...localized<Figure>('unit', (r) => r.unit),
    ...date<Figure>('as_of', (r) => r.asOf, locale),
    ...sourcedTail<Figure>(),
  ];
  const relations: Column<Relation>[] = [
    ['id', (r) => r.id],
    ['from', (r) => r.from],
    ['to', (r) => r.to],
    ['kind', (r) => r.kind],
    ...localized<Relation>('description', (r) => r.description),
    ...date<Relation>('start', (r) => r.start, locale),
    ...date<Relation>('end', (r) => r.end, locale),
    ...sourcedTail<Relation>(),
  ];
  // A source's text is left out: it is the JSON export's job, and would swamp a spreadsheet.
  const sources: Column<Source>[] = [
    ['id', (r) => r.id],
    ['publication', (r) => r.publication],
    ['publisher', (r) => r.publisher],
    ['title', (r) => r.title],
    ['language', (r) => r.language],
    ['url', (r) => r.url],
    ['genre', (r) => r.genre],
    ...date<Source>('published', (r) => r.published, locale),
    ['subjects', (r) => list(r.subjects)],
    ['transcription_notes_fr', (r) => list(r.transcriptionNotes.map((n) => n.fr))],
    ['transcription_notes_en', (r) => list(r.transcriptionNotes.map((n) => n.en))],
    ...localized<Source>('note', (r) => r.note ?? null),
    ['paragraphs', (r) => r.paragraphs.length],
  ];
  return {
    sources,
    people,
    organizations,
    positions,
    projects,
    quotes,
    events,
    figures,
    relations,
  };
}

export interface CsvFile {
  type: RecordType;
  /** `people.csv`. */
  name: string;
  rows: number;
  text: string;
}

function csvOf<T>(columns: readonly Column<T>[], records: readonly T[]): string {
  return toCsv(
    columns.map(([header]) => header),
    records.map((record) => columns.map(([, value]) => value(record))),
  );
}

/** The records to write, by collection, as a dataset holds them. */
type Grouped = Collections;

function group(index: DatasetIndex, ids: Iterable<string>): Grouped {
  const grouped = emptyCollections();
  const seen = new Set<string>();
  for (const id of ids) {
    const entry = index.byId.get(id);
    if (!entry || seen.has(id)) continue;
    seen.add(id);
    addTo(grouped, entry);
  }
  return grouped;
}

function addTo(grouped: Grouped, entry: DossierRecord): void {
  switch (entry.type) {
    case 'source':
      return void grouped.sources.push(entry.record);
    case 'person':
      return void grouped.people.push(entry.record);
    case 'organization':
      return void grouped.organizations.push(entry.record);
    case 'position':
      return void grouped.positions.push(entry.record);
    case 'project':
      return void grouped.projects.push(entry.record);
    case 'quote':
      return void grouped.quotes.push(entry.record);
    case 'event':
      return void grouped.events.push(entry.record);
    case 'figure':
      return void grouped.figures.push(entry.record);
    case 'relation':
      return void grouped.relations.push(entry.record);
  }
}

/**
 * One CSV per record type among the shown records (only the shown ones: the records a JSON
 * export adds as references are not what the view showed), in the data folder's order.
 */
export function csvFiles(
  index: DatasetIndex,
  shownIds: Iterable<string>,
  locale: Locale,
): CsvFile[] {
  const g = group(index, shownIds);
  const c = tables(locale);
  const file = <T>(type: RecordType, columns: readonly Column<T>[], records: readonly T[]) => ({
    type,
    name: `${COLLECTION_OF[type]}.csv`,
    rows: records.length,
    text: csvOf(columns, records),
  });
  return [
    file('source', c.sources, g.sources),
    file('person', c.people, g.people),
    file('organization', c.organizations, g.organizations),
    file('position', c.positions, g.positions),
    file('project', c.projects, g.projects),
    file('quote', c.quotes, g.quotes),
    file('event', c.events, g.events),
    file('figure', c.figures, g.figures),
    file('relation', c.relations, g.relations),
  ].filter((f) => f.rows > 0);
}
