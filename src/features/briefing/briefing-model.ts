import { organizationPath, type DatasetIndex } from '../../domain/dataset-index.ts';
import type { SourcedRecord } from '../../domain/dataset.ts';
import { formatFuzzyDate, describePrecision } from '../../domain/format-date.ts';
import type { Locale } from '../../i18n/locale.ts';
import { boundsOf, compareFuzzyDates, type FuzzyDate } from '../../domain/fuzzy-date.ts';
import { innermostOrganizations } from '../../domain/profiles/career.ts';
import { companyProfile, personProfile } from '../../domain/profiles/profile-data.ts';
import {
  relationsOfCompany,
  sentenceText,
  type ProfileRelation,
} from '../../domain/profiles/profile-relations.ts';
import { vocabulary } from '../../domain/messages.ts';
import { formatFigure, labelOf } from '../../domain/record-label.ts';
import type { Figure, Position, Project, Quote } from '../../domain/records.ts';
import { CitationRegistry, type Endnote } from './citations.ts';
import { briefingSentences } from './messages.ts';

/** A sentence of the briefing and the numbers of the passages it rests on. */
export interface Line {
  text: string;
  cites: number[];
}

export interface ChartRow {
  id: string;
  label: string;
  start: FuzzyDate | null;
  end: FuzzyDate | null;
  ongoing: boolean;
  point: boolean;
  cites: number[];
}

export interface BriefingProject extends Line {
  status: string;
  dates: string;
  role: string;
}

/**
 * An inference and what rests on it. The reasoning is data written in English only; `text`
 * (" — for: …") is in the briefing's language.
 */
export interface Uncertainty extends Line {
  reason: string;
}

export interface BriefingQuote {
  original: string;
  translation: string;
  speaker: string;
  cites: number[];
}

export interface Briefing {
  kind: 'person' | 'company';
  id: string;
  name: string;
  headline: Line | null;
  summary: Line[];
  /** For a person: their career; for a company: its posts and events. */
  chart: ChartRow[];
  /** What cannot go on the chart for lack of any date. */
  undated: Line[];
  /** Person: reporting lines and what they run; company: its units. */
  structure: Line[];
  people: Line[];
  projects: BriefingProject[];
  figures: Line[];
  quotes: BriefingQuote[];
  relations: Line[];
  uncertain: Uncertainty[];
  notes: Endnote[];
  /** The latest publication date among the sources cited: what the facts are as of. */
  asOf: FuzzyDate | null;
  /** The subject's whole profile, whatever the voice filter, and every record cited. */
  shownIds: readonly string[];
}

function dateText(date: FuzzyDate, locale: Locale, short = false): string {
  const inferred =
    date.certainty === 'inferred' ? briefingSentences[locale].inferredMark(short) : '';
  return `${formatFuzzyDate(date, locale)}${inferred}`;
}

function spanText(
  locale: Locale,
  start: FuzzyDate | null,
  end: FuzzyDate | null,
  current: boolean,
  short = false,
): string {
  const words = briefingSentences[locale];
  const from = start ? dateText(start, locale, short) : null;
  const to = end ? dateText(end, locale, short) : current ? words.present : null;
  if (from && to) return `${from} – ${to}`;
  if (from) return words.from(from);
  if (to) return words.until(to);
  return words.datesNotStated;
}

function positionText(index: DatasetIndex, position: Position, locale: Locale): string {
  const title = position.title?.[locale] ?? vocabulary[locale].roleNotStated;
  const holder =
    position.person === null
      ? briefingSentences[locale].holderNotNamed
      : (index.people.get(position.person)?.name ?? position.person);
  return briefingSentences[locale].position(
    title,
    organizationPath(index, position.organization),
    holder,
    spanText(locale, position.start, position.end, position.current),
  );
}

/** "Chief Digital Officer, Renault › Digital Factory", or "At Salesforce (role not stated)". */
function roleAt(index: DatasetIndex, position: Position, locale: Locale): string {
  const place = organizationPath(index, position.organization);
  return position.title
    ? `${position.title[locale]}, ${place}`
    : briefingSentences[locale].atPlace(place);
}

function projectLine(
  index: DatasetIndex,
  cites: CitationRegistry,
  project: Project,
  role: string,
  locale: Locale,
): BriefingProject {
  return {
    text: `${project.name[locale]} — ${innermostOrganizations(index, project.organizations)
      .map((id) => organizationPath(index, id))
      .join(', ')}`,
    status: vocabulary[locale].projectStatus(project.status),
    dates:
      project.start || project.end
        ? spanText(locale, project.start, project.end, false, true)
        : briefingSentences[locale].notDated,
    role,
    cites: cites.citeId(project.id),
  };
}

