/*
 * The characters a reader cannot see, named once. Three places look for them, each for its own
 * purpose, and each says which classes it means:
 * - a slug id's error message spells them out (`records.ts`);
 * - a link notice spells them out in a pasted value (`lib/link-notices.ts`);
 * - the content checks warn about them in loaded data (`content-checks.ts`).
 * Each class is the inside of a regular-expression character class, for `charactersOf`.
 */

/** C0 and C1 control characters (tab and line breaks among them). */
export const CONTROLS = '\\u0000-\\u001F\\u007F-\\u009F';
/** The controls that lay text out: tab, line feed, carriage return. */
export const LAYOUT_CONTROLS = '\\u0009\\u000A\\u000D';
/** The soft hyphen: shown only where a line breaks. */
export const SOFT_HYPHEN = '\\u00AD';
/** Characters that take no space: zero-width space and non-joiner, word joiner, BOM. */
export const ZERO_WIDTH = '\\u200B\\u200C\\u2060\\uFEFF';
/** The zero-width joiner, which also holds emoji sequences together (👩‍💻). */
export const ZERO_WIDTH_JOINER = '\\u200D';
/** Left-to-right and right-to-left marks. */
export const BIDI_MARKS = '\\u200E\\u200F';
/** Embeddings, overrides and isolates: they reorder how the text around them displays. */
export const BIDI_CONTROLS = '\\u202A-\\u202E\\u2066-\\u2069';
/** Invisible operators (function application, times, separator, plus) and unassigned U+2065. */
export const INVISIBLE_OPERATORS = '\\u2061-\\u2065';
/**
 * Every character of the Unicode categories control, format, surrogate, line and paragraph
 * separator: the classes above and more (tag characters, Arabic number signs…). Needs the `u`
 * flag, which `charactersOf` sets.
 */
export const UNICODE_INVISIBLE = '\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}';

/**
 * A pattern for one character of any of `classes`, unless it is of `except`.
 * `flags` are added to `u`: `g` to replace every one.
 */
export function charactersOf(
  classes: readonly string[],
  { except = [], flags = '' }: { except?: readonly string[]; flags?: string } = {},
): RegExp {
  const unless = except.length > 0 ? `(?![${except.join('')}])` : '';
  return new RegExp(`${unless}[${classes.join('')}]`, `u${flags}`);
}

/** `U+200B`: a character's code point, as Unicode writes it. */
export function codePointOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with each character `pattern` (a `g` pattern) finds written `<U+200B>`. */
export function spellOut(text: string, pattern: RegExp): string {
  return text.replace(pattern, (char) => `<${codePointOf(char)}>`);
}
