import { PROJECT_PANEL_ID, type OpenProject } from './project-panel-id.ts';
import type { Project } from '../../domain/records.ts';
import { useLocale } from '../../i18n/use-locale.ts';

interface ProjectNameButtonProps {
  project: Project;
  /** Whether this project's details are the ones open. */
  open: boolean;
  onOpen: OpenProject;
}

/** The name in the interface language, as a button that opens the project's details. */
export function ProjectNameButton({ project, open, onOpen }: ProjectNameButtonProps) {
  const { locale } = useLocale();
  return (
    <button
      type="button"
      className="project-name-button"
      aria-expanded={open}
      aria-controls={open ? PROJECT_PANEL_ID : undefined}
      onClick={(event) => onOpen(project.id, event.currentTarget)}
    >
      {project.name[locale]}
    </button>
  );
}
