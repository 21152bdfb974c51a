import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { filterOf } from '../domain/filter.ts';
import { vocabulary } from '../domain/messages.ts';
import { useLocale, useMessages } from '../i18n/use-locale.ts';
import { componentMessages } from './messages.ts';
import './topic-links.css';

interface TopicLinksProps {
  topics: readonly string[];
  /** How a topic's words are drawn (the quotes view marks the searched words in them). */
  renderLabel?: (label: string) => ReactNode;
}

/**
 * A quote's topic tags, each opening the quotes on that topic with the same filter
 * (`/quotes?topic=…`): the quotes view and the profiles' quote cards alike.
 */
export function TopicLinks({ topics, renderLabel = (label) => label }: TopicLinksProps) {
  const { locale } = useLocale();
  const m = useMessages(componentMessages);
  if (topics.length === 0) return null;
  return (
    <ul className="quote-tags" aria-label={m.topics}>
      {topics.map((topic) => {
        const label = vocabulary[locale].topic(topic);
        return (
          <li key={topic} className="quote-tag">
            <Link
              to="/quotes"
              search={(prev) => ({ ...filterOf(prev), topic })}
              aria-label={m.quotesWithTopic(label)}
            >
              {renderLabel(label)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
