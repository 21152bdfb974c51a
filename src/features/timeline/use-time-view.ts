import { useCallback, useState } from 'react';

export type TimeRange = readonly [number, number];

const MIN_SPAN = 90 * 24 * 3600 * 1000;

/**
 * The visible stretch of time, zoomed and panned by the user within reach of the full
 * domain. Resets when the domain changes (another filter).
 */
export function useTimeView(domain: TimeRange) {
  const [state, setState] = useState<{ domain: TimeRange; view: TimeRange }>({
    domain,
    view: domain,
  });
  // A new domain (new filter) starts from the whole of it again.
  const current =
    state.domain[0] === domain[0] && state.domain[1] === domain[1] ? state.view : domain;
  if (current !== state.view) setState({ domain, view: domain });

  const clamp = useCallback(
    (start: number, end: number): TimeRange => {
      const full = domain[1] - domain[0];
      const span = Math.min(Math.max(end - start, MIN_SPAN), full * 1.5);
      const slack = full * 0.25;
      const from = Math.min(Math.max(start, domain[0] - slack), domain[1] + slack - span);
      return [from, from + span];
    },
    [domain],
  );

  const zoom = useCallback(
    (factor: number, anchor = 0.5) =>
      setState((s) => {
        const [a, b] = s.view;
        const center = a + (b - a) * anchor;
        const span = (b - a) * factor;
        return { ...s, view: clamp(center - span * anchor, center + span * (1 - anchor)) };
      }),
    [clamp],
  );
  const pan = useCallback(
    (fraction: number) =>
      setState((s) => {
        const shift = (s.view[1] - s.view[0]) * fraction;
        return { ...s, view: clamp(s.view[0] + shift, s.view[1] + shift) };
      }),
    [clamp],
  );
  /** Brings a time into view, panning as little as possible. */
  const reveal = useCallback(
    (start: number, end: number) =>
      setState((s) => {
        const [a, b] = s.view;
        if (start >= a && end <= b) return s;
        const span = b - a;
        const from = start < a ? start - span * 0.05 : end - span * 0.95;
        return { ...s, view: clamp(from, from + span) };
      }),
    [clamp],
  );
  const reset = useCallback(() => setState({ domain, view: domain }), [domain]);

  return { view: current, zoom, pan, reveal, reset };
}
