import { ProjectStatusSchema, type ProjectStatus } from '../../domain/records.ts';

/** The schema lists statuses in lifecycle order, from an idea to its end. */
export const STATUS_ORDER: readonly ProjectStatus[] = ProjectStatusSchema.options;

const STATUS_WORDS: Record<ProjectStatus, string> = {
  planned: 'planned',
  'in-progress': 'in progress',
  pilot: 'pilot',
  negotiation: 'negotiation',
  launched: 'launched',
  completed: 'completed',
  ended: 'ended',
};

/** The status in words, as the table and the board show it. */
export function statusLabel(status: ProjectStatus): string {
  return STATUS_WORDS[status];
}

/** Position in the lifecycle, for sorting and for ordering the board's columns. */
export function statusRank(status: ProjectStatus): number {
  return STATUS_ORDER.indexOf(status);
}
