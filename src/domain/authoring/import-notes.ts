import type { Note } from '../records.ts';

/** The transcription note of a lost-dash repair, in the words of the BFM source's own note. */
export function lostDashNote(count: number): Note {
  return count === 1
    ? {
        fr: 'Dans le texte reçu, 1 tiret avait été perdu par une erreur d’encodage et apparaissait comme « ? » ; il est rétabli ici en « – ».',
        en: 'In the text as received, 1 dash was lost to an encoding error and appeared as “ ? ”; it is restored here as “ – ”.',
      }
    : {
        fr: `Dans le texte reçu, ${count} tirets avaient été perdus par une erreur d’encodage et apparaissaient comme « ? » ; chacun est rétabli ici en « – ».`,
        en: `In the text as received, ${count} dashes were lost to an encoding error and appeared as “ ? ”; each is restored here as “ – ”.`,
      };
}
