import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Lists shorter than this render whole: simpler for screen readers, find-in-page and print. */
export const VIRTUAL_THRESHOLD = 150;

interface VirtualListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** A typical rendered height in pixels, refined by measuring. */
  estimateSize: number;
  className?: string;
  'aria-label': string;
}

/**
 * A list that renders only what is near the viewport once it is long, so a thousand
 * interviews' worth of records stays as quick as two. The page keeps its own scrolling.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  if (props.items.length < VIRTUAL_THRESHOLD) {
    return (
      <ul className={props.className} aria-label={props['aria-label']}>
        {props.items.map((item) => (
          <li key={props.keyOf(item)}>{props.renderItem(item)}</li>
        ))}
      </ul>
    );
  }
  return <WindowedList {...props} />;
}

function WindowedList<T>({
  items,
  keyOf,
  renderItem,
  estimateSize,
  className,
  ...rest
}: VirtualListProps<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateSize,
    // An element not laid out (hidden, or jsdom) measures 0: keep the estimate instead.
    measureElement: (element) => element.getBoundingClientRect().height || estimateSize,
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (i) => {
      const item = items[i];
      return item === undefined ? i : keyOf(item);
    },
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  const top = first ? first.start - virtualizer.options.scrollMargin : 0;
  const bottom = last
    ? virtualizer.getTotalSize() - (last.end - virtualizer.options.scrollMargin)
    : 0;
  return (
    <ul
      ref={listRef}
      className={className}
      aria-label={rest['aria-label']}
      style={{ paddingTop: `${top}px`, paddingBottom: `${Math.max(0, bottom)}px` }}
    >
      {rows.map((row) => {
        const item = items[row.index];
        if (item === undefined) return null;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-posinset={row.index + 1}
            aria-setsize={items.length}
          >
            {renderItem(item)}
          </li>
        );
      })}
    </ul>
  );
}
