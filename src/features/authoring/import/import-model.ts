import type { Draft } from '../../../domain/authoring/drafts.ts';
import { lostDashNote } from '../../../domain/authoring/import-notes.ts';
import type { ParagraphKind } from '../../../domain/authoring/import-text.ts';
import { formProblems, type FieldProblem } from '../../../domain/authoring/record-form.ts';
import { suspicionOf } from '../../../domain/content-checks.ts';
import type { Dataset } from '../../../domain/dataset.ts';
import { REGISTRY } from '../../../domain/registry.ts';
import type { Source } from '../../../domain/records.ts';

/** What the import page holds before it becomes a source. */
export interface ImportInput {
  id: string;
  publication: string;
  title: string;
  language: string;
  url: string;
  genre: Source['genre'];
  /** The fuzzy date as the date editor leaves it (undefined until touched). */
  published: unknown;
  paragraphs: { text: string; kind: ParagraphKind }[];
  /** How many lost dashes the user had repaired. */
  repairedDashes: number;
}

/** Ids a source cannot take: `new` is the import page's own address, `/sources/new`. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['new']);

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
    published: input.published,
    subjects: [],
    transcriptionNotes: input.repairedDashes > 0 ? [lostDashNote(input.repairedDashes)] : [],
    paragraphs: input.paragraphs,
  };
}

export type ImportCheck =
  | { ok: true; source: Source }
  | {
      ok: false;
      /** Problems by field path below the source (`title`, `published.value`, `paragraphs.3.text`). */
      problems: readonly FieldProblem[];
    };

/**
 * The source checked as check-data checks it: the registry's schema and the integrity checks
 * over the folder with the drafts applied (as the record forms check theirs), the content
 * checks (markup, invisible characters) every text must pass, and an id that is free.
 */
export function checkImport(
  input: ImportInput,
  dataset: Dataset,
  drafts: readonly Draft[],
): ImportCheck {
  const raw = sourceOf(input);
  const problems = [...formProblems('source', raw, dataset, drafts, true)];
  if (RESERVED_IDS.has(input.id))
    problems.push({ path: 'id', kind: 'other', message: `"${input.id}" is a reserved id` });
  walk(raw, '', (text, path) => {
    const suspicion = suspicionOf(text);
    if (suspicion !== null) problems.push({ path, kind: 'other', message: suspicion });
  });
  const parsed = REGISTRY.sources.schema.safeParse(raw);
  if (parsed.success && problems.length === 0) return { ok: true, source: parsed.data };
  return { ok: false, problems };
}

function walk(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walk(item, at(i), visit));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) walk(item, at(key), visit);
}
