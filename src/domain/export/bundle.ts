import type { DatasetIndex } from '../dataset-index.ts';
import type { DossierRecord, RecordType } from '../dataset.ts';
import { COLLECTIONS, type Bundle, type Collection } from '../records.ts';

/** The collection each record type is stored in: `person` → `people`. */
export const COLLECTION_OF: Record<RecordType, Collection> = {
  source: 'sources',
  person: 'people',
  organization: 'organizations',
  position: 'positions',
  project: 'projects',
  quote: 'quotes',
  event: 'events',
  figure: 'figures',
  relation: 'relations',
};

/** Every id a record refers to, as the integrity checks follow them: all must be in the file. */
export function referencesOf(entry: DossierRecord): string[] {
  const cited = (): string[] =>
    entry.type === 'source' ? [] : entry.record.evidence.map((item) => item.source);
  const some = (id: string | null): string[] => (id === null ? [] : [id]);
  switch (entry.type) {
    case 'source':
      return [...some(entry.record.publisher), ...entry.record.subjects];
    case 'person':
      return cited();
    case 'organization':
      return [...cited(), ...some(entry.record.parent)];
    case 'position': {
      const { person, organization, reportsTo } = entry.record;
      return [...cited(), ...some(person), organization, ...reportsTo];
    }
    case 'project': {
      const { organizations, owner, contributors, partOf } = entry.record;
      return [...cited(), ...organizations, ...some(owner), ...contributors, ...some(partOf)];
    }
    case 'quote': {
      const { speaker, source, about } = entry.record;
      return [...cited(), speaker, source, ...about];
    }
    case 'event': {
      const { people, organizations, projects } = entry.record;
      return [...cited(), ...people, ...organizations, ...projects];
    }
    case 'figure':
      return [...cited(), entry.record.subject.id];
    case 'relation':
      return [...cited(), entry.record.from, entry.record.to];
  }
}

export interface ExportSelection {
  /** Ids of the records shown, in first-shown order, without duplicates or unknown ids. */
  shown: string[];
  /** Ids added so the file stands alone, in file order. */
  references: string[];
  /** Every id in the file. */
  included: ReadonlySet<string>;
}

/**
 * The shown records and everything a data folder needs around them to pass the checks on its
 * own: what they refer to, transitively (sources whole, so every passage verifies; parent
 * organizations up the tree; the posts a post reports to…), and, for a person or organization
 * nothing in the file refers to, one record that does — a folder rejects orphans.
 */
export function selectForExport(index: DatasetIndex, shownIds: Iterable<string>): ExportSelection {
  const included = new Set<string>();
  const queue: string[] = [];
  const add = (id: string): void => {
    if (included.has(id) || !index.byId.has(id)) return;
    included.add(id);
    queue.push(id);
  };
  for (const id of shownIds) add(id);
  const shown = [...included];

  let referrers: Map<string, string[]> | null = null;
  for (;;) {
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      const entry = index.byId.get(id);
      if (entry) for (const target of referencesOf(entry)) add(target);
    }
    const orphans = orphansAmong(index, included);
    if (orphans.length === 0) break;
    // Built only when needed: most views show records that anchor their people themselves.
    referrers ??= referrerMap(index);
    for (const orphan of orphans) {
      const anchor = referrers.get(orphan)?.[0];
      if (anchor !== undefined) add(anchor);
    }
    // A person no record refers to even in the full data cannot be anchored: stop there.
    if (queue.length === 0) break;
  }

  const shownSet = new Set(shown);
  const references = recordsInFileOrder(index, included)
    .map((entry) => entry.record.id)
    .filter((id) => !shownSet.has(id));
  return { shown, references, included };
}

/** The records a data folder would report as orphans (people and organizations only). */
function orphansAmong(index: DatasetIndex, included: ReadonlySet<string>): string[] {
  const referenced = new Set<string>();
  for (const id of included) {
    const entry = index.byId.get(id);
    if (!entry) continue;
    for (const target of referencesOf(entry)) referenced.add(target);
    // A unit with a parent is connected through it.
    if (entry.type === 'organization' && entry.record.parent !== null) referenced.add(id);
  }
  return [...included].filter((id) => {
    const type = index.byId.get(id)?.type;
    return (type === 'person' || type === 'organization') && !referenced.has(id);
  });
}

/** For every id, the records referring to it, sources first: the lightest anchor. */
function referrerMap(index: DatasetIndex): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of index.byId.values()) {
    for (const target of referencesOf(entry)) {
      const list = map.get(target);
      if (list) list.push(entry.record.id);
      else map.set(target, [entry.record.id]);
    }
  }
  return map;
}

function recordsInFileOrder(index: DatasetIndex, ids: ReadonlySet<string>): DossierRecord[] {
  const entries = [...ids].flatMap((id) => {
    const entry = index.byId.get(id);
    return entry ? [entry] : [];
  });
  const rank = (entry: DossierRecord) => COLLECTIONS.indexOf(COLLECTION_OF[entry.type]);
  const position = new Map<string, number>();
  for (const collection of COLLECTIONS) {
    index.dataset[collection].forEach((record, i) => position.set(record.id, i));
  }
  return entries.sort(
    (a, b) =>
      rank(a) - rank(b) || (position.get(a.record.id) ?? 0) - (position.get(b.record.id) ?? 0),
  );
}

/**
 * One data file holding the shown records and their references, with a note saying which is
 * which. With a manifest listing it — or alone, for `npm run check-data -- file.json` — it
 * is a data folder of its own.
 */
export function exportBundle(
  index: DatasetIndex,
  shownIds: Iterable<string>,
  title: string,
): Bundle {
  const { shown, references, included } = selectForExport(index, shownIds);
  const { dataset } = index;
  const pick = <T extends { id: string }>(records: readonly T[]): T[] | undefined => {
    const kept = records.filter((record) => included.has(record.id));
    // An absent collection rather than an empty one: JSON.stringify leaves it out.
    return kept.length > 0 ? kept : undefined;
  };
  return {
    export: { title, shown, references },
    sources: pick(dataset.sources),
    people: pick(dataset.people),
    organizations: pick(dataset.organizations),
    positions: pick(dataset.positions),
    projects: pick(dataset.projects),
    quotes: pick(dataset.quotes),
    events: pick(dataset.events),
    figures: pick(dataset.figures),
    relations: pick(dataset.relations),
  };
}