function figureLine(
  index: DatasetIndex,
  cites: CitationRegistry,
  figure: Figure,
  locale: Locale,
): Line {
  const entry = index.byId.get(figure.subject.id);
  const subject =
    entry && entry.type !== 'source' ? labelOf(entry, index, locale) : figure.subject.id;
  return {
    text: briefingSentences[locale].figure(
      figure.label[locale],
      formatFigure(figure, locale),
      figure.asOf ? dateText(figure.asOf, locale) : null,
      subject,
    ),
    cites: cites.citeId(figure.id),
  };
}

function quoteLine(index: DatasetIndex, cites: CitationRegistry, quote: Quote): BriefingQuote {
  return {
    original: quote.original,
    translation: quote.translation,
    speaker: index.people.get(quote.speaker)?.name ?? quote.speaker,
    cites: cites.citeId(quote.id),
  };
}

function relationLine(cites: CitationRegistry, relation: ProfileRelation, locale: Locale): Line {
  const when =
    relation.start || relation.end
      ? ` (${spanText(locale, relation.start, relation.end, relation.current)})`
      : '';
  return { text: `${sentenceText(relation.parts)}${when}`, cites: cites.cite(relation.basis) };
}

/**
 * Every inferred date and inferred record among what the briefing shows, with what it rests
 * on. Many dates rest on the same inference (the article's own date): each reasoning is
 * stated once, followed by everything that rests on it.
 */
function uncertainties(
  locale: Locale,
  index: DatasetIndex,
  cites: CitationRegistry,
  entries: readonly SourcedRecord[],
): Uncertainty[] {
  const words = briefingSentences[locale];
  const groups = new Map<string, { items: string[]; cites: Set<number> }>();
  const seen = new Set<string>();
  const add = (key: string, reason: string, item: string, entry: SourcedRecord) => {
    if (seen.has(key)) return;
    seen.add(key);
    const group = groups.get(reason) ?? { items: [], cites: new Set<number>() };
    group.items.push(item);
    for (const n of cites.cite(entry)) group.cites.add(n);
    groups.set(reason, group);
  };
  for (const entry of entries) {
    const { record } = entry;
    const label = labelOf(entry, index, locale);
    if (record.voice === 'inferred' && record.inference)
      add(`${record.id}:voice`, record.inference, label, entry);
    for (const [field, date] of datesOf(entry)) {
      if (date?.certainty !== 'inferred' || !date.inference) continue;
      add(
        `${record.id}:${field}`,
        date.inference,
        words.uncertainItem(
          label,
          words.dateField(field),
          formatFuzzyDate(date, locale),
          describePrecision(date, locale),
        ),
        entry,
      );
    }
  }
  return [...groups].map(([reason, group]) => ({
    reason,
    text: words.restingOnIt(group.items),
    cites: [...group.cites].sort((a, b) => a - b),
  }));
}

type DateField = 'start' | 'end' | 'date' | 'as-of';

function datesOf(entry: SourcedRecord): [DateField, FuzzyDate | null][] {
  switch (entry.type) {
    case 'position':
    case 'project':
    case 'relation':
      return [
        ['start', entry.record.start],
        ['end', entry.record.end],
      ];
    case 'event':
      return [['date', entry.record.date]];
    case 'figure':
      return [['as-of', entry.record.asOf]];
    default:
      return [];
  }
}

/** The briefing with every provisional citation number replaced by its final one. */
function finish(
  cites: CitationRegistry,
  draft: Omit<Briefing, 'notes' | 'asOf'>,
  index: DatasetIndex,
): Briefing {
  const { notes, resolve } = cites.finish();
  const lines = <T extends { cites: number[] }>(items: readonly T[]): T[] =>
    items.map((item) => ({ ...item, cites: resolve(item.cites) }));
  return {
    ...draft,
    headline: draft.headline ? { ...draft.headline, cites: resolve(draft.headline.cites) } : null,
    summary: lines(draft.summary),
    chart: lines(draft.chart),
    undated: lines(draft.undated),
    structure: lines(draft.structure),
    people: lines(draft.people),
    projects: lines(draft.projects),
    figures: lines(draft.figures),
    quotes: lines(draft.quotes),
    relations: lines(draft.relations),
    uncertain: lines(draft.uncertain),
    notes,
    asOf: latestSourceDate(index, notes),
    // The profile, and the records cited beside it (a unit, a figure of the employer).
    shownIds: [...new Set([...draft.shownIds, ...cites.cited])],
  };
}

