import { defineMessages } from '../i18n/define-messages.ts';
import type { FilterNotice } from '../domain/filter.ts';

/** Shared pieces: the filter bar, record cards and details, data error screens. */
export const componentMessages = defineMessages(
  {
    filter: 'Filter',
    filterLabel: 'Filter by person or company',
    filterToggle: (applied: number) => (applied === 0 ? 'Filter' : `Filter (${applied} applied)`),
    filterPlaceholder: 'Type a name…',
    matching: 'Matching people and companies',
    noMatch: (query: string) => `No person or company matches “${query}”`,
    person: 'Person',
    company: 'Company',
    voice: 'Voice',
    voiceLabel: 'Voice:',
    topics: 'Topics',
    quotesWithTopic: (topic: string): string => `Quotes on the topic “${topic}”`,
    appliedFilters: 'Applied filters',
    personChip: (name: string) => `Person: ${name}`,
    companyChip: (name: string) => `Company: ${name}`,
    removeFilter: (name: string) => `Remove filter ${name}`,
    clearFilters: 'Clear filters',
    filterNotices: 'Filter notices',
    filterNotice: ({ param, value }: FilterNotice) =>
      ({
        person: `No person with id “${value}”`,
        company: `No company or unit with id “${value}”`,
        voice: `No voice “${value}”: use interviewee, journalist or inferred`,
      })[param] + '; that value is ignored.',
    voiceTitle: (voice: 'interviewee' | 'journalist' | 'inferred') =>
      ({
        interviewee: 'Said by the person interviewed',
        journalist: 'Stated by the article itself',
        inferred: 'Our deduction from the text',
      })[voice],
    dataErrorTitle: 'The data could not be loaded',
    dataErrorCount: (count: number) =>
      count === 1
        ? 'One problem was found in the data folder.'
        : `${count} problems were found in the data folder.`,
    dataErrorExplain:
      'Nothing is shown until they are fixed, so that no view displays records that fail their checks. The same list comes from',
    problemsCaption: 'Problems in the data',
    file: 'File',
    record: 'Record',
    field: 'Field',
    expectedFound: 'Expected / found',
    problemsInEnglish: 'Each problem is worded as check-data prints it, in English.',
    suspiciousSummary: (count: number) =>
      `Suspicious text in ${count === 1 ? 'one field' : `${count} fields`} of the data: shown as plain text, never run`,
    suspiciousExplain:
      'These fields hold markup or invisible characters that interview text has no reason to contain.',
    suspiciousSameList: 'lists the same places.',
    suspiciousCaption: 'Suspicious text in the data',
    retry: 'Retry',
    howInferred: 'How we inferred it:',
    readingNote: 'Reading note:',
    statusInferredHow: 'Status inferred:',
    currentInferredHow: 'Inferred:',
    evidence: 'Evidence',
    showIn: (publication: string) => `Show in ${publication}`,
    /** The record forms' button on cards and panels (a contract: exactly "Edit"). */
    edit: 'Edit',
    from: 'From',
    to: 'To',
    notStated: 'not stated',
    present: 'still so at the latest source',
    staleLabel: 'Age of the sources',
    staleAbout: (names: string, span: string): string =>
      `Our sources on ${names} are from ${span}.`,
    staleAll: (span: string): string => `Our sources are from ${span}.`,
    staleMayHaveChanged: (today: string): string =>
      `Roles and projects may have changed by ${today}.`,
    reportsTo: 'Reports to',
    held: 'Held',
    status: 'Status',
    organizations: 'Organizations',
    owner: 'Owner',
    start: 'Start',
    end: 'End',
    undated: 'Undated',
    asOf: 'as of',
    ourTranslation: '(our translation)',
    // A record's permalink, in its card.
    permalink: 'Permalink',
    permalinkTo: (label: string): string => `Permalink to ${label}`,
    copy: 'Copy link',
    copyTo: (label: string): string => `Copy link to ${label}`,
    copied: 'Link copied.',
    copyFailed: 'Could not copy: use the Permalink link instead.',
  },
  {
    filter: 'Filtre',
    filterLabel: 'Filtrer par personne ou entreprise',
    filterToggle: (applied) =>
      applied === 0 ? 'Filtre' : `Filtre (${applied} ${applied === 1 ? 'appliqué' : 'appliqués'})`,
    filterPlaceholder: 'Saisissez un nom…',
    matching: 'Personnes et entreprises correspondantes',
    noMatch: (query) => `Aucune personne ni entreprise ne correspond à « ${query} »`,
    person: 'Personne',
    company: 'Entreprise',
    voice: 'Voix',
    voiceLabel: 'Voix\u00a0:',
    topics: 'Thèmes',
    quotesWithTopic: (topic) => `Citations sur le thème « ${topic} »`,
    appliedFilters: 'Filtres appliqués',
    personChip: (name) => `Personne : ${name}`,
    companyChip: (name) => `Entreprise : ${name}`,
    removeFilter: (name) => `Retirer le filtre ${name}`,
    clearFilters: 'Effacer les filtres',
    filterNotices: 'Avis sur le filtre',
    filterNotice: ({ param, value }) =>
      ({
        person: `Aucune personne n’a l’identifiant « ${value} »`,
        company: `Aucune entreprise ni entité n’a l’identifiant « ${value} »`,
        voice: `Aucune voix « ${value} » : utilisez interviewee, journalist ou inferred`,
      })[param] + ' ; cette valeur est ignorée.',
    voiceTitle: (voice) =>
      ({
        interviewee: 'Dit par la personne interrogée',
        journalist: 'Affirmé par l’article lui-même',
        inferred: 'Notre déduction à partir du texte',
      })[voice],
    dataErrorTitle: 'Les données n’ont pas pu être chargées',
    dataErrorCount: (count) =>
      count === 1
        ? 'Un problème a été trouvé dans le dossier de données.'
        : `${count} problèmes ont été trouvés dans le dossier de données.`,
    dataErrorExplain:
      'Rien n’est affiché tant qu’ils ne sont pas corrigés, pour qu’aucune vue ne montre des enregistrements qui échouent à leurs contrôles. La même liste est donnée par',
    problemsCaption: 'Problèmes dans les données',
    file: 'Fichier',
    record: 'Enregistrement',
    field: 'Champ',
    expectedFound: 'Attendu / trouvé',
    problemsInEnglish: 'Chaque problème est formulé comme check-data l’écrit, en anglais.',
    suspiciousSummary: (count) =>
      `Texte suspect dans ${count === 1 ? 'un champ' : `${count} champs`} des données : affiché comme du texte brut, jamais exécuté`,
    suspiciousExplain:
      'Ces champs contiennent du balisage ou des caractères invisibles qu’un texte d’entretien n’a aucune raison de contenir.',
    suspiciousSameList: 'liste les mêmes endroits.',
    suspiciousCaption: 'Texte suspect dans les données',
    retry: 'Réessayer',
    howInferred: 'Comment nous l’avons déduit\u00a0:',
    readingNote: 'Note de lecture\u00a0:',
    statusInferredHow: 'Statut déduit\u00a0:',
    currentInferredHow: 'Déduit\u00a0:',
    evidence: 'Preuves',
    showIn: (publication) => `Voir dans ${publication}`,
    edit: 'Modifier',
    from: 'Du',
    to: 'Au',
    notStated: 'non précisé',
    present: 'toujours à la dernière source',
    staleLabel: 'Âge des sources',
    staleAbout: (names, span) => `Nos sources sur ${names} datent de ${span}.`,
    staleAll: (span) => `Nos sources datent de ${span}.`,
    staleMayHaveChanged: (today) => `Fonctions et projets ont pu changer depuis, au ${today}.`,
    reportsTo: 'Rend compte à',
    held: 'Occupée',
    status: 'Statut',
    organizations: 'Organisations',
    owner: 'Responsable',
    start: 'Début',
    end: 'Fin',
    undated: 'Non daté',
    asOf: 'au',
    ourTranslation: '(notre traduction)',
    permalink: 'Lien permanent',
    permalinkTo: (label) => `Lien permanent vers ${label}`,
    copy: 'Copier le lien',
    copyTo: (label) => `Copier le lien vers ${label}`,
    copied: 'Lien copié.',
    copyFailed: 'Copie impossible : utilisez plutôt le lien permanent.',
  },
);

/** The mark on every record that is a draft, not yet saved to the data folder. */
export const draftBadgeMessages = defineMessages(
  {
    badge: (kind: 'new' | 'edited' | 'deleted') =>
      ({ new: 'Draft: new', edited: 'Draft: edited', deleted: 'Draft: deleted' })[kind],
    title: 'Not saved to the data folder yet: see Drafts',
    marked: 'draft',
    includesDrafts: (count: number) =>
      count === 1 ? 'Includes 1 unsaved draft' : `Includes ${count} unsaved drafts`,
  },
  {
    badge: (kind: 'new' | 'edited' | 'deleted') =>
      ({
        new: 'Brouillon : nouveau',
        edited: 'Brouillon : modifié',
        deleted: 'Brouillon : supprimé',
      })[kind],
    title: 'Pas encore enregistré dans le dossier de données : voir Brouillons',
    marked: 'brouillon',
    includesDrafts: (count: number) =>
      count <= 1
        ? `Comprend ${count} brouillon non enregistré`
        : `Comprend ${count} brouillons non enregistrés`,
  },
);
