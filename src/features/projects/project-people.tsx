import type { Person } from '../../domain/records.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { projectsMessages } from './messages.ts';
import { PersonLink } from './person-link.tsx';

/** The owner, or a dash when the sources name none, then whoever else works on it. */
export function ProjectPeople({
  owner,
  contributors,
}: {
  owner: Person | null;
  contributors: readonly Person[];
}) {
  const t = useMessages(projectsMessages);
  return (
    <span className="project-people">
      {owner ? (
        <PersonLink person={owner} />
      ) : (
        <span>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t.noOwner}</span>
        </span>
      )}
      {contributors.length > 0 && (
        <span className="project-people__contributors">
          {t.contributorsLead(contributors.length)}{' '}
          {contributors.map((person, i) => (
            <span key={person.id}>
              {i > 0 && ', '}
              <PersonLink person={person} />
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
