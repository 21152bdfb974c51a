import { organizationPath, type DatasetIndex } from '../dataset-index.ts';
import { formatDateSpan, formatFuzzyDate } from '../format-date.ts';
import { compareFuzzyDates } from '../fuzzy-date.ts';
import { placeInProse, placeOf } from '../place.ts';
import { vocabulary } from '../messages.ts';
import { formatFigure, holderName, positionTitle } from '../record-label.ts';
import type { Figure, Position, Quote } from '../records.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Attendee } from './attendees.ts';
import type { CitationRegistry } from './citations.ts';
import { briefingSentences } from './messages.ts';
import {
  distinctFigures,
  isUnderWay,
  quoteLine,
  roleAt,
  spanText,
  type BriefingQuote,
  type BuildContext,
  type Line,
} from './parts.ts';
import { isStale, spanOf, yearSpanText, yearsSince } from './staleness.ts';

/** What the meeting page's generators share: the records, the citations, language and date. */
export interface MeetingContext {
  index: DatasetIndex;
  cites: CitationRegistry;
  locale: Locale;
  /** The day the brief is read or printed; injected so that tests are deterministic. */
  today: Date;
}

/** One attendee's lines in a section of the meeting page. */
export interface AttendeeLines {
  id: string;
  name: string;
  lines: Line[];
}

function buildContext(ctx: MeetingContext, attendee: Attendee): BuildContext {
  return { ...ctx, latestYear: attendee.latestYear };
}

/** The newest source a record cites: what the record is "as of". */
function newestSourceOf(index: DatasetIndex, position: Position) {
  const sources = position.evidence.flatMap((e) => {
    const source = index.sources.get(e.source);
    return source ? [source] : [];
  });
  return spanOf(sources)?.newest ?? null;
}

/**
 * Who: each attendee's role at the latest source, with that source's date and its age today,
 * then their place in the organization (whom they report to, what they run). A company: what
 * it is, as of its newest source.
 */
export function whoSection(ctx: MeetingContext, attendees: readonly Attendee[]): AttendeeLines[] {
  const { index, locale, cites, today } = ctx;
  const words = briefingSentences[locale];
  const asOf = (date: Parameters<typeof formatFuzzyDate>[0]) =>
    words.asOfAge(
      formatFuzzyDate(date, locale),
      vocabulary[locale].certainty(date.certainty),
      yearsSince(date, today),
    );
  return attendees.map((attendee) => {
    const build = buildContext(ctx, attendee);
    const lines: Line[] = [];
    if (attendee.kind === 'company') {
      const organization = index.organizations.get(attendee.id);
      if (organization && attendee.span) {
        lines.push({
          text: words.whoCompany(
            vocabulary[locale].organizationKind(organization.kind),
            organization.description[locale],
            asOf(attendee.span.newest),
          ),
          cites: cites.citeId(organization.id),
        });
      }
      return { id: attendee.id, name: attendee.name, lines };
    }
    for (const role of attendee.current) {
      const newest = newestSourceOf(index, role);
      if (!newest) continue;
      lines.push({
        text: words.whoRole(
          roleAt(build, role),
          role.start ? formatFuzzyDate(role.start, locale, 'after-preposition') : null,
          role.start?.certainty === 'inferred',
          asOf(newest),
        ),
        cites: cites.citeId(role.id),
      });
      for (const id of role.reportsTo) {
        const target = index.byId.get(id);
        if (target?.type !== 'position') continue;
        const post = target.record;
        lines.push({
          text: words.reportsTo(
            positionTitle(post, locale),
            placeInProse(placeOf(index, post.organization), locale),
            holderName(index, post),
          ),
          cites: [...cites.citeId(post.id), ...cites.citeId(role.id)],
        });
      }
      const unit = index.organizations.get(role.organization);
      if (unit && unit.parent !== null) {
        lines.push({
          text: words.runs(placeOf(index, unit.id), unit.description[locale]),
          cites: cites.citeId(unit.id),
        });
      }
    }
    // No role the sources call current: say so, and what the last one was, rather than nothing.
    const last = attendee.current.length === 0 ? lastKnownRole(attendee.past) : undefined;
    const newest = last && newestSourceOf(index, last);
    if (last && newest) {
      const span = formatDateSpan(last.start, last.end, locale, (date, written) =>
        date.certainty === 'inferred' ? words.inferredDate(written) : written,
      );
      lines.push({
        text: words.whoFormerly(roleAt(build, last), span, asOf(newest)),
        cites: cites.citeId(last.id),
      });
    }
    return { id: attendee.id, name: attendee.name, lines };
  });
}

