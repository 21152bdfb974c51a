import type { DatasetIndex } from '../dataset-index.ts';
import { compareRoles, projectsOfPerson } from '../profiles/career.ts';
import type { Position, Project, Quote } from '../records.ts';
import { sourcesAbout, spanOf, yearOf, type SourceSpan } from './staleness.ts';

/** Who a brief is for: the `person=` and `company=` of the URL. */
export interface BriefSubject {
  kind: 'person' | 'company';
  id: string;
}

/**
 * What the meeting page's generators read about one attendee, gathered once: their posts
 * (for a company, the posts in it), the companies they belong to, their projects and quotes,
 * and how old the sources about them are.
 */
export interface Attendee {
  kind: 'person' | 'company';
  id: string;
  name: string;
  /** Held at the latest source, in career order. */
  current: Position[];
  past: Position[];
  /** Companies (tops of organization trees) of the current posts, and of the past ones. */
  currentCompanies: ReadonlySet<string>;
  pastCompanies: ReadonlySet<string>;
  /** Every organization the attendee is (or, for a person, is at) at the latest source. */
  currentPlaces: ReadonlySet<string>;
  /**
   * Projects of the attendee: `involved` when a person runs or contributes to it (not when they
   * only speak about it); a company is involved in all of its own.
   */
  projects: { project: Project; involved: boolean }[];
  /** A person's own words; for a company, what is said about it. */
  quotes: Quote[];
  span: SourceSpan | null;
  /** The year of the newest source about the attendee. */
  latestYear: string;
}

function ancestorsAndSelf(index: DatasetIndex, id: string): string[] {
  const chain: string[] = [];
  let current: string | null = id;
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    current = index.organizations.get(current)?.parent ?? null;
  }
  return chain;
}

export function attendeeOf(index: DatasetIndex, subject: BriefSubject): Attendee | null {
  const span = spanOf(sourcesAbout(index, [subject.id]));
  const latestYear = span ? yearOf(span.newest) : '';
  if (subject.kind === 'person') {
    const person = index.people.get(subject.id);
    if (!person) return null;
    const roles = [...(index.positionsByPerson.get(person.id) ?? [])].sort(compareRoles);
    const current = roles.filter((r) => r.current);
    const past = roles.filter((r) => !r.current);
    return {
      kind: 'person',
      id: person.id,
      name: person.name,
      current,
      past,
      currentCompanies: new Set(current.map((r) => index.companyOf(r.organization))),
      pastCompanies: new Set(past.map((r) => index.companyOf(r.organization))),
      currentPlaces: new Set(current.flatMap((r) => ancestorsAndSelf(index, r.organization))),
      projects: projectsOfPerson(index, person.id, () => true).map(({ project, role }) => ({
        project,
        involved: role !== 'quoted',
      })),
      quotes: [...(index.quotesBySpeaker.get(person.id) ?? [])],
      span,
      latestYear,
    };
  }
  const organization = index.organizations.get(subject.id);
  if (!organization) return null;
  const units = new Set(index.descendantsOf(organization.id));
  const posts = index.dataset.positions.filter((p) => units.has(p.organization)).sort(compareRoles);
  const projects = index.dataset.projects.filter((p) => p.organizations.some((o) => units.has(o)));
  return {
    kind: 'company',
    id: organization.id,
    name: organization.name,
    current: posts.filter((p) => p.current),
    past: posts.filter((p) => !p.current),
    currentCompanies: new Set([index.companyOf(organization.id)]),
    pastCompanies: new Set(),
    currentPlaces: new Set([...units, ...ancestorsAndSelf(index, organization.id)]),
    projects: projects.map((project) => ({ project, involved: true })),
    quotes: index.dataset.quotes.filter((q) => q.about.some((id) => units.has(id))),
    span,
    latestYear,
  };
}
