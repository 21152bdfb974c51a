import { foldText } from '../../domain/text-fold.ts';
import { WORD_SEPARATOR } from '../../domain/text-fold.ts';

export interface TextSegment {
  text: string;
  /** Whether the segment is a word the search matched. */
  match: boolean;
}

const SPLIT_KEEPING_SEPARATORS = new RegExp(`(${WORD_SEPARATOR.source})`, WORD_SEPARATOR.flags);

/**
 * Splits a text into runs of plain text and matched words, a word matching when its folded
 * form is one of `terms`; plain runs are merged so that a text with no match is one segment.
 */
export function highlightSegments(text: string, terms: ReadonlySet<string>): TextSegment[] {
  const segments: TextSegment[] = [];
  text.split(SPLIT_KEEPING_SEPARATORS).forEach((part, i) => {
    if (part === '') return;
    // split() with a capturing group alternates words (even) and separators (odd).
    const match = i % 2 === 0 && terms.has(foldText(part));
    const last = segments.at(-1);
    if (last && !last.match && !match) last.text += part;
    else segments.push({ text: part, match });
  });
  return segments;
}