function latestSourceDate(index: DatasetIndex, notes: readonly Endnote[]): FuzzyDate | null {
  const dates = [...new Set(notes.map((n) => n.source))].flatMap((id) => {
    const source = index.sources.get(id);
    return source ? [source.published] : [];
  });
  return dates.sort((a, b) => boundsOf(b).end - boundsOf(a).end)[0] ?? null;
}

/**
 * Figures about the person, their projects, and the organizations they work in (with the
 * companies above them). Of places they have left, and of the rest of their companies, only
 * what the pieces about them say counts: Renault's 170 country directorates belong in
 * Hoffstetter's briefing, the Digital Factory's figures do not belong in Pélata's.
 */
function figuresAround(
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
  return index.dataset.figures.filter((figure) => {
    const { kind, id } = figure.subject;
    if (kind === 'person') return id === personId;
    if (kind === 'project') return projectIds.has(id);
    if (places.has(id)) return true;
    return (pastPlaces.has(id) || companies.has(index.companyOf(id))) && fromOwnSource(figure);
  });
}

export function personBriefing(
  index: DatasetIndex,
  personId: string,
  locale: Locale,
): Briefing | null {
  const profile = personProfile(index, personId, [], locale);
  if (!profile) return null;
  const cites = new CitationRegistry(index);
  const { person, roles } = profile;
  const current = roles.filter((r) => r.current);
  const past = roles.filter((r) => !r.current);
  const headline = current[0]
    ? {
        text: roleAt(index, current[0], locale),
        cites: cites.citeId(current[0].id),
      }
    : null;

  const words = briefingSentences[locale];
  const summary: Line[] = [{ text: person.summary[locale], cites: cites.citeId(person.id) }];
  for (const role of current) {
    summary.push({
      text: words.now(roleAt(index, role, locale), spanText(locale, role.start, role.end, true)),
      cites: cites.citeId(role.id),
    });
  }
  if (past.length > 0) {
    summary.push({
      text: words.before(
        past.map(
          (r) =>
            `${organizationPath(index, r.organization)}${r.title ? ` (${r.title[locale]})` : ''}`,
        ),
      ),
      cites: past.flatMap((r) => cites.citeId(r.id)),
    });
  }
  const quoteCount = profile.quotes.length;
  if (quoteCount > 0) {
    const sources = [
      ...new Set(profile.quotes.map((q) => index.sources.get(q.source)?.publication ?? q.source)),
    ];
    summary.push({
      text: words.quoted(quoteCount, sources),
      cites: profile.quotes.flatMap((q) => cites.citeId(q.id)),
    });
  }

  const chart: ChartRow[] = roles
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
    .map((r) => ({ text: positionText(index, r, locale), cites: cites.citeId(r.id) }));

  const structure = profile.relations
    .filter((r) => r.key.startsWith('reports-') || r.key.startsWith('oversees-'))
    .map((r) => relationLine(cites, r, locale));
  for (const role of current) {
    const unit = index.organizations.get(role.organization);
    if (unit && unit.parent !== null) {
      structure.push({
        text: words.heads(organizationPath(index, unit.id), unit.description[locale]),
        cites: cites.citeId(unit.id),
      });
    }
  }

  const projects = profile.projects.map(({ project, role }) =>
    projectLine(index, cites, project, words.projectRole(role), locale),
  );
  const projectIds = new Set(profile.projects.map((p) => p.project.id));
  const figures = figuresAround(index, personId, projectIds).map((f) =>
    figureLine(index, cites, f, locale),
  );
  const quotes = profile.quotes.map((q) => quoteLine(index, cites, q));
  const currentUnits = new Set(current.map((r) => r.organization));
  const relations = [
    ...profile.relations.filter((r) => r.key.startsWith('quoted-')),
    ...[...currentUnits].flatMap((unit) => relationsOfCompany(index, unit, () => true, locale)),
  ].map((r) => relationLine(cites, r, locale));

  const shown: SourcedRecord[] = [
    ...roles.map((record) => ({ type: 'position' as const, record })),
    ...profile.projects.map(({ project }) => ({ type: 'project' as const, record: project })),
    ...figuresAround(index, personId, projectIds).map((record) => ({
      type: 'figure' as const,
      record,
    })),
    ...profile.quotes.map((record) => ({ type: 'quote' as const, record })),
    ...profile.events.map((record) => ({ type: 'event' as const, record })),
  ];
  const uncertain = uncertainties(locale, index, cites, shown);
  return finish(
    cites,
    {
      kind: 'person',
      id: person.id,
      name: person.name,
      headline,
      summary,
      chart,
      undated,
      structure,
      people: [],
      projects,
      figures,
      quotes,
      relations,
      uncertain,
      shownIds: profile.shownIds,
    },
    index,
  );
}

