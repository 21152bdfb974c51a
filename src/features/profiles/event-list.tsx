import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { DossierEvent } from '../../domain/records.ts';
import { vocabulary } from '../../domain/messages.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';
import { LocalizedText } from './localized-text.tsx';
import { RecordMeta } from './record-meta.tsx';

/** Events in date order, undated ones last, each with the kind of event it is. */
export function EventList({
  events,
  index,
}: {
  events: readonly DossierEvent[];
  index: DatasetIndex;
}) {
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  return (
    <ul className="profile-list profile-list--grid profile-list--wide">
      {events.map((event) => (
        <li key={event.id} className="profile-item">
          <p className="profile-item__line">
            {event.date ? (
              <FuzzyDateText date={event.date} />
            ) : (
              <span className="muted">{m.undated}</span>
            )}{' '}
            <span className="badge badge--kind">{vocabulary[locale].eventKind(event.kind)}</span>
          </p>
          <h3 className="profile-item__title">
            <LocalizedText text={event.title} />
          </h3>
          <RecordMeta entry={{ type: 'event', record: event }} index={index} />
        </li>
      ))}
    </ul>
  );
}