/**
 * The role that ended last: the latest end (or start, where the end is not given). Undated
 * roles cannot be placed, so one is "last" only when it is the only role.
 */
function lastKnownRole(past: readonly Position[]): Position | undefined {
  const dated = past.filter((role) => (role.end ?? role.start) !== null);
  if (dated.length === 0) return past.length === 1 ? past[0] : undefined;
  return dated.reduce((a, b) =>
    compareFuzzyDates(a.end ?? a.start, b.end ?? b.start) > 0 ? a : b,
  );
}

/** The figures that matter for a meeting: about the attendee, where they are, what they run. */
function meetingFigures(index: DatasetIndex, attendee: Attendee): Figure[] {
  const involved = new Set(attendee.projects.filter((p) => p.involved).map((p) => p.project.id));
  const innermost = new Set(
    attendee.kind === 'company' ? [attendee.id] : attendee.current.map((r) => r.organization),
  );
  const rank = (figure: Figure): number => {
    const { kind, id } = figure.subject;
    if (kind === 'person') return id === attendee.id ? 0 : -1;
    if (kind === 'project') return involved.has(id) ? 2 : -1;
    if (innermost.has(id)) return 1;
    return attendee.currentPlaces.has(id) ? 3 : -1;
  };
  return distinctFigures(index.dataset.figures)
    .filter((f) => rank(f) >= 0 && f.voice !== 'inferred')
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, 3);
}

/**
 * What to know: per attendee, the career in one line, the mandate, the main projects and the
 * figures that matter, at most six sentences in all, each resting on the records it names.
 */
