/** The detail panel's id, for the name buttons' `aria-controls`. */
export const PROJECT_PANEL_ID = 'project-detail-panel';

/** Opens a project's details; the trigger gets focus back when the panel closes. */
export type OpenProject = (projectId: string, trigger: HTMLElement) => void;
