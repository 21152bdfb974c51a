import { recordsByCollection, type DatasetOf, type LoadedFileOf } from './dataset.ts';
import { formatFuzzyDate } from './format-date.ts';
import { boundsOf, FuzzyDateSchema, type FuzzyDate } from './fuzzy-date.ts';
import type { Problem } from './problem.ts';
import {
  collectionsOf,
  evidenceOf,
  fieldValue,
  type BaseRecord,
  type Registry,
} from './registry.ts';
import {
  BIDI_CONTROLS,
  charactersOf,
  codePointOf,
  CONTROLS,
  LAYOUT_CONTROLS,
  ZERO_WIDTH,
} from './text-safety.ts';

/**
 * Text that is valid but suspicious: markup, invisible reordering characters, control
 * characters. Interview text has no reason to hold any of them, so they point at a bad paste
 * or a hostile file. The app still loads such data — React renders every string as text, and
 * the CSP forbids inline script — and lists these warnings; `check-data` fails on them, so a
 * folder under review is clean before it is shared.
 */
export function checkContent<R extends Registry<R>>(
  files: readonly LoadedFileOf<R>[],
  registry: R,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, bundle } of files) {
    for (const { collection, records } of recordsByCollection(registry, bundle)) {
      records.forEach((record, i) => {
        walkStrings(record, (value, path) => {
          const message = suspicionOf(value);
          if (message)
            problems.push({
              file,
              record: record.id,
              path: `${collection}[${i}]${path()}`,
              message,
            });
        });
      });
    }
  }
  return problems;
}

/**
 * Visits every string below `value` with its path from there (`.summary.fr`, `[2].text`), the
 * path written out only when asked: nearly every string is clean, and 49,000 records hold
 * hundreds of thousands of them.
 */
function walkStrings(value: unknown, visit: (text: string, path: () => string) => void): void {
  const keys: (string | number)[] = [];
  const path = () => keys.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
  const walk = (item: unknown): void => {
    if (typeof item === 'string') visit(item, path);
    else if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i += 1) {
        keys.push(i);
        walk(item[i]);
        keys.pop();
      }
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        keys.push(key);
        walk(child);
        keys.pop();
      }
    }
  };
  walk(value);
}

/** Tags that run or load something, event-handler attributes, and script URLs. */
const markup =
  /<\s*\/?\s*(?:script|img|iframe|object|embed|svg|math|style|link|meta|base|form|a)\b|<[^>]*\son[a-z]+\s*=|\bjavascript:/i;

/** Embeddings, overrides and isolates: they reorder how the text around them displays. */
const bidiControl = charactersOf([BIDI_CONTROLS]);

/** Characters that take no space: they make different ids or names look identical. */
const invisible = charactersOf([ZERO_WIDTH]);

/** C0 and C1 controls other than tab and line breaks. */
const control = charactersOf([CONTROLS], { except: [LAYOUT_CONTROLS] });

export function suspicionOf(text: string): string | null {
  const tag = markup.exec(text);
  if (tag) {
    return `looks like HTML or script (“${excerptAround(text, tag.index)}”): data is plain text, and the app shows it as text, never as markup`;
  }
  const bidi = bidiControl.exec(text);
  if (bidi) {
    return `holds an invisible bidirectional control ${codePointOf(bidi[0])}, which can make the text display in another order than it reads`;
  }
  const zeroWidth = invisible.exec(text);
  if (zeroWidth) {
    return `holds an invisible character ${codePointOf(zeroWidth[0])}, which makes different texts look identical`;
  }
  const ctrl = control.exec(text);
  if (ctrl) return `holds a control character ${codePointOf(ctrl[0])}`;
  return null;
}

function excerptAround(text: string, at: number): string {
  const excerpt = text.slice(at, at + 40);
  return at + 40 < text.length ? `${excerpt}…` : excerpt;
}

/** Where a record's evidence passage lies: a source, one of its paragraphs, a stretch of it. */
interface PassagePlace {
  source: string;
  paragraph: number;
  from: number;
  to: number;
}

