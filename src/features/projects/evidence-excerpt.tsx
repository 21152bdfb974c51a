import { useMessages } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
import { PassageLink } from './passage-link.tsx';
import type { ProjectRow } from './project-rows.ts';

/** The latest passage quoted as written, then the link to it in its source. */
export function EvidenceExcerpt({ row }: { row: ProjectRow }) {
  const t = useMessages(projectsMessages);
  const { project, evidence } = row;
  const more = project.evidence.length - 1;
  return (
    <span className="evidence-excerpt">
      <q lang={evidence.source?.language ?? 'fr'} className="evidence-excerpt__quote">
        {evidence.item.passage}
      </q>
      <PassageLink row={row} />
      {more > 0 && <span className="evidence-excerpt__more">{t.morePassages(more)}</span>}
    </span>
  );
}
