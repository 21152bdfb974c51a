import type { OpenProject } from './project-panel-id.ts';
import { ProjectNameButton } from './project-name-button.tsx';
import type { ProjectRow } from './project-rows.ts';

interface ProjectNameProps {
  row: ProjectRow;
  open: boolean;
  onOpen: OpenProject;
}

/** The table's first cell: the English name, then the French one and the larger project. */
export function ProjectName({ row, open, onOpen }: ProjectNameProps) {
  const { project, parent } = row;
  return (
    <span className="project-name">
      <ProjectNameButton project={project} open={open} onOpen={onOpen} />
      <span lang="fr" className="project-name__fr">
        {project.name.fr}
      </span>
      {parent && <span className="project-name__parent">Part of: {parent.name.en}</span>}
    </span>
  );
}
