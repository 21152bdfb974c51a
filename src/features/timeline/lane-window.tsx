import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { VIRTUAL_THRESHOLD } from '../../components/virtual-list.tsx';

interface LaneWindowProps {
  count: number;
  /** Lane to bring into view (keyboard moves to a lane not rendered yet). */
  reveal: number | null;
  renderLane: (index: number) => ReactNode;
}

/** Renders every lane when there are few, else only the lanes near the viewport. */
export function LaneWindow({ count, reveal, renderLane }: LaneWindowProps) {
  if (count < VIRTUAL_THRESHOLD)
    return <>{Array.from({ length: count }, (_, i) => renderLane(i))}</>;
  return <WindowedLanes count={count} reveal={reveal} renderLane={renderLane} />;
}

function WindowedLanes({ count, reveal, renderLane }: LaneWindowProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(ref.current ? ref.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => 40,
    // An element not laid out (hidden, or jsdom) measures 0: keep the estimate instead.
    measureElement: (element) => element.getBoundingClientRect().height || 40,
    overscan: 8,
    scrollMargin: offset,
  });
  useLayoutEffect(() => {
    if (reveal !== null) virtualizer.scrollToIndex(reveal, { align: 'auto' });
  }, [reveal, virtualizer]);
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  const top = first ? first.start - virtualizer.options.scrollMargin : 0;
  const bottom = last
    ? virtualizer.getTotalSize() - (last.end - virtualizer.options.scrollMargin)
    : 0;
  return (
    <div ref={ref} style={{ paddingTop: `${top}px`, paddingBottom: `${Math.max(0, bottom)}px` }}>
      {rows.map((row) => (
        <div key={row.key} data-index={row.index} ref={virtualizer.measureElement}>
          {renderLane(row.index)}
        </div>
      ))}
    </div>
  );
}
