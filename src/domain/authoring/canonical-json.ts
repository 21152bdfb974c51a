/**
 * JSON as Dossier writes it: keys in a stable order (`id` first, then alphabetical), two-space
 * indent, a final newline. The same records always give the same bytes, whatever order the
 * keys were built in, so a git diff of a saved folder shows only what changed.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(ordered(value), null, 2)}\n`;
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v)]));
}

/** `id` leads, so a record is known by its first line; `format` leads a manifest likewise. */
function rank(key: string): number {
  return key === 'id' || key === 'format' ? 0 : 1;
}
