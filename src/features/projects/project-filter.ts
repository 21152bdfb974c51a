import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Project } from '../../domain/records.ts';
import type { ActiveFilter } from '../../lib/use-filter.ts';

export interface Employer {
  /** Names, ready to show: "Salesforce", "Patrick Pélata". */
  organization: string;
  person: string;
}

export interface ProjectFilter {
  includes: (project: Project) => boolean;
  /**
   * Where chosen people work now, when that alone brings projects in, so the page can say why
   * a project that does not name the person appears.
   */
  employers: Employer[];
}

/**
 * The shared filter, widened for projects: a chosen person also stands for the organizations
 * (and their units) where they hold a current position. The sources rarely name who runs a
 * company's projects (none of Salesforce's has an owner), yet they are the projects a person
 * speaks for; past employers are left out, so Renault's projects are not Patrick Pélata's.
 */
export function createProjectFilter(index: DatasetIndex, filter: ActiveFilter): ProjectFilter {
  const voices = new Set(filter.voices);
  const employers: Employer[] = [];
  const widened = new Set<string>();
  for (const person of filter.people) {
    const current = new Set(
      (index.positionsByPerson.get(person.id) ?? [])
        .filter((position) => position.current)
        .map((position) => position.organization),
    );
    for (const organizationId of current) {
      const organization = index.organizations.get(organizationId);
      if (!organization) continue;
      const added = index
        .descendantsOf(organization.id)
        .flatMap((unit) => index.projectsByOrganization.get(unit) ?? [])
        .filter((p) => !filter.includes(p) && (voices.size === 0 || voices.has(p.voice)));
      if (added.length === 0) continue;
      employers.push({ organization: organization.name, person: person.name });
      for (const project of added) widened.add(project.id);
    }
  }
  return {
    includes: (project) => filter.includes(project) || widened.has(project.id),
    employers,
  };
}
