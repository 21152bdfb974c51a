import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type WheelEvent,
} from 'react';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatYear } from './axis-format.ts';
import { timelineMessages } from './messages.ts';
import { TimelineAxis } from './timeline-axis.tsx';
import { LaneWindow } from './lane-window.tsx';
import { TimelineLane } from './timeline-lane.tsx';
import type { Timeline } from './timeline-model.ts';
import { useTimeView } from './use-time-view.ts';
import { utcScale } from '../../lib/time-scale.ts';

interface TimelineChartProps {
  timeline: Timeline;
  selectedId: string | undefined;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/** Lanes on a shared time axis, zoomable and pannable, every item reachable from the keyboard. */
export function TimelineChart({ timeline, selectedId, onOpen, onClose }: TimelineChartProps) {
  const { locale } = useLocale();
  const t = timelineMessages[locale];
  const { view, zoom, pan, reveal, reset } = useTimeView(timeline.domain);
  const axisRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  const items = useRef(new Map<string, HTMLButtonElement>());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  /** Set by keyboard moves: focus follows once the moved-to item is rendered. */
  const pendingFocus = useRef(false);
  const drag = useRef<{ x: number; moved: boolean } | null>(null);
  /** With many lanes only those near the viewport exist: keyboard moves scroll theirs in first. */
  const [revealLane, setRevealLane] = useState<number | null>(null);

  useLayoutEffect(() => {
    const element = axisRef.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, element.clientWidth || 900));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const scale = useMemo(() => utcScale(view, [0, width]), [view, width]);
  const lanes = timeline.lanes.filter((lane) => lane.items.length > 0);
  const firstId = lanes[0]?.items[0]?.id ?? null;
  const tabbable =
    focusedId !== null && lanes.some((l) => l.items.some((i) => i.id === focusedId))
      ? focusedId
      : firstId;

  useEffect(() => {
    if (!pendingFocus.current || tabbable === null) return;
    items.current.get(tabbable)?.focus();
    pendingFocus.current = false;
  }, [tabbable, view, revealLane]);

  // Closing the details (Escape, Close) removes the focused element with the panel: focus goes
  // back to the item they were opened from rather than being dropped on <body>.
  const lastSelected = useRef(selectedId);
  useEffect(() => {
    const previous = lastSelected.current;
    lastSelected.current = selectedId;
    if (previous === undefined || selectedId !== undefined) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    items.current.get(previous)?.focus();
  }, [selectedId]);

  /** The item a keyboard move is heading to, focused as soon as it is rendered. */
  const pendingTarget = useRef<string | null>(null);
  const registerItem = useCallback((id: string, element: HTMLButtonElement | null) => {
    if (!element) {
      items.current.delete(id);
      return;
    }
    items.current.set(id, element);
    if (pendingTarget.current === id) {
      pendingTarget.current = null;
      element.focus();
    }
  }, []);

  const moveTo = (laneIndex: number, itemIndex: number) => {
    const item = lanes[laneIndex]?.items[itemIndex];
    if (!item) return;
    setRevealLane(laneIndex);
    reveal(item.start, item.end);
    pendingFocus.current = true;
    setFocusedId(item.id);
    const element = items.current.get(item.id);
    if (element) element.focus();
    else pendingTarget.current = item.id;
  };

  const onItemKeyDown = (event: KeyboardEvent<HTMLButtonElement>, id: string) => {
    const laneIndex = lanes.findIndex((lane) => lane.items.some((item) => item.id === id));
    const lane = lanes[laneIndex];
    if (!lane) return;
    const itemIndex = lane.items.findIndex((item) => item.id === id);
    const current = lane.items[itemIndex];
    const nearestIn = (otherLane: number) => {
      const others = lanes[otherLane]?.items ?? [];
      let best = 0;
      others.forEach((item, i) => {
        const bestItem = others[best];
        if (
          current &&
          bestItem &&
          Math.abs(item.start - current.start) < Math.abs(bestItem.start - current.start)
        )
          best = i;
      });
      return best;
    };
    const keys: Record<string, () => void> = {
      ArrowRight: () => moveTo(laneIndex, Math.min(itemIndex + 1, lane.items.length - 1)),
      ArrowLeft: () => moveTo(laneIndex, Math.max(itemIndex - 1, 0)),
      ArrowDown: () =>
        laneIndex < lanes.length - 1 && moveTo(laneIndex + 1, nearestIn(laneIndex + 1)),
      ArrowUp: () => laneIndex > 0 && moveTo(laneIndex - 1, nearestIn(laneIndex - 1)),
      Home: () => moveTo(laneIndex, 0),
      End: () => moveTo(laneIndex, lane.items.length - 1),
      Escape: onClose,
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey) {
      const rect = event.currentTarget.getBoundingClientRect();
      zoom(
        event.deltaY > 0 ? 1.25 : 0.8,
        Math.min(1, Math.max(0, (event.clientX - rect.left) / rect.width)),
      );
    } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      pan(((event.shiftKey ? event.deltaY : event.deltaX) / width) * 1);
    }
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (
      event.button !== 0 ||
      (event.target instanceof HTMLElement && event.target.closest('button, a'))
    )
      return;
    drag.current = { x: event.clientX, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const dx = event.clientX - drag.current.x;
    if (Math.abs(dx) < 2) return;
    drag.current = { x: event.clientX, moved: true };
    pan(-dx / width);
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div className="tl">
      <div className="tl-controls" role="toolbar" aria-label={t.controls}>
        <button type="button" onClick={() => zoom(0.5)}>
          {t.zoomIn}
        </button>
        <button type="button" onClick={() => zoom(2)}>
          {t.zoomOut}
        </button>
        <button type="button" onClick={() => pan(-0.25)}>
          {t.earlier}
        </button>
        <button type="button" onClick={() => pan(0.25)}>
          {t.later}
        </button>
        <button type="button" onClick={reset}>
          {t.showAll}
        </button>
        <span className="tl-controls__range" aria-live="polite">
          {t.showing(formatYear(view[0], locale), formatYear(view[1], locale))}
        </span>
      </div>
      <div
        className="tl-chart"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <div className="tl-lane tl-lane--axis">
          <div className="tl-lane__title" aria-hidden="true" />
          <div ref={axisRef} className="tl-lane__track tl-lane__track--axis">
            <TimelineAxis
              scale={scale}
              width={width}
              present={timeline.present}
              presentLabel={t.latestSource(formatYear(timeline.present - 1, locale))}
            />
          </div>
        </div>
        <LaneWindow
          count={lanes.length}
          reveal={revealLane}
          renderLane={(i) => {
            const lane = lanes[i];
            return lane ? (
              <TimelineLane
                key={lane.id}
                lane={lane}
                scale={scale}
                width={width}
                focusedId={tabbable}
                selectedId={selectedId}
                onOpen={onOpen}
                onItemKeyDown={onItemKeyDown}
                onItemFocus={setFocusedId}
                registerItem={registerItem}
              />
            ) : null;
          }}
        />
      </div>
    </div>
  );
}
