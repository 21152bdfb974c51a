import { useRef, useState } from 'react';
import { useMessages } from '../../i18n/use-locale.ts';
import { timelineMessages } from './messages.ts';

/** Remembers whether the legend was left open or closed; unset before the first visit. */
export const LEGEND_STORAGE_KEY = 'dossier.timelineLegend';

/** Open by default where there is room for it. */
function wideScreen(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 48rem)').matches;
}

function recalled(): string | null {
  try {
    return globalThis.localStorage?.getItem(LEGEND_STORAGE_KEY) ?? null;
  } catch {
    // Storage refused (privacy settings): the legend simply is not remembered.
    return null;
  }
}

function remember(value: 'open' | 'closed'): void {
  try {
    globalThis.localStorage?.setItem(LEGEND_STORAGE_KEY, value);
  } catch {
    // As above.
  }
}

/**
 * Open on the first visit where there is room, closed after that unless the reader left it
 * open: seven samples push the chart below the fold once they are known.
 */
function initiallyOpen(): boolean {
  const remembered = recalled();
  if (remembered === 'open') return true;
  if (remembered === 'closed') return false;
  remember('closed');
  return wideScreen();
}

/** What the shapes mean, in words: precision and certainty are never carried by colour alone. */
export function TimelineLegend() {
  const t = useMessages(timelineMessages);
  const samples = [
    ['solid', t.legendSolid],
    ['fade', t.legendFade],
    ['circa', t.legendCirca],
    ['inferred', t.legendInferred],
    ['ongoing', t.legendOngoing],
    ['project', t.legendProject],
    ['event', t.legendEvent],
  ] as const;
  const [open] = useState(initiallyOpen);
  const touched = useRef(false);
  return (
    <details
      className="tl-legend"
      open={open}
      onToggle={(event) => {
        // The browser also fires "toggle" when the legend mounts open: only the reader's own
        // opening or closing is remembered.
        const now = event.currentTarget.open;
        if (now === open && !touched.current) return;
        touched.current = true;
        remember(now ? 'open' : 'closed');
      }}
    >
      <summary>
        {t.legendTitle}
        {/* The compact key stays beside the title when the legend is closed. */}
        <span className="tl-legend__key" aria-hidden="true">
          <span className="tl-legend__sample tl-legend__sample--solid" /> {t.keyRole}{' '}
          <span className="tl-legend__sample tl-legend__sample--project" /> {t.keyProject}{' '}
          <span className="tl-legend__sample tl-legend__sample--event" /> {t.keyEvent}{' '}
          <span className="tl-legend__sample tl-legend__sample--inferred" /> {t.keyInferred}
        </span>
      </summary>
      <ul>
        {samples.map(([sample, text]) => (
          <li key={sample}>
            <span className={`tl-legend__sample tl-legend__sample--${sample}`} aria-hidden="true" />{' '}
            {text}
          </li>
        ))}
      </ul>
      <p className="hint">{t.legendKeyboard}</p>
    </details>
  );
}
