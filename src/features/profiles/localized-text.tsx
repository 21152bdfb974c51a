import type { Localized } from '../../domain/records.ts';
import { useLocale } from '../../i18n/use-locale.ts';

/**
 * The words in the interface language, then the other language's beside them (French is often
 * the source's own wording), each marked with its language; once when identical.
 */
export function LocalizedText({ text }: { text: Localized }) {
  const { locale } = useLocale();
  const other = locale === 'en' ? 'fr' : 'en';
  return (
    <>
      <span lang={locale}>{text[locale]}</span>
      {text.fr !== text.en && (
        <>
          {' '}
          <span lang={other} className="other-language">
            {text[other]}
          </span>
        </>
      )}
    </>
  );
}

/** A longer text in both languages side by side, the interface language first. */
export function BilingualParagraphs({ text }: { text: Localized }) {
  const { locale } = useLocale();
  const other = locale === 'en' ? 'fr' : 'en';
  return (
    <div className="bilingual">
      <p lang={locale}>{text[locale]}</p>
      <p lang={other} className="other-language">
        {text[other]}
      </p>
    </div>
  );
}
