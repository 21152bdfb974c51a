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
