import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { VIRTUAL_THRESHOLD } from './virtual-list.tsx';

/**
 * Which rows of a long table to render: those near the viewport, with the heights of the
 * rows left out above and below (for spacer rows). Short tables render every row.
 */
export function useWindowRows(count: number, estimateSize: number) {
  const ref = useRef<HTMLTableSectionElement>(null);
  const [offset, setOffset] = useState(0);
  const enabled = count >= VIRTUAL_THRESHOLD;
  useLayoutEffect(() => {
    if (enabled)
      setOffset(ref.current ? ref.current.getBoundingClientRect().top + window.scrollY : 0);
  }, [enabled]);
  const virtualizer = useWindowVirtualizer({
    count: enabled ? count : 0,
    estimateSize: () => estimateSize,
    // An element not laid out (hidden, or jsdom) measures 0: keep the estimate instead.
    measureElement: (element) => element.getBoundingClientRect().height || estimateSize,
    overscan: 10,
    scrollMargin: offset,
  });
  if (!enabled) {
    return {
      ref,
      indexes: Array.from({ length: count }, (_, i) => i),
      padTop: 0,
      padBottom: 0,
      measure: undefined,
    };
  }
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  return {
    ref,
    indexes: rows.map((r) => r.index),
    padTop: first ? first.start - virtualizer.options.scrollMargin : 0,
    padBottom: last
      ? Math.max(0, virtualizer.getTotalSize() - (last.end - virtualizer.options.scrollMargin))
      : 0,
    measure: virtualizer.measureElement,
  };
}
