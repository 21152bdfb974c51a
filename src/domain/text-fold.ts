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
 * Spelt out once, so that highlighting splits the texts exactly as the search indexes did.
 */
export const WORD_SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;
