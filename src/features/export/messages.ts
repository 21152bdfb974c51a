import { defineMessages } from '../../i18n/define-messages.ts';

/** The Export menu above every view. */
export const exportMessages = defineMessages(
  {
    loading: 'Preparing the export…',
    button: 'Export',
    menuLabel: 'Export the records shown',
    shown: (count: string, one: boolean) =>
      one ? `${count} record shown in this view` : `${count} records shown in this view`,
    nothing: 'Nothing is shown in this view to export.',
    json: 'JSON (data folder)',
    jsonHint: (count: string) =>
      `With the ${count} records and sources they refer to, so the file is complete on its own: every quote and figure keeps its source text.`,
    csvAll: 'CSV, one file per record type (.zip)',
    csvHint: 'For a spreadsheet: Excel, LibreOffice and Numbers show the accents correctly.',
    csvOne: 'Or a single CSV file:',
    rows: (name: string, count: string, one: boolean) =>
      one ? `${name} (${count} row)` : `${name} (${count} rows)`,
    title: (address: string, dataset: string) => `Export of ${address} from “${dataset}”`,
  },
  {
    loading: 'Préparation de l’export…',
    button: 'Exporter',
    menuLabel: 'Exporter les fiches affichées',
    shown: (count: string, one: boolean) =>
      one ? `${count} fiche affichée dans cette vue` : `${count} fiches affichées dans cette vue`,
    nothing: 'Cette vue n’affiche rien à exporter.',
    json: 'JSON (dossier de données)',
    jsonHint: (count: string) =>
      `Avec les ${count} fiches et sources auxquelles elles renvoient : le fichier se suffit à lui-même, chaque citation et chaque chiffre garde le texte de sa source.`,
    csvAll: 'CSV, un fichier par type de fiche (.zip)',
    csvHint: 'Pour un tableur : Excel, LibreOffice et Numbers affichent bien les accents.',
    csvOne: 'Ou un seul fichier CSV :',
    rows: (name: string, count: string, one: boolean) =>
      one ? `${name} (${count} ligne)` : `${name} (${count} lignes)`,
    title: (address: string, dataset: string) => `Export de ${address} depuis « ${dataset} »`,
  },
);
