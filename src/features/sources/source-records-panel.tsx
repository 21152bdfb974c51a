import { Link } from '@tanstack/react-router';
import { RecordCard } from '../../components/record-card.tsx';
import type { Citation, DatasetIndex } from '../../domain/dataset-index.ts';
import type { SourcedRecord } from '../../domain/dataset.ts';
import { labelOf, recordTypeName } from '../../domain/record-label.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { sourcesMessages } from './messages.ts';
import { uniqueRecords } from './source-view.ts';
import { DraftBadge } from '../../components/draft-badge.tsx';

interface SourceRecordsPanelProps {
  sourceId: string;
  index: DatasetIndex;
  /** Every record citing the source, once each. */
  records: readonly SourcedRecord[];
  /** Every passage of the source a record cites. */
  citations: readonly Citation[];
  /** Citations at the chosen point, or null when no point is chosen. */
  atPoint: readonly Citation[] | null;
  selected: SourcedRecord | undefined;
}

/** A passage as the panel names it: its first words. */
function excerpt(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()}…` : text;
}

/** Each record's passages in this source, in reading order. */
function passagesByRecord(citations: readonly Citation[]): Map<string, Citation[]> {
  const byRecord = new Map<string, Citation[]>();
  const ordered = [...citations].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (const c of ordered) {
    const list = byRecord.get(c.record.record.id) ?? [];
    list.push(c);
    byRecord.set(c.record.record.id, list);
  }
  return byRecord;
}

/**
 * One entry per record, however many of its passages the text holds: a record citing several
 * lists them under its name, each a link to its place in the text.
 */
function RecordLinks({
  sourceId,
  records,
  citations,
  index,
}: {
  sourceId: string;
  records: readonly SourcedRecord[];
  citations: readonly Citation[];
  index: DatasetIndex;
}) {
  const { locale } = useLocale();
  const t = sourcesMessages[locale];
  const passages = passagesByRecord(citations);
  const language = index.sources.get(sourceId)?.language;
  return (
    <ul className="record-links">
      {records.map((entry) => {
        const own = passages.get(entry.record.id) ?? [];
        return (
          <li key={entry.record.id}>
            <span className="badge badge--type">{recordTypeName(entry.type, locale)}</span>{' '}
            <DraftBadge id={entry.record.id} />{' '}
            <Link
              resetScroll={false}
              to="/sources/$sourceId"
              params={{ sourceId }}
              search={{ record: entry.record.id }}
            >
              {labelOf(entry, index, locale)}
            </Link>
            {own.length > 1 && (
              <>
                <p className="record-links__passages-title" aria-hidden="true">
                  {t.passagesHere(own.length)}
                </p>
                <ol
                  className="record-links__passages"
                  aria-label={t.passagesOf(labelOf(entry, index, locale), own.length)}
                >
                  {own.map((c) => (
                    <li key={c.evidence}>
                      <Link
                        resetScroll={false}
                        to="/sources/$sourceId"
                        params={{ sourceId }}
                        search={{ record: entry.record.id }}
                        hash={`passage-${entry.record.id}-${c.evidence}`}
                      >
                        <q lang={language}>
                          {excerpt(entry.record.evidence[c.evidence]?.passage ?? '')}
                        </q>
                      </Link>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The records the source supports: those at a chosen passage, one selected, or all. */
export function SourceRecordsPanel({
  sourceId,
  index,
  records: all,
  citations,
  atPoint,
  selected,
}: SourceRecordsPanelProps) {
  const t = useMessages(sourcesMessages);
  return (
    <aside className="source-panel" aria-labelledby="source-panel-title">
      {atPoint !== null ? (
        <>
          <h2 id="source-panel-title">{t.atPassage}</h2>
          {atPoint.length === 0 ? (
            <p>{t.noneAtPoint}</p>
          ) : (
            <RecordLinks
              sourceId={sourceId}
              records={uniqueRecords(atPoint)}
              citations={citations}
              index={index}
            />
          )}
        </>
      ) : selected ? (
        <>
          <h2 id="source-panel-title">{t.selected}</h2>
          <RecordCard entry={selected} index={index} selected />
        </>
      ) : (
        <>
          <h2 id="source-panel-title">{t.all}</h2>
          <p className="hint">{t.hint}</p>
        </>
      )}
      {(atPoint !== null || selected) && (
        <p>
          <Link resetScroll={false} to="/sources/$sourceId" params={{ sourceId }} search={{}}>
            {t.showAll(all.length)}
          </Link>
        </p>
      )}
      {atPoint === null && !selected && (
        <RecordLinks sourceId={sourceId} records={all} citations={citations} index={index} />
      )}
    </aside>
  );
}
