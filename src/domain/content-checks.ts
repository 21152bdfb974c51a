import { recordsByCollection, type LoadedFileOf } from './dataset.ts';
import type { Problem } from './problem.ts';
import type { Registry } from './registry.ts';
import {
  BIDI_CONTROLS,
  charactersOf,
  codePointOf,
  CONTROLS,
  LAYOUT_CONTROLS,
  ZERO_WIDTH,
} from './text-safety.ts';

/**
 * Text that is valid but suspicious: markup, invisible reordering characters, control
 * characters. Interview text has no reason to hold any of them, so they point at a bad paste
 * or a hostile file. The app still loads such data — React renders every string as text, and
 * the CSP forbids inline script — and lists these warnings; `check-data` fails on them, so a
 * folder under review is clean before it is shared.
 */
export function checkContent<R extends Registry<R>>(
  files: readonly LoadedFileOf<R>[],
  registry: R,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, bundle } of files) {
    for (const { collection, records } of recordsByCollection(registry, bundle)) {
      records.forEach((record, i) => {
        walkStrings(record, `${collection}[${i}]`, (value, path) => {
          const message = suspicionOf(value);
          if (message) problems.push({ file, record: record.id, path, message });
        });
      });
    }
  }
  return problems;
}

function walkStrings(value: unknown, path: string, visit: (text: string, path: string) => void) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value))
    value.forEach((item, i) => walkStrings(item, `${path}[${i}]`, visit));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) walkStrings(item, `${path}.${key}`, visit);
  }
}

/** Tags that run or load something, event-handler attributes, and script URLs. */
const markup =
  /<\s*\/?\s*(?:script|img|iframe|object|embed|svg|math|style|link|meta|base|form|a)\b|<[^>]*\son[a-z]+\s*=|\bjavascript:/i;

/** Embeddings, overrides and isolates: they reorder how the text around them displays. */
const bidiControl = charactersOf([BIDI_CONTROLS]);

/** Characters that take no space: they make different ids or names look identical. */
const invisible = charactersOf([ZERO_WIDTH]);

/** C0 and C1 controls other than tab and line breaks. */
const control = charactersOf([CONTROLS], { except: [LAYOUT_CONTROLS] });

export function suspicionOf(text: string): string | null {
  const tag = markup.exec(text);
  if (tag) {
    return `looks like HTML or script (“${excerptAround(text, tag.index)}”): data is plain text, and the app shows it as text, never as markup`;
  }
  const bidi = bidiControl.exec(text);
  if (bidi) {
    return `holds an invisible bidirectional control ${codePointOf(bidi[0])}, which can make the text display in another order than it reads`;
  }
  const zeroWidth = invisible.exec(text);
  if (zeroWidth) {
    return `holds an invisible character ${codePointOf(zeroWidth[0])}, which makes different texts look identical`;
  }
  const ctrl = control.exec(text);
  if (ctrl) return `holds a control character ${codePointOf(ctrl[0])}`;
  return null;
}

function excerptAround(text: string, at: number): string {
  const excerpt = text.slice(at, at + 40);
  return at + 40 < text.length ? `${excerpt}…` : excerpt;
}
