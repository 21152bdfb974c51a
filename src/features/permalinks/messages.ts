import { defineMessages } from '../../i18n/define-messages.ts';

/** Permalinks: the page for an unknown id, the links in record cards, the linked quote. */
export const permalinkMessages = defineMessages(
  {
    notFoundTitle: (id: string): string => `No record with id “${id}”`,
    notFoundBody:
      'This permanent link names a record that is not in the data: it may have been renamed or removed.',
    toOverview: 'Go to the overview',
    toTimeline: 'Go to the timeline',
    permalink: 'Permalink',
    permalinkTo: (label: string): string => `Permalink to ${label}`,
    copy: 'Copy link',
    copyTo: (label: string): string => `Copy link to ${label}`,
    copied: 'Link copied.',
    copyFailed: 'Could not copy: use the Permalink link instead.',
    linkedQuote: 'Linked quote',
    showAll: 'Close the linked quote',
  },
  {
    notFoundTitle: (id) => `Aucune fiche n’a l’identifiant «\u00a0${id}\u00a0»`,
    notFoundBody:
      'Ce lien permanent désigne une fiche absente des données : elle a peut-être été renommée ou supprimée.',
    toOverview: 'Aller à la vue d’ensemble',
    toTimeline: 'Aller à la chronologie',
    permalink: 'Lien permanent',
    permalinkTo: (label) => `Lien permanent vers ${label}`,
    copy: 'Copier le lien',
    copyTo: (label) => `Copier le lien vers ${label}`,
    copied: 'Lien copié.',
    copyFailed: 'Copie impossible : utilisez plutôt le lien permanent.',
    linkedQuote: 'Citation liée',
    showAll: 'Fermer la citation liée',
  },
);
