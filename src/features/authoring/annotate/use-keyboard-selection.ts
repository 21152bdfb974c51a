import { useEffect, type RefObject } from 'react';
import { firstTextNode } from './selection-points.ts';

const GRANULARITY: Record<string, 'character' | 'line' | 'lineboundary'> = {
  ArrowLeft: 'character',
  ArrowRight: 'character',
  ArrowUp: 'line',
  ArrowDown: 'line',
  Home: 'lineboundary',
  End: 'lineboundary',
};
const BACKWARD = new Set(['ArrowLeft', 'ArrowUp', 'Home']);

function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Caret browsing inside the text, for keyboards: once the text has focus, the arrow keys move a
 * caret (from the start of the text, or where a click left it), Shift with them selects, Ctrl
 * or Alt moves a word at a time, Home and End go to the line's ends. Tab from the text reaches
 * the toolbar when a selection has one. Keys inside `skip` (the toolbar) are left to it.
 */
export function useKeyboardSelection(
  textElement: RefObject<HTMLElement | null>,
  skip: RefObject<HTMLElement | null>,
  onTab: () => boolean,
): void {
  useEffect(() => {
    const root = textElement.current;
    if (!root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isControl(event.target)) return;
      if (event.target instanceof Node && skip.current?.contains(event.target)) return;
      if (event.key === 'Tab' && !event.shiftKey) {
        if (onTab()) event.preventDefault();
        return;
      }
      const granularity = GRANULARITY[event.key];
      if (granularity === undefined || event.metaKey) return;
      const selection = document.getSelection();
      if (!selection) return;
      event.preventDefault();
      if (selection.rangeCount === 0 || !root.contains(selection.anchorNode)) {
        const first = firstTextNode(root);
        if (!first) return;
        selection.collapse(first, 0);
        if (!event.shiftKey) return;
      }
      const word = (event.ctrlKey || event.altKey) && granularity === 'character';
      selection.modify(
        event.shiftKey ? 'extend' : 'move',
        BACKWARD.has(event.key) ? 'backward' : 'forward',
        word ? 'word' : granularity,
      );
    };
    // The text takes focus, so that the keys reach it: set here, by the mode that needs it.
    root.setAttribute('tabindex', '0');
    root.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeAttribute('tabindex');
    };
  }, [textElement, skip, onTab]);
}
