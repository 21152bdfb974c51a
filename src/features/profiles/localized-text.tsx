import type { Localized } from '../../domain/records.ts';

/** The English words, then the French (original or ours) marked as French; once when identical. */
export function LocalizedText({ text }: { text: Localized }) {
  return (
    <>
      <span lang="en">{text.en}</span>
      {text.fr !== text.en && (
        <>
          {' '}
          <span lang="fr" className="french">
            {text.fr}
          </span>
        </>
      )}
    </>
  );
}
