import { Link } from '@tanstack/react-router';
import { RecordNotes } from '../../components/record-notes.tsx';
import { VoiceBadge } from '../../components/voice-badge.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { claimOf } from '../../domain/claims.ts';
import type { SourcedRecord } from '../../domain/dataset.ts';
import { filterOf } from '../../domain/filter.ts';
import { labelOf } from '../../domain/record-label.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';

interface RecordMetaProps {
  entry: SourcedRecord;
  index: DatasetIndex;
  /** Only this evidence item, when the list is about one source. */
  evidence?: number;
}

/** Who says so, and a link to each passage the record rests on in the source reader. */
export function RecordMeta({ entry, index, evidence }: RecordMetaProps) {
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  const { record } = entry;
  const items = record.evidence
    .map((item, i) => ({ item, i }))
    .filter(({ i }) => evidence === undefined || i === evidence);
  const numbered = items.length > 1;
  // Many links on a page read "Passage in …": the hidden label tells them apart for screen readers.
  const label = labelOf(entry, index, locale);
  return (
    <div className="record-meta">
      <VoiceBadge voice={record.voice} />
      {items.map(({ item, i }, n) => (
        <Link
          key={i}
          to="/sources/$sourceId"
          params={{ sourceId: item.source }}
          search={(prev) => ({ ...filterOf(prev), record: record.id })}
          hash={`passage-${record.id}-${i}`}
          className="passage-link"
        >
          {m.passage(
            numbered ? n + 1 : null,
            index.sources.get(item.source)?.publication ?? item.source,
          )}{' '}
          <span className="visually-hidden">{m.passageFor(label)}</span>
        </Link>
      ))}
      <RecordNotes
        inference={record.inference}
        note={record.note}
        inferenceLabel={m.howInferred}
        claim={claimOf(entry, locale)}
      />
    </div>
  );
}
