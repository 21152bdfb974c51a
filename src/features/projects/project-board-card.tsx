import { VoiceBadge } from '../../components/voice-badge.tsx';
import { useMessages } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
import { OrganizationLinks } from './organization-links.tsx';
import { PassageLink } from './passage-link.tsx';
import { ProjectDates } from './project-dates.tsx';
import { ProjectNameButton } from './project-name-button.tsx';
import type { OpenProject } from './project-panel-id.ts';
import { ProjectPeople } from './project-people.tsx';
import type { ProjectRow } from './project-rows.ts';
import { StatusBadge } from './status-badge.tsx';
import { DraftBadge } from '../../components/draft-badge.tsx';

interface ProjectBoardCardProps {
  row: ProjectRow;
  open: boolean;
  onOpen: OpenProject;
}

export function ProjectBoardCard({ row, open, onOpen }: ProjectBoardCardProps) {
  const t = useMessages(projectsMessages);
  const { project } = row;
  const titleId = `board-card-${project.id}`;
  return (
    <article className={`board-card${open ? ' board-card--open' : ''}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="board-card__title">
        <ProjectNameButton project={project} open={open} onOpen={onOpen} />
      </h3>
      <dl className="board-card__facts">
        <dt>{t.organizations(row.organizations.length)}</dt>
        <dd>
          <OrganizationLinks organizations={row.organizations} />
        </dd>
        <dt>{t.column('owner')}</dt>
        <dd>
          <ProjectPeople owner={row.owner} contributors={row.contributors} />
        </dd>
        <dt>{t.column('dates')}</dt>
        <dd>
          <ProjectDates start={project.start} end={project.end} />
        </dd>
        {project.statusBasis.certainty === 'inferred' && (
          <>
            <dt>{t.column('status')}</dt>
            <dd>
              <StatusBadge status={project.status} certainty="inferred" />
            </dd>
          </>
        )}
      </dl>
      <p className="board-card__footer">
        <VoiceBadge voice={project.voice} />
        <DraftBadge id={project.id} />
        <PassageLink row={row} />
      </p>
    </article>
  );
}
