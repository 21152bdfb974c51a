import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { useShownRecords } from '../../lib/shown-records.tsx';
import { OrganizationTree } from './organization-tree.tsx';
import { buildOverview } from './overview-model.ts';
import { SourceCards } from './source-cards.tsx';
import { vocabulary } from '../../domain/messages.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { overviewMessages } from './messages.ts';

/** The overview samples; the views and the filter reach everyone else. */
const OVERVIEW_LIMIT = 60;

export function OverviewPage() {
  const { locale } = useLocale();
  const t = overviewMessages[locale];
  const words = vocabulary[locale];
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { dataset } = index;
  const overview = useMemo(() => buildOverview(index, filter), [index, filter]);
  useShownRecords('overview', overview);
  const { counts, people } = overview;

  return (
    <div className="overview">
      <header className="page-header">
        <h1>{dataset.title}</h1>
        <p>{t.intro}</p>
      </header>

      <section aria-labelledby="counts-title">
        <h2 id="counts-title">{t.counts(filter.active)}</h2>
        <dl className="counts">
          {counts.map(([type, count]) => (
            <div key={type} className="count">
              <dt>{words.recordTypePlural(type)}</dt>
              <dd>{formatNumber(count, locale)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <SourceCards index={index} limit={OVERVIEW_LIMIT} />

      <section aria-labelledby="people-title">
        <h2 id="people-title">{words.recordTypePlural('person')}</h2>
        <ul className="card-list">
          {people.slice(0, OVERVIEW_LIMIT).map((person) => (
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
        {people.length > OVERVIEW_LIMIT && (
          <p className="hint">{t.morePeople(people.length - OVERVIEW_LIMIT)}</p>
        )}
      </section>

      <section aria-labelledby="orgs-title">
        <h2 id="orgs-title">{words.recordTypePlural('organization')}</h2>
        <OrganizationTree index={index} limit={OVERVIEW_LIMIT} />
      </section>
    </div>
  );
}
