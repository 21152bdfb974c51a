import { Link } from '@tanstack/react-router';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { filterOf } from '../../domain/filter.ts';
import { UnitTree } from './unit-tree.tsx';

interface UnknownProfileProps {
  kind: 'person' | 'organization';
  id: string;
  index: DatasetIndex;
}

/** An id that is not in the data: say so and offer the ids that are. */
export function UnknownProfile({ kind, id, index }: UnknownProfileProps) {
  return (
    <section className="notice-page profile-missing" aria-labelledby="profile-missing-title">
      <h1 id="profile-missing-title">
        {kind === 'person' ? `No person with id “${id}”` : `No company or unit with id “${id}”`}
      </h1>
      {kind === 'person' ? (
        <>
          <p>The people in this dataset are:</p>
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
          <p>The companies and units in this dataset are:</p>
          <UnitTree
            roots={index.dataset.organizations.filter((o) => o.parent === null)}
            index={index}
            label="Known companies and units"
          />
        </>
      )}
    </section>
  );
}
