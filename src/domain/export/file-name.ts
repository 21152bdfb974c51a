import { foldText } from '../text-fold.ts';

/** `Clémentine Dupont, « client »` → `clementine-dupont-client`. */
export function slugPart(value: string): string {
  return foldText(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Long enough to say what it holds; short enough for every file system. */
const MAX_BASE_LENGTH = 100;

/**
 * `dossier-timeline-patrick-hoffstetter`: the view, then whatever narrows it (people,
 * companies, voices, a search), so files exported from different views do not overwrite
 * each other and say where they come from.
 */
export function exportBaseName(view: string, narrowing: readonly (string | undefined)[]): string {
  const parts = ['dossier', view, ...narrowing]
    .filter((part): part is string => part !== undefined)
    .map(slugPart)
    .filter((part) => part.length > 0);
  const base = parts.join('-');
  return base.length <= MAX_BASE_LENGTH
    ? base
    : base.slice(0, MAX_BASE_LENGTH).replace(/-[^-]*$/, '');
}
