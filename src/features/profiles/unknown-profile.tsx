import { Link } from '@tanstack/react-router';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { filterOf } from '../../domain/filter.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';
import { UnitTree } from './unit-tree.tsx';

interface UnknownProfileProps {
  kind: 'person' | 'organization';
  id: string;
  index: DatasetIndex;
}

/** An id that is not in the data: say so and offer the ids that are. */
export function UnknownProfile({ kind, id, index }: UnknownProfileProps) {
  const m = useMessages(profileMessages);
  return (
    <section className="notice-page profile-missing" aria-labelledby="profile-missing-title">
      <h1 id="profile-missing-title">
        {kind === 'person' ? m.noPerson(id) : m.noOrganization(id)}
      </h1>
      {kind === 'person' ? (
        <>
          <p>{m.knownPeople}</p>
          <ul>
            {index.dataset.people.map((person) => (
              <li key={person.id}>
                <Link to="/people/$personId" params={{ personId: person.id }} search={filterOf}>
                  {person.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{m.knownOrganizations}</p>
          <UnitTree
            roots={index.dataset.organizations.filter((o) => o.parent === null)}
            index={index}
            label={m.knownOrganizationsLabel}
          />
        </>
      )}
    </section>
  );
}
