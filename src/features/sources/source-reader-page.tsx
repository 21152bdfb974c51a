import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import { citationsAt, parsePointKey } from '../../domain/passage-segments.ts';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { SourceRecordsPanel } from './source-records-panel.tsx';
import { SourceText } from './source-text.tsx';
import { isWebAddress } from '../../domain/web-address.ts';

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
      textRef.current?.querySelector('.passage--current')?.scrollIntoView?.({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [record, sourceId]);

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