export function whatToKnow(ctx: MeetingContext, attendees: readonly Attendee[]): AttendeeLines[] {
  const { index, locale, cites } = ctx;
  const words = briefingSentences[locale];
  const perAttendee = Math.max(3, Math.floor(6 / Math.max(1, attendees.length)));
  return attendees.map((attendee) => {
    const candidates: Line[] = [];
    const roles = [...attendee.past, ...attendee.current];
    if (attendee.kind === 'person' && roles.length > 1) {
      // One step per company in career order: two posts at Lastminute.com are one step.
      const steps = new Map<string, Position[]>();
      for (const role of roles) {
        const key = index.companyOf(role.organization);
        steps.set(key, [...(steps.get(key) ?? []), role]);
      }
      candidates.push({
        text: words.careerArc(
          [...steps.values()].flatMap((group) => {
            const first = group[0];
            const last = group.at(-1);
            if (!first || !last) return [];
            const start = first.start
              ? words.shortDate(
                  formatFuzzyDate(first.start, locale),
                  first.start.certainty === 'inferred',
                )
              : null;
            return [
              words.careerStep(placeInProse(placeOf(index, last.organization), locale), start),
            ];
          }),
        ),
        cites: roles.flatMap((r) => cites.citeId(r.id)),
      });
    }
    // A post without a title has no mandate to state: its description only says so.
    for (const role of attendee.kind === 'person' ? attendee.current : []) {
      if (role.title === null) continue;
      candidates.push({
        text: words.mandate(attendee.name, role.description[locale]),
        cites: cites.citeId(role.id),
      });
    }
    if (attendee.kind === 'company') {
      const organization = index.organizations.get(attendee.id);
      for (const post of attendee.current.slice(0, 2)) {
        candidates.push({
          text: words.currentPost(
            `${positionTitle(post, locale)} (${holderName(index, post) ?? words.holderNotNamed})`,
            attendee.latestYear,
          ),
          cites: cites.citeId(post.id),
        });
      }
      if (organization && candidates.length === 0) {
        candidates.push({
          text: organization.description[locale],
          cites: cites.citeId(organization.id),
        });
      }
    }
    // What they run before what they help with; a dated project before an undated one.
    const weight = (p: Attendee['projects'][number]) =>
      (p.project.owner === attendee.id || attendee.kind === 'company' ? 2 : 0) +
      (p.project.start ? 1 : 0);
    const underWay = attendee.projects
      .filter((p) => p.involved && isUnderWay(p.project.status))
      .sort((a, b) => weight(b) - weight(a));
    if (underWay.length > 0) {
      const named = underWay.slice(0, 3);
      candidates.push({
        text: words.mainProjects(
          underWay.length,
          named.map((p) => p.project.name[locale]),
          attendee.latestYear,
        ),
        cites: named.flatMap((p) => cites.citeId(p.project.id)),
      });
    }
    const figures = meetingFigures(index, attendee);
    if (figures.length > 0) {
      candidates.push({
        text: words.keyFigures(
          figures.map((f) =>
            words.meetingFigure(
              f.label[locale],
              formatFigure(f, locale),
              f.asOf
                ? words.shortDate(formatFuzzyDate(f.asOf, locale), f.asOf.certainty === 'inferred')
                : null,
            ),
          ),
        ),
        cites: figures.flatMap((f) => cites.citeId(f.id)),
      });
    }
    const spoken = attendee.projects.filter((p) => !p.involved).slice(0, 3);
    if (spoken.length > 0) {
      candidates.push({
        text: words.speaksAbout(spoken.map((p) => p.project.name[locale])),
        cites: spoken.flatMap((p) => cites.citeId(p.project.id)),
      });
    }
    return { id: attendee.id, name: attendee.name, lines: candidates.slice(0, perAttendee) };
  });
}

function companyName(index: DatasetIndex, id: string): string {
  return organizationPath(index, id);
}

/**
 * Between them: for each pair of attendees, the relations between their organizations, the
 * employers they share, the projects that link their companies, and what one says about the
 * other's company.
 */
