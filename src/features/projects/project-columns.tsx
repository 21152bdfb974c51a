import type { ReactNode } from 'react';
import { VoiceBadge } from '../../components/voice-badge.tsx';
import { EvidenceExcerpt } from './evidence-excerpt.tsx';
import { OrganizationLinks } from './organization-links.tsx';
import { ProjectDates } from './project-dates.tsx';
import { ProjectName } from './project-name.tsx';
import type { OpenProject } from './project-panel-id.ts';
import { ProjectPeople } from './project-people.tsx';
import type { ProjectRow } from './project-rows.ts';
import type { ProjectColumnId } from './project-sort-param.ts';
import { StatusBadge } from './status-badge.tsx';

export interface ProjectCellProps {
  row: ProjectRow;
  /** Whether this row's project is the one open in the details panel. */
  open: boolean;
  onOpen: OpenProject;
}

/**
 * What each column's cell shows, one entry per column of `PROJECT_COLUMNS` (the type says if
 * one is missing). What a column sorts by lives in `project-sort.ts`. The cells are module-level
 * components, the same on every render, so React never remounts one (and the button just
 * pressed keeps its focus).
 */
export const PROJECT_CELLS: Record<ProjectColumnId, (props: ProjectCellProps) => ReactNode> = {
  project: ({ row, open, onOpen }) => <ProjectName row={row} open={open} onOpen={onOpen} />,
  organizations: ({ row }) => <OrganizationLinks organizations={row.organizations} />,
  owner: ({ row }) => <ProjectPeople owner={row.owner} contributors={row.contributors} />,
  status: ({ row }) => (
    <StatusBadge status={row.project.status} certainty={row.project.statusBasis.certainty} />
  ),
  dates: ({ row }) => <ProjectDates start={row.project.start} end={row.project.end} />,
  voice: ({ row }) => <VoiceBadge voice={row.project.voice} />,
  evidence: ({ row }) => <EvidenceExcerpt row={row} />,
};
