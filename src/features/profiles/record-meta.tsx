import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { EditRecordButton } from '../../components/edit-record-button.tsx';
import { RecordNotes } from '../../components/record-notes.tsx';
import { VoiceBadge } from '../../components/voice-badge.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { claimOf } from '../../domain/claims.ts';
import type { SourcedRecord } from '../../domain/dataset.ts';
import { filterOf } from '../../domain/filter.ts';
import { labelOf } from '../../domain/record-label.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';
import { DraftBadge } from '../../components/draft-badge.tsx';

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
  // Many links on a page read "Passage in …": the hidden label tells them apart for screen readers.
  const label = labelOf(entry, index, locale);
  const labelId = useId();
  // One compact line per source: "Passages in BFM Business: 1 · 2 · 3", not three long links.
  const bySource = new Map<string, typeof items>();
  for (const found of items) {
    bySource.set(found.item.source, [...(bySource.get(found.item.source) ?? []), found]);
  }
  const link = (source: string, i: number, text: string, name?: string) => (
    <Link
      key={i}
      to="/sources/$sourceId"
      params={{ sourceId: source }}
      search={(prev) => ({ ...filterOf(prev), record: record.id })}
      hash={`passage-${record.id}-${i}`}
      className="passage-link"
      aria-label={name}
    >
      {text}
      {name === undefined && (
        <>
          {' '}
          <span className="visually-hidden">{m.passageFor(label)}</span>
        </>
      )}
    </Link>
  );
  return (
    <div className="record-meta">
      <VoiceBadge voice={record.voice} />
      <DraftBadge id={record.id} />
      <span id={labelId} hidden>
        {label}
      </span>
      <EditRecordButton id={record.id} describedBy={labelId} />
      {[...bySource].map(([source, found]) => {
        const publication = index.sources.get(source)?.publication ?? source;
        if (found.length === 1 && found[0])
          return link(source, found[0].i, m.passage(null, publication));
        return (
          <span key={source} className="passage-links">
            {m.passagesIn(publication)}{' '}
            {found.map(({ i }, n) => (
              <span key={i}>
                {n > 0 && ' · '}
                {link(
                  source,
                  i,
                  String(n + 1),
                  `${m.passage(n + 1, publication)} ${m.passageFor(label)}`,
                )}
              </span>
            ))}
          </span>
        );
      })}
      <RecordNotes
        inference={record.inference}
        note={record.note}
        inferenceLabel={m.howInferred}
        claim={claimOf(entry, locale)}
      />
    </div>
  );
}
