import type { Encoding, ParagraphKind } from '../../../domain/authoring/import-text.ts';
import { defineMessages } from '../../../i18n/define-messages.ts';
import { formatNumber } from '../../../i18n/format.ts';

const LANGUAGES_EN: Record<string, string> = {
  fr: 'French',
  en: 'English',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
};
const LANGUAGES_FR: Record<string, string> = {
  fr: 'français',
  en: 'anglais',
  de: 'allemand',
  es: 'espagnol',
  it: 'italien',
  pt: 'portugais',
  nl: 'néerlandais',
};

const ENCODING: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252' };

/** The import page (`/sources/new`). */
export const importMessages = defineMessages(
  {
    eyebrow: 'New source',
    title: 'Import a source',
    intro:
      'Paste the text or drop a .txt, .md or .html file. Check its paragraphs and details, then import it as a draft and annotate it: nothing is saved to the data folder until you save your drafts.',
    text: 'Text',
    textHeading: 'The text as received',
    textHint: 'Paragraphs are separated by blank lines (or, without any, one per line).',
    file: 'File',
    fileHint: 'A .txt, .md or .html file; you can also drop one anywhere on this page.',
    dropHere: 'Drop the file to import its text',
    fileRead: (name: string, encoding: Encoding, count: number): string =>
      `Read “${name}” (${ENCODING[encoding]}): ${formatNumber(count, 'en')} ${count === 1 ? 'paragraph' : 'paragraphs'}.`,
    fileRefused: (name: string): string =>
      `“${name}” is not a .txt, .md or .html file: nothing was read.`,
    fileFailed: (name: string): string => `“${name}” could not be read.`,
    details: 'About the source',
    publication: 'Publication',
    publicationHint: 'The newspaper, magazine or site, e.g. BFM Business.',
    titleField: 'Title',
    language: 'Language',
    languageHint: 'Two letters: fr, en…',
    languageGuess: (code: string): string =>
      `Guessed from the text: ${LANGUAGES_EN[code] ?? code} (${code}).`,
    languageNoGuess: 'Too little text to guess the language.',
    url: 'URL',
    urlHint: 'Optional: the http(s) address the text was read at.',
    genre: 'Genre',
    genreGuess: (genre: string): string => `Guessed from the paragraphs: ${genre}.`,
    id: 'Id',
    idHint: 'The source’s address is /sources/<id>: lowercase letters, digits and hyphens.',
    idFree: (id: string): string => `“${id}” is free.`,
    idTakenSaved: (id: string): string => `“${id}” is already the id of a saved record.`,
    idTakenDraft: (id: string): string => `“${id}” is already the id of a draft record.`,
    idReserved: (id: string): string => `“${id}” is reserved for this page’s address.`,
    published: 'Published',
    paragraphs: (count: number): string => `Paragraphs (${formatNumber(count, 'en')})`,
    paragraphsHint:
      'Each role is a guess: correct any that is wrong. Page furniture (chrome) is kept, shown dimmed, and cannot be cited.',
    noParagraphs: 'Paste a text or choose a file to see its paragraphs here.',
    roleOf: (n: number): string => `Role of paragraph ${formatNumber(n, 'en')}`,
    kind: (kind: ParagraphKind): string =>
      ({
        heading: 'Heading',
        lead: 'Lead',
        question: 'Question',
        answer: 'Answer',
        body: 'Body',
        chrome: 'Page furniture',
      })[kind],
    speakers: (names: string): string => `Interview turns found: ${names}.`,
    lostDashes: (count: number): string =>
      count === 1
        ? 'One dash looks lost to an encoding error: it shows as “ ? ” inside a sentence.'
        : `${formatNumber(count, 'en')} dashes look lost to an encoding error: they show as “ ? ” inside sentences.`,
    repair: (count: number): string =>
      count === 1 ? 'Repair the dash' : `Repair ${formatNumber(count, 'en')} dashes`,
    repaired: (count: number): string =>
      `${formatNumber(count, 'en')} ${count === 1 ? 'dash' : 'dashes'} restored as “ – ”; the source’s transcription notes say so:`,
    importButton: 'Import',
    problems: (count: number): string =>
      count === 1
        ? 'The source has 1 problem, shown at its field.'
        : `The source has ${formatNumber(count, 'en')} problems, each shown at its field.`,
    storeFailed: 'The draft could not be stored in this browser; nothing was imported.',
  },
  {
    eyebrow: 'Nouvelle source',
    title: 'Importer une source',
    intro:
      'Collez le texte ou déposez un fichier .txt, .md ou .html. Vérifiez ses paragraphes et ses informations, puis importez-le comme brouillon pour l’annoter\u00a0: rien n’est écrit dans le dossier de données avant l’enregistrement des brouillons.',
    text: 'Texte',
    textHeading: 'Le texte tel que reçu',
    textHint:
      'Les paragraphes sont séparés par des lignes vides (ou, s’il n’y en a aucune, un par ligne).',
    file: 'Fichier',
    fileHint:
      'Un fichier .txt, .md ou .html\u00a0; vous pouvez aussi le déposer n’importe où sur cette page.',
    dropHere: 'Déposez le fichier pour en importer le texte',
    fileRead: (name, encoding, count) =>
      `«\u00a0${name}\u00a0» lu (${ENCODING[encoding]})\u00a0: ${formatNumber(count, 'fr')} ${count <= 1 ? 'paragraphe' : 'paragraphes'}.`,
    fileRefused: (name) =>
      `«\u00a0${name}\u00a0» n’est pas un fichier .txt, .md ou .html\u00a0: rien n’a été lu.`,
    fileFailed: (name) => `«\u00a0${name}\u00a0» n’a pas pu être lu.`,
    details: 'La source',
    publication: 'Publication',
    publicationHint: 'Le journal, le magazine ou le site, par exemple BFM Business.',
    titleField: 'Titre',
    language: 'Langue',
    languageHint: 'Deux lettres\u00a0: fr, en…',
    languageGuess: (code) => `Déduite du texte\u00a0: ${LANGUAGES_FR[code] ?? code} (${code}).`,
    languageNoGuess: 'Trop peu de texte pour deviner la langue.',
    url: 'URL',
    urlHint: 'Facultative\u00a0: l’adresse http(s) où le texte a été lu.',
    genre: 'Genre',
    genreGuess: (genre) => `Déduit des paragraphes\u00a0: ${genre}.`,
    id: 'Identifiant',
    idHint:
      'L’adresse de la source est /sources/<identifiant>\u00a0: lettres minuscules, chiffres et traits d’union.',
    idFree: (id) => `«\u00a0${id}\u00a0» est libre.`,
    idTakenSaved: (id) => `«\u00a0${id}\u00a0» est déjà l’identifiant d’une fiche enregistrée.`,
    idTakenDraft: (id) => `«\u00a0${id}\u00a0» est déjà l’identifiant d’un brouillon.`,
    idReserved: (id) => `«\u00a0${id}\u00a0» est réservé à l’adresse de cette page.`,
    published: 'Date de publication',
    paragraphs: (count) => `Paragraphes (${formatNumber(count, 'fr')})`,
    paragraphsHint:
      'Chaque rôle est une supposition\u00a0: corrigez ceux qui sont faux. L’habillage de la page est conservé, affiché en grisé, et ne peut pas être cité.',
    noParagraphs: 'Collez un texte ou choisissez un fichier pour voir ses paragraphes ici.',
    roleOf: (n) => `Rôle du paragraphe ${formatNumber(n, 'fr')}`,
    kind: (kind) =>
      ({
        heading: 'Intertitre',
        lead: 'Chapô',
        question: 'Question',
        answer: 'Réponse',
        body: 'Corps',
        chrome: 'Habillage de la page',
      })[kind],
    speakers: (names) => `Tours de parole trouvés\u00a0: ${names}.`,
    lostDashes: (count) =>
      count === 1
        ? 'Un tiret semble perdu par une erreur d’encodage\u00a0: il apparaît comme «\u00a0?\u00a0» au milieu d’une phrase.'
        : `${formatNumber(count, 'fr')} tirets semblent perdus par une erreur d’encodage\u00a0: ils apparaissent comme «\u00a0?\u00a0» au milieu des phrases.`,
    repair: (count) =>
      count === 1 ? 'Rétablir le tiret' : `Rétablir les ${formatNumber(count, 'fr')} tirets`,
    repaired: (count) =>
      `${formatNumber(count, 'fr')} ${count === 1 ? 'tiret rétabli' : 'tirets rétablis'} en «\u00a0–\u00a0»\u00a0; les notes de transcription de la source le disent\u00a0:`,
    importButton: 'Importer',
    problems: (count) =>
      count === 1
        ? 'La source a 1 problème, signalé à son champ.'
        : `La source a ${formatNumber(count, 'fr')} problèmes, chacun signalé à son champ.`,
    storeFailed:
      'Le brouillon n’a pas pu être conservé dans ce navigateur\u00a0; rien n’a été importé.',
  },
);
