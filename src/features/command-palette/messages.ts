import { defineMessages } from '../../i18n/define-messages.ts';

/** The quick find dialog. */
export const paletteMessages = defineMessages(
  {
    title: 'Quick find',
    inputLabel: 'Find a person, organization, project, quote or source, or a command',
    placeholder: 'Type a name or some words…',
    results: 'Results',
    commands: 'Commands',
    hint: '↑ ↓ to choose, Enter to open, Escape to close',
    preparing: 'Preparing the search…',
    noMatch: (query: string): string => `Nothing matches “${query}”.`,
    count: (count: number): string =>
      count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`,
  },
  {
    title: 'Recherche rapide',
    inputLabel:
      'Chercher une personne, une organisation, un projet, une citation, une source ou une commande',
    placeholder: 'Tapez un nom ou quelques mots…',
    results: 'Résultats',
    commands: 'Commandes',
    hint: '↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer',
    preparing: 'Préparation de la recherche…',
    noMatch: (query) => `Aucun résultat pour «\u00a0${query}\u00a0».`,
    count: (count) =>
      count === 0 ? 'Aucun résultat' : count === 1 ? '1 résultat' : `${count} résultats`,
  },
);
