import { Link } from '@tanstack/react-router';
import type { ScaleTime } from 'd3-scale';
import type { KeyboardEvent } from 'react';
import { itemClassName, itemDescription, itemStyle } from './item-appearance.ts';
import { packRows, type TimelineLane as Lane } from './timeline-model.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { useDraftIds } from '../../lib/use-dataset-index.ts';
import { draftBadgeMessages } from '../../components/messages.ts';

const ROW_HEIGHT = 30;

interface TimelineLaneProps {
  lane: Lane;
  scale: ScaleTime<number, number>;
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
  const { rows, flipped, labelRoom, count } = packRows(lane.items, scale, width);
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
          return (
            <button
              key={item.id}
              ref={(element) => registerItem(item.id, element)}
              type="button"
              className={`${itemClassName(item, item.id === selectedId)}${flipped[i] ? ' tl-item--flipped' : ''}${drafts.has(item.id) ? ' tl-item--draft' : ''}`}
              style={itemStyle(item, left, right - left, (rows[i] ?? 0) * ROW_HEIGHT + 3)}
              tabIndex={item.id === focusedId ? 0 : -1}
              aria-label={described(item)}
              aria-pressed={item.id === selectedId}
              title={described(item)}
              onClick={() => onOpen(item.id)}
              onKeyDown={(event) => onItemKeyDown(event, item.id)}
              onFocus={() => onItemFocus(item.id)}
            >
              <LabelText label={item.label} room={labelRoom[i] ?? null} />
            </button>
          );
        })}
      </div>
    </div>
  );
}

/** The drawn label, cut with an ellipsis where packRows found too little room for it. */
function LabelText({ label, room }: { label: string; room: number | null }) {
  return room === null ? (
    <span className="tl-item__label">{label}</span>
  ) : (
    <span className="tl-item__label tl-item__label--cut" style={{ maxWidth: `${room}px` }}>
      {label}
    </span>
  );
}
