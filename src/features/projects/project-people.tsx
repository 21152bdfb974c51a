import type { Person } from '../../domain/records.ts';
import { PersonLink } from './person-link.tsx';

/** The owner, or a dash when the sources name none, then whoever else works on it. */
export function ProjectPeople({
  owner,
  contributors,
}: {
  owner: Person | null;
  contributors: readonly Person[];
}) {
  return (
    <span className="project-people">
      {owner ? (
        <PersonLink person={owner} />
      ) : (
        <span>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">No owner stated</span>
        </span>
      )}
      {contributors.length > 0 && (
        <span className="project-people__contributors">
          {contributors.length === 1 ? 'Contributor: ' : 'Contributors: '}
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
