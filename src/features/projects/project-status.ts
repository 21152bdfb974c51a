import { PROJECT_STATUSES } from '../../domain/record-vocabulary.ts';
import type { ProjectStatus } from '../../domain/records.ts';

/** The statuses in lifecycle order, from an idea to its end (the schema's order). */
export const STATUS_ORDER: readonly ProjectStatus[] = PROJECT_STATUSES;

/** Position in the lifecycle, for sorting and for ordering the board's columns. */
export function statusRank(status: ProjectStatus): number {
  return STATUS_ORDER.indexOf(status);
}
