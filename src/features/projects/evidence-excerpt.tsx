import { PassageLink } from './passage-link.tsx';
import type { ProjectRow } from './project-rows.ts';

/** The latest passage quoted as written, then the link to it in its source. */
export function EvidenceExcerpt({ row }: { row: ProjectRow }) {
  const { project, evidence } = row;
  const more = project.evidence.length - 1;
  return (
    <span className="evidence-excerpt">
      <q lang={evidence.source?.language ?? 'fr'} className="evidence-excerpt__quote">
        {evidence.item.passage}
      </q>
      <PassageLink row={row} />
      {more > 0 && (
        <span className="evidence-excerpt__more">
          {more === 1 ? '1 more passage' : `${more} more passages`} in the details
        </span>
      )}
    </span>
  );
}
