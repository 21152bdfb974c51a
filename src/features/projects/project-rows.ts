import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { organizationPath } from '../../domain/dataset-index.ts';
import { compareFuzzyDates } from '../../domain/fuzzy-date.ts';
import type { Evidence, Person, Project, Source } from '../../domain/records.ts';

export interface OrganizationRef {
  id: string;
  /** "Renault › Digital Factory": a unit is shown under its company. */
  label: string;
}

export interface LatestEvidence {
  item: Evidence;
  /** Position of the item in the record's evidence, as the source reader's anchors count it. */
  position: number;
  source: Source | undefined;
}

/** One project with everything the table and the board show, resolved once from the index. */
export interface ProjectRow {
  project: Project;
  organizations: OrganizationRef[];
  owner: Person | null;
  contributors: Person[];
  parent: Project | null;
  evidence: LatestEvidence;
}

/**
 * The passage from the most recently published source; among passages of one source, the
 * last listed, since records list their evidence in the order the text gives it.
 */
export function latestEvidenceOf(project: Project, index: DatasetIndex): LatestEvidence {
  const [first, ...rest] = project.evidence.map((item, position) => ({
    item,
    position,
    source: index.sources.get(item.source),
  }));
  // The schema requires at least one passage; this only satisfies the compiler.
  if (first === undefined) throw new Error(`Project ${project.id} has no evidence`);
  let latest: LatestEvidence = first;
  for (const candidate of rest) {
    const published = candidate.source?.published;
    const latestPublished = latest.source?.published;
    if (published === undefined) continue;
    if (latestPublished === undefined || compareFuzzyDates(published, latestPublished) >= 0) {
      latest = candidate;
    }
  }
  return latest;
}

function isPerson(person: Person | undefined): person is Person {
  return person !== undefined;
}

export function buildProjectRows(index: DatasetIndex): ProjectRow[] {
  return index.dataset.projects.map((project) => {
    const parent = project.partOf === null ? undefined : index.byId.get(project.partOf);
    return {
      project,
      organizations: project.organizations.map((id) => ({
        id,
        label: organizationPath(index, id),
      })),
      owner: (project.owner && index.people.get(project.owner)) || null,
      contributors: project.contributors.map((id) => index.people.get(id)).filter(isPerson),
      parent: parent?.type === 'project' ? parent.record : null,
      evidence: latestEvidenceOf(project, index),
    };
  });
}
