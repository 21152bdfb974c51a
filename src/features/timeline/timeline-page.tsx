import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useRef } from 'react';
import { RecordCard } from '../../components/record-card.tsx';
import { recordTypeName } from '../../domain/record-label.ts';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { timelineRoute } from '../../routes/timeline-route.tsx';
import { TimelineChart } from './timeline-chart.tsx';
import { TimelineLegend } from './timeline-legend.tsx';
import { buildTimeline } from './timeline-model.ts';
import './timeline.css';
import { useLocale } from '../../i18n/use-locale.ts';
import { useShownRecords } from '../export/shown-records.tsx';
import { timelineRecordIds } from '../export/shown-ids.ts';

export function TimelinePage() {
  const { locale } = useLocale();
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { item } = timelineRoute.useSearch();
  const navigate = useNavigate({ from: '/timeline' });
  const timeline = useMemo(() => buildTimeline(index, filter.includes), [index, filter.includes]);
  useShownRecords('timeline', () => timelineRecordIds(timeline));
  const detailHeading = useRef<HTMLHeadingElement>(null);

  const selected = item === undefined ? undefined : index.byId.get(item);
  const selectedEntry = selected && selected.type !== 'source' ? selected : undefined;
  const open = (id: string) => void navigate({ search: (prev) => ({ ...prev, item: id }) });
  const close = () => void navigate({ search: (prev) => ({ ...prev, item: undefined }) });

  useEffect(() => {
    if (selectedEntry) detailHeading.current?.focus();
  }, [selectedEntry]);

  // Escape anywhere in the open panel closes it, as it does on a timeline item.
  const details = useRef<HTMLElement>(null);
  const hasDetails = selectedEntry !== undefined;
  useEffect(() => {
    const panel = details.current;
    if (!hasDetails || !panel) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      void navigate({ search: (prev) => ({ ...prev, item: undefined }) });
    };
    panel.addEventListener('keydown', onKeyDown);
    return () => panel.removeEventListener('keydown', onKeyDown);
  }, [hasDetails, navigate]);

  return (
    <div className="timeline-page">
      <header className="page-header">
        <h1>Timeline</h1>
        <p>
          Careers, company events and projects on one axis, {timeline.itemCount} dated item
          {timeline.itemCount === 1 ? '' : 's'}
          {filter.active ? ' matching the filter' : ''}.
        </p>
      </header>
      {item !== undefined && !selectedEntry && (
        <p className="notice" role="status">
          No record with id “{item}”; no details are open.
        </p>
      )}
      <TimelineLegend />
      {timeline.itemCount === 0 && timeline.undated.length === 0 ? (
        <p className="empty-state" role="status">
          No records match this filter.
        </p>
      ) : (
        <div className={`timeline-layout${selectedEntry ? ' timeline-layout--with-details' : ''}`}>
          <section aria-label="Timeline chart">
            <TimelineChart timeline={timeline} selectedId={item} onOpen={open} onClose={close} />
            {timeline.undated.length > 0 && (
              <section className="tl-undated" aria-labelledby="undated-title">
                <h2 id="undated-title">Not on the axis: no date in the sources</h2>
                <ul>
                  {timeline.undated.map(({ entry, label, lane }) => (
                    <li key={entry.record.id}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => open(entry.record.id)}
                      >
                        {recordTypeName(entry.type, locale)} · {lane}: {label}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </section>
          {selectedEntry && (
            <aside ref={details} className="tl-details" aria-labelledby="tl-details-title">
              <div className="tl-details__header">
                <h2 id="tl-details-title" ref={detailHeading} tabIndex={-1}>
                  Details
                </h2>
                <button type="button" onClick={close}>
                  Close
                </button>
              </div>
              <RecordCard entry={selectedEntry} index={index} headingLevel="h3" />
            </aside>
          )}
        </div>
      )}
    </div>
  );
}
