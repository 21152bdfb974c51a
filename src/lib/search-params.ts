import { FILTER_LIST_KEYS } from '../domain/filter.ts';

/**
 * Plain query strings for the router: `?person=a,b&q=expérience`, not JSON-encoded values.
 *
 * Reading is forgiving, since links arrive from anywhere: `parseSearch` keeps only what it
 * can read, and `linkNotices` (link-notices.ts) says what it left out.
 * - `person`, `company` and `voice` are lists: repeated (`?person=a&person=b`) they parse to
 *   an array. Any other key counts once: the first readable value is used, the rest ignored.
 * - A pair whose percent-encoding is broken (`?q=%E0%A4%A`, `?q=100%`) is not read at all,
 *   rather than decoded into replacement characters that would then look like a real value.
 * - A value longer than `MAX_VALUE_LENGTH` is not read: no parameter needs more, and it keeps
 *   every later step (schemas, regexes, notices) cheap on a pasted 100 kB link.
 * - Keys that name a property of every object (`__proto__`, `constructor`, `toString`…) are not
 *   read: assigned to the search object they could change its prototype or its behaviour.
 * The zod schemas of each route then validate and normalise what they read.
 */

/** The keys that hold lists; a repetition of any other key is ignored with a notice. */
export const LIST_PARAMS: ReadonlySet<string> = new Set(FILTER_LIST_KEYS);

export const MAX_VALUE_LENGTH = 2000;

const OBJECT_KEYS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

/** One `key=value` pair of a query string, decoded, with the text as written. */
export interface SearchEntry {
  key: string;
  value: string;
  /** The pair as written in the link, for notices about what could not be decoded. */
  written: string;
  /** Whether the key or value has a broken percent-escape; that part is then as written. */
  malformed: boolean;
}

function decodePart(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Every pair of a query string, in order, including those `parseSearch` leaves out. */
export function searchEntries(searchStr: string): SearchEntry[] {
  const text = searchStr.startsWith('?') ? searchStr.slice(1) : searchStr;
  const entries: SearchEntry[] = [];
  for (const written of text.split('&')) {
    if (written === '') continue;
    const equals = written.indexOf('=');
    const rawKey = equals === -1 ? written : written.slice(0, equals);
    const rawValue = equals === -1 ? '' : written.slice(equals + 1);
    const key = decodePart(rawKey);
    const value = decodePart(rawValue);
    entries.push({
      key: key ?? rawKey,
      value: value ?? rawValue,
      written,
      malformed: key === null || value === null,
    });
  }
  return entries;
}

/** Whether `parseSearch` reads this pair (see the rules at the top of this file). */
export function isReadable(entry: SearchEntry): boolean {
  return !entry.malformed && !isObjectKey(entry.key) && entry.value.length <= MAX_VALUE_LENGTH;
}

export function isObjectKey(key: string): boolean {
  return OBJECT_KEYS.has(key);
}

export function parseSearch(searchStr: string): Record<string, string | string[]> {
  const values = new Map<string, string[]>();
  for (const entry of searchEntries(searchStr)) {
    if (!isReadable(entry)) continue;
    const list = values.get(entry.key);
    if (list) list.push(entry.value);
    else values.set(entry.key, [entry.value]);
  }
  const search: Record<string, string | string[]> = {};
  for (const [key, list] of values) {
    const first = list[0] ?? '';
    search[key] = LIST_PARAMS.has(key) && list.length > 1 ? list : first;
  }
  return search;
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.map(String).join(','));
    } else if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    ) {
      params.set(key, String(value));
    }
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
