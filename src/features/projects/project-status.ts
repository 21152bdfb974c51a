import { ProjectStatusSchema, type ProjectStatus } from '../../domain/records.ts';

/** The schema lists statuses in lifecycle order, from an idea to its end. */
export const STATUS_ORDER: readonly ProjectStatus[] = ProjectStatusSchema.options;

/** Position in the lifecycle, for sorting and for ordering the board's columns. */
export function statusRank(status: ProjectStatus): number {
  return STATUS_ORDER.indexOf(status);
}
