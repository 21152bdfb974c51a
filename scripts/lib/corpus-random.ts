/**
 * The corpus generator's only source of chance: mulberry32, a small seeded PRNG. The same seed
 * gives the same stream on every machine, so the same arguments give byte-identical corpora.
 */
export type Rng = ReturnType<typeof createRng>;

export function createRng(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** An integer in [min, max], both included. */
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const at = <T>(items: readonly T[], i: number): T => {
    const item = items[i];
    if (item === undefined) throw new Error('corpus generator: pick from an empty list');
    return item;
  };
  /** One element, `weights[i]` being the weight of `items[i]`. */
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    let roll = next() * weights.reduce((sum, w) => sum + w, 0);
    const i = weights.findIndex((w) => (roll -= w) < 0);
    return at(items, i < 0 ? items.length - 1 : i);
  };
  /** `count` distinct elements in random order (fewer when the list is shorter). */
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const n = Math.min(count, pool.length);
    return Array.from({ length: n }, () => at(pool.splice(int(0, pool.length - 1), 1), 0));
  };
  const pick = <T>(items: readonly T[]): T => at(items, int(0, items.length - 1));
  return { int, chance: (p: number) => next() < p, pick, weighted, sample };
}
