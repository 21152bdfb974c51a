import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { boundsOf, type DateBounds } from '../../domain/fuzzy-date.ts';
import type { Figure, Localized, Organization, Position, Relation } from '../../domain/records.ts';
import type { ShownRecords } from '../../lib/shown-records.tsx';

/** Whether a position held at the chosen date: surely, perhaps (fuzzy or missing dates), or not. */
export type Validity = 'certain' | 'possible' | 'no';

export type OrgNode =
  | {
      kind: 'organization';
      id: string;
      organization: Organization;
      figures: Figure[];
      children: OrgNode[];
    }
  | { kind: 'post'; id: string; position: Position; validity: Validity; children: OrgNode[] };

export interface ExtraLink {
  from: string;
  to: string;
  /** What the line means, put in words by the view in the interface language. */
  meaning: { kind: 'reports-to' } | { kind: 'relation'; description: Localized };
  /** The record that says so, for its passage. */
  recordId: string;
}

export interface OrgChart {
  company: Organization;
  /** The company's own figures, shown beside the chart (units carry theirs in their node). */
  figures: readonly Figure[];
  root: OrgNode;
  /** Reporting lines beyond each post's first, and team transfers between units. */
  extraLinks: ExtraLink[];
  /** Posts at this company whose dates cannot place them at the chosen date. */
  undated: Position[];
  /**
   * What the company's section shows: its figures, the units and posts of the tree as drawn
   * (with the units' figures), the records behind its further links, its undated posts.
   */
  shownIds: readonly string[];
}

const asOfPattern = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** `2012` or `2012-06` as the span of time it names; null when malformed. */
export function parseAsOf(value: string): DateBounds | null {
  const match = asOfPattern.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  const month = Number(match[2]);
  return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
}

/**
 * Whether a position was held during `at` (null: at the latest source, i.e. current ones).
 * Certain only when its start surely precedes and its end surely follows the whole span.
 */
export function validityAt(position: Position, at: DateBounds | null): Validity {
  if (at === null) return position.current ? 'certain' : 'no';
  const start = position.start ? boundsOf(position.start) : null;
  const end = position.end ? boundsOf(position.end) : null;
  if (start && start.start >= at.end) return 'no';
  if (end && end.end <= at.start) return 'no';
  if (!start && !end && !position.current) return 'no';
  const startedBefore = start !== null && start.end <= at.start;
  const endedAfter = position.current || (end !== null && end.start >= at.end);
  return startedBefore && endedAfter ? 'certain' : 'possible';
}

/**
 * A company's chart: its units by parent, each unit's posts under it. A post reporting to
 * another post of the same unit hangs under it; a unit whose head reports to a post higher up
 * hangs under that post — so "CMO › Digital Factory › CDO" follows from the data.
 */
