import { expectationOf, type Expectation } from '../domain/search-expectation.ts';
import { z } from '../domain/zod-mini.ts';
import {
  charactersOf,
  spellOut,
  UNICODE_INVISIBLE,
  ZERO_WIDTH_JOINER,
} from '../domain/text-safety.ts';
import {
  isObjectKey,
  LIST_PARAMS,
  MAX_VALUE_LENGTH,
  parseSearch,
  searchEntries,
  type SearchEntry,
} from './search-params.ts';

/**
 * What a link asked for that the view does not do, for a notice above the view. Checked here:
 * the syntax of each parameter (against the routes' zod/mini schemas and their expectations).
 * Ids that are well formed but not in the data (`item=zzz`, `person=nobody`) are told by the
 * view or the filter bar, which know the data.
 */
export type LinkNotice =
  | { kind: 'unknown'; param: string }
  /**
   * `value` is the ignored value, shown safely (see `shownValue`), or null when not one;
   * `length` is its full length when `value` is cut.
   */
  | {
      kind: 'ignored';
      param: string;
      value: string | null;
      length: number | null;
      problem: LinkProblem;
    };

/** Why a value was ignored; the notice words it in the interface language. */
export type LinkProblem =
  | { code: 'encoding' }
  | { code: 'too-long' }
  | { code: 'repeated'; count: number }
  /** `expected` is null for a parameter whose schema does not say what it expects. */
  | { code: 'invalid'; expected: Expectation | null };

const SHOWN_LENGTH = 40;
/** Controls, format characters (zero-width, bidi overrides), lone surrogates, line separators;
 * not the zero-width joiner, which holds emoji sequences together. */
const INVISIBLE = charactersOf([UNICODE_INVISIBLE], { except: [ZERO_WIDTH_JOINER], flags: 'g' });

/**
 * A value as it can be shown in a notice: at most 40 characters, then “…”, with invisible
 * characters (zero-width spaces, bidi overrides, controls) spelled out, since they are often
 * what makes a pasted id fail.
 */
export function shownValue(value: string): string {
  const cut = Array.from(value.slice(0, SHOWN_LENGTH * 2))
    .slice(0, SHOWN_LENGTH)
    .join('');
  const visible = spellOut(cut, INVISIBLE);
  if (cut.length === value.length) return visible;
  return `${visible}…`;
}

/** A notice about one ignored value. */
function ignoredValue(param: string, value: string, problem: LinkProblem): LinkNotice {
  const shown = shownValue(value);
  const length = shown.endsWith('…') && value.length > SHOWN_LENGTH ? value.length : null;
  return { kind: 'ignored', param, value: shown, length, problem };
}

function isZodObject(schema: unknown): schema is z.ZodMiniObject {
  return schema instanceof z.ZodMiniObject;
}

/** Each key's schema, from the routes' search schemas (root first). */
function knownParams(schemas: readonly unknown[]): Map<string, z.core.$ZodType> {
  const known = new Map<string, z.core.$ZodType>();
  for (const schema of schemas.filter(isZodObject)) {
    for (const [key, field] of Object.entries(schema.shape)) known.set(key, field);
  }
  return known;
}

/** What the routes make of the readable part of the link, as the router would. */
function validated(schemas: readonly unknown[], searchStr: string): Record<string, unknown> {
  const raw = parseSearch(searchStr);
  let search: Record<string, unknown> = {};
  for (const schema of schemas.filter(isZodObject)) {
    const result = schema.safeParse({ ...raw, ...search });
    if (result.success) search = { ...search, ...result.data };
  }
  return search;
}

function listPieces(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function unreadable(param: string, entries: SearchEntry[]): LinkNotice[] {
  const notices: LinkNotice[] = [];
  for (const entry of entries) {
    if (entry.malformed) {
      notices.push(ignoredValue(param, entry.value, { code: 'encoding' }));
    } else if (entry.value.length > MAX_VALUE_LENGTH) {
      notices.push(ignoredValue(param, entry.value, { code: 'too-long' }));
    }
  }
  return notices;
}

function rejected(
  param: string,
  field: z.core.$ZodType,
  given: string | string[],
  kept: unknown,
): LinkNotice[] {
  const problem: LinkProblem = { code: 'invalid', expected: expectationOf(field) };
  if (LIST_PARAMS.has(param)) {
    const keptValues = Array.isArray(kept) ? kept : [];
    return [...new Set(listPieces(given))]
      .filter((piece) => !keptValues.includes(piece))
      .map((piece) => ignoredValue(param, piece, problem));
  }
  if (typeof given !== 'string' || given === '' || kept !== undefined) return [];
  return [ignoredValue(param, given, problem)];
}

function groupByKey(entries: SearchEntry[]): Map<string, SearchEntry[]> {
  const groups = new Map<string, SearchEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.key);
    if (group) group.push(entry);
    else groups.set(entry.key, [entry]);
  }
  return groups;
}

/** Everything in `searchStr` that the routes with these search schemas ignore, in order. */
export function linkNotices(searchStr: string, schemas: readonly unknown[]): LinkNotice[] {
  const known = knownParams(schemas);
  const readable = parseSearch(searchStr);
  const search = validated(schemas, searchStr);
  const notices: LinkNotice[] = [];
  for (const [key, entries] of groupByKey(searchEntries(searchStr))) {
    const field = known.get(key);
    if (!field || isObjectKey(key)) {
      notices.push({ kind: 'unknown', param: shownValue(key) });
      continue;
    }
    const unread = unreadable(key, entries);
    notices.push(...unread);
    const readCount = entries.length - unread.length;
    if (readCount > 1 && !LIST_PARAMS.has(key)) {
      notices.push({
        kind: 'ignored',
        param: key,
        value: null,
        length: null,
        problem: { code: 'repeated', count: readCount },
      });
    }
    const given = readable[key];
    if (given !== undefined) notices.push(...rejected(key, field, given, search[key]));
  }
  return notices;
}
