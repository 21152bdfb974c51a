import { defineMessages } from '../../i18n/define-messages.ts';
import { formatNumber, pluralOf } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';

function one(count: number, locale: Locale): boolean {
  return pluralOf(count, locale) === 'one';
}

/** The source reader's own text; record types, genres and dates come from `vocabulary`. */
export const sourcesMessages = defineMessages(
  {
    missingTitle: (id: string): string => `No source with id “${id}”`,
    sourcesAre: 'The sources in this dataset are:',
    eyebrow: (publication: string, genre: string): string => `Source · ${publication} · ${genre}`,
    published: 'Published:',
    original: 'Original:',
    transcriptionNotes: 'Transcription notes',
    aboutThePage: 'About this page:',
    unknownRecord: (id: string): string =>
      `No record with id “${id}” cites this source; showing all records.`,
    sourceText: 'Source text',
    passage: (text: string, count: number): string =>
      `${text} — cited by ${formatNumber(count, 'en')} ${one(count, 'en') ? 'record' : 'records'}`,
    readerOptions: 'Reading options',
    showTranslation: 'Show English translation',
    highlightAll: 'Highlight all passages',
    onlySelected:
      'Only the selected record’s passages are highlighted: choose a record in the panel.',
    furniture: 'Web page furniture, not part of the article:',
    noTranslation: 'No English translation of this paragraph yet.',
    // The records panel.
    passagesHere: (count: number): string =>
      `Its ${formatNumber(count, 'en')} passages in this text:`,
    passagesOf: (label: string, count: number): string =>
      `The ${formatNumber(count, 'en')} passages of “${label}” in this text`,
    atPassage: 'Records citing this passage',
    noneAtPoint: 'No record cites this point of the text.',
    selected: 'Selected record',
    all: 'Records from this source',
    hint: 'Select a highlighted passage to see the records it supports.',
    showAll: (count: number): string =>
      one(count, 'en')
        ? 'Show the only record from this source'
        : `Show all ${formatNumber(count, 'en')} records from this source`,
  },
  {
    missingTitle: (id) => `Aucune source n’a l’identifiant «\u00a0${id}\u00a0»`,
    sourcesAre: 'Les sources de ce jeu de données sont\u00a0:',
    eyebrow: (publication, genre) => `Source · ${publication} · ${genre}`,
    published: 'Publication\u00a0:',
    original: 'Texte d’origine\u00a0:',
    transcriptionNotes: 'Notes de transcription',
    aboutThePage: 'À propos de cette page\u00a0:',
    unknownRecord: (id) =>
      `Aucune fiche d’identifiant «\u00a0${id}\u00a0» ne cite cette source\u00a0; toutes les fiches sont affichées.`,
    sourceText: 'Texte de la source',
    passage: (text, count) =>
      `${text} — cité par ${formatNumber(count, 'fr')} ${one(count, 'fr') ? 'fiche' : 'fiches'}`,
    readerOptions: 'Options de lecture',
    showTranslation: 'Afficher la traduction anglaise',
    highlightAll: 'Surligner tous les passages',
    onlySelected:
      'Seuls les passages de la fiche sélectionnée sont surlignés\u00a0: choisissez une fiche dans le panneau.',
    furniture: 'Habillage de la page web, hors article\u00a0:',
    noTranslation: 'Pas encore de traduction anglaise de ce paragraphe.',
    passagesHere: (count) => `Ses ${formatNumber(count, 'fr')} passages dans ce texte\u00a0:`,
    passagesOf: (label, count) =>
      `Les ${formatNumber(count, 'fr')} passages de «\u00a0${label}\u00a0» dans ce texte`,
    atPassage: 'Fiches citant ce passage',
    noneAtPoint: 'Aucune fiche ne cite ce point du texte.',
    selected: 'Fiche sélectionnée',
    all: 'Fiches de cette source',
    hint: 'Choisissez un passage surligné pour voir les fiches qu’il étaye.',
    showAll: (count) =>
      one(count, 'fr')
        ? 'Afficher la seule fiche de cette source'
        : `Afficher les ${formatNumber(count, 'fr')} fiches de cette source`,
  },
);
