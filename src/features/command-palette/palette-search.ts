import MiniSearch from 'minisearch';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { organizationPath } from '../../domain/dataset-index.ts';
import type { Localized } from '../../domain/records.ts';
import { foldedWordsOf } from '../../domain/text-fold.ts';

/** The record types quick find looks through, in the order their groups are listed. */
export const FINDABLE_TYPES = [
  'person',
  'organization',
  'position',
  'project',
  'figure',
  'quote',
  'source',
] as const;
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
  /**
   * Other words, in French and English: an organization's description, a role's organization
   * and holder, a project's description with the topics and figure labels attached to it, a
   * quote's texts and topics, a source's publisher. Not people's summaries: passing mentions.
   */
  text: string;
}

/**
 * Index and query alike are folded ("pelata" finds "Pélata", "economie" finds "économie"),
 * each text once as a whole: folding word by word costs seconds more at 50,000 records.
 */
const tokenize = foldedWordsOf;

/**
 * "Chief Marketing Officer" → "CMO": people type a title's initials. Titles that spell theirs
 * out already ("Chief Digital Officer (CDO)") gain nothing new.
 */
function initialsOf(title: string): string {
  const words = title
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s,]+/)
    .filter((word) => /^\p{Lu}/u.test(word));
  return words.length >= 2 ? words.map((word) => word[0] ?? '').join('') : '';
}

/** A topic id in words for the index: `connected-car` → "connected car". */
function topicWords(topics: readonly string[]): string {
  return topics.map((topic) => topic.replaceAll('-', ' ')).join(' ');
}

function documentsOf(index: DatasetIndex): PaletteDocument[] {
  const { dataset } = index;
  const documents: PaletteDocument[] = [];
  const add = (type: FindableType, id: string, name: string, text = '') =>
    documents.push({ id, type, name, text });
  const both = (text: Localized) => `${text.fr} ${text.en}`;
  for (const person of dataset.people) add('person', person.id, person.name);
  for (const organization of dataset.organizations) {
    const path = organizationPath(index, organization.id);
    const name = [path, ...organization.aliases].join(' ');
    add('organization', organization.id, name, both(organization.description));
  }
  for (const position of dataset.positions) {
    const title = position.title ? both(position.title) : '';
    const initials = position.title
      ? `${initialsOf(position.title.fr)} ${initialsOf(position.title.en)}`
      : '';
    const holder = position.person === null ? '' : (index.people.get(position.person)?.name ?? '');
    add(
      'position',
      position.id,
      `${title} ${initials}`,
      `${organizationPath(index, position.organization)} ${holder}`,
    );
  }
  // What is said about a project elsewhere: the topics of quotes about it, its figures' labels.
  const aboutProject = new Map<string, string[]>();
  const note = (id: string, words: string) =>
    aboutProject.set(id, [...(aboutProject.get(id) ?? []), words]);
  for (const quote of dataset.quotes) {
    for (const id of quote.about) note(id, topicWords(quote.topics));
  }
  for (const figure of dataset.figures) {
    if (figure.subject.kind === 'project') note(figure.subject.id, both(figure.label));
    add('figure', figure.id, both(figure.label), both(figure.unit));
  }
  for (const project of dataset.projects) {
    const about = (aboutProject.get(project.id) ?? []).join(' ');
    add('project', project.id, both(project.name), `${both(project.description)} ${about}`);
  }
  for (const quote of dataset.quotes) {
    const speaker = index.people.get(quote.speaker)?.name ?? '';
    add(
      'quote',
      quote.id,
      speaker,
      `${quote.original} ${quote.translation} ${topicWords(quote.topics)}`,
    );
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

function newEngine(): MiniSearch<PaletteDocument> {
  return new MiniSearch<PaletteDocument>({
    fields: ['name', 'text'],
    tokenize,
    // Already folded by `tokenize`.
    processTerm: (term) => term,
    searchOptions: { prefix: true, combineWith: 'AND', boost: { name: 3 } },
  });
}

/**
 * One full-text index over every findable record: each query word matches as a word prefix
 * ("hoff" → Hoffstetter), all words required, names weighing more than quoted words.
 */
function searchOver(engine: MiniSearch<PaletteDocument>, index: DatasetIndex): PaletteSearch {
  return {
    search(query, cap = GROUP_CAP) {
      if (tokenize(query).length === 0) return [];
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

export function createPaletteSearch(index: DatasetIndex): PaletteSearch {
  const engine = newEngine();
  engine.addAll(documentsOf(index));
  return searchOver(engine, index);
}

function findableType(type: string | undefined): FindableType | undefined {
  return FINDABLE_TYPES.find((candidate) => candidate === type);
}

const built = new WeakMap<DatasetIndex, PaletteSearch>();
const building = new WeakMap<DatasetIndex, Promise<PaletteSearch>>();

/** The dataset's index if it is built already, for a palette opened a second time. */
export function builtPaletteSearch(index: DatasetIndex): PaletteSearch | undefined {
  return built.get(index);
}

/**
 * Builds the dataset's index on the palette's first opening, not when the data loads, and
 * keeps it with the dataset. At 1,000 interviews (~50,000 records) that takes seconds, so it
 * is indexed in chunks that let the page go on answering the keyboard meanwhile.
 */
export function loadPaletteSearch(index: DatasetIndex): Promise<PaletteSearch> {
  let promise = building.get(index);
  if (!promise) {
    const engine = newEngine();
    promise = engine.addAllAsync(documentsOf(index), { chunkSize: 500 }).then(() => {
      const search = searchOver(engine, index);
      built.set(index, search);
      return search;
    });
    building.set(index, promise);
  }
  return promise;
}
