import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import { vocabulary } from '../../domain/messages.ts';
import type { Source } from '../../domain/records.ts';
import { isWebAddress } from '../../domain/web-address.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { sourcesMessages } from './messages.ts';

interface SourceHeaderProps {
  source: Source;
  /** The URL's record id when no record of this source has it. */
  unknownRecord: string | null;
}

/** What the source is, when and where it appeared, and what we changed transcribing it. */
export function SourceHeader({ source, unknownRecord }: SourceHeaderProps) {
  const { locale } = useLocale();
  const t = sourcesMessages[locale];
  return (
    <header className="page-header">
      <p className="eyebrow">
        {t.eyebrow(source.publication, vocabulary[locale].sourceGenre(source.genre))}
      </p>
      {/* The title is the text's own, in the text's language whatever the interface's. */}
      <h1 lang={source.language}>{source.title}</h1>
      <p>
        {t.published} <FuzzyDateText date={source.published} showInference />
      </p>
      {source.url && (
        <p>
          {t.original}{' '}
          {isWebAddress(source.url) ? (
            <a href={source.url} rel="noreferrer">
              {source.url}
            </a>
          ) : (
            source.url
          )}
        </p>
      )}
      {source.transcriptionNotes.length > 0 && (
        <details className="transcription-notes">
          <summary>{t.transcriptionNotes}</summary>
          <ul>
            {source.transcriptionNotes.map((note) => (
              <li key={note.en}>{note[locale]}</li>
            ))}
          </ul>
        </details>
      )}
      {source.note && (
        <p className="reading-note">
          {t.aboutThePage} {source.note[locale]}
        </p>
      )}
      {unknownRecord !== null && (
        <p className="notice" role="status">
          {t.unknownRecord(unknownRecord)}
        </p>
      )}
    </header>
  );
}
