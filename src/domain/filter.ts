import { z } from './zod-mini.ts';
import type { DatasetIndex } from './dataset-index.ts';
import type { Organization, Person, Voice } from './records.ts';
import { expects } from './search-expectation.ts';
import { searchParam, SearchVoiceSchema } from './search-values.ts';

const MAX_VALUES = 20;
const MAX_LENGTH = 100;

/**
 * `a,b` or `['a', 'b,c']` → `['a', 'b', 'c']`, trimmed, de-duplicated and bounded. A value too
 * long to be an id is dropped, not cut: a cut one would be reported as an unknown id that the
 * link never named.
 */
function toList(raw: unknown): string[] | undefined {
  const parts = (Array.isArray(raw) ? raw : [raw])
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0 && v.length <= MAX_LENGTH);
  const unique = [...new Set(parts)].slice(0, MAX_VALUES);
  return unique.length > 0 ? unique : undefined;
}

const listParam = z.pipe(z.unknown(), z.transform(toList));

const idsExpected = expects(
  `one of at most ${MAX_VALUES} ids of ${MAX_LENGTH} characters or fewer`,
  `l’un d’au plus ${MAX_VALUES} identifiants de ${MAX_LENGTH} caractères au plus`,
);

/**
 * The filter every view reads from the URL. Values are kept as written and checked against
 * the dataset by `resolveFilter`, which turns unknown ones into notices instead of errors.
 */
export const FilterSearchSchema = z.object({
  // The descriptions finish the link notice's "“…” is not …" for a value that was dropped.
  person: z.optional(listParam).check(z.meta(idsExpected)),
  company: z.optional(listParam).check(z.meta(idsExpected)),
  voice: z
    .optional(listParam)
    .check(
      z.meta(expects(`one of at most ${MAX_VALUES} voices`, `l’une d’au plus ${MAX_VALUES} voix`)),
    ),
  /** Another data folder on this site (`/bench-data/c1000/`); checked before it is fetched. */
  data: searchParam(
    z.string().check(z.maxLength(500)),
    'a data folder path of at most 500 characters',
    'un chemin de dossier de données d’au plus 500 caractères',
  ),
});
export type FilterSearch = z.infer<typeof FilterSearchSchema>;
export type FilterKey = keyof FilterSearch;

/**
 * Every filter parameter, in the schema's order: what view links carry from one view to the
 * next, and what the root route keeps on any link that does not set it.
 */
export const FILTER_KEYS: readonly FilterKey[] = z.keyof(FilterSearchSchema).options;

/** The filter parameters that hold lists of values (`?person=a,b`): all but the data folder. */
export type FilterListKey = Exclude<FilterKey, 'data'>;
export const FILTER_LIST_KEYS: readonly FilterListKey[] = FILTER_KEYS.filter(
  (key): key is FilterListKey => key !== 'data',
);

/** A link's search that clears the filter, keeping the data folder (which the root route keeps). */
export const NO_FILTER: Readonly<Record<FilterListKey, undefined>> = {
  person: undefined,
  company: undefined,
  voice: undefined,
};

/** What view links carry from one view to the next: the filter and the data folder. */
export function filterOf(search: Partial<FilterSearch>): FilterSearch {
  const filter: FilterSearch = {};
  for (const key of FILTER_KEYS) copy(filter, search, key);
  return filter;
}

function copy<K extends FilterKey>(target: FilterSearch, source: FilterSearch, key: K): void {
  target[key] = source[key];
}

export interface ResolvedFilter {
  people: Person[];
  /** Organizations chosen; each stands for itself and all its units. */
  organizations: Organization[];
  voices: Voice[];
  /** Each value that was ignored, for the filter bar to say in the interface language. */
  notices: FilterNotice[];
}

export interface FilterNotice {
  param: FilterListKey;
  value: string;
}

export function resolveFilter(index: DatasetIndex, search: Partial<FilterSearch>): ResolvedFilter {
  const notices: FilterNotice[] = [];
  const people: Person[] = [];
  for (const id of search.person ?? []) {
    const person = index.people.get(id);
    if (person) people.push(person);
    else notices.push({ param: 'person', value: id });
  }
  const organizations: Organization[] = [];
  for (const id of search.company ?? []) {
    const organization = index.organizations.get(id);
    if (organization) organizations.push(organization);
    else notices.push({ param: 'company', value: id });
  }
  const voices: Voice[] = [];
  for (const value of search.voice ?? []) {
    const voice = SearchVoiceSchema.safeParse(value);
    if (voice.success) voices.push(voice.data);
    else notices.push({ param: 'voice', value });
  }
  return { people, organizations, voices, notices };
}

export function hasEntityFilter(filter: ResolvedFilter): boolean {
  return filter.people.length > 0 || filter.organizations.length > 0;
}

/**
 * Ids of the records that involve any chosen person or organization (an organization
 * standing for all its units), read from the index; `null` when no person or organization is
 * chosen, meaning every record.
 */
export function recordsInvolving(
  index: DatasetIndex,
  filter: ResolvedFilter,
): ReadonlySet<string> | null {
  if (!hasEntityFilter(filter)) return null;
  const ids = new Set<string>();
  const addAll = (entity: string) => {
    for (const id of index.recordsByEntity.get(entity) ?? []) ids.add(id);
  };
  for (const person of filter.people) addAll(person.id);
  for (const organization of filter.organizations) {
    for (const unit of index.descendantsOf(organization.id)) addAll(unit);
  }
  return ids;
}

/** Whether a record passes the filter: involvement (when set) and voice (when set). */
export function createRecordFilter(index: DatasetIndex, filter: ResolvedFilter) {
  const involved = recordsInvolving(index, filter);
  const voices = filter.voices.length > 0 ? new Set(filter.voices) : null;
  return (record: { id: string; voice?: Voice }): boolean =>
    (involved === null || involved.has(record.id)) &&
    (voices === null || record.voice === undefined || voices.has(record.voice));
}

/**
 * Every record passing the filter, sources aside, reading only the records that involve the
 * chosen people and companies rather than every record in the dataset: what the overview counts.
 */
export function matchingRecordIds(index: DatasetIndex, filter: ResolvedFilter): string[] {
  const voices = filter.voices.length > 0 ? new Set(filter.voices) : null;
  const ids: string[] = [];
  for (const id of recordsInvolving(index, filter) ?? index.byId.keys()) {
    const entry = index.byId.get(id);
    if (!entry || entry.type === 'source') continue;
    if (voices && !voices.has(entry.record.voice)) continue;
    ids.push(id);
  }
  return ids;
}
