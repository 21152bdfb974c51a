import { useMessages } from '../../i18n/use-locale.ts';
import { timelineMessages } from './messages.ts';

/** Open by default where there is room for it. */
function wideScreen(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 48rem)').matches;
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
  return (
    <details className="tl-legend" open={wideScreen()}>
      <summary>{t.legendTitle}</summary>
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
