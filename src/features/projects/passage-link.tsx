import { Link } from '@tanstack/react-router';
import type { ProjectRow } from './project-rows.ts';

/** To the source reader, which highlights the project's passages and scrolls to this one. */
export function PassageLink({ row }: { row: ProjectRow }) {
  const { project, evidence } = row;
  return (
    <Link
      to="/sources/$sourceId"
      params={{ sourceId: evidence.item.source }}
      search={{ record: project.id }}
      hash={`passage-${project.id}-${evidence.position}`}
      className="passage-link"
    >
      Show in {evidence.source?.publication ?? evidence.item.source}
      {/* Many rows share the visible words; the hidden ones tell the links apart. */}{' '}
      <span className="visually-hidden">(passage on {project.name.en})</span>
    </Link>
  );
}
