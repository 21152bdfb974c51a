import type { Locale } from '../../i18n/locale.ts';
import type { DatasetIndex } from '../dataset-index.ts';
import { compareFuzzyDates, type FuzzyDate } from '../fuzzy-date.ts';
import type {
  DossierEvent,
  Figure,
  Organization,
  Person,
  Position,
  Project,
  Quote,
  Voice,
} from '../records.ts';
import { ancestryOf, projectsOfPerson, voiceTest, type PersonProject } from './career.ts';
import {
  relationsOfCompany,
  relationsOfPerson,
  type ProfileRelation,
} from './profile-relations.ts';
import { statementsBySource, type SourceStatements } from './statements-by-source.ts';

/** Where a record is first cited: source order in the dataset, then place in the text. */
function readingOrder(index: DatasetIndex): (a: { id: string }, b: { id: string }) => number {
  const sourceRank = new Map(index.dataset.sources.map((source, i) => [source.id, i]));
  const place = (id: string): [number, number, number] => {
    const first = index.citationsByRecord.get(id)?.[0];
    if (!first) return [Number.MAX_SAFE_INTEGER, 0, 0];
    return [sourceRank.get(first.source) ?? Number.MAX_SAFE_INTEGER, first.paragraph, first.start];
  };
  return (a, b) => {
    const [sa, pa, oa] = place(a.id);
    const [sb, pb, ob] = place(b.id);
    return sa - sb || pa - pb || oa - ob;
  };
}

/** Latest first, undated last: a profile opens on what is true now. */
function newestFirst(a: FuzzyDate | null, b: FuzzyDate | null): number {
  if (a === null || b === null) return compareFuzzyDates(a, b);
  return compareFuzzyDates(b, a);
}

function byDate<T extends { date: FuzzyDate | null }>(a: T, b: T): number {
  return newestFirst(a.date, b.date);
}

/** Current roles first, then the latest, then the undated. */
function rolesNewestFirst(a: Position, b: Position): number {
  if (a.current !== b.current) return a.current ? -1 : 1;
  return newestFirst(a.start ?? a.end, b.start ?? b.end) || newestFirst(a.end, b.end);
}

/** Unique records gathered from several entities' lists, in first-seen order. */
function gather<T extends { id: string }>(
  ids: readonly string[],
  lookup: (id: string) => readonly T[] | undefined,
): T[] {
  const found = new Map<string, T>();
  for (const id of ids) for (const item of lookup(id) ?? []) found.set(item.id, item);
  return [...found.values()];
}

/** How many records about the subject the voice filter hides, counted once each. */
function hiddenCount(all: readonly SourceStatements[], shown: readonly SourceStatements[]): number {
  const ids = (list: readonly SourceStatements[]) =>
    new Set(list.flatMap((s) => s.statements.map((st) => st.entry.record.id)));
  return ids(all).size - ids(shown).size;
}

function statementIds(sources: readonly SourceStatements[]): string[] {
  return sources.flatMap((s) => s.statements.map((statement) => statement.entry.record.id));
}

type Sections<Profile> = Omit<Profile, 'shownIds'>;

/** A profile's records, collected from the very lists its sections render. */
function withShownIds(profile: Sections<PersonProfile>): PersonProfile;
function withShownIds(profile: Sections<CompanyProfile>): CompanyProfile;
function withShownIds(
  profile: Sections<PersonProfile> | Sections<CompanyProfile>,
): PersonProfile | CompanyProfile {
  if ('person' in profile) {
    return {
      ...profile,
      shownIds: [
        profile.person.id,
        ...profile.roles.map((r) => r.id),
        ...profile.figures.map((f) => f.id),
        ...profile.projects.map((p) => p.project.id),
        ...profile.quotes.map((q) => q.id),
        ...profile.events.map((e) => e.id),
        ...profile.relations.map((r) => r.basis.record.id),
        ...statementIds(profile.sources),
      ],
    };
  }
  return {
    ...profile,
    shownIds: [
      ...profile.unitIds,
      ...profile.currentPosts.map((p) => p.id),
      ...profile.pastPosts.map((p) => p.id),
      ...profile.projects.map((p) => p.id),
      ...profile.figures.map((f) => f.id),
      ...profile.relations.map((r) => r.basis.record.id),
      ...profile.events.map((e) => e.id),
      ...profile.quotes.map((q) => q.id),
      ...statementIds(profile.sources),
    ],
  };
}

