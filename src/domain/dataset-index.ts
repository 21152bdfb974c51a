import type { DatasetOf } from './dataset.ts';
import { recordsOf } from './dataset.ts';
import {
  collectionOfType,
  evidenceOf,
  isSourced,
  type DossierRegistry,
  type EntryOf,
  type Registry,
} from './registry.ts';
import type {
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
import { FURNITURE_KINDS } from './records.ts';

// Kept in its own module so that the filter bar can name organizations without this one (and
// the registry it reads) in the page's first download.
export { organizationPath } from './organization-path.ts';

/** A registry that holds at least Dossier's record types (a test's may hold one more). */
export type DossierLikeRegistry<R> = DossierRegistry & Registry<R>;

/** A record that carries evidence: for Dossier's own types, any but a source. */
export type SourcedEntryOf<R extends Registry<R>> = Exclude<EntryOf<R>, { type: 'source' }>;

/** Where one evidence passage of one record sits in its source. */
export type Citation = CitationOf<DossierRegistry>;
export interface CitationOf<R extends Registry<R>> {
  record: SourcedEntryOf<R>;
  /** Index of the evidence item within the record. */
  evidence: number;
  source: string;
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Lookups built once per dataset, so that every view reads by key instead of scanning:
 * records by id, organizations' children, citations by source.
 */
export type DatasetIndex = DatasetIndexOf<DossierRegistry>;
export interface DatasetIndexOf<R extends DossierLikeRegistry<R>> {
  dataset: DatasetOf<R>;
  byId: ReadonlyMap<string, EntryOf<R>>;
  sources: ReadonlyMap<string, Source>;
  people: ReadonlyMap<string, Person>;
  organizations: ReadonlyMap<string, Organization>;
  childrenOf: ReadonlyMap<string, readonly Organization[]>;
  citationsBySource: ReadonlyMap<string, readonly CitationOf<R>[]>;
  citationsByRecord: ReadonlyMap<string, readonly CitationOf<R>[]>;
  /**
   * Person and organization ids each record involves: a person, their employers too; a project,
   * its organizations, owner, contributors and the people quoted about it.
   */
  entitiesOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** The inverse: ids of the records that involve each person or organization. */
  recordsByEntity: ReadonlyMap<string, ReadonlySet<string>>;
  positionsByPerson: ReadonlyMap<string, readonly Position[]>;
  positionsByOrganization: ReadonlyMap<string, readonly Position[]>;
  projectsByOrganization: ReadonlyMap<string, readonly Project[]>;
  quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
  eventsByEntity: ReadonlyMap<string, readonly DossierEvent[]>;
  figuresBySubject: ReadonlyMap<string, readonly Figure[]>;
  relationsByOrganization: ReadonlyMap<string, readonly Relation[]>;
  /** The organization and every unit below it, itself first. */
  descendantsOf: (id: string) => readonly string[];
  /** The top of the organization's tree: Renault for the Digital Factory. */
  companyOf: (id: string) => string;
}

/** Where a passage sits in its source, given the running number of the evidence item. */
export type PassageLocator = (
  source: Source,
  passage: string,
  ordinal: number,
) => { paragraph: number; start: number; end: number } | null;

/** Every sourced record's evidence, in the order `buildIndex` walks it. */
function sourcedEntriesOf<R extends DossierLikeRegistry<R>>(
  dataset: DatasetOf<R>,
): SourcedEntryOf<R>[] {
  return recordsOf(dataset).filter((entry): entry is SourcedEntryOf<R> =>
    isSourcedEntry(dataset.registry, entry),
  );
}

/**
 * Every evidence passage's place in its source, three integers each (paragraph, start, end; -1
 * when not found), in the order `buildIndex` walks the evidence: the costly string search of the
 * index, done once where the data is loaded (a worker) and handed over as one transferable array.
 */
export function passageLocations<R extends DossierLikeRegistry<R>>(
  dataset: DatasetOf<R>,
): Int32Array {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const evidence = sourcedEntriesOf(dataset).flatMap((entry) => {
    const spec = specOfEntry(dataset.registry, entry);
    return spec ? evidenceOf(spec, entry.record).map(({ item }) => item) : [];
  });
  const locations = new Int32Array(evidence.length * 3).fill(-1);
  evidence.forEach((item, ordinal) => {
    const source = sources.get(item.source);
    const located = source ? locatePassage(source, item.passage) : null;
    if (!located) return;
    locations.set([located.paragraph, located.start, located.end], ordinal * 3);
  });
  return locations;
}

/** A locator reading `passageLocations` computed earlier for the same dataset. */
export function locatorOf(locations: Int32Array): PassageLocator {
  return (_source, _passage, ordinal) => {
    const paragraph = locations[ordinal * 3] ?? -1;
    const start = locations[ordinal * 3 + 1] ?? -1;
    const end = locations[ordinal * 3 + 2] ?? -1;
    return paragraph < 0 ? null : { paragraph, start, end };
  };
}

export function buildIndex<R extends DossierLikeRegistry<R>>(
  dataset: DatasetOf<R>,
  locate: PassageLocator = (source, passage) => locatePassage(source, passage),
): DatasetIndexOf<R> {
  const steps = indexSteps(dataset, locate);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Records `indexSteps` handles between two pauses. */
const RECORDS_PER_STEP = 500;

/**
 * `buildIndex` as steps: the generator pauses (yields) every few hundred records, so that a
 * caller on the page can hand the thread back between slices and no single task holds it for
 * long; run to the end, it returns the same index `buildIndex` does.
 */
export function* indexSteps<R extends DossierLikeRegistry<R>>(
  dataset: DatasetOf<R>,
  locate: PassageLocator = (source, passage) => locatePassage(source, passage),
): Generator<void, DatasetIndexOf<R>, void> {
  const { registry } = dataset;
  let done = 0;
  /** Whether it is time to pause, counting one more record. */
  const due = () => {
    done += 1;
    return done % RECORDS_PER_STEP === 0;
  };
  const byId = new Map<string, EntryOf<R>>();
  const entries = recordsOf(dataset);
  yield;
  for (const entry of entries) {
    byId.set(entry.record.id, entry);
    if (due()) yield;
  }
  const sourced: SourcedEntryOf<R>[] = [];
  for (const entry of entries) {
    if (isSourcedEntry(registry, entry)) sourced.push(entry);
    if (due()) yield;
  }

  const childrenOf = new Map<string, Organization[]>();
  for (const organization of dataset.organizations) {
    if (organization.parent === null) continue;
    const siblings = childrenOf.get(organization.parent) ?? [];
    siblings.push(organization);
    childrenOf.set(organization.parent, siblings);
  }

  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const citationsBySource = new Map<string, CitationOf<R>[]>();
  const citationsByRecord = new Map<string, CitationOf<R>[]>();
  let ordinal = 0;
  for (const entry of sourced) {
    const spec = specOfEntry(registry, entry);
    const items = spec ? evidenceOf(spec, entry.record) : [];
    for (const [evidence, { item }] of items.entries()) {
      ordinal += 1;
      const source = sources.get(item.source);
      if (!source) continue;
      const located = locate(source, item.passage, ordinal - 1);
      if (!located) continue;
      const citation: CitationOf<R> = { record: entry, evidence, source: source.id, ...located };
      push(citationsBySource, source.id, citation);
      push(citationsByRecord, entry.record.id, citation);
    }
    if (due()) yield;
  }

  const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
  const projects = new Map(dataset.projects.map((p) => [p.id, p]));

  const positionsByPerson = new Map<string, Position[]>();
  const positionsByOrganization = new Map<string, Position[]>();
  for (const position of dataset.positions) {
    if (position.person !== null) push(positionsByPerson, position.person, position);
    push(positionsByOrganization, position.organization, position);
  }
  const projectsByOrganization = new Map<string, Project[]>();
  for (const project of dataset.projects) {
    for (const organization of project.organizations)
      push(projectsByOrganization, organization, project);
  }
  const quotesBySpeaker = new Map<string, Quote[]>();
  for (const quote of dataset.quotes) push(quotesBySpeaker, quote.speaker, quote);
  const figuresBySubject = new Map<string, Figure[]>();
  for (const figure of dataset.figures) push(figuresBySubject, figure.subject.id, figure);
  const relationsByOrganization = new Map<string, Relation[]>();
  for (const relation of dataset.relations) {
    push(relationsByOrganization, relation.from, relation);
    push(relationsByOrganization, relation.to, relation);
  }
  yield;

  /** A project stands for its organizations and the people who run it. */
  const projectEntities = (id: string): string[] => {
    const project = projects.get(id);
    if (!project) return [];
    return [
      ...project.organizations,
      ...(project.owner ? [project.owner] : []),
      ...project.contributors,
    ];
  };
  const entitiesOf = new Map<string, Set<string>>();
  const involve = (record: string, entities: Iterable<string>) => {
    const set = entitiesOf.get(record) ?? new Set<string>();
    for (const entity of entities) set.add(entity);
    entitiesOf.set(record, set);
  };
  for (const person of dataset.people) {
    involve(person.id, [
      person.id,
      ...(positionsByPerson.get(person.id) ?? []).map((p) => p.organization),
    ]);
    if (due()) yield;
  }
  for (const organization of dataset.organizations) involve(organization.id, [organization.id]);
  for (const position of dataset.positions) {
    involve(position.id, [position.organization, ...(position.person ? [position.person] : [])]);
    if (due()) yield;
  }
  for (const project of dataset.projects) {
    involve(project.id, projectEntities(project.id));
    if (due()) yield;
  }
  for (const quote of dataset.quotes) {
    involve(quote.id, [
      quote.speaker,
      ...quote.about.flatMap((id) => (projects.has(id) ? projectEntities(id) : [id])),
    ]);
    // A project someone speaks about in a quote is one they speak for: Pélata for Salesforce's
    // pilots, though the sources name no one as running them.
    for (const id of quote.about) if (projects.has(id)) involve(id, [quote.speaker]);
    if (due()) yield;
  }
  const eventsByEntity = new Map<string, DossierEvent[]>();
  for (const event of dataset.events) {
    const entities = [
      ...event.people,
      ...event.organizations,
      ...event.projects.flatMap(projectEntities),
    ];
    involve(event.id, entities);
    for (const entity of new Set([...event.people, ...event.organizations, ...event.projects])) {
      push(eventsByEntity, entity, event);
    }
    if (due()) yield;
  }
  for (const figure of dataset.figures) {
    involve(
      figure.id,
      figure.subject.kind === 'project' ? projectEntities(figure.subject.id) : [figure.subject.id],
    );
    if (due()) yield;
  }
  for (const relation of dataset.relations) involve(relation.id, [relation.from, relation.to]);

  const recordsByEntity = new Map<string, Set<string>>();
  for (const [record, entities] of entitiesOf) {
    for (const entity of entities) {
      const set = recordsByEntity.get(entity) ?? new Set<string>();
      set.add(record);
      recordsByEntity.set(entity, set);
    }
    if (due()) yield;
  }

  const descendantsCache = new Map<string, string[]>();
  const descendantsOf = (id: string): string[] => {
    const cached = descendantsCache.get(id);
    if (cached) return cached;
    const result: string[] = [];
    const stack = [id];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const current = stack.pop();
      if (current === undefined || seen.has(current)) continue;
      seen.add(current);
      result.push(current);
      for (const child of childrenOf.get(current) ?? []) stack.push(child.id);
    }
    descendantsCache.set(id, result);
    return result;
  };
  const companyOf = (id: string): string => {
    let current = organizations.get(id);
    const seen = new Set<string>();
    while (current && current.parent !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = organizations.get(current.parent);
      if (!parent) break;
      current = parent;
    }
    return current?.id ?? id;
  };

  return {
    dataset,
    byId,
    sources,
    people: new Map(dataset.people.map((p) => [p.id, p])),
    organizations,
    childrenOf,
    citationsBySource,
    citationsByRecord,
    entitiesOf,
    recordsByEntity,
    positionsByPerson,
    positionsByOrganization,
    projectsByOrganization,
    quotesBySpeaker,
    eventsByEntity,
    figuresBySubject,
    relationsByOrganization,
    descendantsOf,
    companyOf,
  };
}

function specOfEntry<R extends Registry<R>>(registry: R, entry: EntryOf<R>) {
  const collection = collectionOfType(registry, entry.type);
  return collection === undefined ? undefined : registry[collection];
}

/** Whether the entry's type carries evidence (a source does not). */
function isSourcedEntry<R extends Registry<R>>(
  registry: R,
  entry: EntryOf<R>,
): entry is SourcedEntryOf<R> {
  const spec = specOfEntry(registry, entry);
  return entry.type !== 'source' && spec !== undefined && isSourced(spec);
}

/**
 * The first paragraph holding the passage verbatim, and where in it. The page's furniture is
 * never cited, so a passage that also appears there (the breadcrumb repeats the headline) is
 * found in the text.
 */
export function locatePassage(
  source: Source,
  passage: string,
): { paragraph: number; start: number; end: number } | null {
  for (const [paragraph, { text, kind }] of source.paragraphs.entries()) {
    if (FURNITURE_KINDS.includes(kind)) continue;
    const start = text.indexOf(passage);
    if (start >= 0) return { paragraph, start, end: start + passage.length };
  }
  return null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
