import { boundsOf } from '../../domain/fuzzy-date.ts';
import type { Figure } from '../../domain/records.ts';

/**
 * One figure per fact for a company's header: figures of one subject in the same unit tell the
 * same fact (Renault's age: "115 years" in 2013, "more than 100 years" in 2012), so only the
 * latest is kept, a stated one before an inferred one of the same date. Order is kept.
 */
export function oneFigurePerFact(figures: readonly Figure[]): Figure[] {
  const best = new Map<string, Figure>();
  const keyOf = (figure: Figure) => `${figure.subject.id}\u0000${figure.unit.en}`;
  const rank = (figure: Figure) => [
    figure.asOf ? boundsOf(figure.asOf).end : -Infinity,
    figure.voice === 'inferred' ? 0 : 1,
  ];
  for (const figure of figures) {
    const key = keyOf(figure);
    const kept = best.get(key);
    if (!kept) {
      best.set(key, figure);
      continue;
    }
    const [a = 0, b = 0] = rank(figure);
    const [c = 0, d = 0] = rank(kept);
    if (a > c || (a === c && b > d)) best.set(key, figure);
  }
  const kept = new Set(best.values());
  return figures.filter((figure) => kept.has(figure));
}
