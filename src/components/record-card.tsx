import { Link } from '@tanstack/react-router';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { SourcedRecord } from '../domain/dataset.ts';
import { claimOf } from '../domain/claims.ts';
import { filterOf } from '../domain/filter.ts';
import { EditRecordButton } from './edit-record-button.tsx';
import { PermalinkActions } from './permalink-actions.tsx';
import { labelOf, recordTypeName } from '../domain/record-label.ts';
import { RecordDetails } from './record-details.tsx';
import { RecordNotes } from './record-notes.tsx';
import { VoiceBadge } from './voice-badge.tsx';
import { useLocale } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';
import { DraftBadge } from './draft-badge.tsx';

interface RecordCardProps {
  entry: SourcedRecord;
  index: DatasetIndex;
  selected?: boolean;
  headingLevel?: 'h2' | 'h3';
}

/** A record with its voice, its key fields and every passage it rests on, each linked to the text. */
export function RecordCard({
  entry,
  index,
  selected = false,
  headingLevel = 'h3',
}: RecordCardProps) {
  const { locale } = useLocale();
  const m = componentMessages[locale];
  const Heading = headingLevel;
  const { record } = entry;
  return (
    <article
      id={`record-${record.id}`}
      className={`record-card${selected ? ' record-card--selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      aria-labelledby={`record-${record.id}-title`}
    >
      <header className="record-card__header">
        <span className="badge badge--type">{recordTypeName(entry.type, locale)}</span>
        <VoiceBadge voice={record.voice} />
        <DraftBadge id={record.id} />
        <PermalinkActions id={record.id} label={labelOf(entry, index, locale)} />
        <EditRecordButton id={record.id} describedBy={`record-${record.id}-title`} />
      </header>
      <Heading id={`record-${record.id}-title`} className="record-card__title">
        {labelOf(entry, index, locale)}
      </Heading>
      <RecordDetails entry={entry} index={index} />
      <RecordNotes inference={record.inference} note={record.note} claim={claimOf(entry, locale)} />
      <ul className="evidence-list" aria-label={m.evidence}>
        {record.evidence.map((item, i) => (
          <li key={i}>
            <q lang="fr">{item.passage}</q>{' '}
            <Link
              to="/sources/$sourceId"
              params={{ sourceId: item.source }}
              search={(prev) => ({ ...filterOf(prev), record: record.id })}
              hash={`passage-${record.id}-${i}`}
              className="evidence-link"
            >
              {m.showIn(index.sources.get(item.source)?.publication ?? item.source)}
            </Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
