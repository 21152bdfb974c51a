import { organizationPath } from '../dataset-index.ts';
import { placeOf } from '../place.ts';
import type { SourcedRecord } from '../dataset.ts';
import { compareFuzzyDates } from '../fuzzy-date.ts';
import { vocabulary } from '../messages.ts';
import { companyProfile } from '../profiles/profile-data.ts';
import { positionLabel } from '../record-label.ts';
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
  uncertainties,
  type BuildContext,
  type ChartRow,
} from './parts.ts';

/** A company's (or unit's) appendix: what it is, its people, what is under way, then the rest. */
export function companyAppendix(ctx: BuildContext, organizationId: string): Appendix | null {
  const { index, locale, cites } = ctx;
  const profile = companyProfile(index, organizationId, [], locale);
  if (!profile) return null;
  const { organization } = profile;
  const words = briefingSentences[locale];
  const parent = profile.parents.at(-1);
  const headline = {
    text: words.kindOf(
      vocabulary[locale].organizationKind(organization.kind),
      parent ? placeOf(index, parent.id) : null,
    ),
    cites: cites.citeId(organization.id),
  };
  const summary = [
    { text: organization.description[locale], cites: cites.citeId(organization.id) },
  ];
  const people = [
    ...profile.currentPosts.map((p) => ({
      text: words.currentPost(positionText(ctx, p), ctx.latestYear),
      cites: cites.citeId(p.id),
    })),
    ...profile.pastPosts.map((p) => ({
      text: words.pastPost(positionText(ctx, p)),
      cites: cites.citeId(p.id),
    })),
  ];
  const structure = profile.unitIds
    .filter((id) => id !== organization.id)
    .map((id) => {
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
  const newestFirst = [...profile.projects].sort((a, b) =>
    compareFuzzyDates(b.start ?? b.end, a.start ?? a.end),
  );
  const line = (project: (typeof newestFirst)[number]) =>
    projectLine(
      ctx,
      project,
      project.owner
        ? words.runBy(index.people.get(project.owner)?.name ?? project.owner)
        : words.ownerNotNamed,
    );
  const currentProjects = newestFirst.filter((p) => isUnderWay(p.status)).map(line);

  const posts = [...profile.currentPosts, ...profile.pastPosts];
  const chart: ChartRow[] = [
    ...posts
      .filter((p) => p.start || p.end)
      .map((p) => ({
        id: p.id,
        label: positionLabel(index, p, locale),
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
  ].sort((a, b) => compareFuzzyDates(b.start ?? b.end, a.start ?? a.end));
  const undated = [
    ...posts
      .filter((p) => !p.start && !p.end)
      .map((p) => ({ text: positionText(ctx, p), cites: cites.citeId(p.id) })),
    ...profile.events
      .filter((e) => !e.date)
      .map((e) => ({ text: e.title[locale], cites: cites.citeId(e.id) })),
  ];
  const pastProjects = newestFirst.filter((p) => !isUnderWay(p.status)).map(line);
  const figureRecords = distinctFigures(profile.figures);
  const shown: SourcedRecord[] = [
    ...posts.map((record) => ({ type: 'position' as const, record })),
    ...profile.projects.map((record) => ({ type: 'project' as const, record })),
    ...figureRecords.map((record) => ({ type: 'figure' as const, record })),
    ...profile.events.map((record) => ({ type: 'event' as const, record })),
    ...profile.quotes.map((record) => ({ type: 'quote' as const, record })),
    ...profile.relations.map((r) => r.basis),
  ];
  return {
    kind: 'company',
    id: organization.id,
    name: organization.name,
    headline,
    summary,
    structure,
    people,
    currentProjects,
    chart,
    undated,
    pastProjects,
    figures: figureRecords.map((f) => figureLine(ctx, f)),
    quotes: profile.quotes.map((q) => quoteLine(ctx, q)),
    relations: profile.relations.map((r) => relationLine(ctx, r)),
    uncertain: uncertainties(ctx, shown),
    asOf: null,
  };
}
