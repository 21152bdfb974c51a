import { Link } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, type ComponentType, type RefObject } from 'react';
import { citationsAt, parsePointKey } from '../../domain/passage-segments.ts';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { ReaderOptions } from './reader-options.tsx';
import { useReaderPreferences } from './reader-preferences.ts';
import { SourceHeader } from './source-header.tsx';
import { SourceRecordsPanel } from './source-records-panel.tsx';
import { SourceText } from './source-text.tsx';
import { useMessages } from '../../i18n/use-locale.ts';
import { useShownRecords } from '../../lib/shown-records.tsx';
import { sourcesMessages } from './messages.ts';
import { sourceView } from './source-view.ts';
import type { Source } from '../../domain/records.ts';

/** Smooth only for those who have not asked their system to reduce motion. */
function scrollBehavior(): ScrollBehavior {
  const reduce =
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 'auto' : 'smooth';
}

/** What the reader hands to tools drawn over its text (annotate mode's, from the route). */
export interface SourceTextTools {
  source: Source;
  /** The text's element; its paragraphs carry `data-paragraph` with their index. */
  textElement: RefObject<HTMLElement | null>;
  annotating: boolean;
}

interface SourceReaderPageProps {
  sourceId: string;
  record: string | undefined;
  at: string | undefined;
  /** Annotate mode: records are made from selections in the text. */
  annotating?: boolean;
  /** Drawn at the top of the text's section, positioned over it. */
  TextTools?: ComponentType<SourceTextTools>;
}

export function SourceReaderPage({
  sourceId,
  record,
  at,
  annotating = false,
  TextTools,
}: SourceReaderPageProps) {
  const t = useMessages(sourcesMessages);
  const index = useDatasetIndex();
  const textRef = useRef<HTMLDivElement>(null);
  const view = useMemo(() => sourceView(index, sourceId), [index, sourceId]);
  const selectedEntry = record === undefined ? undefined : index.byId.get(record);
  const selected = selectedEntry && selectedEntry.type !== 'source' ? selectedEntry : undefined;
  const point = at === undefined ? null : parsePointKey(at);
  const [preferences, setPreferences] = useReaderPreferences();

  useEffect(() => {
    if (!record) return;
    // After the router has settled its own scroll position for the new location.
    const frame = requestAnimationFrame(() => {
      const passage = textRef.current?.querySelector<HTMLElement>('.passage[aria-current="true"]');
      if (!passage) return;
      // Arriving from another view, the followed link is gone and focus with it: the passage
      // takes focus so keyboard and screen reader users start where the highlight is.
      if (!document.activeElement || document.activeElement === document.body)
        passage.focus({ preventScroll: true });
      passage.scrollIntoView?.({ block: 'center', behavior: scrollBehavior() });
    });
    return () => cancelAnimationFrame(frame);
  }, [record, sourceId]);

  useShownRecords(`source-${sourceId}`, view);

  if (!view) {
    return (
      <section className="notice-page" aria-labelledby="source-missing-title">
        <h1 id="source-missing-title">{t.missingTitle(sourceId)}</h1>
        <p>{t.sourcesAre}</p>
        <ul>
          {index.dataset.sources.map((s) => (
            <li key={s.id}>
              <Link to="/sources/$sourceId" params={{ sourceId: s.id }}>
                {s.publication}: {s.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const { source, citations } = view;
  // A record id in the URL that no record of this source has: say so, and show them all.
  const unknownRecord = record !== undefined && !selected ? record : null;
  return (
    <div className="source-reader">
      <SourceHeader source={source} unknownRecord={unknownRecord} />
      <div
        className={`source-layout${preferences.translation ? ' source-layout--translated' : ''}`}
      >
        <section aria-label={t.sourceText} ref={textRef} className="source-text-region">
          {TextTools && <TextTools source={source} textElement={textRef} annotating={annotating} />}
          <ReaderOptions
            preferences={preferences}
            onChange={setPreferences}
            english={source.language === 'en'}
          />
          {!preferences.highlightAll && !selected && point === null && (
            <p className="hint reader-hint">{t.onlySelected}</p>
          )}
          <SourceText
            source={source}
            citations={citations}
            selectedRecord={selected?.record.id}
            selectedPoint={point}
            annotating={annotating}
            highlightAll={preferences.highlightAll}
            showTranslation={preferences.translation && source.language !== 'en'}
          />
        </section>
        <SourceRecordsPanel
          sourceId={source.id}
          index={index}
          records={view.records}
          citations={citations}
          atPoint={point ? citationsAt(citations, point.paragraph, point.offset) : null}
          selected={selected}
        />
      </div>
    </div>
  );
}
