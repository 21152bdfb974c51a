import { Link } from '@tanstack/react-router';
import { memo } from 'react';
import { vocabulary } from '../../domain/messages.ts';
import type { Person } from '../../domain/records.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { overviewMessages } from './messages.ts';

/**
 * The people passing the filter, up to `limit`. Memoized on the list, which the overview keeps
 * per filter: the URL catching up with a filter just chosen does not draw them again.
 */
export const PeopleCards = memo(function PeopleCards({
  people,
  limit,
}: {
  people: readonly Person[];
  limit: number;
}) {
  const { locale } = useLocale();
  const t = overviewMessages[locale];
  return (
    <section id="person" aria-labelledby="people-title">
      <h2 id="people-title">{vocabulary[locale].recordTypePlural('person')}</h2>
      <ul className="card-list">
        {people.slice(0, limit).map((person) => (
          <li key={person.id} className="card">
            <h3>
              <Link to="/people/$personId" params={{ personId: person.id }}>
                {person.name}
              </Link>
            </h3>
            <p>{person.summary[locale]}</p>
          </li>
        ))}
      </ul>
      {people.length > limit && <p className="hint">{t.morePeople(people.length - limit)}</p>}
    </section>
  );
});
