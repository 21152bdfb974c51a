import { useState } from 'react';

/**
 * The day a view is looked at, read once when it mounts. Tests and the print command fix it
 * through the clock (`vi.setSystemTime`, Playwright's `page.clock`), so nothing else needs to
 * know: the pure functions below take it as an argument.
 */
export function useToday(): Date {
  const [today] = useState(() => new Date());
  return today;
}
