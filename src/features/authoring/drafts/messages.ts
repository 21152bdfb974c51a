import { defineMessages } from '../../../i18n/define-messages.ts';

/** The /drafts page (the header's link and switch: `header/messages.ts`). */
export const draftsMessages = defineMessages(
  {
    title: 'Drafts',
    intro:
      'Your changes are kept in this browser, written at once, until you save them to the data folder or download them.',
    empty:
      'No unsaved changes. Records you add, edit or delete are kept here as drafts until you save them.',
    groupNew: (count: number) => `New (${count})`,
    groupEdited: (count: number) => `Edited (${count})`,
    groupDeleted: (count: number) => `Deleted (${count})`,
    groupConflicts: (count: number) => `Conflicts (${count})`,
    conflictsIntro:
      'These records changed in the data folder since you started their drafts. Choose which version to keep before saving.',
    conflictReason: (reason: 'changed' | 'deleted' | 'exists') =>
      ({
        changed: 'Changed on disk since your draft began.',
        deleted: 'Deleted on disk since your draft began.',
        exists: 'A record with this id now exists on disk.',
      })[reason],
    savedVersion: 'Saved',
    draftVersion: 'Your draft',
    keepMine: 'Keep mine',
    takeTheirs: 'Take theirs',
    keepMineLabel: (label: string) => `Keep mine: ${label}`,
    takeTheirsLabel: (label: string) => `Take theirs (the saved version): ${label}`,
    showWhere: 'Show where it appears',
    discard: 'Discard',
    discardLabel: (label: string) => `Discard: ${label}`,
    leftForms: (count: number) => `Forms left unsaved (${count})`,
    leftFormsIntro:
      'Forms that were open in a tab that closed or crashed before they were saved as drafts. Resume one to go on where you stopped.',
    leftFormAt: (at: Date) =>
      `Last change ${at.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`,
    unnamed: '(nothing typed yet)',
    resume: 'Resume',
    resumeLabel: (label: string) => `Resume: ${label}`,
    discardFormLabel: (label: string) => `Discard the form: ${label}`,
    changes: 'What changed',
    field: 'Field',
    before: 'Before',
    after: 'After',
    noFieldChange: 'No field differs from the saved record.',
    deletedNote: 'Will be removed from the data folder.',
    checkTitle: 'Check before saving',
    checking: 'Checking the folder with your changes…',
    checkClean: 'The folder with your changes passes check-data.',
    checkProblems: (count: number) =>
      count === 1
        ? 'The folder with your changes has 1 problem check-data would refuse:'
        : `The folder with your changes has ${count} problems check-data would refuse:`,
    problemsCaption: 'Problems of the folder with your changes',
    saveTitle: 'Save',
    newTitle: 'Title of the new dossier',
    files: (count: number) =>
      count === 1 ? 'The save writes 1 file:' : `The save writes ${count} files:`,
    saveToFolder: 'Save to data folder',
    saving: 'Saving…',
    saveOff:
      'Saving to the data folder works under npm run edit. Here, download the changes and unpack them over the folder.',
    resolveFirst: 'Resolve the conflicts above before saving.',
    download: 'Download changes',
    downloadHint:
      'A zip of the files the save would write, to unpack over the data folder: check-data accepts it when the check above finds no problem.',
    saved: (count: number) =>
      count === 1
        ? 'Saved 1 file to the data folder. The views now show the saved data.'
        : `Saved ${count} files to the data folder. The views now show the saved data.`,
    refused:
      'check-data refused the save: nothing was written. Your drafts are kept. The problems:',
    changedOnDisk: (file: string) =>
      `${file} changed on disk since it was loaded: nothing was written and your drafts are kept. Reload the page to see the new version, then save again.`,
    networkError: (message: string) =>
      `The edit server did not answer (${message}): nothing was saved and your drafts are kept.`,
    otherError: (message: string) => `The save failed: ${message}. Your drafts are kept.`,
    reload: 'Reload',
  },
  {
    title: 'Brouillons',
    intro:
      'Vos modifications sont gardées dans ce navigateur, écrites aussitôt, jusqu’à ce que vous les enregistriez dans le dossier de données ou les téléchargiez.',
    empty:
      'Aucune modification non enregistrée. Les fiches que vous ajoutez, modifiez ou supprimez restent ici en brouillon jusqu’à l’enregistrement.',
    groupNew: (count: number) => `Nouvelles (${count})`,
    groupEdited: (count: number) => `Modifiées (${count})`,
    groupDeleted: (count: number) => `Supprimées (${count})`,
    groupConflicts: (count: number) => `Conflits (${count})`,
    conflictsIntro:
      'Ces fiches ont changé dans le dossier de données depuis le début de leur brouillon. Choisissez la version à garder avant d’enregistrer.',
    conflictReason: (reason: 'changed' | 'deleted' | 'exists') =>
      ({
        changed: 'Modifiée sur le disque depuis le début de votre brouillon.',
        deleted: 'Supprimée sur le disque depuis le début de votre brouillon.',
        exists: 'Une fiche de même identifiant existe désormais sur le disque.',
      })[reason],
    savedVersion: 'Enregistrée',
    draftVersion: 'Votre brouillon',
    keepMine: 'Garder la mienne',
    takeTheirs: 'Prendre l’enregistrée',
    keepMineLabel: (label: string) => `Garder la mienne : ${label}`,
    takeTheirsLabel: (label: string) => `Prendre l’enregistrée : ${label}`,
    showWhere: 'Voir où elle apparaît',
    discard: 'Abandonner',
    discardLabel: (label: string) => `Abandonner : ${label}`,
    leftForms: (count: number) => `Formulaires non enregistrés (${count})`,
    leftFormsIntro:
      'Des formulaires ouverts dans un onglet qui s’est fermé ou a planté avant qu’ils soient enregistrés comme brouillons. Reprenez-en un pour continuer où vous en étiez.',
    leftFormAt: (at: Date) =>
      `Dernière modification le ${at.toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short' })}`,
    unnamed: '(rien de saisi)',
    resume: 'Reprendre',
    resumeLabel: (label: string) => `Reprendre : ${label}`,
    discardFormLabel: (label: string) => `Abandonner le formulaire : ${label}`,
    changes: 'Ce qui change',
    field: 'Champ',
    before: 'Avant',
    after: 'Après',
    noFieldChange: 'Aucun champ ne diffère de la fiche enregistrée.',
    deletedNote: 'Sera retirée du dossier de données.',
    checkTitle: 'Vérification avant l’enregistrement',
    checking: 'Vérification du dossier avec vos modifications…',
    checkClean: 'Le dossier avec vos modifications passe check-data.',
    checkProblems: (count: number) =>
      count === 1
        ? 'Le dossier avec vos modifications a 1 problème que check-data refuserait :'
        : `Le dossier avec vos modifications a ${count} problèmes que check-data refuserait :`,
    problemsCaption: 'Problèmes du dossier avec vos modifications',
    saveTitle: 'Enregistrer',
    newTitle: 'Titre du nouveau dossier',
    files: (count: number) =>
      count === 1
        ? 'L’enregistrement écrit 1 fichier :'
        : `L’enregistrement écrit ${count} fichiers :`,
    saveToFolder: 'Enregistrer dans le dossier de données',
    saving: 'Enregistrement…',
    saveOff:
      'L’enregistrement dans le dossier de données fonctionne avec npm run edit. Ici, téléchargez les modifications et décompressez-les sur le dossier.',
    resolveFirst: 'Réglez les conflits ci-dessus avant d’enregistrer.',
    download: 'Télécharger les modifications',
    downloadHint:
      'Une archive zip des fichiers que l’enregistrement écrirait, à décompresser sur le dossier de données : check-data l’accepte quand la vérification ci-dessus ne trouve aucun problème.',
    saved: (count: number) =>
      count <= 1
        ? `${count} fichier enregistré dans le dossier de données. Les vues montrent désormais les données enregistrées.`
        : `${count} fichiers enregistrés dans le dossier de données. Les vues montrent désormais les données enregistrées.`,
    refused:
      'check-data a refusé l’enregistrement : rien n’a été écrit. Vos brouillons sont gardés. Les problèmes :',
    changedOnDisk: (file: string) =>
      `${file} a changé sur le disque depuis son chargement : rien n’a été écrit et vos brouillons sont gardés. Rechargez la page pour voir la nouvelle version, puis enregistrez à nouveau.`,
    networkError: (message: string) =>
      `Le serveur d’édition n’a pas répondu (${message}) : rien n’a été enregistré et vos brouillons sont gardés.`,
    otherError: (message: string) =>
      `L’enregistrement a échoué : ${message}. Vos brouillons sont gardés.`,
    reload: 'Recharger',
  },
);
