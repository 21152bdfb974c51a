import type { Dataset, DossierRecord, SourcedRecord } from './dataset.ts';
import { sourcedRecordsOf } from './dataset.ts';
import type { Organization, Person, Source } from './records.ts';

/** Where one evidence passage of one record sits in its source. */
export interface Citation {
  record: SourcedRecord;
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
export interface DatasetIndex {
  dataset: Dataset;
  byId: ReadonlyMap<string, DossierRecord>;
  sources: ReadonlyMap<string, Source>;
  people: ReadonlyMap<string, Person>;
  organizations: ReadonlyMap<string, Organization>;
  childrenOf: ReadonlyMap<string, readonly Organization[]>;
  citationsBySource: ReadonlyMap<string, readonly Citation[]>;
  citationsByRecord: ReadonlyMap<string, readonly Citation[]>;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const byId = new Map<string, DossierRecord>();
  for (const record of dataset.sources) byId.set(record.id, { type: 'source', record });
  const sourced = sourcedRecordsOf(dataset);
  for (const entry of sourced) byId.set(entry.record.id, entry);

  const childrenOf = new Map<string, Organization[]>();
  for (const organization of dataset.organizations) {
    if (organization.parent === null) continue;
    const siblings = childrenOf.get(organization.parent) ?? [];
    siblings.push(organization);
    childrenOf.set(organization.parent, siblings);
  }

  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const citationsBySource = new Map<string, Citation[]>();
  const citationsByRecord = new Map<string, Citation[]>();
  for (const entry of sourced) {
    entry.record.evidence.forEach((item, evidence) => {
      const source = sources.get(item.source);
      if (!source) return;
      const located = locatePassage(source, item.passage);
      if (!located) return;
      const citation: Citation = { record: entry, evidence, source: source.id, ...located };
      push(citationsBySource, source.id, citation);
      push(citationsByRecord, entry.record.id, citation);
    });
  }

  return {
    dataset,
    byId,
    sources,
    people: new Map(dataset.people.map((p) => [p.id, p])),
    organizations: new Map(dataset.organizations.map((o) => [o.id, o])),
    childrenOf,
    citationsBySource,
    citationsByRecord,
  };
}

/** The first paragraph holding the passage verbatim, and where in it. */
export function locatePassage(
  source: Source,
  passage: string,
): { paragraph: number; start: number; end: number } | null {
  for (const [paragraph, { text }] of source.paragraphs.entries()) {
    const start = text.indexOf(passage);
    if (start >= 0) return { paragraph, start, end: start + passage.length };
  }
  return null;
}

/** "Renault › Digital Factory": the organization's name after its ancestors'. */
export function organizationPath(index: DatasetIndex, id: string): string {
  const names: string[] = [];
  const seen = new Set<string>();
  let current = index.organizations.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parent === null ? undefined : index.organizations.get(current.parent);
  }
  return names.join(' › ');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
