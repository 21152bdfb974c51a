import { defineMessages } from '../../i18n/define-messages.ts';

/** Permalinks: the page for an unknown id. */
export const permalinkMessages = defineMessages(
  {
    notFoundTitle: (id: string): string => `No record with id “${id}”`,
    notFoundBody:
      'This permanent link names a record that is not in the data: it may have been renamed or removed.',
    toOverview: 'Go to the overview',
    toTimeline: 'Go to the timeline',
  },
  {
    notFoundTitle: (id) => `Aucune fiche n’a l’identifiant «\u00a0${id}\u00a0»`,
    notFoundBody:
      'Ce lien permanent désigne une fiche absente des données : elle a peut-être été renommée ou supprimée.',
    toOverview: 'Aller à la vue d’ensemble',
    toTimeline: 'Aller à la chronologie',
  },
);
