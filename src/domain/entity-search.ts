import type { DatasetIndex } from './dataset-index.ts';
import { organizationPath } from './organization-path.ts';
import { foldText } from './text-fold.ts';

export interface EntityOption {
  kind: 'person' | 'company';
  id: string;
  /** What the option shows: a name, or an organization's path ("Renault › DSI"). */
  label: string;
  /** Folded name, path and aliases, for matching. */
  haystack: string;
  /** Folded words the label starts with, for ranking prefix matches first. */
  words: string[];
}

const collator = new Intl.Collator('fr');

/** The options of each dataset, once built (by slices while loading, or whole). */
const optionsOf = new WeakMap<DatasetIndex, EntityOption[]>();

/** Records `entityOptionSteps` handles between two pauses. */
const RECORDS_PER_STEP = 500;

/** Every person and organization as a filter option; built once per dataset. */
export function buildEntityOptions(index: DatasetIndex): EntityOption[] {
  const saved = optionsOf.get(index);
  if (saved) return saved;
  const steps = entityOptionSteps(index);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `buildEntityOptions` as steps that pause every few hundred records, so the loader can build
 * the filter's options in slices before the page first shows the dataset (thousands of people
 * and organizations at 1,000 interviews); the result is kept for `buildEntityOptions`.
 */
export function* entityOptionSteps(index: DatasetIndex): Generator<void, EntityOption[], void> {
  const saved = optionsOf.get(index);
  if (saved) return saved;
  const options: EntityOption[] = [];
  for (const person of index.dataset.people) {
    const folded = foldText(person.name);
    options.push({
      kind: 'person',
      id: person.id,
      label: person.name,
      haystack: folded,
      words: folded.split(/\s+/),
    });
    if (options.length % RECORDS_PER_STEP === 0) yield;
  }
  for (const organization of index.dataset.organizations) {
    const label = organizationPath(index, organization.id);
    const folded = foldText([label, ...organization.aliases].join(' | '));
    options.push({
      kind: 'company',
      id: organization.id,
      label,
      haystack: folded,
      words: foldText(organization.name).split(/[\s›.,'’-]+/),
    });
    if (options.length % RECORDS_PER_STEP === 0) yield;
  }
  yield;
  options.sort((a, b) => collator.compare(a.label, b.label));
  optionsOf.set(index, options);
  return options;
}

/** Any record as a search option (a form's reference picker): folded like the filter's. */
export function searchableOf(label: string, aliases: readonly string[] = []) {
  const folded = foldText([label, ...aliases].join(' | '));
  return {
    haystack: folded,
    words: foldText(label)
      .split(/[\s›.,'’:—-]+/)
      .filter(Boolean),
  };
}

/**
 * Options whose name, path or aliases contain every word of the query, ignoring case and
 * accents; those with a word starting with the query's first word come first.
 */
export function searchEntities<T extends Pick<EntityOption, 'haystack' | 'words'>>(
  options: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const first = terms[0] ?? '';
  const prefixed: T[] = [];
  const others: T[] = [];
  for (const option of options) {
    if (!terms.every((term) => option.haystack.includes(term))) continue;
    (option.words.some((word) => word.startsWith(first)) ? prefixed : others).push(option);
    if (prefixed.length >= limit) break;
  }
  return [...prefixed, ...others].slice(0, limit);
}
