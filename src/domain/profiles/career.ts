import type { DatasetIndex } from '../dataset-index.ts';
import { compareFuzzyDates, type FuzzyDate } from '../fuzzy-date.ts';
import type { Locale } from '../../i18n/locale.ts';
import { vocabulary } from '../messages.ts';
import type {
  Certainty,
  Organization,
  Position,
  Project,
  ProjectStatus,
  Voice,
} from '../records.ts';
import { profileSentences } from './messages.ts';

/** Whether a record is in one of the chosen voices. */
export type VoiceTest = (record: { voice: Voice }) => boolean;

/** Keeps records in the chosen voices; no voice chosen keeps every record. */
export function voiceTest(voices: readonly Voice[]): VoiceTest {
  const chosen = new Set(voices);
  return (record) => chosen.size === 0 || chosen.has(record.voice);
}

/** "Ended, no outcome stated": a status as a sentence fragment, not the bare vocabulary word. */
export function statusInWords(status: ProjectStatus, certainty: Certainty, locale: Locale): string {
  const words = profileSentences[locale].status(status);
  return certainty === 'inferred' ? `${words} ${vocabulary[locale].inferredMark}` : words;
}

/**
 * Career order: past roles first, then current ones; within each, by start, or by end when
 * only the end is known (SNCF "until 1999–2000"). Ties go to the role that ended first, so a
 * side venture that ended sooner comes before the job that outlasted it.
 */
export function compareRoles(a: Position, b: Position): number {
  if (a.current !== b.current) return a.current ? 1 : -1;
  return compareFuzzyDates(a.start ?? a.end, b.start ?? b.end) || compareFuzzyDates(a.end, b.end);
}

/** The organization, its parent, and so on up to its company, top first. */
export function ancestryOf(index: DatasetIndex, id: string): Organization[] {
  const chain: Organization[] = [];
  const seen = new Set<string>();
  let current = index.organizations.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current);
    current = current.parent === null ? undefined : index.organizations.get(current.parent);
  }
  return chain;
}

export interface PersonProject {
  project: Project;
  role: 'owner' | 'contributor' | 'quoted';
  /** The project's own date, or the start of the person's role in the same company. */
  date: FuzzyDate | null;
}

/**
 * Projects the person owns, contributes to or speaks about in a quote, in career order. Most projects carry no date,
 * so they are placed where the person's role in the same company starts: SFR's launches
 * before Lastminute.com's turnaround.
 */
export function projectsOfPerson(
  index: DatasetIndex,
  personId: string,
  keep: VoiceTest,
): PersonProject[] {
  const roles = index.positionsByPerson.get(personId) ?? [];
  const roleStart = (project: Project): FuzzyDate | null => {
    const companies = new Set(project.organizations.map((id) => index.companyOf(id)));
    const starts = roles
      .filter((role) => companies.has(index.companyOf(role.organization)))
      .map((role) => role.start ?? role.end)
      .sort(compareFuzzyDates);
    return starts[0] ?? null;
  };
  const quotedAbout = new Set((index.quotesBySpeaker.get(personId) ?? []).flatMap((q) => q.about));
  return index.dataset.projects
    .filter(keep)
    .flatMap((project): PersonProject[] => {
      const role =
        project.owner === personId
          ? 'owner'
          : project.contributors.includes(personId)
            ? 'contributor'
            : quotedAbout.has(project.id)
              ? 'quoted'
              : null;
      if (role === null) return [];
      return [{ project, role, date: project.start ?? project.end ?? roleStart(project) }];
    })
    .sort((a, b) => compareFuzzyDates(a.date, b.date));
}

/**
 * The organizations without those that another one in the list sits under: SFR and SFR-Pro
 * read "SFR › SFR-Pro" once, not "SFR, SFR › SFR-Pro".
 */
export function innermostOrganizations(index: DatasetIndex, ids: readonly string[]): string[] {
  const covered = new Set(
    ids.flatMap((id) =>
      ancestryOf(index, id)
        .slice(0, -1)
        .map((o) => o.id),
    ),
  );
  return [...new Set(ids)].filter((id) => !covered.has(id));
}
