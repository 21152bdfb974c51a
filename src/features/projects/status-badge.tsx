import type { ProjectStatus } from '../../domain/records.ts';
import { statusLabel } from './project-status.ts';

/** The status in words; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: ProjectStatus }) {
  return (
    <span className={`badge status-badge status-badge--${status}`}>
      <span className="visually-hidden">Status:</span> {statusLabel(status)}
    </span>
  );
}
