import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';

/** Lists shorter than this render whole: simpler for screen readers, find-in-page and print. */
export const VIRTUAL_THRESHOLD = 150;

/**
 * Which rows of a long list, table or stack of lanes to render: those near the viewport, with
 * the heights left out above and below (for padding or spacer rows). The page keeps its own
 * scrolling. Short lists render every row. Returns the container's ref and the window.
 */
export function useWindowRows<E extends HTMLElement>(
  count: number,
  estimateSize: number,
  reveal: number | null = null,
) {
  const ref = useRef<E>(null);
  const [offset, setOffset] = useState(0);
  const enabled = count >= VIRTUAL_THRESHOLD;
  const virtualizer = useWindowVirtualizer({
    count: enabled ? count : 0,
    estimateSize: () => estimateSize,
    // An element not laid out (hidden, or jsdom) measures 0: keep the estimate instead.
    measureElement: (element) => element.getBoundingClientRect().height || estimateSize,
    overscan: 8,
    scrollMargin: offset,
  });
  // Measured again as the page scrolls, not once: a list below another windowed one (the
  // timeline's undated records below its lanes) moves as the rows above it are measured.
  const scrolled = virtualizer.scrollOffset;
  useLayoutEffect(() => {
    if (!enabled) return;
    const top = ref.current ? ref.current.getBoundingClientRect().top + window.scrollY : 0;
    setOffset((previous) => (Math.abs(previous - top) < 1 ? previous : top));
  }, [enabled, count, scrolled]);
  useLayoutEffect(() => {
    if (enabled && reveal !== null) virtualizer.scrollToIndex(reveal, { align: 'auto' });
  }, [enabled, reveal, virtualizer]);
  if (!enabled) {
    const all = {
      indexes: Array.from({ length: count }, (_, i) => i),
      padTop: 0,
      padBottom: 0,
      measure: undefined,
    };
    return [ref, all] as const;
  }
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  const margin = virtualizer.options.scrollMargin;
  const windowed = {
    indexes: rows.map((r) => r.index),
    padTop: first ? first.start - margin : 0,
    padBottom: last ? Math.max(0, virtualizer.getTotalSize() - (last.end - margin)) : 0,
    measure: virtualizer.measureElement,
  };
  return [ref, windowed] as const;
}
