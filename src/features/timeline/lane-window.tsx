import type { ReactNode } from 'react';
import { useWindowRows } from '../../components/use-window-rows.ts';

interface LaneWindowProps {
  count: number;
  /** Lane to bring into view (keyboard moves to a lane not rendered yet). */
  reveal: number | null;
  renderLane: (index: number) => ReactNode;
}

/** Renders every lane when there are few, else only the lanes near the viewport. */
export function LaneWindow({ count, reveal, renderLane }: LaneWindowProps) {
  const [laneRef, rows] = useWindowRows<HTMLDivElement>(count, 40, reveal);
  if (!rows.measure) return <>{rows.indexes.map((i) => renderLane(i))}</>;
  return (
    <div
      ref={laneRef}
      style={{ paddingTop: `${rows.padTop}px`, paddingBottom: `${rows.padBottom}px` }}
    >
      {rows.indexes.map((i) => (
        <div key={i} data-index={i} ref={rows.measure}>
          {renderLane(i)}
        </div>
      ))}
    </div>
  );
}
