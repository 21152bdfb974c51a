import { useId, useState, type Ref } from 'react';
import { useMessages } from '../../i18n/use-locale.ts';
import { quotesMessages } from './messages.ts';

interface QuoteSearchBoxProps {
  /** The query in the URL. */
  query: string;
  /** Writes the query to the URL. */
  onQueryChange: (query: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The search field. It keeps what is typed in local state, so that a keystroke never waits for
 * the router, and takes the URL's query back only when the URL changes for another reason
 * (back, a link, the clear button).
 */
export function QuoteSearchBox({ query, onQueryChange, inputRef }: QuoteSearchBoxProps) {
  const t = useMessages(quotesMessages);
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState(query);
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    // The echo of our own typing (up to surrounding spaces) leaves the field alone.
    if (query !== text.trim()) setText(query);
  }

  return (
    // Enter has nothing to submit: results follow every keystroke.
    <form role="search" className="quote-search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={inputId}>{t.searchLabel}</label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        className="text-input"
        value={text}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        placeholder={t.searchPlaceholder}
        onChange={(event) => {
          setText(event.target.value);
          onQueryChange(event.target.value.trim());
        }}
      />
      <p id={hintId} className="quote-search__hint">
        {t.searchHint}
      </p>
    </form>
  );
}