export function buildOrgChart(
  index: DatasetIndex,
  companyId: string,
  at: DateBounds | null,
  includes: (record: { id: string }) => boolean,
): OrgChart | null {
  const company = index.organizations.get(companyId);
  if (!company) return null;
  // As of a date, a unit that did not exist yet is left out with everything under it.
  const units = index
    .descendantsOf(companyId)
    .filter((id) => id === companyId || existedAt(index, id, companyId, at));
  const unitSet = new Set(units);
  const nodes = new Map<string, OrgNode>();
  const parentOf = new Map<string, string>();
  const extraLinks: ExtraLink[] = [];
  const undated: Position[] = [];

  for (const unitId of units) {
    const organization = index.organizations.get(unitId);
    if (!organization) continue;
    nodes.set(unitId, {
      kind: 'organization',
      id: unitId,
      organization,
      // The company's own figures are shown beside the chart; units carry theirs in the node.
      figures: unitId === companyId ? [] : knownAt(index.figuresBySubject.get(unitId) ?? [], at),
      children: [],
    });
  }
  const posts: Position[] = [];
  for (const unitId of units) {
    for (const position of index.positionsByOrganization.get(unitId) ?? []) {
      if (!includes(position)) continue;
      const validity = validityAt(position, at);
      if (validity === 'no') {
        if (at !== null && !position.start && !position.end && !position.current)
          undated.push(position);
        continue;
      }
      posts.push(position);
      nodes.set(`post:${position.id}`, {
        kind: 'post',
        id: `post:${position.id}`,
        position,
        validity,
        children: [],
      });
    }
  }

  for (const position of posts) {
    const [first, ...others] = position.reportsTo.filter((id) => nodes.has(`post:${id}`));
    const boss = first === undefined ? undefined : index.byId.get(first);
    // A boss in the same unit takes the post under them; a boss elsewhere takes the whole unit (below).
    const sameUnit =
      boss?.type === 'position' && boss.record.organization === position.organization;
    parentOf.set(`post:${position.id}`, sameUnit ? `post:${first}` : position.organization);
    for (const other of others) {
      extraLinks.push({
        from: `post:${position.id}`,
        to: `post:${other}`,
        meaning: { kind: 'reports-to' },
        recordId: position.id,
      });
    }
  }
  for (const unitId of units) {
    if (unitId === companyId) continue;
    const organization = index.organizations.get(unitId);
    if (!organization || organization.parent === null) continue;
    const ancestors = ancestorsOf(index, unitId);
    const headLine = posts
      .filter((p) => p.organization === unitId)
      .flatMap((p) => p.reportsTo)
      .find((id) => {
        const boss = index.byId.get(id);
        return (
          boss?.type === 'position' &&
          ancestors.has(boss.record.organization) &&
          nodes.has(`post:${id}`)
        );
      });
    parentOf.set(unitId, headLine !== undefined ? `post:${headLine}` : organization.parent);
  }
  for (const relation of relationsWithin(index, unitSet)) {
    if (!includes(relation)) continue;
    extraLinks.push({
      from: relation.from,
      to: relation.to,
      meaning: { kind: 'relation', description: relation.description },
      recordId: relation.id,
    });
  }

  for (const [child, parent] of parentOf) {
    const parentNode = nodes.get(parent);
    const childNode = nodes.get(child);
    if (parentNode && childNode && !reaches(parentOf, parent, child))
      parentNode.children.push(childNode);
  }
  const root = nodes.get(companyId);
  if (!root) return null;
  const figures = knownAt(index.figuresBySubject.get(companyId) ?? [], at);
  const drawnLinks = extraLinks.filter((l) => nodes.has(l.from) && nodes.has(l.to));
  const shownIds = figures.map((f) => f.id);
  const walk = (node: OrgNode): void => {
    if (node.kind === 'organization') shownIds.push(node.id, ...node.figures.map((f) => f.id));
    else shownIds.push(node.position.id);
    node.children.forEach(walk);
  };
  walk(root);
  shownIds.push(...drawnLinks.map((link) => link.recordId), ...undated.map((p) => p.id));
  return { company, figures, root, extraLinks: drawnLinks, undated, shownIds };
}

/**
 * Whether a unit (and each unit above it, up to the company) may already exist during `at`: it
 * is left out only when its `since` surely begins after `at` ends. At the latest source
 * (`at` null), every unit.
 */
function existedAt(
  index: DatasetIndex,
  unitId: string,
  companyId: string,
  at: DateBounds | null,
): boolean {
  if (at === null) return true;
  let current: string | null = unitId;
  const seen = new Set<string>();
  while (current !== null && current !== companyId && !seen.has(current)) {
    seen.add(current);
    const organization = index.organizations.get(current);
    if (organization?.since && boundsOf(organization.since).start >= at.end) return false;
    current = organization?.parent ?? null;
  }
  return true;
}

/** Figures that may hold during `at`: not one counted only later ("12 macro-projects" in 2012). */
function knownAt(figures: readonly Figure[], at: DateBounds | null): Figure[] {
  if (at === null) return [...figures];
  return figures.filter((figure) => !figure.asOf || boundsOf(figure.asOf).start < at.end);
}

function ancestorsOf(index: DatasetIndex, id: string): Set<string> {
  const result = new Set<string>();
  let current = index.organizations.get(id)?.parent ?? null;
  while (current !== null && !result.has(current)) {
    result.add(current);
    current = index.organizations.get(current)?.parent ?? null;
  }
  return result;
}

