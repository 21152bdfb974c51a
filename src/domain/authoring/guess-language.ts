import { franc } from 'franc-min';

/** ISO 639-3 codes franc answers with, as the two-letter codes a source records. */
const TWO_LETTER: Record<string, string> = {
  fra: 'fr',
  eng: 'en',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
};

/** The text's language as a two-letter code, or null when it is too short or unknown to say. */
export function guessLanguage(text: string): string | null {
  const code = franc(text, { minLength: 20 });
  return TWO_LETTER[code] ?? null;
}