export function betweenThem(ctx: MeetingContext, attendees: readonly Attendee[]): Line[] {
  const { index, locale, cites } = ctx;
  const words = briefingSentences[locale];
  const lines: Line[] = [];
  const seenRelations = new Set<string>();
  const seenProjects = new Set<string>();
  const saidPassages = new Set<string>();
  const all = (a: Attendee) => new Set([...a.currentCompanies, ...a.pastCompanies]);
  attendees.forEach((a, i) => {
    for (const b of attendees.slice(i + 1)) {
      const companiesA = all(a);
      const companiesB = all(b);
      const sideOf = (company: string): string | null => {
        const owner = [a, b].find((x) => x.currentCompanies.has(company)) ?? null;
        if (owner === null) return null;
        return owner.kind === 'person'
          ? words.employerOf(owner.name, companyName(index, company))
          : companyName(index, company);
      };
      for (const relation of index.dataset.relations) {
        const from = index.companyOf(relation.from);
        const to = index.companyOf(relation.to);
        const links =
          (companiesA.has(from) && companiesB.has(to)) ||
          (companiesB.has(from) && companiesA.has(to));
        if (!links || from === to || seenRelations.has(relation.id)) continue;
        seenRelations.add(relation.id);
        for (const e of relation.evidence) saidPassages.add(`${e.source}\u0000${e.passage}`);
        const sides = [from, to].map((c) => sideOf(c) ?? companyName(index, c)).join(' – ');
        lines.push({
          text: words.relationBetween(sides, relation.description[locale]),
          cites: cites.citeId(relation.id),
        });
      }
      if (a.kind === 'person' && b.kind === 'person') {
        for (const company of companiesA) {
          if (!companiesB.has(company)) continue;
          const stints = [a, b].flatMap((x) =>
            [...x.current, ...x.past]
              .filter((r) => index.companyOf(r.organization) === company)
              .map((r) => ({ person: x, role: r })),
          );
          lines.push({
            text: words.sharedEmployer(
              placeOf(index, company),
              stints.map(({ person, role }) =>
                words.stint(
                  person.name,
                  role.title?.[locale] ?? null,
                  spanText(buildContext(ctx, person), role.start, role.end, role.current),
                ),
              ),
            ),
            cites: stints.flatMap(({ role }) => cites.citeId(role.id)),
          });
        }
      }
      for (const project of index.dataset.projects) {
        const companies = new Set(project.organizations.map((o) => index.companyOf(o)));
        const ofA = [...a.currentCompanies].filter((c) => companies.has(c));
        const ofB = [...b.currentCompanies].filter((c) => companies.has(c));
        const distinct = new Set([...ofA, ...ofB]);
        if (ofA.length === 0 || ofB.length === 0 || distinct.size < 2) continue;
        if (seenProjects.has(project.id)) continue;
        seenProjects.add(project.id);
        // A project resting on the very passages of a relation above adds nothing to it.
        const key = (e: { source: string; passage: string }) => `${e.source}\u0000${e.passage}`;
        if (project.evidence.every((e) => saidPassages.has(key(e)))) continue;
        lines.push({
          text: words.projectInCommon(
            project.name[locale],
            [...distinct].map((c) => companyName(index, c)),
            words.statusAtLatest(
              words.statusPhrase(project.status),
              a.latestYear >= b.latestYear ? a.latestYear : b.latestYear,
            ),
          ),
          cites: cites.citeId(project.id),
        });
      }
      for (const [speaker, other] of [
        [a, b],
        [b, a],
      ] as const) {
        if (speaker.kind !== 'person') continue;
        for (const company of other.currentCompanies) {
          const units = new Set(index.descendantsOf(company));
          const about = speaker.quotes.filter((q) => q.about.some((id) => units.has(id)));
          if (about.length === 0) continue;
          lines.push({
            text: words.quotesAbout(speaker.name, placeOf(index, company), about.length),
            cites: about.flatMap((q) => cites.citeId(q.id)),
          });
        }
      }
    }
  });
  return lines;
}

/** Longer than this, a quote is a paragraph to read, not a line to bring up in a meeting. */
const TALKING_POINT_MAX = 200;

/**
 * Talking points: each attendee's most relevant short quotes, taken in turn: those about the
 * other attendees' companies first, then about their own organization and projects.
 */
export function talkingPoints(
  ctx: MeetingContext,
  attendees: readonly Attendee[],
): BriefingQuote[] {
  const { index } = ctx;
  const total = Math.min(5, Math.max(3, attendees.length + 1));
  const queues = attendees.map((attendee) => {
    const others = new Set(
      attendees
        .filter((x) => x !== attendee)
        .flatMap((x) => [...x.currentCompanies].flatMap((c) => index.descendantsOf(c))),
    );
    const own = new Set([
      ...attendee.currentPlaces,
      ...attendee.projects.filter((p) => isUnderWay(p.project.status)).map((p) => p.project.id),
    ]);
    const score = (q: Quote) =>
      q.about.filter((id) => others.has(id)).length * 4 +
      q.about.filter((id) => own.has(id)).length * 2 -
      q.original.length / 100;
    return attendee.quotes
      .filter((q) => q.original.length <= TALKING_POINT_MAX)
      .map((q) => ({ q, s: score(q) }))
      .sort((x, y) => y.s - x.s)
      .map((x) => x.q);
  });
  const picked: Quote[] = [];
  const taken = new Set<string>();
  for (let round = 0; picked.length < total && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const quote = queue[round];
      if (quote && !taken.has(quote.id) && picked.length < total) {
        taken.add(quote.id);
        picked.push(quote);
      }
    }
  }
  return picked.map((q) => quoteLine({ ...ctx, latestYear: '' }, q));
}

