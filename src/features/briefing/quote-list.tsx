import type { Endnote } from '../../domain/briefing/citations.ts';
import type { BriefingQuote } from '../../domain/briefing/parts.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { CiteRefs } from './cite-refs.tsx';
import { briefingMessages } from './messages.ts';

/** Quotes in the original French beside our English translation, each with its reference. */
export function QuoteList({
  quotes,
  notes,
  compact = false,
}: {
  quotes: readonly BriefingQuote[];
  notes: ReadonlyMap<number, Endnote>;
  compact?: boolean;
}) {
  const m = useMessages(briefingMessages);
  return (
    <ul className={`briefing-quotes${compact ? ' briefing-quotes--compact' : ''}`}>
      {quotes.map((quote) => (
        <li key={quote.id}>
          <blockquote lang="fr">
            «{'\u00a0'}
            {quote.original}
            {'\u00a0'}»
          </blockquote>
          <blockquote className="translation">
            <span lang="en">“{quote.translation}”</span>
            {m.translatedBy(quote.speaker)}
            <CiteRefs cites={quote.cites} notes={notes} />
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
