/**
 * Folds text for matching: lower case, accents dropped, ligatures spelt out, so that
 * "experience" finds "expérience" and "oeuvre" finds "œuvre".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/**
 * What separates words: white space and punctuation, as minisearch's default tokenizer.
 * Every search splits text with it, so that highlighting splits the texts exactly as the
 * indexes did.
 */
export const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/** A text's words, as written: split at `WORD_SEPARATOR`, empty pieces dropped. */
export function wordsOf(text: string): string[] {
  return text.split(WORD_SEPARATOR).filter((word) => word.length > 0);
}

/** A text's words, folded (see `foldText`): what every search index stores and matches. */
export function foldedWordsOf(text: string): string[] {
  return wordsOf(foldText(text));
}
