import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import { citationsAt, parsePointKey } from '../../domain/passage-segments.ts';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { SourceRecordsPanel } from './source-records-panel.tsx';
import { SourceText } from './source-text.tsx';
import { isWebAddress } from '../../domain/web-address.ts';
import { useShownRecords } from '../export/shown-records.tsx';

/** Smooth only for those who have not asked their system to reduce motion. */
function scrollBehavior(): ScrollBehavior {
  const reduce =
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 'auto' : 'smooth';
}

interface SourceReaderPageProps {
  sourceId: string;
  record: string | undefined;
  at: string | undefined;
}

export function SourceReaderPage({ sourceId, record, at }: SourceReaderPageProps) {
  const index = useDatasetIndex();
  const textRef = useRef<HTMLDivElement>(null);
  const source = index.sources.get(sourceId);
  const citations = index.citationsBySource.get(sourceId) ?? [];
  const selectedEntry = record === undefined ? undefined : index.byId.get(record);
  const selected = selectedEntry && selectedEntry.type !== 'source' ? selectedEntry : undefined;
  const point = at === undefined ? null : parsePointKey(at);

  useEffect(() => {
    if (!record) return;
    // After the router has settled its own scroll position for the new location.
    const frame = requestAnimationFrame(() => {
      const passage = textRef.current?.querySelector<HTMLElement>('.passage--current');
      if (!passage) return;
      // Arriving from another view, the followed link is gone and focus with it: the passage
      // takes focus so keyboard and screen reader users start where the highlight is.
      if (!document.activeElement || document.activeElement === document.body)
        passage.focus({ preventScroll: true });
      passage.scrollIntoView?.({ block: 'center', behavior: scrollBehavior() });
    });
    return () => cancelAnimationFrame(frame);
  }, [record, sourceId]);

  useShownRecords(`source-${sourceId}`, () => [
    sourceId,
    ...citations.map((c) => c.record.record.id),
  ]);

  if (!source) {
    return (
      <section className="notice-page" aria-labelledby="source-missing-title">
        <h1 id="source-missing-title">No source with id “{sourceId}”</h1>
        <p>The sources in this dataset are:</p>
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

  const unknownRecord = record !== undefined && !selected;
  return (
    <div className="source-reader">
      <header className="page-header">
        <p className="eyebrow">
          Source · {source.publication} · {source.genre}
        </p>
        <h1>{source.title}</h1>
        <p>
          Published: <FuzzyDateText date={source.published} showInference />
        </p>
        {source.url && (
          <p>
            Original:{' '}
            {isWebAddress(source.url) ? (
              <a href={source.url} rel="noreferrer">
                {source.url}
              </a>
            ) : (
              source.url
            )}
          </p>
        )}
        {source.transcriptionNotes.length > 0 && (
          <details className="transcription-notes">
            <summary>Transcription notes</summary>
            <ul>
              {source.transcriptionNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </details>
        )}
        {unknownRecord && (
          <p className="notice" role="status">
            No record with id “{record}” cites this source; showing all records.
          </p>
        )}
      </header>
      <div className="source-layout">
        <section aria-label="Source text" ref={textRef}>
          <SourceText
            source={source}
            citations={citations}
            selectedRecord={selected?.record.id}
            selectedPoint={point}
          />
        </section>
        <SourceRecordsPanel
          sourceId={source.id}
          index={index}
          citations={citations}
          atPoint={point ? citationsAt(citations, point.paragraph, point.offset) : null}
          selected={selected}
        />
      </div>
    </div>
  );
}
