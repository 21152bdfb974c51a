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
  /** Citations at the chosen point, or null when no point is chosen. */
  atPoint: readonly Citation[] | null;
  selected: SourcedRecord | undefined;
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
          <DraftBadge id={entry.record.id} />{' '}
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
  records: all,
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
            <RecordLinks sourceId={sourceId} records={uniqueRecords(atPoint)} index={index} />
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
        <RecordLinks sourceId={sourceId} records={all} index={index} />
      )}
    </aside>
  );
}
