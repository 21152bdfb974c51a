import type { TimeScale } from '../../lib/time-scale.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatTick } from './axis-format.ts';

interface TimelineAxisProps {
  scale: TimeScale;
  width: number;
  present: number;
  presentLabel: string;
}

/** Year (or finer) ticks from the scale, and the line marking the latest source. */
export function TimelineAxis({ scale, width, present, presentLabel }: TimelineAxisProps) {
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 90)));
  const { locale } = useLocale();
  const presentX = scale(present);
  return (
    <div className="tl-axis" aria-hidden="true">
      {ticks
        // Keep the latest-source label readable.
        .filter((tick) => Math.abs(scale(tick) - presentX) > 70 || presentX < 0 || presentX > width)
        .map((tick) => (
          <span key={tick.getTime()} className="tl-axis__tick" style={{ left: `${scale(tick)}px` }}>
            {formatTick(tick, locale)}
          </span>
        ))}
      {presentX >= 0 && presentX <= width && (
        <span className="tl-axis__present" style={{ left: `${presentX}px` }}>
          {presentLabel}
        </span>
      )}
    </div>
  );
}
