import { defineMessages } from '../../i18n/define-messages.ts';
import { formatNumber, pluralOf } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { ProjectColumnId } from './project-sort-param.ts';

function one(count: number, locale: Locale): boolean {
  return pluralOf(count, locale) === 'one';
}

/** The projects view's own text; statuses and voices come from `vocabulary`. */
export const projectsMessages = defineMessages(
  {
    title: 'Projects',
    count: (total: number): string =>
      `${formatNumber(total, 'en')} ${one(total, 'en') ? 'project' : 'projects'}`,
    countFiltered: (shown: number, total: number): string =>
      `${formatNumber(shown, 'en')} of ${formatNumber(total, 'en')} projects ${
        one(shown, 'en') ? 'matches' : 'match'
      } the filter`,
    empty: 'No project matches this filter.',
    // View toggle.
    showAs: 'Show as',
    statusFilter: 'Filter by status',
    anyStatus: 'Any status',
    table: 'Table',
    board: 'Board',
    // Table.
    column: (column: ProjectColumnId): string =>
      ({
        project: 'Project',
        organizations: 'Organizations',
        owner: 'Owner',
        status: 'Status',
        dates: 'Dates',
        voice: 'Voice',
        evidence: 'Latest evidence',
      })[column],
    caption: (column: string, desc: boolean): string =>
      `Projects, sorted by ${column.toLowerCase()} (${desc ? 'descending' : 'ascending'})`,
    partOf: (project: string): string => `Part of: ${project}`,
    statusHidden: 'Status:',
    morePassages: (count: number): string =>
      `${formatNumber(count, 'en')} more ${one(count, 'en') ? 'passage' : 'passages'} in the details`,
    showIn: (publication: string): string => `Show in ${publication}`,
    passageOn: (project: string): string => `(passage on ${project})`,
    // Dates and people.
    datesNotStated: 'Not stated',
    from: 'From',
    to: 'To',
    noOwner: 'No owner stated',
    contributors: (count: number): string => (one(count, 'en') ? 'Contributor' : 'Contributors'),
    contributorsLead: (count: number): string =>
      one(count, 'en') ? 'Contributor:' : 'Contributors:',
    organizations: (count: number): string => (one(count, 'en') ? 'Organization' : 'Organizations'),
    // Board.
    boardLabel: 'Projects by status',
    boardColumnCount: (count: number): string => (one(count, 'en') ? 'project' : 'projects'),
    boardMore: (count: number): string =>
      `And ${formatNumber(count, 'en')} more: filter, or use the table, which shows all.`,
    // Detail panel.
    details: 'Project details',
    close: 'Close',
    closeHidden: 'project details',
    otherName: 'French name',
    partOfLabel: 'Part of',
  },
  {
    title: 'Projets',
    count: (total) => `${formatNumber(total, 'fr')} ${one(total, 'fr') ? 'projet' : 'projets'}`,
    countFiltered: (shown, total) =>
      `${formatNumber(shown, 'fr')} ${one(shown, 'fr') ? 'projet' : 'projets'} sur ${formatNumber(
        total,
        'fr',
      )} ${one(shown, 'fr') ? 'correspond' : 'correspondent'} au filtre`,
    empty: 'Aucun projet ne correspond à ce filtre.',
    statusFilter: 'Filtrer par statut',
    anyStatus: 'Tous les statuts',
    showAs: 'Afficher en',
    table: 'Tableau',
    board: 'Kanban',
    column: (column) =>
      ({
        project: 'Projet',
        organizations: 'Organisations',
        owner: 'Responsable',
        status: 'Statut',
        dates: 'Dates',
        voice: 'Voix',
        evidence: 'Preuve la plus récente',
      })[column],
    caption: (column, desc) =>
      `Projets, triés par ${column.toLowerCase()} (ordre ${desc ? 'décroissant' : 'croissant'})`,
    partOf: (project) => `Fait partie de\u00a0: ${project}`,
    statusHidden: 'Statut\u00a0:',
    morePassages: (count) =>
      `${formatNumber(count, 'fr')} ${one(count, 'fr') ? 'autre passage' : 'autres passages'} dans les détails`,
    showIn: (publication) => `Voir dans ${publication}`,
    passageOn: (project) => `(passage sur ${project})`,
    datesNotStated: 'Non précisées',
    from: 'Début\u00a0:',
    to: 'Fin\u00a0:',
    noOwner: 'Aucun responsable indiqué',
    contributors: (count) => (one(count, 'fr') ? 'Contributeur' : 'Contributeurs'),
    contributorsLead: (count) =>
      one(count, 'fr') ? 'Contributeur\u00a0:' : 'Contributeurs\u00a0:',
    organizations: (count) => (one(count, 'fr') ? 'Organisation' : 'Organisations'),
    boardLabel: 'Projets par statut',
    boardColumnCount: (count) => (one(count, 'fr') ? 'projet' : 'projets'),
    boardMore: (count) =>
      `Et ${formatNumber(count, 'fr')} de plus\u00a0: filtrez, ou passez au tableau, qui les montre tous.`,
    details: 'Détails du projet',
    close: 'Fermer',
    closeHidden: 'les détails du projet',
    otherName: 'Nom anglais',
    partOfLabel: 'Fait partie de',
  },
);