/** A record that carries dates and cites passages, as the date-agreement check reads it. */
interface DatedRecord {
  file: string;
  id: string;
  path: string;
  /**
   * What its dates say: when something happened (`point`: an event's date), when something ran
   * (`span`: a role's, a project's, a relation's start and end), or when a value held (`as-of`).
   */
  time: 'point' | 'span' | 'as-of';
  dates: { field: string; date: FuzzyDate }[];
  firstDateField: string;
  hasNote: boolean;
  passages: { source: string; passage: string }[];
}

/**
 * Records derived from the same passage should carry the same date, or say why not: "Pélata
 * joins Salesforce" dated c. 2012 beside an undated "leaves Renault", a dated launch event beside
 * its undated project, read as contradictions. Two records whose evidence overlaps in one
 * paragraph disagree when no date of one can be a date of the other (one dated and one not counts)
 * and neither has a `note` saying why. An event's date is compared with every dated record of its
 * passage (another event, a role's start or end, a project's); two spans are not compared with
 * each other (a project can start after the role it belongs to); an as-of date (a figure's, see
 * `FieldSpec`) only with other as-of dates, since a count dated to the article says nothing of when
 * the thing counted began.
 *
 * A warning, not a loading error: each record is still faithful to its passage and the app shows
 * both dates, so the folder loads; `check-data` (and the edit server's save) refuse it until
 * the dates agree or a note explains, so the discrepancy is a choice someone wrote down.
 */
export function checkDateAgreement<R extends Registry<R>>(dataset: DatasetOf<R>): Problem[] {
  const paragraphs = new Map<string, string[]>();
  const dated: DatedRecord[] = [];
  for (const collection of collectionsOf(dataset.registry)) {
    const spec = dataset.registry[collection];
    const records: readonly BaseRecord[] = dataset[collection];
    const fields = Object.entries(spec.fields);
    const paragraphField = fields.find(([, field]) => field.kind === 'paragraphs')?.[0];
    const dateFields = fields.flatMap(([name, field]) =>
      field.kind === 'date' && field.since !== true ? [{ name, asOf: field.asOf ?? false }] : [],
    );
    /** The record's index in its own file's collection, as problems name it. */
    const indexInFile = new Map<string, number>();
    for (const record of records) {
      const file = dataset.fileOf.get(record.id) ?? '';
      const i = indexInFile.get(file) ?? 0;
      indexInFile.set(file, i + 1);
      if (paragraphField !== undefined) {
        paragraphs.set(record.id, paragraphTextsOf(fieldValue(record, paragraphField)));
      }
      const evidence = evidenceOf(spec, record);
      const first = dateFields[0];
      if (evidence.length === 0 || first === undefined) continue;
      const dates = dateFields.flatMap(({ name }) => {
        const parsed = FuzzyDateSchema.safeParse(fieldValue(record, name));
        return parsed.success ? [{ field: name, date: parsed.data }] : [];
      });
      dated.push({
        file,
        id: record.id,
        path: `${collection}[${i}]`,
        time: first.asOf ? 'as-of' : spec.span ? 'span' : 'point',
        dates,
        firstDateField: first.name,
        hasNote: fieldValue(record, 'note') !== undefined,
        passages: evidence.map(({ item }) => item),
      });
    }
  }
  // Integrity has checked that each passage is verbatim in a paragraph: its first occurrence.
  const placesOf = (record: DatedRecord): PassagePlace[] =>
    record.passages.flatMap(({ source, passage }) => {
      const texts = paragraphs.get(source) ?? [];
      const paragraph = texts.findIndex((text) => text.includes(passage));
      const from = texts[paragraph]?.indexOf(passage) ?? -1;
      return from === -1 ? [] : [{ source, paragraph, from, to: from + passage.length }];
    });
  const places = new Map(dated.map((record) => [record, placesOf(record)]));
  // Only records citing the same paragraph can share a passage: compare within each.
  const byParagraph = new Map<string, DatedRecord[]>();
  for (const [record, found] of places) {
    for (const key of new Set(found.map((place) => `${place.source}\u0000${place.paragraph}`))) {
      const list = byParagraph.get(key);
      if (list) list.push(record);
      else byParagraph.set(key, [record]);
    }
  }

  const problems: Problem[] = [];
  const compared = new Set<string>();
  for (const records of byParagraph.values()) {
    records.forEach((a, i) => {
      for (const b of records.slice(i + 1)) {
        const pair = `${a.id}\u0000${b.id}`;
        if (compared.has(pair)) continue;
        compared.add(pair);
        if (!comparable(a.time, b.time) || a.hasNote || b.hasNote) continue;
        const shared = sharedPlace(places.get(a) ?? [], places.get(b) ?? []);
        if (!shared || datesAgree(a, b)) continue;
        const text = paragraphs.get(shared.source)?.[shared.paragraph] ?? '';
        // Reported on the record with fewer dates (the undated one, usually): that is where the
        // note or the missing date goes.
        const [at, other] = b.dates.length < a.dates.length ? [b, a] : [a, b];
        problems.push({
          file: at.file,
          record: at.id,
          path: `${at.path}.${at.dates[0]?.field ?? at.firstDateField}`,
          message: `shares the passage “${clipped(text.slice(shared.from, shared.to))}” with "${other.id}" but not its date (${describeDates(at)} here, ${describeDates(other)} there): give both the same date, or say why not in a "note" { "fr", "en" }`,
        });
      }
    });
  }
  return problems;
}

function paragraphTextsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((paragraph: unknown) => {
    const text =
      typeof paragraph === 'object' && paragraph !== null
        ? fieldValue(paragraph, 'text')
        : undefined;
    return typeof text === 'string' ? [text] : [];
  });
}

/** The stretch two records' passages share in one paragraph, if any. */
function sharedPlace(a: readonly PassagePlace[], b: readonly PassagePlace[]): PassagePlace | null {
  for (const p of a) {
    for (const q of b) {
      if (p.source !== q.source || p.paragraph !== q.paragraph) continue;
      const from = Math.max(p.from, q.from);
      const to = Math.min(p.to, q.to);
      if (from < to) return { source: p.source, paragraph: p.paragraph, from, to };
    }
  }
  return null;
}

/**
 * An event's date says when something happened, so it must agree with any other record of its
 * passage; two spans (a role and the project it ran) may well have begun apart; an as-of date
 * only with another one.
 */
function comparable(a: DatedRecord['time'], b: DatedRecord['time']): boolean {
  if (a === 'as-of' || b === 'as-of') return a === b;
  return a === 'point' || b === 'point';
}

/**
 * Both undated; or a date of one that may be a date of the other (their spans of meaning
 * overlap: an event in June 2012 and another c. 2012); or an event that may fall within a
 * span's run, from its start (or any time before, when only the end is known) to its end (or on,
 * when open): a launch or a milestone dated within the project's life. One dated and one not
 * disagree.
 */
function datesAgree(a: DatedRecord, b: DatedRecord): boolean {
  if (a.dates.length === 0 && b.dates.length === 0) return true;
  const overlap = (x: { start: number; end: number }, y: { start: number; end: number }) =>
    x.start < y.end && y.start < x.end;
  const [point, other] = a.time === 'point' ? [a, b] : [b, a];
  if (other.time === 'span') {
    if (other.dates.length === 0) return false;
    const start = other.dates.find(({ field }) => field === 'start')?.date;
    const end = other.dates.find(({ field }) => field === 'end')?.date;
    const run = {
      start: start ? boundsOf(start).start : -Infinity,
      end: end ? boundsOf(end).end : Infinity,
    };
    return point.dates.some(({ date }) => overlap(boundsOf(date), run));
  }
  return a.dates.some(({ date }) =>
    b.dates.some(({ date: y }) => overlap(boundsOf(date), boundsOf(y))),
  );
}

function describeDates(record: DatedRecord): string {
  if (record.dates.length === 0) return 'no date';
  return record.dates
    .map(({ field, date }) => `${field} ${formatFuzzyDate(date, 'en')}`)
    .join(', ');
}

function clipped(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
