import type { TextPoint } from '../../../domain/authoring/selection-passage.ts';

/**
 * The reader marks each paragraph's element with `data-paragraph="<index>"`; the element holds
 * the paragraph's text and nothing else, so a character offset inside it is one in the text.
 */
const PARAGRAPH = '[data-paragraph]';

function paragraphIndex(element: Element): number | null {
  const value = element.getAttribute('data-paragraph');
  const index = value === null ? NaN : Number(value);
  return Number.isInteger(index) ? index : null;
}

function textLength(element: Element): number {
  return element.textContent?.length ?? 0;
}

/**
 * A DOM point of the selection as a point of the source text. A point between paragraphs (a
 * triple click, a drag from the margin) snaps to the start of the next paragraph for the
 * selection's start, to the end of the previous one for its end. Null outside the text.
 */
export function textPointOf(
  root: Element,
  node: Node,
  offset: number,
  edge: 'start' | 'end',
): TextPoint | null {
  if (!root.contains(node)) return null;
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest(PARAGRAPH);
  if (paragraph && root.contains(paragraph)) {
    const index = paragraphIndex(paragraph);
    if (index === null) return null;
    const before = document.createRange();
    before.selectNodeContents(paragraph);
    before.setEnd(node, offset);
    return { paragraph: index, offset: before.toString().length };
  }
  const point = document.createRange();
  point.setStart(node, offset);
  const paragraphs = [...root.querySelectorAll(PARAGRAPH)];
  if (edge === 'start') {
    const next = paragraphs.find((p) => point.comparePoint(p, 0) >= 0);
    const index = next ? paragraphIndex(next) : null;
    return index === null ? null : { paragraph: index, offset: 0 };
  }
  const previous = paragraphs.findLast((p) => point.comparePoint(p, p.childNodes.length) <= 0);
  const index = previous ? paragraphIndex(previous) : null;
  return index === null || !previous ? null : { paragraph: index, offset: textLength(previous) };
}

/** The first text node of the text, where a keyboard caret starts. */
export function firstTextNode(root: Element): Text | null {
  const walker = document.createTreeWalker(
    root.querySelector(PARAGRAPH) ?? root,
    NodeFilter.SHOW_TEXT,
  );
  const node = walker.nextNode();
  return node instanceof Text ? node : null;
}
