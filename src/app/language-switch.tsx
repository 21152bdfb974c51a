import { useLocale, useMessages } from '../i18n/use-locale.ts';
import { LOCALES, type Locale } from '../i18n/locale.ts';
import { shellMessages } from './messages.ts';

/** Each language named in itself, so a reader finds theirs whatever is showing. */
const NATIVE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const m = useMessages(shellMessages);
  return (
    <div className="language-switch" role="group" aria-label={m.language}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {/* A phone shows the code; the button is still named by the language's own name. */}
          <span className="language-switch__name">{NATIVE_NAMES[option]}</span>
          <span className="language-switch__code" aria-hidden="true">
            {option.toUpperCase()}
          </span>
        </button>
      ))}
    </div>
  );
}