/** Whether following parents from `from` reaches `target` (a cycle guard). */
function reaches(parentOf: ReadonlyMap<string, string>, from: string, target: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = from;
  while (current !== undefined && !seen.has(current)) {
    if (current === target) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}

function relationsWithin(index: DatasetIndex, units: ReadonlySet<string>): Relation[] {
  const found = new Map<string, Relation>();
  for (const unit of units) {
    for (const relation of index.relationsByOrganization.get(unit) ?? []) {
      if (units.has(relation.from) && units.has(relation.to)) found.set(relation.id, relation);
    }
  }
  return [...found.values()];
}

/** Relations that cross from one company to another, e.g. Salesforce working with Renault. */
export function relationsBetweenCompanies(index: DatasetIndex): Relation[] {
  return index.dataset.relations.filter((r) => index.companyOf(r.from) !== index.companyOf(r.to));
}

/**
 * Companies worth a chart: those with units, or with posts held at `at`, that pass the filter.
 * In order of relevance: the companies the filter names (`first`, companies or their units)
 * first, then by how many records the dossier holds about each (its units included), then name.
 */
export function chartedCompanies(
  index: DatasetIndex,
  includes: (record: { id: string }) => boolean,
  at: DateBounds | null,
  first: readonly string[] = [],
): string[] {
  const collator = new Intl.Collator('fr');
  const named = new Set(first.map((id) => index.companyOf(id)));
  const weight = new Map<string, number>();
  const weightOf = (companyId: string): number => {
    let total = weight.get(companyId);
    if (total === undefined) {
      const records = new Set<string>();
      for (const unit of index.descendantsOf(companyId)) {
        for (const id of index.recordsByEntity.get(unit) ?? []) records.add(id);
      }
      total = records.size;
      weight.set(companyId, total);
    }
    return total;
  };
  return index.dataset.organizations
    .filter((o) => o.parent === null)
    .filter((o) => {
      const units = index.descendantsOf(o.id);
      const hasPosts = units.some((u) =>
        (index.positionsByOrganization.get(u) ?? []).some(
          (p) => includes(p) && validityAt(p, at) !== 'no',
        ),
      );
      return hasPosts || (units.length > 1 && units.some((u) => includes({ id: u })));
    })
    .sort(
      (a, b) =>
        Number(named.has(b.id)) - Number(named.has(a.id)) ||
        weightOf(b.id) - weightOf(a.id) ||
        collator.compare(a.name, b.name),
    )
    .map((o) => o.id);
}

export interface OrgView extends ShownRecords {
  /** The companies charted, most relevant first (see `chartedCompanies`). */
  companies: readonly string[];
  /** A charted company's chart, laid out on first request and then kept. */
  chartOf: (companyId: string) => OrgChart | null;
  /** The links between companies, listed below the charts. */
  links: readonly Relation[];
}

const everything = () => true;

/**
 * The org view: which companies it charts, their charts, and the links between them. The
 * filter picks companies; within a company every post stays, so reporting lines hold. Charts
 * are laid out when their section first renders; `shownIds` lays out the rest (when the
 * export menu asks), from the same charts the sections draw.
 */
export function buildOrgView(
  index: DatasetIndex,
  includes: (record: { id: string }) => boolean,
  at: DateBounds | null,
  /** The companies (or units) the filter names: charted first. */
  first: readonly string[] = [],
): OrgView {
  const companies = chartedCompanies(index, includes, at, first);
  const links = relationsBetweenCompanies(index).filter((r) => includes(r));
  const charts = new Map<string, OrgChart | null>();
  const chartOf = (companyId: string): OrgChart | null => {
    let chart = charts.get(companyId);
    if (chart === undefined) {
      chart = buildOrgChart(index, companyId, at, everything);
      charts.set(companyId, chart);
    }
    return chart;
  };
  let shownIds: readonly string[] | null = null;
  return {
    companies,
    chartOf,
    links,
    get shownIds() {
      shownIds ??= [
        ...companies.flatMap((id) => chartOf(id)?.shownIds ?? []),
        ...links.map((r) => r.id),
      ];
      return shownIds;
    },
  };
}
