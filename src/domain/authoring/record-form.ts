import { mergeBundles, recordsOf, type Dataset, type DossierRecord } from '../dataset.ts';
import { checkIntegrity } from '../integrity.ts';
import { parseBundle } from '../load-dataset.ts';
import type { Evidence } from '../records.ts';
import {
  collectionOfType,
  fieldValue,
  REGISTRY,
  specOfType,
  type AnyRecordSpec,
  type FieldSpec,
  type RecordType,
} from '../registry.ts';
import { applyDrafts, type Draft } from './drafts.ts';
import { slugify, uniqueSlug } from './import-text.ts';

/**
 * A record as a form holds it while it is being written: each field of its type's registry
 * entry, by name, in the shape the schema reads (a localized field is `{ fr, en }`, a date a
 * fuzzy date, a reference an id). The schema says whether it is a record yet.
 */
export type FormValue = Readonly<Record<string, unknown>>;

/** What kind of problem a field has, so the form words it in the interface's language. */
export type ProblemKind =
  | 'required'
  | 'choose'
  | 'at-least-one'
  | 'inference'
  | 'slug'
  | 'date-format'
  | 'id-taken'
  | 'unknown-id'
  | 'not-verbatim'
  | 'other';

/** A problem at a field: `path` below the record (`title.fr`, `evidence.0.passage`, `''`). */
export interface FieldProblem {
  path: string;
  kind: ProblemKind;
  /** check-data's own words, shown when the kind has no words of its own. */
  message: string;
}

/** The value an empty field of a kind starts with: what the schema refuses until it is filled. */
function blankOf(field: FieldSpec): unknown {
  switch (field.kind) {
    case 'id':
      return '';
    case 'choice':
      return field.optional ? undefined : '';
    case 'text':
      return field.optional ? undefined : '';
    case 'localized':
      if (field.nullable) return null;
      return field.optional ? undefined : { fr: '', en: '' };
    case 'basis':
      return { certainty: 'stated' };
    case 'date':
      return field.nullable ? null : { precision: 'year', value: '', certainty: 'stated' };
    case 'boolean':
      return false;
    case 'number':
      return field.nullable ? null : undefined;
    case 'url':
      return field.nullable ? null : '';
    case 'language':
      return 'fr';
    case 'reference':
      return field.nullable ? null : '';
    case 'subject':
      return undefined;
    case 'texts':
    case 'tags':
    case 'references':
    case 'evidence':
    case 'paragraphs':
      return [];
  }
}

/**
 * A new record's starting value: every field blank, then the fields the request knows (a name
 * typed into a picker), then what the selected passage gives: it is the record's evidence, a
 * reference to a source points at its source, and a long text (a quote's original) is it.
 */
export function newFormValue(
  type: RecordType,
  request: { evidence?: Evidence; fields?: Readonly<Record<string, unknown>> },
): FormValue {
  const spec = specOfType(type);
  const value: Record<string, unknown> = {};
  for (const [name, field] of Object.entries<FieldSpec>(spec.fields)) value[name] = blankOf(field);
  const { evidence } = request;
  if (evidence) {
    let passageGiven = false;
    for (const [name, field] of Object.entries<FieldSpec>(spec.fields)) {
      if (field.kind === 'evidence') value[name] = [evidence];
      if (field.kind === 'reference' && field.to.length === 1 && field.to[0] === 'source')
        value[name] = evidence.source;
      if (field.kind === 'text' && field.long && !passageGiven) {
        value[name] = evidence.passage;
        passageGiven = true;
      }
    }
  }
  for (const [name, known] of Object.entries(request.fields ?? {}))
    if (name in spec.fields) value[name] = known;
  return value;
}

/** An existing record as the form holds it. */
export function editFormValue(entry: DossierRecord): FormValue {
  return { ...entry.record };
}

/** The words a new record's id is made from: its first label field, in French or English. */
export function idSeedOf(type: RecordType, value: FormValue): string {
  const spec: AnyRecordSpec = specOfType(type);
  for (const name of spec.labelFields) {
    const seed = textOf(fieldValue(value, name));
    if (seed) return seed;
  }
  return type;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value.split(/\s+/).slice(0, 8).join(' ');
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object' && value !== null) {
    const en = fieldValue(value, 'en');
    const fr = fieldValue(value, 'fr');
    return textOf(typeof en === 'string' && en.trim() ? en : fr);
  }
  return '';
}

