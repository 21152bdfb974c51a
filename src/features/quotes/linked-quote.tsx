import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Quote } from '../../domain/records.ts';
import { useMessages } from '../../i18n/use-locale.ts';
import { quotesMessages } from './messages.ts';
import { QuoteCard } from './quote-card.tsx';

const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * The quote a permalink (`?quote=`) points to, shown above the list and focused: the list is
 * windowed at scale, so scrolling to the quote in it would land on an estimated position.
 */
export function LinkedQuote({ quote, index }: { quote: Quote; index: DatasetIndex }) {
  const t = useMessages(quotesMessages);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [quote]);

  return (
    <section className="linked-quote" aria-labelledby="linked-quote-title">
      <div className="linked-quote__bar">
        <h2 id="linked-quote-title" ref={headingRef} tabIndex={-1}>
          {t.linkedQuote}
        </h2>
        <Link to="/quotes" search={(prev) => ({ ...prev, quote: undefined })} replace>
          {t.showAll}
        </Link>
      </div>
      <QuoteCard quote={quote} index={index} terms={NO_TERMS} />
    </section>
  );
}
