import { defineMessages } from '../../../i18n/define-messages.ts';
import { formatNumber } from '../../../i18n/format.ts';

function list(numbers: readonly number[], locale: 'en' | 'fr'): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    numbers.map((n) => formatNumber(n, locale)),
  );
}

/** Annotate mode of the source reader: the toolbar over a selection and the evidence picker. */
export const annotateMessages = defineMessages(
  {
    annotate: 'Annotate this source',
    stopAnnotating: 'Stop annotating',
    modeOn: 'Annotate mode',
    hint: 'Select words in one paragraph — with the mouse, or with Shift and the arrow keys once the text has focus — then choose what they become. Tab reaches the toolbar; Escape comes back to the text.',
    toolbar: 'Create from selection',
    addAsEvidence: 'Add as evidence',
    selected: (passage: string): string => `Selected: “${passage}”`,
    duplicate: (count: number, paragraphs: readonly number[], first: number): string =>
      `These words occur ${formatNumber(count, 'en')} times in this source (paragraphs ${list(paragraphs, 'en')}): a record citing them points to the first, in paragraph ${formatNumber(first, 'en')}. Select more words to make the passage unique.`,
    across: (count: number): string =>
      `A passage lies in one paragraph, and this selection spans ${formatNumber(count, 'en')}: select words within a single paragraph.`,
    beyondText:
      'A passage lies in one paragraph of the text, and this selection goes beyond the text.',
    chrome:
      'This paragraph is the web page’s furniture (chrome), not the article: it cannot be cited.',
    noEditor: 'Record forms are not available on this page.',
    // The evidence picker.
    pickerTitle: 'Add the passage as evidence',
    pickerIntro:
      'Choose the record these words support; the passage is added to its evidence as a draft.',
    search: 'Find a record',
    searchHint: 'A name, a title or words of a quote; accents and case are ignored.',
    results: 'Records',
    noResults: 'No record matches.',
    typeFirst: 'Type to search the records, saved and draft.',
    cancel: 'Cancel',
    added: (label: string): string => `The passage is now evidence of “${label}” (a draft).`,
    alreadyCited: (label: string): string => `“${label}” already cites this passage.`,
    storeFailed: 'The draft could not be stored in this browser.',
  },
  {
    annotate: 'Annoter cette source',
    stopAnnotating: 'Arrêter d’annoter',
    modeOn: 'Mode annotation',
    hint: 'Sélectionnez des mots dans un paragraphe — à la souris, ou avec Maj et les flèches une fois le texte sélectionné au clavier — puis choisissez ce qu’ils deviennent. Tab atteint la barre d’outils\u00a0; Échap revient au texte.',
    toolbar: 'Créer à partir de la sélection',
    addAsEvidence: 'Ajouter comme preuve',
    selected: (passage) => `Sélection\u00a0: «\u00a0${passage}\u00a0»`,
    duplicate: (count, paragraphs, first) =>
      `Ces mots apparaissent ${formatNumber(count, 'fr')} fois dans cette source (paragraphes ${list(paragraphs, 'fr')})\u00a0: une fiche qui les cite renvoie à la première, au paragraphe ${formatNumber(first, 'fr')}. Sélectionnez plus de mots pour rendre le passage unique.`,
    across: (count) =>
      `Un passage tient dans un seul paragraphe, et cette sélection en couvre ${formatNumber(count, 'fr')}\u00a0: sélectionnez des mots à l’intérieur d’un seul paragraphe.`,
    beyondText:
      'Un passage tient dans un seul paragraphe du texte, et cette sélection déborde du texte.',
    chrome:
      'Ce paragraphe appartient à l’habillage de la page web, pas à l’article\u00a0: il ne peut pas être cité.',
    noEditor: 'Les formulaires de fiche ne sont pas disponibles sur cette page.',
    pickerTitle: 'Ajouter le passage comme preuve',
    pickerIntro:
      'Choisissez la fiche que ces mots étayent\u00a0; le passage est ajouté à ses preuves, en brouillon.',
    search: 'Chercher une fiche',
    searchHint:
      'Un nom, un titre ou des mots d’une citation\u00a0; accents et majuscules sont ignorés.',
    results: 'Fiches',
    noResults: 'Aucune fiche ne correspond.',
    typeFirst: 'Tapez pour chercher parmi les fiches, enregistrées et brouillons.',
    cancel: 'Annuler',
    added: (label) => `Le passage étaye désormais «\u00a0${label}\u00a0» (en brouillon).`,
    alreadyCited: (label) => `«\u00a0${label}\u00a0» cite déjà ce passage.`,
    storeFailed: 'Le brouillon n’a pas pu être conservé dans ce navigateur.',
  },
);
