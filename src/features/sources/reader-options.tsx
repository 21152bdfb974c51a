import { useMessages } from '../../i18n/use-locale.ts';
import { sourcesMessages } from './messages.ts';
import type { ReaderPreferences } from './reader-preferences.ts';

interface ReaderOptionsProps {
  preferences: ReaderPreferences;
  onChange: (change: Partial<ReaderPreferences>) => void;
  /** The source is in English: there is no translation to show. */
  english: boolean;
}

/** The reader's switches: our translation beside the text, and which passages to highlight. */
export function ReaderOptions({ preferences, onChange, english }: ReaderOptionsProps) {
  const t = useMessages(sourcesMessages);
  return (
    <div className="reader-options" role="group" aria-label={t.readerOptions}>
      {!english && (
        <label>
          <input
            type="checkbox"
            checked={preferences.translation}
            onChange={(event) => onChange({ translation: event.target.checked })}
          />{' '}
          {t.showTranslation}
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={preferences.highlightAll}
          onChange={(event) => onChange({ highlightAll: event.target.checked })}
        />{' '}
        {t.highlightAll}
      </label>
    </div>
  );
}
