import { organizationPath, type DatasetIndex } from '../dataset-index.ts';
import { placeOf } from '../place.ts';
import type { SourcedRecord } from '../dataset.ts';
import { compareFuzzyDates } from '../fuzzy-date.ts';
import { personProfile, type PersonProfile } from '../profiles/profile-data.ts';
import { relationsOfCompany } from '../profiles/profile-relations.ts';
import type { Figure } from '../records.ts';
import type { Appendix } from './appendix.ts';
import { briefingSentences } from './messages.ts';
import {
  distinctFigures,
  figureLine,
  isUnderWay,
  positionText,
  projectLine,
  quoteLine,
  relationLine,
  roleAt,
  spanText,
  uncertainties,
  type BuildContext,
  type ChartRow,
  type Line,
} from './parts.ts';

/**
 * Figures about the person, their projects, and the organizations they work in (with the
 * companies above them). Of places they have left, and of the rest of their companies, only
 * what the pieces about them say counts: Renault's 170 country directorates belong in
 * Hoffstetter's briefing, the Digital Factory's figures do not belong in Pélata's. One figure
 * per subject and unit.
 */
export function figuresAround(
  index: DatasetIndex,
  personId: string,
  projectIds: ReadonlySet<string>,
): Figure[] {
  const places = new Set<string>();
  const pastPlaces = new Set<string>();
  const companies = new Set<string>();
  for (const position of index.positionsByPerson.get(personId) ?? []) {
    let current: string | null = position.organization;
    while (current !== null) {
      (position.current ? places : pastPlaces).add(current);
      current = index.organizations.get(current)?.parent ?? null;
    }
    companies.add(index.companyOf(position.organization));
  }
  const ownSources = new Set(
    index.dataset.sources.filter((s) => s.subjects.includes(personId)).map((s) => s.id),
  );
  const fromOwnSource = (figure: Figure) => figure.evidence.some((e) => ownSources.has(e.source));
  return distinctFigures(
    index.dataset.figures.filter((figure) => {
      const { kind, id } = figure.subject;
      if (kind === 'person') return id === personId;
      if (kind === 'project') return projectIds.has(id);
      if (places.has(id)) return true;
      return (pastPlaces.has(id) || companies.has(index.companyOf(id))) && fromOwnSource(figure);
    }),
  );
}

function summaryOf(ctx: BuildContext, profile: PersonProfile): Line[] {
  const { index, locale, cites } = ctx;
  const words = briefingSentences[locale];
  const { person, roles } = profile;
  const summary: Line[] = [{ text: person.summary[locale], cites: cites.citeId(person.id) }];
  for (const role of roles.filter((r) => r.current)) {
    summary.push({
      text: words.atLatest(
        ctx.latestYear,
        roleAt(ctx, role),
        spanText(ctx, role.start, role.end, true),
      ),
      cites: cites.citeId(role.id),
    });
  }
  // The career before the latest role is on the chart below, and in one line on page 1.
  if (profile.quotes.length > 0) {
    const sources = [
      ...new Set(profile.quotes.map((q) => index.sources.get(q.source)?.publication ?? q.source)),
    ];
    summary.push({
      text: words.quoted(profile.quotes.length, sources),
      cites: profile.quotes.flatMap((q) => cites.citeId(q.id)),
    });
  }
  return summary;
}

function structureOf(ctx: BuildContext, profile: PersonProfile): Line[] {
  const { index, locale, cites } = ctx;
  const structure = profile.relations
    .filter((r) => r.kind === 'reports-to' || r.kind === 'oversees')
    .map((r) => relationLine(ctx, r));
  for (const role of profile.roles.filter((r) => r.current)) {
    const unit = index.organizations.get(role.organization);
    if (unit && unit.parent !== null) {
      structure.push({
        text: briefingSentences[locale].heads(placeOf(index, unit.id), unit.description[locale]),
        cites: cites.citeId(unit.id),
      });
    }
  }
  return structure;
}

/** A person's appendix: their role and context at the latest source first, then the rest. */
export function personAppendix(ctx: BuildContext, personId: string): Appendix | null {
  const { index, locale, cites } = ctx;
  const profile = personProfile(index, personId, [], locale);
  if (!profile) return null;
  const words = briefingSentences[locale];
  const { person, roles } = profile;
  const current = roles.filter((r) => r.current);
  const headline = current[0]
    ? { text: roleAt(ctx, current[0]), cites: cites.citeId(current[0].id) }
    : null;
  const summary = summaryOf(ctx, profile);
  const structure = structureOf(ctx, profile);

  const newestFirst = [...profile.projects].sort((a, b) => compareFuzzyDates(b.date, a.date));
  const line = (p: (typeof newestFirst)[number]) =>
    projectLine(ctx, p.project, words.projectRole(p.role));
  const currentProjects = newestFirst.filter((p) => isUnderWay(p.project.status)).map(line);

  const chart: ChartRow[] = [...roles]
    .reverse()
    .filter((r) => r.start || r.end)
    .map((r) => ({
      id: r.id,
      label: `${organizationPath(index, r.organization)}${r.title ? ` — ${r.title[locale]}` : ''}`,
      start: r.start,
      end: r.end,
      ongoing: r.current,
      point: false,
      cites: cites.citeId(r.id),
    }));
  const undated = roles
    .filter((r) => !r.start && !r.end)
    .map((r) => ({ text: positionText(ctx, r), cites: cites.citeId(r.id) }));
  const pastProjects = newestFirst.filter((p) => !isUnderWay(p.project.status)).map(line);

  const projectIds = new Set(profile.projects.map((p) => p.project.id));
  const around = figuresAround(index, personId, projectIds);
  const figures = around.map((f) => figureLine(ctx, f));
  const quotes = profile.quotes.map((q) => quoteLine(ctx, q));
  const currentUnits = new Set(current.map((r) => r.organization));
  const relations = [
    ...profile.relations.filter((r) => r.kind === 'quoted-by'),
    ...[...currentUnits].flatMap((unit) => relationsOfCompany(index, unit, () => true, locale)),
  ].map((r) => relationLine(ctx, r));

  const shown: SourcedRecord[] = [
    ...roles.map((record) => ({ type: 'position' as const, record })),
    ...profile.projects.map(({ project }) => ({ type: 'project' as const, record: project })),
    ...around.map((record) => ({ type: 'figure' as const, record })),
    ...profile.quotes.map((record) => ({ type: 'quote' as const, record })),
    ...profile.events.map((record) => ({ type: 'event' as const, record })),
  ];
  return {
    kind: 'person',
    id: person.id,
    name: person.name,
    headline,
    summary,
    structure,
    people: [],
    currentProjects,
    chart,
    undated,
    pastProjects,
    figures,
    quotes,
    relations,
    uncertain: uncertainties(ctx, shown),
    asOf: null,
  };
}
