import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useRef } from 'react';
import { VirtualList } from '../../components/virtual-list.tsx';
import { useDatasetIndex } from '../../lib/use-dataset-index.ts';
import { useFilter } from '../../lib/use-filter.ts';
import { LinkedQuote } from './linked-quote.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { vocabulary } from '../../domain/messages.ts';
import { quotesMessages } from './messages.ts';
import { QuoteCard } from './quote-card.tsx';
import { describeCount } from './quote-count.ts';
import { sortQuotes } from './quote-order.ts';
import { QuoteSearchBox } from './quote-search-box.tsx';
import { useTypedQuery } from './use-typed-query.ts';
import { isBlankQuery, prepareQuoteSearch, quoteSearchFor } from './quote-search.ts';
import { quotesView } from './quotes-view.ts';
import './quotes.css';
import { useShownRecords } from '../../lib/shown-records.tsx';

const NO_TERMS: ReadonlySet<string> = new Set();

/** Every quote passing the URL's filter and full-text search, by source date. */
export function QuotesPage() {
  const { locale } = useLocale();
  const t = quotesMessages[locale];
  const index = useDatasetIndex();
  const filter = useFilter(index);
  const { q, quote: linkedId, topic: topicParam } = useSearch({ from: '/quotes' });
  const navigate = useNavigate({ from: '/quotes' });
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useTypedQuery((q ?? '').trim(), (typed) =>
    // Typing replaces the history entry: back goes to the previous filter, not the previous letter.
    navigate({
      search: (prev) => ({ ...prev, q: typed === '' ? undefined : typed }),
      replace: true,
      resetScroll: false,
    }),
  );
  // Built in slices after the first frame, so that the first keystroke finds it ready.
  useEffect(() => void prepareQuoteSearch(index), [index]);

  const ordered = useMemo(() => sortQuotes(index, index.dataset.quotes), [index]);
  const knownTopic =
    topicParam !== undefined && ordered.some((quote) => quote.topics.includes(topicParam));
  const topic = knownTopic ? topicParam : undefined;
  const matches = useMemo(
    () => (isBlankQuery(query) ? null : quoteSearchFor(index).search(query)),
    [index, query],
  );
  const view = useMemo(
    () => quotesView(index, ordered, filter.includes, matches, linkedId, topic),
    [index, ordered, filter, matches, linkedId, topic],
  );
  useShownRecords('quotes', view);
  const { linked, list: shown } = view;

  return (
    // The query the list below was drawn for (the bench waits for it after a keystroke).
    <div className="quotes-page" data-results-for={query}>
      <header className="page-header">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
      </header>
      {linked && <LinkedQuote quote={linked} index={index} />}
      {topicParam !== undefined && !knownTopic && (
        <p className="notice" role="status">
          {t.unknownTopic(topicParam)}
        </p>
      )}
      {topic !== undefined && (
        <p className="quotes-topic">
          <span className="chip">{t.topicFilter(vocabulary[locale].topic(topic))}</span>{' '}
          <Link to="/quotes" search={(prev) => ({ ...prev, topic: undefined })}>
            {t.allTopics}
          </Link>
        </p>
      )}
      <QuoteSearchBox query={query} onQueryChange={setQuery} inputRef={searchRef} />
      <p className="quotes-count" role="status">
        {describeCount(shown.length, ordered.length, query, filter.active, locale)}
      </p>

      {shown.length === 0 ? (
        <div className="empty-state">
          <p role="status">{t.empty}</p>
          {query !== '' && (
            <button
              type="button"
              onClick={() => {
                setQuery('');
                // The button goes away with the search: focus returns to where one types.
                searchRef.current?.focus();
              }}
            >
              {t.clearSearch}
            </button>
          )}
        </div>
      ) : (
        <VirtualList
          className="quote-list"
          aria-label={t.list}
          items={shown}
          keyOf={(quote) => quote.id}
          estimateSize={260}
          renderItem={(quote) => (
            <QuoteCard quote={quote} index={index} terms={matches?.get(quote.id) ?? NO_TERMS} />
          )}
        />
      )}
    </div>
  );
}
