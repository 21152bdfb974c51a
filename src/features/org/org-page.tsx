import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { boundsOf } from '../../domain/fuzzy-date.ts';
import { VirtualList } from '../../components/virtual-list.tsx';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { AsOfControl } from './as-of-control.tsx';
import { CompanyLinks } from './company-links.tsx';
import { buildOrgView, parseAsOf } from './org-model.ts';
import { OrgCompany } from './org-company.tsx';
import './org.css';
import { useShownRecords } from '../../lib/shown-records.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { describeAsOf } from './as-of-format.ts';
import { orgMessages } from './messages.ts';

const route = getRouteApi('/org');

export function OrgPage() {
  const { locale } = useLocale();
  const t = orgMessages[locale];
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { includes } = filter;
  const { asof } = route.useSearch();
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

  // Only the companies are chosen here; each chart is laid out when its section renders.
  const named = useMemo(() => filter.organizations.map((o) => o.id), [filter.organizations]);
  const view = useMemo(
    () => buildOrgView(index, includes, at, named),
    [index, includes, at, named],
  );
  useShownRecords('org', view);
  const { companies, links } = view;
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
        <h1>{t.title}</h1>
        <p>{t.intro(applied === undefined ? null : describeAsOf(applied, locale))}</p>
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
          {t.invalidAsOf(asof)}
        </p>
      )}
      {companies.length === 0 ? (
        <p className="empty-state" role="status">
          {t.empty}
        </p>
      ) : (
        <VirtualList
          className="org-companies"
          aria-label={t.companies}
          items={companies}
          keyOf={(id) => id}
          estimateSize={420}
          renderItem={(id) => {
            const chart = view.chartOf(id);
            return chart && <OrgCompany index={index} chart={chart} emphasised={emphasised} />;
          }}
        />
      )}
      <CompanyLinks index={index} relations={links} />
    </div>
  );
}
