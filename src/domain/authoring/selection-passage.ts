import { FURNITURE_KINDS, type Source } from '../records.ts';

/** A point of the source text: a paragraph and a character offset in it. */
export interface TextPoint {
  paragraph: number;
  offset: number;
}

/** Where else the same words stand in the source. */
export interface Occurrence {
  paragraph: number;
  start: number;
}

/**
 * What a selection in the source text can become: a passage (its words exactly as the paragraph
 * has them), or a refusal — across paragraphs, since a passage lies in one; in the page's
 * furniture, which is not citable.
 */
export type SelectionReading =
  | { kind: 'across'; paragraphs: number }
  | { kind: 'chrome'; paragraph: number }
  | {
      kind: 'passage';
      paragraph: number;
      start: number;
      passage: string;
      /** Every place the words occur in the source, this one included, in text order. */
      occurrences: Occurrence[];
    };

/**
 * Reads a selection between two points of the source (in either order). Null when it selects
 * nothing but white space. A selection that ends at the very start of the next paragraph (a
 * triple click) is the first paragraph's. The passage is trimmed, as the schema trims it.
 */
export function readSelection(
  source: Source,
  anchor: TextPoint,
  focus: TextPoint,
): SelectionReading | null {
  const [from, rawTo] = before(anchor, focus) ? [anchor, focus] : [focus, anchor];
  const to =
    rawTo.paragraph === from.paragraph + 1 && rawTo.offset === 0
      ? { paragraph: from.paragraph, offset: source.paragraphs[from.paragraph]?.text.length ?? 0 }
      : rawTo;
  if (to.paragraph !== from.paragraph) {
    return { kind: 'across', paragraphs: to.paragraph - from.paragraph + 1 };
  }
  const paragraph = source.paragraphs[from.paragraph];
  if (!paragraph) return null;
  const selected = paragraph.text.slice(from.offset, to.offset);
  const passage = selected.trim();
  if (passage === '') return null;
  if (FURNITURE_KINDS.includes(paragraph.kind))
    return { kind: 'chrome', paragraph: from.paragraph };
  const start = from.offset + (selected.length - selected.trimStart().length);
  return {
    kind: 'passage',
    paragraph: from.paragraph,
    start,
    passage,
    occurrences: occurrencesOf(source, passage),
  };
}

function before(a: TextPoint, b: TextPoint): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset <= b.offset);
}

/** Every start of the words in the source's paragraphs, overlapping ones too. */
export function occurrencesOf(source: Source, passage: string): Occurrence[] {
  const found: Occurrence[] = [];
  source.paragraphs.forEach((paragraph, p) => {
    for (
      let at = paragraph.text.indexOf(passage);
      at >= 0;
      at = paragraph.text.indexOf(passage, at + 1)
    )
      found.push({ paragraph: p, start: at });
  });
  return found;
}
