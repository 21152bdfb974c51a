/** Open by default where there is room for it. */
function wideScreen(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 48rem)').matches;
}

/** What the shapes mean, in words: precision and certainty are never carried by colour alone. */
export function TimelineLegend() {
  return (
    <details className="tl-legend" open={wideScreen()}>
      <summary>How to read the timeline</summary>
      <ul>
        <li>
          <span className="tl-legend__sample tl-legend__sample--solid" aria-hidden="true" /> Solid:
          a period the sources date precisely.
        </li>
        <li>
          <span className="tl-legend__sample tl-legend__sample--fade" aria-hidden="true" /> Fading
          edge: the start or end is known only to the year or a range; the fade covers every moment
          it may mean.
        </li>
        <li>
          <span className="tl-legend__sample tl-legend__sample--circa" aria-hidden="true" /> Dashed
          outline: approximate (“circa”), e.g. “ten months ago”.
        </li>
        <li>
          <span className="tl-legend__sample tl-legend__sample--inferred" aria-hidden="true" />{' '}
          Hatched: a date we inferred (each says from what).
        </li>
        <li>
          <span className="tl-legend__sample tl-legend__sample--ongoing" aria-hidden="true" />{' '}
          Square end with ▸: ongoing, runs to the latest source.
        </li>
        <li>
          <span className="tl-legend__sample tl-legend__sample--project" aria-hidden="true" /> Flag
          (⚑) before the name, green: a project; bars without it are roles, in blue.
        </li>
        <li>
          <span className="tl-legend__sample tl-legend__sample--event" aria-hidden="true" />{' '}
          Diamond: an event, over the span its date may mean.
        </li>
      </ul>
      <p className="hint">
        Keyboard: Tab into the timeline, arrows move between items and lanes, Enter opens details,
        Escape closes them. Ctrl + wheel zooms, drag or Shift + wheel pans.
      </p>
    </details>
  );
}