export function companyBriefing(
  index: DatasetIndex,
  organizationId: string,
  locale: Locale,
): Briefing | null {
  const profile = companyProfile(index, organizationId, [], locale);
  if (!profile) return null;
  const cites = new CitationRegistry(index);
  const { organization } = profile;
  const words = briefingSentences[locale];
  const parent = profile.parents.at(-1);
  const parentPath = parent ? organizationPath(index, parent.id) : null;
  const headline = {
    text: words.kindOf(vocabulary[locale].organizationKind(organization.kind), parentPath),
    cites: cites.citeId(organization.id),
  };
  const summary: Line[] = [
    { text: organization.description[locale], cites: cites.citeId(organization.id) },
  ];
  // Every sentence carries its references: the summary says only what its records say.
  const units = profile.unitIds.filter((id) => id !== organization.id);

  const people = [
    ...profile.currentPosts.map((p) => ({
      text: words.currentPost(positionText(index, p, locale)),
      cites: cites.citeId(p.id),
    })),
    ...profile.pastPosts.map((p) => ({
      text: words.pastPost(positionText(index, p, locale)),
      cites: cites.citeId(p.id),
    })),
  ];
  const structure = units.map((id) => {
    const unit = index.organizations.get(id);
    return {
      text: words.unit(
        organizationPath(index, id),
        vocabulary[locale].organizationKind(unit?.kind ?? 'unit'),
        unit?.description[locale] ?? '',
      ),
      cites: cites.citeId(id),
    };
  });
  const projects = profile.projects.map((project) =>
    projectLine(
      index,
      cites,
      project,
      project.owner
        ? words.runBy(index.people.get(project.owner)?.name ?? project.owner)
        : words.ownerNotNamed,
      locale,
    ),
  );
  const figures = profile.figures.map((f) => figureLine(index, cites, f, locale));
  const relations = profile.relations.map((r) => relationLine(cites, r, locale));
  const quotes = profile.quotes.map((q) => quoteLine(index, cites, q));

  const posts = [...profile.currentPosts, ...profile.pastPosts];
  const chart: ChartRow[] = [
    ...posts
      .filter((p) => p.start || p.end)
      .map((p) => ({
        id: p.id,
        label: `${p.person ? (index.people.get(p.person)?.name ?? p.person) : vocabulary[locale].holderNotNamed} — ${p.title?.[locale] ?? vocabulary[locale].roleNotStated}`,
        start: p.start,
        end: p.end,
        ongoing: p.current,
        point: false,
        cites: cites.citeId(p.id),
      })),
    ...profile.events
      .filter((e) => e.date)
      .map((e) => ({
        id: e.id,
        label: e.title[locale],
        start: e.date,
        end: null,
        ongoing: false,
        point: true,
        cites: cites.citeId(e.id),
      })),
  ].sort((a, b) => compareFuzzyDates(a.start ?? a.end, b.start ?? b.end));
  const undated = [
    ...posts
      .filter((p) => !p.start && !p.end)
      .map((p) => ({ text: positionText(index, p, locale), cites: cites.citeId(p.id) })),
    ...profile.events
      .filter((e) => !e.date)
      .map((e) => ({ text: e.title[locale], cites: cites.citeId(e.id) })),
  ];
  const shown: SourcedRecord[] = [
    ...posts.map((record) => ({ type: 'position' as const, record })),
    ...profile.projects.map((record) => ({ type: 'project' as const, record })),
    ...profile.figures.map((record) => ({ type: 'figure' as const, record })),
    ...profile.events.map((record) => ({ type: 'event' as const, record })),
    ...profile.quotes.map((record) => ({ type: 'quote' as const, record })),
    ...profile.relations.map((r) => r.basis),
  ];
  const uncertain = uncertainties(locale, index, cites, shown);
  return finish(
    cites,
    {
      kind: 'company',
      id: organization.id,
      name: organization.name,
      headline,
      summary,
      chart,
      undated,
      structure,
      people,
      projects,
      figures,
      quotes,
      relations,
      uncertain,
      shownIds: profile.shownIds,
    },
    index,
  );
}
