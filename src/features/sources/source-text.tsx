import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import type { Citation } from '../../domain/dataset-index.ts';
import { pointKey, segmentParagraph } from '../../domain/passage-segments.ts';
import type { Source } from '../../domain/records.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { sourcesMessages } from './messages.ts';

interface SourceTextProps {
  source: Source;
  citations: readonly Citation[];
  /** Record whose passages are emphasised. */
  selectedRecord: string | undefined;
  /** Point whose passages are emphasised. */
  selectedPoint: { paragraph: number; offset: number } | null;
  /** Annotate mode: passages keep the mode when followed, and a drag on one selects text. */
  annotating?: boolean;
}

/** The source's paragraphs, every cited passage a link to the records that cite it. */
export function SourceText({
  source,
  citations,
  selectedRecord,
  selectedPoint,
  annotating = false,
}: SourceTextProps) {
  const t = useMessages(sourcesMessages);
  const byParagraph = new Map<number, Citation[]>();
  for (const c of citations) {
    const list = byParagraph.get(c.paragraph) ?? [];
    list.push(c);
    byParagraph.set(c.paragraph, list);
  }
  return (
    <div className="source-text" lang={source.language}>
      {source.paragraphs.map((paragraph, p) => {
        const Tag = paragraph.kind === 'heading' ? 'h2' : 'p';
        const segments = segmentParagraph(paragraph.text, byParagraph.get(p) ?? []);
        return (
          // `data-paragraph`: annotate mode maps a selection to its paragraph by it. The element
          // holds the paragraph's text and nothing else, so offsets in it are offsets in the text.
          <Tag key={p} className={`paragraph paragraph--${paragraph.kind}`} data-paragraph={p}>
            {segments.map((segment) => {
              if (segment.citations.length === 0) {
                return <Fragment key={segment.start}>{segment.text}</Fragment>;
              }
              const current = segment.citations.some((c) => c.record.record.id === selectedRecord);
              const active =
                selectedPoint !== null &&
                selectedPoint.paragraph === p &&
                segment.citations.some(
                  (c) => c.start <= selectedPoint.offset && selectedPoint.offset < c.end,
                );
              const count = segment.citations.length;
              return (
                <Fragment key={segment.start}>
                  {segment.citations
                    .filter((c) => c.start === segment.start)
                    .map((c) => (
                      <span
                        key={`${c.record.record.id}-${c.evidence}`}
                        id={`passage-${c.record.record.id}-${c.evidence}`}
                        className="passage-anchor"
                      />
                    ))}
                  <Link
                    resetScroll={false}
                    to="/sources/$sourceId"
                    params={{ sourceId: source.id }}
                    search={{
                      at: pointKey(p, segment.start),
                      ...(annotating && { mode: 'annotate' as const }),
                    }}
                    draggable={annotating ? false : undefined}
                    className={`passage${active ? ' passage--active' : ''}`}
                    // The selected record's passages say so to assistive technology too.
                    aria-current={current ? 'true' : undefined}
                    aria-label={t.passage(segment.text, count)}
                    data-citations={count}
                  >
                    {segment.text}
                  </Link>
                </Fragment>
              );
            })}
          </Tag>
        );
      })}
    </div>
  );
}
