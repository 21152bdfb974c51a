import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { filterOf } from '../../domain/filter.ts';
import type { RecordType } from '../../domain/dataset.ts';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { filterKeyOf, useFilter } from '../../lib/use-filter.ts';
import { useShownRecords } from '../../lib/shown-records.tsx';
import { OrganizationTree } from './organization-tree.tsx';
import { buildOverview } from './overview-model.ts';
import { PeopleCards } from './people-cards.tsx';
import { SourceCards } from './source-cards.tsx';
import { vocabulary } from '../../domain/messages.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { overviewMessages } from './messages.ts';

/**
 * The view each count tile opens (with the filter): sources, people and organizations are listed
 * on this page below; figures have no view of their own, only profiles and sources.
 */
const TILE_VIEW: Record<RecordType, '/' | '/org' | '/timeline' | '/projects' | '/quotes' | null> = {
  source: '/',
  person: '/',
  organization: '/org',
  position: '/timeline',
  project: '/projects',
  quote: '/quotes',
  event: '/timeline',
  figure: null,
  relation: '/org',
};
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
    // The filter the figures below were counted for (the bench waits for it after a change).
    <div className="overview" data-results-for={filterKeyOf(filter)}>
      <header className="page-header">
        <h1>{dataset.title}</h1>
        <p>{t.intro}</p>
      </header>

      <section aria-labelledby="counts-title">
        <h2 id="counts-title">{t.counts(filter.active)}</h2>
        <dl className="counts">
          {counts.map(([type, count]) => {
            const view = TILE_VIEW[type];
            return (
              <div key={type} className={`count${view ? ' count--link' : ''}`}>
                <dt>
                  {view ? (
                    // The tile opens the view that shows these records, with the same filter.
                    <Link to={view} search={filterOf} hash={view === '/' ? type : undefined}>
                      {words.recordTypePlural(type)}
                    </Link>
                  ) : (
                    words.recordTypePlural(type)
                  )}
                </dt>
                <dd>{formatNumber(count, locale)}</dd>
              </div>
            );
          })}
        </dl>
      </section>

      <SourceCards index={index} limit={OVERVIEW_LIMIT} />

      <PeopleCards people={people} limit={OVERVIEW_LIMIT} />

      <section aria-labelledby="orgs-title">
        <h2 id="orgs-title">{words.recordTypePlural('organization')}</h2>
        <OrganizationTree index={index} includes={filter.includes} limit={OVERVIEW_LIMIT} />
      </section>
    </div>
  );
}
