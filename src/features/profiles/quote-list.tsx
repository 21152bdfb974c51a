import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Quote } from '../../domain/records.ts';
import { useLocale, useMessages } from '../../i18n/use-locale.ts';
import { profileMessages } from './messages.ts';
import { EntityLink } from './entity-link.tsx';
import { RecordMeta } from './record-meta.tsx';
import { TopicLinks } from '../../components/topic-links.tsx';

interface QuoteListProps {
  quotes: readonly Quote[];
  index: DatasetIndex;
  /** On a company page the speaker varies, so each quote names them. */
  showSpeaker: boolean;
}

/** Quotes with the French original and our English translation side by side. */
export function QuoteList({ quotes, index, showSpeaker }: QuoteListProps) {
  const { locale } = useLocale();
  const m = useMessages(profileMessages);
  return (
    <ul className="profile-list">
      {quotes.map((quote) => {
        const speaker = index.people.get(quote.speaker);
        return (
          <li key={quote.id} className="profile-item">
            <figure className="profile-quote">
              <div className="quote-pair">
                <blockquote lang="fr">
                  {/* French typography: guillemets hold the quote with no-break spaces. */}«
                  {'\u00a0'}
                  {quote.original}
                  {'\u00a0'}»
                </blockquote>
                <blockquote lang="en" className="translation">
                  “{quote.translation}”{' '}
                  <span className="visually-hidden" lang={locale}>
                    {m.ourTranslation}
                  </span>
                </blockquote>
              </div>
              <figcaption className="profile-item__line">
                {showSpeaker && (
                  <>
                    {speaker ? (
                      <EntityLink
                        entity={{ kind: 'person', id: speaker.id, label: speaker.name }}
                      />
                    ) : (
                      quote.speaker
                    )}
                    ,{' '}
                  </>
                )}
                {m.inPublication(index.sources.get(quote.source)?.publication ?? quote.source)}
              </figcaption>
            </figure>
            <TopicLinks topics={quote.topics} />
            <RecordMeta entry={{ type: 'quote', record: quote }} index={index} />
          </li>
        );
      })}
    </ul>
  );
}
