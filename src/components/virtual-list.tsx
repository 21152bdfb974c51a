import type { ReactNode } from 'react';
import { useWindowRows } from './use-window-rows.ts';

export { VIRTUAL_THRESHOLD } from './use-window-rows.ts';

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
 * interviews' worth of records stays as quick as two.
 */
export function VirtualList<T>({
  items,
  keyOf,
  renderItem,
  estimateSize,
  className,
  ...rest
}: VirtualListProps<T>) {
  const [listRef, rows] = useWindowRows<HTMLUListElement>(items.length, estimateSize);
  return (
    <ul
      ref={listRef}
      className={className}
      aria-label={rest['aria-label']}
      style={
        rows.measure
          ? { paddingTop: `${rows.padTop}px`, paddingBottom: `${rows.padBottom}px` }
          : undefined
      }
    >
      {rows.indexes.map((i) => {
        const item = items[i];
        if (item === undefined) return null;
        return (
          <li
            key={keyOf(item)}
            data-index={i}
            ref={rows.measure}
            aria-posinset={rows.measure ? i + 1 : undefined}
            aria-setsize={rows.measure ? items.length : undefined}
          >
            {renderItem(item)}
          </li>
        );
      })}
    </ul>
  );
}
