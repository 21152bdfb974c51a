import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { boundsOf } from '../../domain/fuzzy-date.ts';
import { formatFigure } from '../../domain/record-label.ts';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { orgRoute } from '../../routes/org-route.tsx';
import { AsOfControl } from './as-of-control.tsx';
import { CompanyLinks } from './company-links.tsx';
import {
  buildOrgChart,
  chartedCompanies,
  parseAsOf,
  relationsBetweenCompanies,
} from './org-model.ts';
import { OrgTree } from './org-tree.tsx';
import './org.css';

const everything = () => true;

export function OrgPage() {
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { includes } = filter;
  const { asof } = orgRoute.useSearch();
  const navigate = useNavigate({ from: '/org' });
  const at = asof === undefined ? null : parseAsOf(asof);
  const applied = at === null ? undefined : asof;

  const years = useMemo(() => {
    let first = Infinity;
    let last = -Infinity;
    for (const p of index.dataset.positions) {
      for (const date of [p.start, p.end]) {
        if (!date) continue;
        const { start, end } = boundsOf(date);
        first = Math.min(first, new Date(start).getUTCFullYear());
        last = Math.max(last, new Date(end - 1).getUTCFullYear());
      }
    }
    return Number.isFinite(first)
      ? Array.from({ length: last - first + 1 }, (_, i) => first + i)
      : [];
  }, [index]);

  const charts = useMemo(
    () =>
      chartedCompanies(index, includes, at).flatMap((id) => {
        // Within a company every post stays, so reporting lines hold; the filter picks companies.
        const chart = buildOrgChart(index, id, at, everything);
        return chart ? [chart] : [];
      }),
    [index, includes, at],
  );
  const links = useMemo(
    () => relationsBetweenCompanies(index).filter((r) => includes(r)),
    [index, includes],
  );
  const emphasised = (positionId: string) =>
    filter.people.length > 0 &&
    filter.people.some(
      (p) =>
        index.byId.get(positionId)?.type === 'position' &&
        index.entitiesOf.get(positionId)?.has(p.id),
    );

  return (
    <div className="org-page">
      <header className="page-header">
        <h1>Organization</h1>
        <p>
          Each company as a tree of its units and posts, built from the roles in the sources
          {applied ? `, as of ${applied}` : ', as of the latest sources'}. Dashed lines are further
          reporting lines and team transfers.
        </p>
      </header>
      <AsOfControl
        value={applied}
        years={years}
        onChange={(value) =>
          void navigate({ search: (prev) => ({ ...prev, asof: value }), replace: true })
        }
      />
      {asof !== undefined && at === null && (
        <p className="notice" role="status">
          “{asof}” is not a year (YYYY) or a month (YYYY-MM); showing the latest sources.
        </p>
      )}
      {charts.length === 0 ? (
        <p className="empty-state" role="status">
          No organization matches this filter.
        </p>
      ) : (
        charts.map((chart) => (
          <section
            key={chart.company.id}
            aria-labelledby={`org-${chart.company.id}`}
            className="org-company"
          >
            <h2 id={`org-${chart.company.id}`}>
              <Link to="/companies/$companyId" params={{ companyId: chart.company.id }}>
                {chart.company.name}
              </Link>
            </h2>
            {(index.figuresBySubject.get(chart.company.id) ?? []).length > 0 && (
              <p className="org-company__figures">
                {(index.figuresBySubject.get(chart.company.id) ?? []).map(formatFigure).join(' · ')}
              </p>
            )}
            <OrgTree chart={chart} index={index} emphasised={emphasised} />
            {chart.undated.length > 0 && (
              <p className="hint">
                Not placed at this date (no dates in the sources):{' '}
                {chart.undated
                  .map(
                    (p) =>
                      `${p.person ? (index.people.get(p.person)?.name ?? p.person) : 'holder not named'} — ${p.title?.en ?? 'role not stated'}`,
                  )
                  .join('; ')}
                .
              </p>
            )}
          </section>
        ))
      )}
      <CompanyLinks index={index} relations={links} />
    </div>
  );
}
