import { useEffect, useState, type RefObject } from 'react';
import {
  readSelection,
  type SelectionReading,
} from '../../../domain/authoring/selection-passage.ts';
import type { Source } from '../../../domain/records.ts';
import { textPointOf } from './selection-points.ts';

/** Where, in the text's box, the end of the selection (or the caret) is drawn. */
export interface TextBox {
  top: number;
  left: number;
  height: number;
}

export type TextSelection =
  | { kind: 'none' }
  /** A keyboard caret in the text: drawn, since the browser draws none outside edited text. */
  | { kind: 'caret'; box: TextBox }
  | { kind: 'beyond'; box: TextBox }
  | { kind: 'reading'; reading: SelectionReading; box: TextBox };

const NONE: TextSelection = { kind: 'none' };

function boxOf(range: Range, root: Element): TextBox {
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const container = root.getBoundingClientRect();
  return {
    top: last.top - container.top,
    left: last.left - container.left + (range.collapsed ? 0 : last.width),
    height: last.height,
  };
}

/**
 * The selection in the source text, read on every `selectionchange` — mouse, keyboard and
 * script selections alike — as a passage of one paragraph, or as a refusal.
 */
export function useTextSelection(
  source: Source,
  textElement: RefObject<HTMLElement | null>,
): TextSelection {
  const [selection, setSelection] = useState<TextSelection>(NONE);
  useEffect(() => {
    const root = textElement.current;
    if (!root) return;
    const update = () => {
      const current = document.getSelection();
      if (!current || current.rangeCount === 0) return setSelection(NONE);
      const range = current.getRangeAt(0);
      if (!range.intersectsNode(root)) return setSelection(NONE);
      if (range.collapsed) {
        const focused = root.contains(document.activeElement);
        return setSelection(
          focused && root.contains(range.startContainer)
            ? { kind: 'caret', box: boxOf(range, root) }
            : NONE,
        );
      }
      const from = textPointOf(root, range.startContainer, range.startOffset, 'start');
      const to = textPointOf(root, range.endContainer, range.endOffset, 'end');
      if (!root.contains(range.startContainer) || !root.contains(range.endContainer))
        return setSelection({ kind: 'beyond', box: boxOf(range, root) });
      const reading = from && to ? readSelection(source, from, to) : null;
      setSelection(reading ? { kind: 'reading', reading, box: boxOf(range, root) } : NONE);
    };
    update();
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [source, textElement]);
  return selection;
}
