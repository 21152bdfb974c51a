import MiniSearch from 'minisearch';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { organizationPath } from '../../domain/dataset-index.ts';
import { foldText } from '../../domain/text-fold.ts';
import { WORD_SEPARATOR } from '../quotes/quote-search.ts';

/** The record types quick find looks through, in the order their groups are listed. */
export const FINDABLE_TYPES = ['person', 'organization', 'project', 'quote', 'source'] as const;
export type FindableType = (typeof FINDABLE_TYPES)[number];

/** At most this many results of each type: enough to pick from, short enough to read. */
export const GROUP_CAP = 8;

export interface RecordHit {
  type: FindableType;
  id: string;
}

export interface HitGroup {
  type: FindableType;
  hits: RecordHit[];
}

interface PaletteDocument {
  id: string;
  type: FindableType;
  /** Names: a person's, an organization's path and aliases, a project's in both languages. */
  name: string;
  /** Longer words: a quote's French and English texts, a source's publisher. */
  text: string;
}

function tokenize(text: string): string[] {
  return text.split(WORD_SEPARATOR).filter((word) => word.length > 0);
}

/** Index and query alike: "pelata" finds "Pélata", "economie" finds "économie". */
function processTerm(term: string): string | null {
  return foldText(term) || null;
}

function documentsOf(index: DatasetIndex): PaletteDocument[] {
  const { dataset } = index;
  const documents: PaletteDocument[] = [];
  const add = (type: FindableType, id: string, name: string, text = '') =>
    documents.push({ id, type, name, text });
  for (const person of dataset.people) add('person', person.id, person.name, person.summary.en);
  for (const organization of dataset.organizations) {
    const path = organizationPath(index, organization.id);
    add('organization', organization.id, [path, ...organization.aliases].join(' '));
  }
  for (const project of dataset.projects) {
    add('project', project.id, `${project.name.fr} ${project.name.en}`);
  }
  for (const quote of dataset.quotes) {
    const speaker = index.people.get(quote.speaker)?.name ?? '';
    add('quote', quote.id, speaker, `${quote.original} ${quote.translation}`);
  }
  for (const source of dataset.sources) {
    add('source', source.id, `${source.publication} ${source.title}`, source.publisher ?? '');
  }
  return documents;
}

export interface PaletteSearch {
  /** Results for a query, best first within each type, each type capped; none for a blank one. */
  search: (query: string, cap?: number) => HitGroup[];
}

/**
 * One full-text index over every findable record: each query word matches as a word prefix
 * ("hoff" → Hoffstetter), all words required, names weighing more than quoted words.
 */
export function createPaletteSearch(index: DatasetIndex): PaletteSearch {
  const engine = new MiniSearch<PaletteDocument>({
    fields: ['name', 'text'],
    tokenize,
    processTerm,
    searchOptions: { prefix: true, combineWith: 'AND', boost: { name: 3 } },
  });
  engine.addAll(documentsOf(index));
  return {
    search(query, cap = GROUP_CAP) {
      if (tokenize(query).every((term) => processTerm(term) === null)) return [];
      const groups = new Map<FindableType, RecordHit[]>(FINDABLE_TYPES.map((t) => [t, []]));
      for (const result of engine.search(query)) {
        const id = String(result.id);
        const type = findableType(index.byId.get(id)?.type);
        const hits = type && groups.get(type);
        if (type && hits && hits.length < cap) hits.push({ type, id });
      }
      return FINDABLE_TYPES.map((type) => ({ type, hits: groups.get(type) ?? [] })).filter(
        (group) => group.hits.length > 0,
      );
    },
  };
}

function findableType(type: string | undefined): FindableType | undefined {
  return FINDABLE_TYPES.find((candidate) => candidate === type);
}

const cache = new WeakMap<DatasetIndex, PaletteSearch>();

/** Built on the first search of a dataset (the palette's first use), then kept with it. */
export function paletteSearchFor(index: DatasetIndex): PaletteSearch {
  let search = cache.get(index);
  if (!search) {
    search = createPaletteSearch(index);
    cache.set(index, search);
  }
  return search;
}
