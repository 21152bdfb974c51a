import { Link } from '@tanstack/react-router';
import type { TimeScale } from '../../lib/time-scale.ts';
import { useMemo, type CSSProperties, type KeyboardEvent } from 'react';
import { itemClassName, itemDescription, itemStyle } from './item-appearance.ts';
import { labelMeasurer } from './label-width.ts';
import { packRows, type LabelPlace, type TimelineLane as Lane } from './timeline-model.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { useDraftIds } from '../../lib/use-dataset-index.ts';
import { draftBadgeMessages } from '../../components/messages.ts';

const ROW_HEIGHT = 30;

interface TimelineLaneProps {
  lane: Lane;
  scale: TimeScale;
  width: number;
  focusedId: string | null;
  selectedId: string | undefined;
  onOpen: (id: string) => void;
  onItemKeyDown: (event: KeyboardEvent<HTMLButtonElement>, id: string) => void;
  onItemFocus: (id: string) => void;
  registerItem: (id: string, element: HTMLButtonElement | null) => void;
}

/** One lane: its title linking to the profile, and its items packed into rows at this zoom. */
export function TimelineLane({
  lane,
  scale,
  width,
  focusedId,
  selectedId,
  onOpen,
  onItemKeyDown,
  onItemFocus,
  registerItem,
}: TimelineLaneProps) {
  const { locale } = useLocale();
  const measure = useMemo(() => labelMeasurer() ?? undefined, []);
  const { rows, labels, count } = packRows(lane.items, scale, width, measure);
  // A draft says so in its name, not by its outline alone.
  const drafts = useDraftIds();
  const draftWord = draftBadgeMessages[locale].marked;
  const described = (item: (typeof lane.items)[number]) =>
    drafts.has(item.id)
      ? `${itemDescription(item, locale)} (${draftWord})`
      : itemDescription(item, locale);
  const titleId = `lane-${lane.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <div className="tl-lane" role="group" aria-labelledby={titleId}>
      <div className="tl-lane__title" id={titleId}>
        {lane.link?.to === '/people/$personId' ? (
          <Link to="/people/$personId" params={{ personId: lane.link.personId }}>
            {lane.label}
          </Link>
        ) : lane.link?.to === '/companies/$companyId' ? (
          <Link to="/companies/$companyId" params={{ companyId: lane.link.companyId }}>
            {lane.label}
          </Link>
        ) : (
          lane.label
        )}
      </div>
      <div className="tl-lane__track" style={{ height: `${count * ROW_HEIGHT + 6}px` }}>
        {lane.items.map((item, i) => {
          const left = scale(item.start);
          const right = scale(item.end);
          if (right < -200 || left > width + 200) return null;
          const place = labels[i] ?? null;
          return (
            <button
              key={item.id}
              ref={(element) => registerItem(item.id, element)}
              type="button"
              className={`${itemClassName(item, item.id === selectedId)}${drafts.has(item.id) ? ' tl-item--draft' : ''}`}
              style={itemStyle(item, left, right - left, (rows[i] ?? 0) * ROW_HEIGHT + 3)}
              tabIndex={item.id === focusedId ? 0 : -1}
              aria-label={described(item)}
              aria-pressed={item.id === selectedId}
              title={described(item)}
              onClick={() => onOpen(item.id)}
              onKeyDown={(event) => onItemKeyDown(event, item.id)}
              onFocus={() => onItemFocus(item.id)}
            >
              {place && <LabelText label={item.label} place={place} />}
            </button>
          );
        })}
      </div>
    </div>
  );
}

/**
 * The drawn label, placed where packRows found room: from the bar's visible left edge (or ending
 * at its visible right edge), never wider than that room, cut with an ellipsis when it had to be.
 * The item's accessible name and tooltip keep the whole text.
 */
function LabelText({ label, place }: { label: string; place: LabelPlace }) {
  // The box is the text plus its padding (0.3rem a side in timeline.css).
  const style: CSSProperties = { maxWidth: `${place.room + 10}px` };
  if (place.side === 'start') style.left = `${place.offset}px`;
  else style.right = `${place.offset}px`;
  return (
    <span className="tl-item__label" style={style}>
      {label}
    </span>
  );
}
