import { Link } from '@tanstack/react-router';
import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import { VoiceBadge } from '../../components/voice-badge.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { organizationPath } from '../../domain/dataset-index.ts';
import type { Relation } from '../../domain/records.ts';
import { vocabulary } from '../../domain/messages.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { orgMessages } from './messages.ts';

interface CompanyLinksProps {
  index: DatasetIndex;
  relations: readonly Relation[];
}

/** Who works with whom across companies, each link with its date, voice and passage. */
export function CompanyLinks({ index, relations }: CompanyLinksProps) {
  const { locale } = useLocale();
  const t = orgMessages[locale];
  if (relations.length === 0) return null;
  const pilots = index.dataset.projects.filter((p) => p.status === 'pilot');
  return (
    <section aria-labelledby="company-links-title" className="company-links">
      <h2 id="company-links-title">{t.linksTitle}</h2>
      <ul>
        {relations.map((relation) => (
          <li key={relation.id}>
            <Link to="/companies/$companyId" params={{ companyId: relation.from }}>
              {organizationPath(index, relation.from)}
            </Link>{' '}
            <span className="relation-kind">
              — {vocabulary[locale].relationKind(relation.kind)} →
            </span>{' '}
            <Link to="/companies/$companyId" params={{ companyId: relation.to }}>
              {organizationPath(index, relation.to)}
            </Link>
            {relation.start && (
              <>
                {' '}
                {t.since} <FuzzyDateText date={relation.start} afterPreposition />
              </>
            )}{' '}
            <VoiceBadge voice={relation.voice} />{' '}
            <Link
              to="/sources/$sourceId"
              params={{ sourceId: relation.evidence[0]?.source ?? '' }}
              search={{ record: relation.id }}
            >
              {t.passage}
            </Link>
          </li>
        ))}
        {pilots.map((project) => (
          <li key={project.id}>
            {project.organizations.map((id) => organizationPath(index, id)).join(', ')}{' '}
            <span className="relation-kind">— {t.pilotProjects} →</span>{' '}
            {project.description[locale]}{' '}
            <Link
              to="/sources/$sourceId"
              params={{ sourceId: project.evidence[0]?.source ?? '' }}
              search={{ record: project.id }}
            >
              {t.passage}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