export interface PersonProfile {
  person: Person;
  /** Every role, current first, then latest first. */
  roles: Position[];
  figures: Figure[];
  projects: PersonProject[];
  quotes: Quote[];
  events: DossierEvent[];
  relations: ProfileRelation[];
  sources: SourceStatements[];
  /** Records about the person left out by the voice filter. */
  hidden: number;
  /** What the profile lists, section by section: what its export saves. */
  shownIds: readonly string[];
}

/**
 * Everything the sources say about one person, each list cut to the chosen voices; only
 * records that involve the person, never those of their employers at large.
 */
export function personProfile(
  index: DatasetIndex,
  personId: string,
  voices: readonly Voice[],
  locale: Locale,
): PersonProfile | null {
  const person = index.people.get(personId);
  if (!person) return null;
  const keep = voiceTest(voices);
  const all = statementsBySource(index, [personId], () => true);
  const sources = statementsBySource(index, [personId], keep);
  return withShownIds({
    person,
    roles: [...(index.positionsByPerson.get(personId) ?? [])].filter(keep).sort(rolesNewestFirst),
    figures: (index.figuresBySubject.get(personId) ?? []).filter(keep),
    projects: projectsOfPerson(index, personId, keep).sort((a, b) => newestFirst(a.date, b.date)),
    quotes: [...(index.quotesBySpeaker.get(personId) ?? [])].filter(keep).sort(readingOrder(index)),
    events: [...(index.eventsByEntity.get(personId) ?? [])].filter(keep).sort(byDate),
    relations: relationsOfPerson(index, personId, keep, locale),
    sources,
    hidden: hiddenCount(all, sources),
  });
}

export interface CompanyProfile {
  organization: Organization;
  /** From the company down to this organization's parent; empty for a company. */
  parents: Organization[];
  /** The organization and all its units, itself first. */
  unitIds: readonly string[];
  currentPosts: Position[];
  pastPosts: Position[];
  projects: Project[];
  figures: Figure[];
  relations: ProfileRelation[];
  events: DossierEvent[];
  quotes: Quote[];
  sources: SourceStatements[];
  hidden: number;
  /** What the profile lists: itself, its units, then section by section. */
  shownIds: readonly string[];
}

/** Everything the sources say about an organization and all its units, cut to the chosen voices. */
export function companyProfile(
  index: DatasetIndex,
  organizationId: string,
  voices: readonly Voice[],
  locale: Locale,
): CompanyProfile | null {
  const organization = index.organizations.get(organizationId);
  if (!organization) return null;
  const keep = voiceTest(voices);
  const unitIds = index.descendantsOf(organizationId);
  const inside = new Set(unitIds);
  const posts = gather(unitIds, (id) => index.positionsByOrganization.get(id))
    .filter(keep)
    .sort(rolesNewestFirst);
  const projects = gather(unitIds, (id) => index.projectsByOrganization.get(id))
    .filter(keep)
    .sort((a, b) => newestFirst(a.start, b.start));
  const projectIds = new Set(projects.map((p) => p.id));
  const all = statementsBySource(index, unitIds, () => true);
  const sources = statementsBySource(index, unitIds, keep);
  return withShownIds({
    organization,
    parents: ancestryOf(index, organizationId).slice(0, -1),
    unitIds,
    currentPosts: posts.filter((p) => p.current),
    pastPosts: posts.filter((p) => !p.current),
    projects,
    // A project's figures count for the company running it (20 people on the connected car).
    figures: index.dataset.figures.filter(
      (f) =>
        keep(f) &&
        (f.subject.kind === 'project' ? projectIds.has(f.subject.id) : inside.has(f.subject.id)),
    ),
    relations: relationsOfCompany(index, organizationId, keep, locale),
    events: gather(unitIds, (id) => index.eventsByEntity.get(id))
      .filter(keep)
      .sort(byDate),
    quotes: index.dataset.quotes
      .filter((q) => keep(q) && q.about.some((id) => inside.has(id)))
      .sort(readingOrder(index)),
    sources,
    hidden: hiddenCount(all, sources),
  });
}
