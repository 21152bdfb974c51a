import { Link } from '@tanstack/react-router';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { formatFigure, positionLabel } from '../../domain/record-label.ts';
import type { OrgChart } from './org-model.ts';
import { oneFigurePerFact } from './figure-facts.ts';
import { OrgTree } from './org-tree.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { orgMessages } from './messages.ts';

interface OrgCompanyProps {
  index: DatasetIndex;
  chart: OrgChart;
  emphasised: (positionId: string) => boolean;
}

/** One company's section: its figures and its chart, laid out only when it is shown. */
export function OrgCompany({ index, chart, emphasised }: OrgCompanyProps) {
  const { locale } = useLocale();
  const t = orgMessages[locale];
  const companyId = chart.company.id;
  const { figures } = chart;
  return (
    <section aria-labelledby={`org-${companyId}`} className="org-company">
      <h2 id={`org-${companyId}`}>
        <Link to="/companies/$companyId" params={{ companyId }}>
          {chart.company.name}
        </Link>
      </h2>
      {figures.length > 0 && (
        <dl className="org-company__figures" aria-label={t.figures}>
          {oneFigurePerFact(figures).map((figure) => (
            <div key={figure.id}>
              <dt>{figure.label[locale]}</dt>
              <dd>{formatFigure(figure, locale)}</dd>
            </div>
          ))}
        </dl>
      )}
      <OrgTree chart={chart} index={index} emphasised={emphasised} />
      {chart.undated.length > 0 && (
        <p className="hint">
          {t.notPlaced} {chart.undated.map((p) => positionLabel(index, p, locale)).join('; ')}.
        </p>
      )}
    </section>
  );
}
