import { lostDashNote } from '../../../domain/authoring/import-notes.ts';
import type { ParagraphKind } from '../../../domain/authoring/import-text.ts';
import { suspicionOf } from '../../../domain/content-checks.ts';
import { REGISTRY } from '../../../domain/registry.ts';
import type { Source } from '../../../domain/records.ts';

/** The published date as the editor holds it: every input as typed. */
export interface DateInput {
  precision: 'day' | 'month' | 'year' | 'circa' | 'range';
  value: string;
  from: string;
  to: string;
  part: '' | 'early' | 'mid' | 'late';
  certainty: 'stated' | 'inferred';
  expression: string;
  inferenceFr: string;
  inferenceEn: string;
}

export const EMPTY_DATE: DateInput = {
  precision: 'year',
  value: '',
  from: '',
  to: '',
  part: '',
  certainty: 'inferred',
  expression: '',
  inferenceFr: '',
  inferenceEn: '',
};

/** What the import page holds before it becomes a source. */
export interface ImportInput {
  id: string;
  publication: string;
  title: string;
  language: string;
  url: string;
  genre: Source['genre'];
  published: DateInput;
  paragraphs: { text: string; kind: ParagraphKind }[];
  /** How many lost dashes the user had repaired. */
  repairedDashes: number;
}

/** The fuzzy date the inputs describe, as raw data for the schema to judge. */
export function dateOf(input: DateInput): Record<string, unknown> {
  const basis = {
    certainty: input.certainty,
    ...(input.expression.trim() !== '' && { expression: input.expression.trim() }),
    ...(input.certainty === 'inferred' &&
      (input.inferenceFr.trim() !== '' || input.inferenceEn.trim() !== '') && {
        inference: { fr: input.inferenceFr, en: input.inferenceEn },
      }),
  };
  if (input.precision === 'range')
    return { precision: 'range', from: input.from.trim(), to: input.to.trim(), ...basis };
  return {
    precision: input.precision,
    value: input.value.trim(),
    ...(input.precision === 'year' && input.part !== '' && { part: input.part }),
    ...basis,
  };
}

/** The source record the inputs describe, not yet checked. */
export function sourceOf(input: ImportInput): Record<string, unknown> {
  return {
    id: input.id,
    publication: input.publication,
    publisher: null,
    title: input.title,
    language: input.language.trim().toLowerCase(),
    url: input.url.trim() === '' ? null : input.url.trim(),
    genre: input.genre,
    published: dateOf(input.published),
    subjects: [],
    transcriptionNotes: input.repairedDashes > 0 ? [lostDashNote(input.repairedDashes)] : [],
    paragraphs: input.paragraphs,
  };
}

export type ImportCheck =
  | { ok: true; source: Source }
  | {
      ok: false;
      /** Problems by field path (`title`, `published.value`, `paragraphs.3.text`…). */
      problems: ReadonlyMap<string, string>;
    };

/**
 * The source checked as check-data checks it: its schema from the registry, then the content
 * checks (markup, invisible characters) every string must pass; and an id not already taken.
 */
export function checkImport(input: ImportInput, taken: (id: string) => boolean): ImportCheck {
  const problems = new Map<string, string>();
  const add = (path: string, message: string) => {
    if (!problems.has(path)) problems.set(path, message);
  };
  const raw = sourceOf(input);
  const parsed = REGISTRY.sources.schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path.map(String).join('.'), issue.message);
  }
  if (taken(input.id)) add('id', `an id no other record has (“${input.id}” is taken)`);
  walk(raw, '', (text, path) => {
    const suspicion = suspicionOf(text);
    if (suspicion !== null) add(path, suspicion);
  });
  if (parsed.success && problems.size === 0) return { ok: true, source: parsed.data };
  return { ok: false, problems };
}

function walk(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walk(item, at(i), visit));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) walk(item, at(key), visit);
}
