import { useEffect, useRef } from 'react';

/**
 * Tells `report` each new `value` after the one a component started with (which needs no
 * telling): how a form keeps what is typed into it across a reload. `report` may change on
 * every render without causing a call.
 */
export function useReportChanges<T>(value: T, report: ((value: T) => void) | undefined): void {
  const first = useRef(value);
  const latest = useRef(report);
  useEffect(() => {
    latest.current = report;
  });
  useEffect(() => {
    if (value !== first.current) latest.current?.(value);
  }, [value]);
}