/** Whether an id is already a record's, saved or drafted. */
export function idTaken(dataset: Dataset, drafts: readonly Draft[], id: string): boolean {
  return (
    drafts.some((draft) => draft.id === id) ||
    recordsOf(dataset).some((entry) => entry.record.id === id)
  );
}

/** A fresh id for a new record: a slug of its label, unique among saved and draft records. */
export function suggestId(
  type: RecordType,
  value: FormValue,
  dataset: Dataset,
  drafts: readonly Draft[],
): string {
  const taken = new Set([
    ...drafts.map((draft) => draft.id),
    ...recordsOf(dataset).map((entry) => entry.record.id),
  ]);
  return uniqueSlug(idSeedOf(type, value), (id) => taken.has(id), slugify(type));
}

/** The value as a record of its type, when its schema accepts it. */
export function entryOf(type: RecordType, value: FormValue): DossierRecord | undefined {
  const collection = collectionOfType(REGISTRY, type);
  if (collection === undefined) return undefined;
  const parsed = parseBundle(REGISTRY, { [collection]: [value] });
  if (!parsed.ok) return undefined;
  return recordsOf(mergeBundles(REGISTRY, '', [{ file: '', bundle: parsed.value }]))[0];
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  origin?: string;
  minimum?: unknown;
}

function kindOfIssue(issue: Issue): ProblemKind {
  const empty = issue.input === undefined || issue.input === null || issue.input === '';
  const last = issue.path.at(-1);
  if (issue.code === 'custom' && last === 'inference') return 'inference';
  if (issue.code === 'invalid_type' && empty) return 'required';
  if (issue.code === 'invalid_value' && empty) return 'choose';
  if (issue.code === 'invalid_union' && empty) return 'required';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'required';
  if (issue.code === 'too_small' && issue.origin === 'array') return 'at-least-one';
  if (issue.code === 'invalid_format' && empty) return 'required';
  if (issue.code === 'invalid_format' && (last === 'value' || last === 'from' || last === 'to'))
    return 'date-format';
  if (issue.code === 'invalid_format' && (last === 'id' || typeof last === 'number')) return 'slug';
  return 'other';
}

/**
 * Every problem check-data would find with this record in the folder: its type's schema, then
 * (once the schema accepts it) the integrity checks over the saved data with every draft and
 * this record applied. Problems of being unconnected are left out: a new person is referred to
 * by the role written next. `isNew` adds the check that the id is free.
 */
export function formProblems(
  type: RecordType,
  value: FormValue,
  dataset: Dataset,
  drafts: readonly Draft[],
  isNew: boolean,
): FieldProblem[] {
  const spec: AnyRecordSpec = specOfType(type);
  const problems: FieldProblem[] = [];
  const id = fieldValue(value, 'id');
  if (isNew && typeof id === 'string' && id !== '' && idTaken(dataset, drafts, id))
    problems.push({ path: 'id', kind: 'id-taken', message: `the id "${id}" is taken` });
  const parsed = spec.schema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ path: pathOf(issue.path), kind: kindOfIssue(issue), message: issue.message });
    return problems;
  }
  const entry = entryOf(type, value);
  if (entry === undefined) return problems;
  const mine: Draft = { id: entry.record.id, base: null, at: 0, op: 'put', entry };
  const applied = applyDrafts(dataset, [
    ...drafts.filter((draft) => draft.id !== entry.record.id),
    mine,
  ]);
  for (const problem of checkIntegrity([{ file: '', bundle: applied }], REGISTRY)) {
    if (problem.record !== entry.record.id) continue;
    if (problem.message === spec.orphan?.message) continue;
    if (problem.message.startsWith('duplicate id')) continue;
    const path = problem.path.replace(/^\w+\[\d+\]\.?/, '').replace(/\[(\d+)\]/g, '.$1');
    problems.push({ path, kind: integrityKind(problem.message), message: problem.message });
  }
  return problems;
}

function integrityKind(message: string): ProblemKind {
  if (message.startsWith('unknown id')) return 'unknown-id';
  if (message.includes('not found verbatim')) return 'not-verbatim';
  return 'other';
}

/** Whether a passage is found, verbatim, in one paragraph of the source (as check-data asks). */
export function isVerbatimIn(dataset: Dataset, evidence: Evidence): boolean {
  const source = dataset.sources.find((item) => item.id === evidence.source);
  return source !== undefined && source.paragraphs.some((p) => p.text.includes(evidence.passage));
}
