import { Fragment } from 'react';
import { highlightSegments } from './highlight.ts';

/** A text with the words the search matched in `<mark>`; built as elements, never as HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  if (terms.size === 0) return text;
  return highlightSegments(text, terms).map((segment, i) =>
    segment.match ? (
      <mark key={i}>{segment.text}</mark>
    ) : (
      <Fragment key={i}>{segment.text}</Fragment>
    ),
  );
}
