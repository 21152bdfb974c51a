import type { Problem } from './problem.ts';
import type {
  Bundle,
  DossierEvent,
  Figure,
  Organization,
  Person,
  Position,
  Project,
  Quote,
  Relation,
  Source,
} from './records.ts';

/** Every record of a data folder, merged across its files. */
export interface Dataset {
  title: string;
  sources: Source[];
  people: Person[];
  organizations: Organization[];
  positions: Position[];
  projects: Project[];
  quotes: Quote[];
  events: DossierEvent[];
  figures: Figure[];
  relations: Relation[];
  /** The data file each record id was read from, for messages and exports. */
  fileOf: Map<string, string>;
  /** Suspicious but harmless content (see `checkContent`), shown to the user as a notice. */
  warnings: readonly Problem[];
}

/** One record of any collection, tagged with its type. */
export type DossierRecord =
  | { type: 'source'; record: Source }
  | { type: 'person'; record: Person }
  | { type: 'organization'; record: Organization }
  | { type: 'position'; record: Position }
  | { type: 'project'; record: Project }
  | { type: 'quote'; record: Quote }
  | { type: 'event'; record: DossierEvent }
  | { type: 'figure'; record: Figure }
  | { type: 'relation'; record: Relation };

export type RecordType = DossierRecord['type'];

/** A record that carries evidence: everything but a source. */
export type SourcedRecord = Exclude<DossierRecord, { type: 'source' }>;

export interface LoadedFile {
  file: string;
  bundle: Bundle;
}

/** A dataset's records by collection, without its title, file map and warnings. */
export type Collections = Omit<Dataset, 'title' | 'fileOf' | 'warnings'>;

export function emptyCollections(): Collections {
  return {
    sources: [],
    people: [],
    organizations: [],
    positions: [],
    projects: [],
    quotes: [],
    events: [],
    figures: [],
    relations: [],
  };
}

export function mergeBundles(
  title: string,
  files: readonly LoadedFile[],
  warnings: readonly Problem[] = [],
): Dataset {
  const dataset: Dataset = {
    title,
    warnings,
    ...emptyCollections(),
    fileOf: new Map(),
  };
  for (const { file, bundle } of files) {
    const add = <T extends { id: string }>(target: T[], records: T[] | undefined): void => {
      for (const record of records ?? []) {
        target.push(record);
        if (!dataset.fileOf.has(record.id)) dataset.fileOf.set(record.id, file);
      }
    };
    add(dataset.sources, bundle.sources);
    add(dataset.people, bundle.people);
    add(dataset.organizations, bundle.organizations);
    add(dataset.positions, bundle.positions);
    add(dataset.projects, bundle.projects);
    add(dataset.quotes, bundle.quotes);
    add(dataset.events, bundle.events);
    add(dataset.figures, bundle.figures);
    add(dataset.relations, bundle.relations);
  }
  return dataset;
}

/** Every record that carries evidence, in collection order. */
export function sourcedRecordsOf(dataset: Dataset): SourcedRecord[] {
  return [
    ...dataset.people.map((record) => ({ type: 'person' as const, record })),
    ...dataset.organizations.map((record) => ({ type: 'organization' as const, record })),
    ...dataset.positions.map((record) => ({ type: 'position' as const, record })),
    ...dataset.projects.map((record) => ({ type: 'project' as const, record })),
    ...dataset.quotes.map((record) => ({ type: 'quote' as const, record })),
    ...dataset.events.map((record) => ({ type: 'event' as const, record })),
    ...dataset.figures.map((record) => ({ type: 'figure' as const, record })),
    ...dataset.relations.map((record) => ({ type: 'relation' as const, record })),
  ];
}
