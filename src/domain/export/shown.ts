import type { DatasetIndex } from '../dataset-index.ts';
import { recordsInvolving, type ResolvedFilter } from '../filter.ts';
import type { CompanyProfile, PersonProfile } from '../profiles/profile-data.ts';
import type { SourceStatements } from '../profiles/statements-by-source.ts';

/** Every record passing the filter, sources aside: what the overview counts. */
export function matchingRecordIds(index: DatasetIndex, filter: ResolvedFilter): string[] {
  const voices = filter.voices.length > 0 ? new Set(filter.voices) : null;
  const ids: string[] = [];
  for (const id of recordsInvolving(index, filter) ?? index.byId.keys()) {
    const entry = index.byId.get(id);
    if (!entry || entry.type === 'source') continue;
    if (voices && !voices.has(entry.record.voice)) continue;
    ids.push(id);
  }
  return ids;
}

function statementIds(sources: readonly SourceStatements[]): string[] {
  return sources.flatMap((s) => s.statements.map((statement) => statement.entry.record.id));
}

/** What a person's profile lists, section by section. */
export function personProfileIds(profile: PersonProfile): string[] {
  return [
    profile.person.id,
    ...profile.roles.map((r) => r.id),
    ...profile.figures.map((f) => f.id),
    ...profile.projects.map((p) => p.project.id),
    ...profile.quotes.map((q) => q.id),
    ...profile.events.map((e) => e.id),
    ...profile.relations.map((r) => r.basis.record.id),
    ...statementIds(profile.sources),
  ];
}

/** What an organization's profile lists: itself, its units, then section by section. */
export function companyProfileIds(profile: CompanyProfile): string[] {
  return [
    ...profile.unitIds,
    ...profile.currentPosts.map((p) => p.id),
    ...profile.pastPosts.map((p) => p.id),
    ...profile.projects.map((p) => p.id),
    ...profile.figures.map((f) => f.id),
    ...profile.relations.map((r) => r.basis.record.id),
    ...profile.events.map((e) => e.id),
    ...profile.quotes.map((q) => q.id),
    ...statementIds(profile.sources),
  ];
}
