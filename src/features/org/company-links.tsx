import { Link } from '@tanstack/react-router';
import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import { VoiceBadge } from '../../components/voice-badge.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { organizationPath } from '../../domain/dataset-index.ts';
import type { Relation } from '../../domain/records.ts';

interface CompanyLinksProps {
  index: DatasetIndex;
  relations: readonly Relation[];
}

/** Who works with whom across companies, each link with its date, voice and passage. */
export function CompanyLinks({ index, relations }: CompanyLinksProps) {
  if (relations.length === 0) return null;
  const pilots = index.dataset.projects.filter((p) => p.status === 'pilot');
  return (
    <section aria-labelledby="company-links-title" className="company-links">
      <h2 id="company-links-title">Links between companies</h2>
      <ul>
        {relations.map((relation) => (
          <li key={relation.id}>
            <Link to="/companies/$companyId" params={{ companyId: relation.from }}>
              {organizationPath(index, relation.from)}
            </Link>{' '}
            <span className="relation-kind">— {relation.kind.replace('-', ' ')} →</span>{' '}
            <Link to="/companies/$companyId" params={{ companyId: relation.to }}>
              {organizationPath(index, relation.to)}
            </Link>
            {relation.start && (
              <>
                {' '}
                since <FuzzyDateText date={relation.start} />
              </>
            )}{' '}
            <VoiceBadge voice={relation.voice} />{' '}
            <Link
              to="/sources/$sourceId"
              params={{ sourceId: relation.evidence[0]?.source ?? '' }}
              search={{ record: relation.id }}
            >
              passage
            </Link>
          </li>
        ))}
        {pilots.map((project) => (
          <li key={project.id}>
            {project.organizations.map((id) => organizationPath(index, id)).join(', ')}{' '}
            <span className="relation-kind">— pilot projects →</span> {project.description.en}{' '}
            <Link
              to="/sources/$sourceId"
              params={{ sourceId: project.evidence[0]?.source ?? '' }}
              search={{ record: project.id }}
            >
              passage
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
