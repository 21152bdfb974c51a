import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { companyProfileIds, personProfileIds } from '../../domain/export/shown.ts';
import type { ResolvedFilter } from '../../domain/filter.ts';
import type { DateBounds } from '../../domain/fuzzy-date.ts';
import { companyProfile, personProfile } from '../../domain/profiles/profile-data.ts';
import type { Relation } from '../../domain/records.ts';
import { buildOrgChart, type OrgNode } from '../org/org-model.ts';
import type { Timeline } from '../timeline/timeline-model.ts';

/** Every item on the axis and every undated one listed below it. */
export function timelineRecordIds(timeline: Timeline): string[] {
  return [
    ...timeline.lanes.flatMap((lane) => lane.items.map((item) => item.entry.record.id)),
    ...timeline.undated.map((item) => item.entry.record.id),
  ];
}

/**
 * What the org view draws for each charted company, as its sections do: the units and posts
 * of the chart, the figures beside and in it, its further links and its undated posts; then
 * the links between companies.
 */
export function orgRecordIds(
  index: DatasetIndex,
  companies: readonly string[],
  at: DateBounds | null,
  links: readonly Relation[],
): string[] {
  const ids: string[] = [];
  const walk = (node: OrgNode): void => {
    if (node.kind === 'organization') ids.push(node.id, ...node.figures.map((f) => f.id));
    else ids.push(node.position.id);
    node.children.forEach(walk);
  };
  for (const companyId of companies) {
    const chart = buildOrgChart(index, companyId, at, () => true);
    if (!chart) continue;
    ids.push(...(index.figuresBySubject.get(companyId) ?? []).map((f) => f.id));
    walk(chart.root);
    ids.push(...chart.extraLinks.map((link) => link.recordId));
    ids.push(...chart.undated.map((p) => p.id));
  }
  return [...ids, ...links.map((r) => r.id)];
}

/**
 * A briefing covers each chosen subject's whole profile, whatever the voice filter. Which
 * records a profile holds does not depend on the language its sentences are in: English here.
 */
export function briefingRecordIds(index: DatasetIndex, filter: ResolvedFilter): string[] {
  return [
    ...filter.people.flatMap((p) => {
      const profile = personProfile(index, p.id, [], 'en');
      return profile ? personProfileIds(profile) : [];
    }),
    ...filter.organizations.flatMap((o) => {
      const profile = companyProfile(index, o.id, [], 'en');
      return profile ? companyProfileIds(profile) : [];
    }),
  ];
}
