import { defineMessages } from '../../../i18n/define-messages.ts';
import type { RecordType } from '../../../domain/registry.ts';

/** A record type as a form's title names it: the model's words ("role" for a position). */
const typeEn: Record<RecordType, string> = {
  source: 'source',
  person: 'person',
  organization: 'organization',
  position: 'role',
  project: 'project',
  quote: 'quote',
  event: 'event',
  figure: 'figure',
  relation: 'relation',
};

/** French: « Nouvelle citation », « Nouveau rôle », « Nouvel événement ». */
const newFr: Record<RecordType, string> = {
  source: 'Nouvelle source',
  person: 'Nouvelle personne',
  organization: 'Nouvelle organisation',
  position: 'Nouveau rôle',
  project: 'Nouveau projet',
  quote: 'Nouvelle citation',
  event: 'Nouvel événement',
  figure: 'Nouveau chiffre',
  relation: 'Nouvelle relation',
};

const editFr: Record<RecordType, string> = {
  source: 'Modifier la source',
  person: 'Modifier la personne',
  organization: 'Modifier l’organisation',
  position: 'Modifier le rôle',
  project: 'Modifier le projet',
  quote: 'Modifier la citation',
  event: 'Modifier l’événement',
  figure: 'Modifier le chiffre',
  relation: 'Modifier la relation',
};

const typeFr: Record<RecordType, string> = {
  source: 'source',
  person: 'personne',
  organization: 'organisation',
  position: 'rôle',
  project: 'projet',
  quote: 'citation',
  event: 'événement',
  figure: 'chiffre',
  relation: 'relation',
};

