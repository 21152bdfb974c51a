import { defineMessages } from '../../../../i18n/define-messages.ts';

/**
 * The header's Drafts link and preview switch: in every page's first download, so apart from
 * the /drafts page's catalog, which loads with that page.
 */
export const draftsHeaderMessages = defineMessages(
  {
    headerGroup: 'Drafts',
    link: 'Drafts',
    count: (count: number) => (count === 1 ? '1 unsaved change' : `${count} unsaved changes`),
    savedOnly: 'Saved data only',
    savedOnlyHint: 'Show the views without the drafts',
  },
  {
    headerGroup: 'Brouillons',
    link: 'Brouillons',
    count: (count: number) =>
      count <= 1
        ? `${count} modification non enregistrée`
        : `${count} modifications non enregistrées`,
    savedOnly: 'Données enregistrées seules',
    savedOnlyHint: 'Afficher les vues sans les brouillons',
  },
);
