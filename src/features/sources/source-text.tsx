import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import type { Citation } from '../../domain/dataset-index.ts';
import { pointKey, segmentParagraph, type Segment } from '../../domain/passage-segments.ts';
import { FURNITURE_KINDS, type Paragraph, type Source } from '../../domain/records.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { sourcesMessages } from './messages.ts';
import './source-reader.css';

interface SourceTextProps {
  source: Source;
  citations: readonly Citation[];
  /** Record whose passages are emphasised. */
  selectedRecord: string | undefined;
  /** Point whose passages are emphasised. */
  selectedPoint: { paragraph: number; offset: number } | null;
  /** Every cited passage highlighted (faintly beside the selected ones), or the selected only. */
  highlightAll: boolean;
  /** Our English translation beside (or below) each paragraph. */
  showTranslation: boolean;
  /** Annotate mode: passages keep the mode when followed, and a drag on one selects text. */
  annotating?: boolean;
}

/** How many records cite a run of text: one record citing it twice counts once. */
function recordCount(citations: readonly Citation[]): number {
  return new Set(citations.map((c) => c.record.record.id)).size;
}

/**
 * The source's paragraphs, every cited passage a link to the records that cite it. The page's
 * furniture is shown muted, labelled as such, and never linked: nothing may cite it.
 */
export function SourceText({
  source,
  citations,
  selectedRecord,
  selectedPoint,
  highlightAll,
  showTranslation,
  annotating = false,
}: SourceTextProps) {
  const t = useMessages(sourcesMessages);
  const byParagraph = new Map<number, Citation[]>();
  for (const c of citations) {
    const list = byParagraph.get(c.paragraph) ?? [];
    list.push(c);
    byParagraph.set(c.paragraph, list);
  }
  const focused = selectedRecord !== undefined || selectedPoint !== null;
  const isSelected = (p: number, segment: Segment): boolean =>
    segment.citations.some((c) => c.record.record.id === selectedRecord) ||
    (selectedPoint !== null &&
      selectedPoint.paragraph === p &&
      segment.citations.some(
        (c) => c.start <= selectedPoint.offset && selectedPoint.offset < c.end,
      ));

  const passages = (paragraph: Paragraph, p: number) =>
    segmentParagraph(paragraph.text, byParagraph.get(p) ?? []).map((segment) => {
      if (segment.citations.length === 0) {
        return <Fragment key={segment.start}>{segment.text}</Fragment>;
      }
      const selected = isSelected(p, segment);
      const strength = selected ? 'selected' : highlightAll ? 'faint' : 'quiet';
      const count = recordCount(segment.citations);
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
            className={`passage passage--${strength}`}
            // The selected record's passages say so to assistive technology too.
            aria-current={selected ? 'true' : undefined}
            aria-label={t.passage(segment.text, count)}
            data-citations={count}
          >
            {segment.text}
          </Link>
        </Fragment>
      );
    });

  return (
    <div
      className={`source-text${focused ? ' source-text--focused' : ''}${
        showTranslation ? ' source-text--translated' : ''
      }`}
    >
      {source.paragraphs.map((paragraph, p) => {
        const Tag = paragraph.kind === 'heading' ? 'h2' : 'p';
        const furniture = FURNITURE_KINDS.includes(paragraph.kind);
        return (
          <div key={p} className={`paragraph-row paragraph-row--${paragraph.kind}`}>
            {furniture && <span className="visually-hidden">{t.furniture}</span>}
            <Tag
              className={`paragraph paragraph--${paragraph.kind}`}
              lang={source.language}
              // The paragraph's index in the source: annotate mode maps a selection back to it.
              data-paragraph={p}
            >
              {furniture ? paragraph.text : passages(paragraph, p)}
            </Tag>
            {showTranslation &&
              !furniture &&
              (paragraph.translation === undefined ? (
                <p className="paragraph-translation paragraph-translation--missing">
                  {t.noTranslation}
                </p>
              ) : (
                <p
                  className={`paragraph-translation paragraph-translation--${paragraph.kind}`}
                  lang="en"
                >
                  {paragraph.translation}
                </p>
              ))}
          </div>
        );
      })}
    </div>
  );
}
