import { defineMessages } from '../../i18n/define-messages.ts';

/** The keyboard shortcuts' help overlay and the header's buttons for it and quick find. */
export const shortcutMessages = defineMessages(
  {
    helpTitle: 'Keyboard shortcuts',
    helpIntro:
      'Except Ctrl K, shortcuts do nothing while you type in a field (Ctrl Z there undoes typing). Press g, then a letter, within a second and a half.',
    close: 'Close',
    keysColumn: 'Keys',
    actionColumn: 'Action',
    then: 'then',
    or: 'or',
    openPalette: 'Open quick find',
    openHelp: 'Show this help',
    undo: 'Undo the last change to the drafts (outside a field)',
    redo: 'Redo the change just undone (outside a field)',
    closeDialog: 'Close this dialog, a details panel or a list of suggestions',
    escapeKey: 'Esc',
    toolbar: 'Quick find and shortcuts',
    paletteButton: 'Quick find',
    helpButton: 'Shortcuts',
  },
  {
    helpTitle: 'Raccourcis clavier',
    helpIntro:
      'Hormis Ctrl K, les raccourcis sont sans effet pendant la saisie dans un champ (Ctrl Z y annule la frappe). Appuyez sur g, puis sur une lettre, dans la seconde et demie.',
    close: 'Fermer',
    keysColumn: 'Touches',
    actionColumn: 'Action',
    then: 'puis',
    or: 'ou',
    openPalette: 'Ouvrir la recherche rapide',
    openHelp: 'Afficher cette aide',
    undo: 'Annuler la dernière modification des brouillons (hors d’un champ)',
    redo: 'Rétablir la modification annulée (hors d’un champ)',
    closeDialog: 'Fermer cette fenêtre, un panneau de détails ou une liste de suggestions',
    escapeKey: 'Échap',
    toolbar: 'Recherche rapide et raccourcis',
    paletteButton: 'Rechercher',
    helpButton: 'Raccourcis',
  },
);
