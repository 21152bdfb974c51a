import { useLocale } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
import type { OpenProject } from './project-panel-id.ts';
import { ProjectNameButton } from './project-name-button.tsx';
import type { ProjectRow } from './project-rows.ts';

interface ProjectNameProps {
  row: ProjectRow;
  open: boolean;
  onOpen: OpenProject;
}

/**
 * The table's first cell: the name in the interface language, then in the other one (the
 * sources speak French, readers may search either), then the larger project.
 */
export function ProjectName({ row, open, onOpen }: ProjectNameProps) {
  const { locale } = useLocale();
  const other = locale === 'en' ? 'fr' : 'en';
  const { project, parent } = row;
  return (
    <span className="project-name">
      <ProjectNameButton project={project} open={open} onOpen={onOpen} />
      <span lang={other} className="project-name__fr">
        {project.name[other]}
      </span>
      {parent && (
        <span className="project-name__parent">
          {projectsMessages[locale].partOf(parent.name[locale])}
        </span>
      )}
    </span>
  );
}