/**
 * To verify: what the records leave open — holders not named, roles not stated, key dates
 * inferred, statements the source hedges — and, when the sources are over a year old, that
 * every role and project is as of then.
 */
export function toVerify(ctx: MeetingContext, attendees: readonly Attendee[]): Line[] {
  const { index, locale, cites, today } = ctx;
  const words = briefingSentences[locale];
  const lines: Line[] = [];
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
  const people = attendees.filter((a) => a.kind === 'person');

  for (const attendee of attendees) {
    const reportsTo = new Map<string, Position>();
    for (const role of attendee.current)
      for (const id of role.reportsTo) {
        const target = index.byId.get(id);
        if (target?.type === 'position') reportsTo.set(id, role);
      }
    const unnamed = index.dataset.positions.filter(
      (p) =>
        p.person === null &&
        p.current &&
        (reportsTo.has(p.id) || attendee.currentCompanies.has(index.companyOf(p.organization))),
    );
    for (const post of unnamed) {
      if (!once(post.id)) continue;
      const role = reportsTo.get(post.id);
      lines.push({
        text: words.verifyHolder(
          positionTitle(post, locale),
          placeOf(index, post.organization),
          role && attendee.kind === 'person' ? words.reportsToLink(attendee.name) : null,
        ),
        cites: [...cites.citeId(post.id), ...(role ? cites.citeId(role.id) : [])],
      });
    }
  }
  for (const person of people) {
    for (const role of person.current.filter((r) => r.title === null)) {
      if (!once(role.id)) continue;
      lines.push({
        text: words.verifyTitle(person.name, placeOf(index, role.organization)),
        cites: cites.citeId(role.id),
      });
    }
    for (const role of person.past.filter((r) => r.title === null && !r.start && !r.end)) {
      if (!once(role.id)) continue;
      lines.push({
        text: words.verifyPastPost(person.name, placeOf(index, role.organization)),
        cites: cites.citeId(role.id),
      });
    }
  }
  // What the source itself hedges: agreements "not signed definitively", of the attendee's
  // projects or of their companies' at the latest source.
  for (const attendee of attendees) {
    const ofCompanies = index.dataset.projects.filter((p) =>
      p.organizations.some((o) => attendee.currentCompanies.has(index.companyOf(o))),
    );
    for (const project of [...attendee.projects.map((p) => p.project), ...ofCompanies]) {
      if (project.status !== 'negotiation' || !once(project.id)) continue;
      lines.push({
        text: words.verifyHedged(
          project.name[locale],
          words.statusAtLatest(words.statusPhrase(project.status), attendee.latestYear),
          project.description[locale],
        ),
        cites: cites.citeId(project.id),
      });
    }
  }
  const inferredStarts = people.flatMap((person) =>
    person.current.flatMap((role) =>
      role.start?.certainty === 'inferred' ? [{ person, role, start: role.start }] : [],
    ),
  );
  if (inferredStarts.length > 0) {
    lines.push({
      text: words.verifyDates(
        inferredStarts.map(({ person, role, start }) =>
          words.verifyStart(
            person.name,
            role.title?.[locale] ?? null,
            placeOf(index, role.organization),
            formatFuzzyDate(start, locale),
          ),
        ),
      ),
      cites: inferredStarts.flatMap(({ role }) => cites.citeId(role.id)),
    });
  }
  const span = spanOf(attendees.flatMap((a) => a.span?.sources ?? []));
  if (span && isStale(span.newest, today)) {
    // The roles it speaks of: the current ones, or the past ones where none is current.
    const current = attendees.flatMap((a) => a.current);
    const roles = current.length > 0 ? current : attendees.flatMap((a) => a.past);
    lines.push({
      text: words.verifyStale(yearSpanText(span), yearsSince(span.newest, today)),
      cites: roles.flatMap((r) => cites.citeId(r.id)),
    });
  }
  return lines;
}