/** The record forms: titles, buttons, field hints and problems, the date editor, the pickers. */
export const formMessages = defineMessages(
  {
    newTitle: (type: RecordType) => `New ${typeEn[type]}`,
    editTitle: (type: RecordType) => `Edit ${typeEn[type]}`,
    saveDraft: 'Save draft',
    restored: (at: Date) =>
      `Opened again as you left it (last change ${at.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}): not saved as a draft yet.`,
    cancel: 'Cancel',
    delete: 'Delete',
    french: 'French',
    english: 'English',
    none: 'None',
    choose: 'Choose…',
    inferenceHint: 'How it was inferred, in French and English.',
    idHint: 'Lowercase letters, digits and hyphens; part of the record’s address.',
    idFixed: 'An existing record keeps its id: other records and links refer to it.',
    tagsHint: 'Slugs separated by commas, e.g. innovation, digital-factory.',
    notesHint: 'One note per line pair, in French and English.',
    requiredMark: '(required)',
    problemsSummary: (count: number) =>
      count === 1 ? '1 problem to fix before saving.' : `${count} problems to fix before saving.`,
    saving: 'Saving the draft…',
    saveFailed: 'The draft could not be stored in this browser.',
    // Problems at a field.
    required: 'Required.',
    chooseOne: 'Choose one.',
    atLeastOne: 'Add at least one.',
    inferenceRequired: 'Say how it was inferred, in French and English.',
    slug: 'A slug: lowercase letters, digits and single hyphens.',
    dateFormat: 'Write the date as the precision asks: YYYY, YYYY-MM or YYYY-MM-DD.',
    idTaken: (id: string) => `The id “${id}” is already a record’s.`,
    unknownId: 'No record with this id.',
    notVerbatim: 'Not found verbatim in one paragraph of the source.',
    // The date editor.
    precision: 'Precision',
    noDate: 'No date',
    precisionName: (precision: 'day' | 'month' | 'year' | 'circa' | 'range') =>
      ({
        day: 'Day',
        month: 'Month',
        year: 'Year',
        circa: 'Approximate (circa)',
        range: 'Range',
      })[precision],
    valueFormat: (precision: 'day' | 'month' | 'year' | 'circa' | 'range') =>
      ({
        day: 'YYYY-MM-DD',
        month: 'YYYY-MM',
        year: 'YYYY',
        circa: 'YYYY or YYYY-MM',
        range: 'YYYY, YYYY-MM or YYYY-MM-DD',
      })[precision],
    rangeTo: 'to',
    partOfYear: 'Part of the year',
    wholeYear: 'Whole year',
    part: (part: 'early' | 'mid' | 'late') => ({ early: 'Early', mid: 'Mid', late: 'Late' })[part],
    certainty: 'Certainty',
    stated: 'Stated by the source',
    inferred: 'Inferred by us',
    expression: 'Source’s words',
    expressionHint: 'As the text says it, e.g. “fin 1999”, “depuis 2009-2010”.',
    howInferred: 'How it was inferred',
    preview: 'Reads as',
    // Pickers.
    noMatch: 'No match',
    create: (typed: string) => `Create “${typed}”`,
    createAs: (typed: string, type: RecordType) => `Create “${typed}” as a ${typeEn[type]}`,
    remove: (label: string) => `Remove ${label}`,
    add: 'Add',
    selected: 'Chosen',
    clear: 'Clear',
    clearOf: (label: string) => `Clear ${label}`,
    // Evidence.
    passage: 'Passage',
    source: 'Source',
    addPassage: 'Add passage',
    removePassage: (n: number) => `Remove passage ${n}`,
    inSource: (publication: string) => `in ${publication}`,
    verbatimOk: 'Found verbatim in the source.',
    // Paragraphs and lists.
    paragraph: (n: number) => `Paragraph ${n}`,
    paragraphKind: (n: number) => `Kind of paragraph ${n}`,
    addParagraph: 'Add paragraph',
    item: (n: number) => `Item ${n}`,
    addItem: 'Add',
    removeItem: (n: number) => `Remove item ${n}`,
    yes: 'Yes',
    genre: (genre: string) =>
      ({ interview: 'Interview', profile: 'Profile', article: 'Article' })[genre] ?? genre,
    qualifier: (qualifier: string) =>
      ({
        exact: 'Exact',
        about: 'About',
        'more-than': 'More than',
        barely: 'Barely',
        range: 'Range (value to up to)',
      })[qualifier] ?? qualifier,
    // Delete.
    deleteRefused: 'This record cannot be deleted: these records refer to it.',
    deleteConfirm: (label: string) =>
      `Delete “${label}”? The deletion stays a draft until you save to the data folder.`,
    confirmDelete: 'Delete it',
    keep: 'Keep it',
    recordRef: (type: RecordType, label: string) => `${typeEn[type]}: ${label}`,
  },
  {
    newTitle: (type: RecordType) => newFr[type],
    editTitle: (type: RecordType) => editFr[type],
    saveDraft: 'Enregistrer le brouillon',
    restored: (at: Date) =>
      `Rouvert tel que vous l’aviez laissé (dernière modification le ${at.toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short' })}) : pas encore enregistré comme brouillon.`,
    cancel: 'Annuler',
    delete: 'Supprimer',
    french: 'Français',
    english: 'Anglais',
    none: 'Aucun',
    choose: 'Choisir…',
    inferenceHint: 'Comment cela a été déduit, en français et en anglais.',
    idHint: 'Minuscules, chiffres et traits d’union ; fait partie de l’adresse de la fiche.',
    idFixed:
      'Une fiche existante garde son identifiant : d’autres fiches et des liens y renvoient.',
    tagsHint: 'Identifiants séparés par des virgules, par ex. innovation, digital-factory.',
    notesHint: 'Une note par paire de lignes, en français et en anglais.',
    requiredMark: '(obligatoire)',
    problemsSummary: (count: number) =>
      count === 1
        ? '1 problème à corriger avant d’enregistrer.'
        : `${count} problèmes à corriger avant d’enregistrer.`,
    saving: 'Enregistrement du brouillon…',
    saveFailed: 'Le brouillon n’a pas pu être conservé dans ce navigateur.',
    required: 'Obligatoire.',
    chooseOne: 'Choisissez une valeur.',
    atLeastOne: 'Ajoutez-en au moins un.',
    inferenceRequired: 'Dites comment cela a été déduit, en français et en anglais.',
    slug: 'Un identifiant : minuscules, chiffres et traits d’union simples.',
    dateFormat: 'Écrivez la date comme la précision le demande : AAAA, AAAA-MM ou AAAA-MM-JJ.',
    idTaken: (id: string) => `L’identifiant « ${id} » est déjà celui d’une fiche.`,
    unknownId: 'Aucune fiche avec cet identifiant.',
    notVerbatim: 'Introuvable mot pour mot dans un paragraphe de la source.',
    precision: 'Précision',
    noDate: 'Pas de date',
    precisionName: (precision: 'day' | 'month' | 'year' | 'circa' | 'range') =>
      ({
        day: 'Jour',
        month: 'Mois',
        year: 'Année',
        circa: 'Approximative (vers)',
        range: 'Période',
      })[precision],
    valueFormat: (precision: 'day' | 'month' | 'year' | 'circa' | 'range') =>
      ({
        day: 'AAAA-MM-JJ',
        month: 'AAAA-MM',
        year: 'AAAA',
        circa: 'AAAA ou AAAA-MM',
        range: 'AAAA, AAAA-MM ou AAAA-MM-JJ',
      })[precision],
    rangeTo: 'à',
    partOfYear: 'Partie de l’année',
    wholeYear: 'Toute l’année',
    part: (part: 'early' | 'mid' | 'late') =>
      ({ early: 'Début', mid: 'Milieu', late: 'Fin' })[part],
    certainty: 'Certitude',
    stated: 'Dit par la source',
    inferred: 'Déduit par nous',
    expression: 'Mots de la source',
    expressionHint: 'Tels que le texte les écrit, par ex. « fin 1999 », « depuis 2009-2010 ».',
    howInferred: 'Comment cela a été déduit',
    preview: 'Se lit',
    noMatch: 'Aucun résultat',
    create: (typed: string) => `Créer « ${typed} »`,
    createAs: (typed: string, type: RecordType) => `Créer « ${typed} » (${typeFr[type]})`,
    remove: (label: string) => `Retirer ${label}`,
    add: 'Ajouter',
    selected: 'Choisi',
    clear: 'Effacer',
    clearOf: (label: string) => `Effacer ${label}`,
    passage: 'Passage',
    source: 'Source',
    addPassage: 'Ajouter le passage',
    removePassage: (n: number) => `Retirer le passage ${n}`,
    inSource: (publication: string) => `dans ${publication}`,
    verbatimOk: 'Trouvé mot pour mot dans la source.',
    paragraph: (n: number) => `Paragraphe ${n}`,
    paragraphKind: (n: number) => `Type du paragraphe ${n}`,
    addParagraph: 'Ajouter un paragraphe',
    item: (n: number) => `Élément ${n}`,
    addItem: 'Ajouter',
    removeItem: (n: number) => `Retirer l’élément ${n}`,
    yes: 'Oui',
    genre: (genre: string) =>
      ({ interview: 'Interview', profile: 'Portrait', article: 'Article' })[genre] ?? genre,
    qualifier: (qualifier: string) =>
      ({
        exact: 'Exact',
        about: 'Environ',
        'more-than': 'Plus de',
        barely: 'À peine',
        range: 'Fourchette (de la valeur à « jusqu’à »)',
      })[qualifier] ?? qualifier,
    deleteRefused: 'Cette fiche ne peut pas être supprimée : ces fiches y renvoient.',
    deleteConfirm: (label: string) =>
      `Supprimer « ${label} » ? La suppression reste un brouillon tant que vous n’enregistrez pas dans le dossier de données.`,
    confirmDelete: 'La supprimer',
    keep: 'La garder',
    recordRef: (type: RecordType, label: string) => `${typeFr[type]} : ${label}`,
  },
);
