import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { countRecords } from '../../domain/filter.ts';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { OrganizationTree } from './organization-tree.tsx';
import { SourceCards } from './source-cards.tsx';
import { useShownRecords } from '../export/shown-records.tsx';
import { matchingRecordIds } from '../../domain/export/shown.ts';

const numberFormat = new Intl.NumberFormat('en-GB');
const collator = new Intl.Collator('fr');
/** The overview samples; the views and the filter reach everyone else. */
const OVERVIEW_LIMIT = 60;

export function OverviewPage() {
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { dataset } = index;
  const tally = useMemo(() => countRecords(index, filter), [index, filter]);
  useShownRecords('overview', () => matchingRecordIds(index, filter));
  const counts: [string, number][] = [
    ['Sources', dataset.sources.length],
    ['People', tally.person],
    ['Organizations', tally.organization],
    ['Roles', tally.position],
    ['Projects', tally.project],
    ['Quotes', tally.quote],
    ['Events', tally.event],
    ['Figures', tally.figure],
    ['Relations', tally.relation],
  ];
  const people = useMemo(
    () => dataset.people.filter(filter.includes).sort((a, b) => collator.compare(a.name, b.name)),
    [dataset, filter],
  );

  return (
    <div className="overview">
      <header className="page-header">
        <h1>{dataset.title}</h1>
        <p>Every record below is tied to the passage of the interview it comes from.</p>
      </header>

      <section aria-labelledby="counts-title">
        <h2 id="counts-title">Records{filter.active ? ' matching the filter' : ''}</h2>
        <dl className="counts">
          {counts.map(([label, count]) => (
            <div key={label} className="count">
              <dt>{label}</dt>
              <dd>{numberFormat.format(count)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <SourceCards index={index} limit={OVERVIEW_LIMIT} />

      <section aria-labelledby="people-title">
        <h2 id="people-title">People</h2>
        <ul className="card-list">
          {people.slice(0, OVERVIEW_LIMIT).map((person) => (
            <li key={person.id} className="card">
              <h3>
                <Link to="/people/$personId" params={{ personId: person.id }}>
                  {person.name}
                </Link>
              </h3>
              <p>{person.summary.en}</p>
            </li>
          ))}
        </ul>
        {people.length > OVERVIEW_LIMIT && (
          <p className="hint">
            And {numberFormat.format(people.length - OVERVIEW_LIMIT)} more: type a name in the
            filter to find anyone.
          </p>
        )}
      </section>

      <section aria-labelledby="orgs-title">
        <h2 id="orgs-title">Organizations</h2>
        <OrganizationTree index={index} limit={OVERVIEW_LIMIT} />
      </section>
    </div>
  );
}
