import { Link } from '@tanstack/react-router';
import { RecordCard } from '../../components/record-card.tsx';
import type { Citation, DatasetIndex } from '../../domain/dataset-index.ts';
import type { SourcedRecord } from '../../domain/dataset.ts';
import { labelOf, recordTypeName } from '../../domain/record-label.ts';
import { useLocale } from '../../i18n/use-locale.ts';

interface SourceRecordsPanelProps {
  sourceId: string;
  index: DatasetIndex;
  /** Every citation of the source. */
  citations: readonly Citation[];
  /** Citations at the chosen point, or null when no point is chosen. */
  atPoint: readonly Citation[] | null;
  selected: SourcedRecord | undefined;
}

function uniqueRecords(citations: readonly Citation[]): SourcedRecord[] {
  const seen = new Map<string, SourcedRecord>();
  for (const c of citations)
    if (!seen.has(c.record.record.id)) seen.set(c.record.record.id, c.record);
  return [...seen.values()];
}

function RecordLinks({
  sourceId,
  records,
  index,
}: {
  sourceId: string;
  records: readonly SourcedRecord[];
  index: DatasetIndex;
}) {
  const { locale } = useLocale();
  return (
    <ul className="record-links">
      {records.map((entry) => (
        <li key={entry.record.id}>
          <span className="badge badge--type">{recordTypeName(entry.type, locale)}</span>{' '}
          <Link
            resetScroll={false}
            to="/sources/$sourceId"
            params={{ sourceId }}
            search={{ record: entry.record.id }}
          >
            {labelOf(entry, index, locale)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The records the source supports: those at a chosen passage, one selected, or all. */
export function SourceRecordsPanel({
  sourceId,
  index,
  citations,
  atPoint,
  selected,
}: SourceRecordsPanelProps) {
  const all = uniqueRecords(citations);
  return (
    <aside className="source-panel" aria-labelledby="source-panel-title">
      {atPoint !== null ? (
        <>
          <h2 id="source-panel-title">Records citing this passage</h2>
          {atPoint.length === 0 ? (
            <p>No record cites this point of the text.</p>
          ) : (
            <RecordLinks sourceId={sourceId} records={uniqueRecords(atPoint)} index={index} />
          )}
        </>
      ) : selected ? (
        <>
          <h2 id="source-panel-title">Selected record</h2>
          <RecordCard entry={selected} index={index} selected />
        </>
      ) : (
        <>
          <h2 id="source-panel-title">Records from this source</h2>
          <p className="hint">Select a highlighted passage to see the records it supports.</p>
        </>
      )}
      {(atPoint !== null || selected) && (
        <p>
          <Link resetScroll={false} to="/sources/$sourceId" params={{ sourceId }} search={{}}>
            Show all {all.length} records from this source
          </Link>
        </p>
      )}
      {atPoint === null && !selected && (
        <RecordLinks sourceId={sourceId} records={all} index={index} />
      )}
    </aside>
  );
}
