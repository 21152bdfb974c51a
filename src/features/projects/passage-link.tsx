import { Link } from '@tanstack/react-router';
import { useLocale } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
import type { ProjectRow } from './project-rows.ts';

/** To the source reader, which highlights the project's passages and scrolls to this one. */
export function PassageLink({ row }: { row: ProjectRow }) {
  const { locale } = useLocale();
  const t = projectsMessages[locale];
  const { project, evidence } = row;
  return (
    <Link
      to="/sources/$sourceId"
      params={{ sourceId: evidence.item.source }}
      search={{ record: project.id }}
      hash={`passage-${project.id}-${evidence.position}`}
      className="passage-link"
    >
      {t.showIn(evidence.source?.publication ?? evidence.item.source)}
      {/* Many rows share the visible words; the hidden ones tell the links apart. */}{' '}
      <span className="visually-hidden">{t.passageOn(project.name[locale])}</span>
    </Link>
  );
}
