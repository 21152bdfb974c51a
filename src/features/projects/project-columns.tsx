import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import { createContext, useContext } from 'react';
import { VoiceBadge } from '../../components/voice-badge.tsx';
import { EvidenceExcerpt } from './evidence-excerpt.tsx';
import { OrganizationLinks } from './organization-links.tsx';
import { ProjectDates } from './project-dates.tsx';
import { ProjectName } from './project-name.tsx';
import type { OpenProject } from './project-panel-id.ts';
import { ProjectPeople } from './project-people.tsx';
import type { ProjectRow } from './project-rows.ts';
import { StatusBadge } from './status-badge.tsx';

/**
 * Which project is open, for the name cells. It reaches them through context because the
 * columns must stay the same objects: TanStack renders each `cell` as a component, so a new
 * function would remount every cell and lose the focus of the button just pressed.
 */
export const OpenProjectContext = createContext<{
  openProjectId: string | null;
  onOpen: OpenProject;
}>({ openProjectId: null, onOpen: () => undefined });

function NameCell({ row }: CellContext<ProjectRow, string>) {
  const { openProjectId, onOpen } = useContext(OpenProjectContext);
  return (
    <ProjectName
      row={row.original}
      open={row.original.project.id === openProjectId}
      onOpen={onOpen}
    />
  );
}

const column = createColumnHelper<ProjectRow>();

/**
 * Accessors return what the headers sort by; `sortProjectRows` does the actual ordering.
 * Headers are words in the interface language, so the table names each column from its id.
 */
export const projectColumns = [
  column.accessor((row) => row.project.name.en, {
    id: 'project',
    cell: NameCell,
  }),
  column.accessor((row) => row.organizations.map((o) => o.label).join(', '), {
    id: 'organizations',
    cell: ({ row }) => <OrganizationLinks organizations={row.original.organizations} />,
  }),
  column.accessor((row) => row.owner?.name ?? '', {
    id: 'owner',
    cell: ({ row }) => (
      <ProjectPeople owner={row.original.owner} contributors={row.original.contributors} />
    ),
  }),
  column.accessor((row) => row.project.status, {
    id: 'status',
    cell: ({ row }) => (
      <StatusBadge
        status={row.original.project.status}
        certainty={row.original.project.statusBasis.certainty}
      />
    ),
  }),
  column.accessor((row) => row.project.start, {
    id: 'dates',
    cell: ({ row }) => (
      <ProjectDates start={row.original.project.start} end={row.original.project.end} />
    ),
  }),
  column.accessor((row) => row.project.voice, {
    id: 'voice',
    cell: ({ getValue }) => <VoiceBadge voice={getValue()} />,
  }),
  column.display({
    id: 'evidence',
    cell: ({ row }) => <EvidenceExcerpt row={row.original} />,
  }),
];
