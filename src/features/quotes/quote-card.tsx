import { Link } from '@tanstack/react-router';
import { EditRecordButton } from '../../components/edit-record-button.tsx';
import { memo, useId } from 'react';
import { FuzzyDateText } from '../../components/fuzzy-date-text.tsx';
import { RecordNotes } from '../../components/record-notes.tsx';
import { VoiceBadge } from '../../components/voice-badge.tsx';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { filterOf } from '../../domain/filter.ts';
import { labelOf } from '../../domain/record-label.ts';
import type { Quote } from '../../domain/records.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { TopicLinks } from '../../components/topic-links.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { quotesMessages } from './messages.ts';
import { DraftBadge } from '../../components/draft-badge.tsx';

interface QuoteCardProps {
  quote: Quote;
  index: DatasetIndex;
  /** Folded words to mark in the texts: those the search matched. */
  terms: ReadonlySet<string>;
}

function sameTerms(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const term of a) if (!b.has(term)) return false;
  return true;
}

/**
 * A keystroke gives every match a new set of terms; a card still in the list whose marked words
 * are the same (`compan` → `compa`: both mark "company") is not drawn again.
 */
function sameCard(a: QuoteCardProps, b: QuoteCardProps): boolean {
  return a.quote === b.quote && a.index === b.index && sameTerms(a.terms, b.terms);
}

/**
 * One quote: the French words and our translation side by side, who said them, and where. Both
 * texts show in either interface language: the original is the evidence, the translation helps.
 */
export const QuoteCard = memo(function QuoteCard({ quote, index, terms }: QuoteCardProps) {
  const { locale } = useLocale();
  const t = quotesMessages[locale];
  const id = useId();
  const speaker = index.people.get(quote.speaker);
  const source = index.sources.get(quote.source);
  return (
    <article
      className="quote-card"
      aria-label={labelOf({ type: 'quote', record: quote }, index, locale)}
    >
      <span id={`${id}-label`} hidden>
        {labelOf({ type: 'quote', record: quote }, index, locale)}
      </span>
      <header className="quote-card__header">
        <h2 className="quote-card__speaker">
          <Link to="/people/$personId" params={{ personId: quote.speaker }} search={filterOf}>
            {speaker?.name ?? quote.speaker}
          </Link>
        </h2>
        <VoiceBadge voice={quote.voice} />
        <DraftBadge id={quote.id} />
        <EditRecordButton id={quote.id} describedBy={`${id}-label`} />
      </header>
      {source && (
        <p className="quote-card__source">
          {source.publication} · <cite lang={source.language}>{source.title}</cite> ·{' '}
          <FuzzyDateText date={source.published} />
        </p>
      )}

      <div className="quote-card__texts">
        <figure className="quote-text" aria-labelledby={`${id}-fr`}>
          <figcaption id={`${id}-fr`} className="quote-text__label">
            {t.original}
          </figcaption>
          <blockquote lang="fr">
            {/* French typography: the guillemets never part from the words. */}
            {'«\u00a0'}
            <HighlightedText text={quote.original} terms={terms} />
            {'\u00a0»'}
          </blockquote>
        </figure>
        <figure className="quote-text quote-text--translation" aria-labelledby={`${id}-en`}>
          <figcaption id={`${id}-en`} className="quote-text__label">
            {t.translation}
          </figcaption>
          <blockquote lang="en">
            “<HighlightedText text={quote.translation} terms={terms} />”
          </blockquote>
        </figure>
      </div>
      <RecordNotes inference={quote.inference} note={quote.note} inferenceLabel={t.inference} />

      <footer className="quote-card__footer">
        <TopicLinks
          topics={quote.topics}
          renderLabel={(label) => <HighlightedText text={label} terms={terms} />}
        />
        <Link
          to="/sources/$sourceId"
          params={{ sourceId: quote.source }}
          search={(prev) => ({ ...filterOf(prev), record: quote.id })}
          className="quote-card__context"
        >
          {t.inContext}
        </Link>
      </footer>
    </article>
  );
}, sameCard);
