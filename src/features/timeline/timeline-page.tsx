import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useRef } from 'react';
import { RecordCard } from '../../components/record-card.tsx';
import { VirtualList } from '../../components/virtual-list.tsx';
import { recordTypeName } from '../../domain/record-label.ts';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { StaleSourcesBanner } from '../../components/stale-sources-banner.tsx';
import { TimelineChart } from './timeline-chart.tsx';
import { TimelineLegend } from './timeline-legend.tsx';
import { buildTimeline } from './timeline-model.ts';
import './timeline.css';
import { useLocale } from '../../i18n/use-locale.ts';
import { useShownRecords } from '../../lib/shown-records.tsx';
import { timelineMessages } from './messages.ts';

const route = getRouteApi('/timeline');
/** A line of the undated list, as drawn at 1280 px (refined by measuring). */
const UNDATED_ROW_HEIGHT = 30;

export function TimelinePage() {
  const { locale } = useLocale();
  const t = timelineMessages[locale];
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { item } = route.useSearch();
  const navigate = useNavigate({ from: '/timeline' });
  const timeline = useMemo(
    () => buildTimeline(index, filter.includes, locale),
    [index, filter.includes, locale],
  );
  useShownRecords('timeline', timeline);
  const detailHeading = useRef<HTMLHeadingElement>(null);

  const selected = item === undefined ? undefined : index.byId.get(item);
  const selectedEntry = selected && selected.type !== 'source' ? selected : undefined;
  // Opening or closing details is not a move to another page: the page stays where it is, so
  // the item the user clicked stays under their eye (the router would scroll to the top).
  const open = (id: string) =>
    void navigate({ search: (prev) => ({ ...prev, item: id }), resetScroll: false });
  const close = () =>
    void navigate({ search: (prev) => ({ ...prev, item: undefined }), resetScroll: false });

  useEffect(() => {
    // The panel is placed where the eye is (beside the chart, or a sheet on a phone); focusing it
    // must not scroll the page to wherever the panel sits in the document.
    if (selectedEntry) detailHeading.current?.focus({ preventScroll: true });
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
      void navigate({ search: (prev) => ({ ...prev, item: undefined }), resetScroll: false });
    };
    panel.addEventListener('keydown', onKeyDown);
    return () => panel.removeEventListener('keydown', onKeyDown);
  }, [hasDetails, navigate]);

  return (
    <div className="timeline-page">
      <header className="page-header">
        <h1>{t.title}</h1>
        <p>{t.intro(timeline.itemCount, filter.active)}</p>
      </header>
      <StaleSourcesBanner
        index={index}
        subjects={[
          ...filter.people,
          ...filter.organizations.map((o) => ({ id: o.id, name: o.name })),
        ]}
      />
      {item !== undefined && !selectedEntry && (
        <p className="notice" role="status">
          {t.unknownItem(item)}
        </p>
      )}
      <TimelineLegend />
      {timeline.itemCount === 0 && timeline.undated.length === 0 ? (
        <p className="empty-state" role="status">
          {t.empty}
        </p>
      ) : (
        <div className={`timeline-layout${selectedEntry ? ' timeline-layout--with-details' : ''}`}>
          <section aria-label={t.chart}>
            <TimelineChart timeline={timeline} selectedId={item} onOpen={open} onClose={close} />
            {timeline.undated.length > 0 && (
              <section className="tl-undated" aria-labelledby="undated-title">
                <h2 id="undated-title">{t.undatedTitle}</h2>
                {/* Thousands at 1,000 interviews: only those near the viewport are rendered. */}
                <VirtualList
                  items={timeline.undated}
                  keyOf={({ entry }) => entry.record.id}
                  estimateSize={UNDATED_ROW_HEIGHT}
                  aria-label={t.undatedTitle}
                  renderItem={({ entry, label, lane }) => (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => open(entry.record.id)}
                    >
                      {t.undatedItem(recordTypeName(entry.type, locale), lane, label)}
                    </button>
                  )}
                />
              </section>
            )}
          </section>
          {selectedEntry && (
            <aside ref={details} className="tl-details" aria-labelledby="tl-details-title">
              <div className="tl-details__header">
                <h2 id="tl-details-title" ref={detailHeading} tabIndex={-1}>
                  {t.details}
                </h2>
                <button type="button" onClick={close}>
                  {t.close}
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
