import { defineMessages } from '../../i18n/define-messages.ts';
import { agree, à, de, type FrenchNoun } from '../../i18n/french.ts';

/** The org view's own text; organization kinds and relation kinds come from `vocabulary`. */
export const orgMessages = defineMessages(
  {
    title: 'Organization',
    /** `asOf`: the chosen date in words ("June 2012"), or null for the latest sources. */
    intro: (asOf: string | null): string =>
      `Each company as a tree of its units and posts, built from the roles in the sources${
        asOf === null ? ', as of the latest sources' : `, as of ${asOf}`
      }. Dashed lines are further reporting lines and team transfers.`,
    invalidAsOf: (value: string): string =>
      `“${value}” is not a year (YYYY) or a month (YYYY-MM); showing the latest sources.`,
    empty: 'No organization matches this filter.',
    companies: 'Companies',
    asOf: 'As of',
    latestSources: 'Latest sources (roles as they stood then)',
    month: 'Month',
    wholeYear: 'Whole year',
    chart: (company: FrenchNoun): string => `${company.name} organization chart`,
    untitledPost: 'Role not stated',
    since: 'since',
    possiblyHeld: 'possibly held then',
    /**
     * After a box of the chart, for screen readers: what it sits under. `subject` and `parent`
     * are an organization or a post (`post`: the parent is one), whose name is its title.
     */
    under: (_subject: FrenchNoun, parent: FrenchNoun, post: boolean): string =>
      post ? `, under the ${parent.name} post` : `, under ${parent.name}`,
    otherLinks: 'Other links',
    alsoReportsTo: 'also reports to',
    passage: 'passage',
    notPlaced: 'Not placed at this date (no dates in the sources):',
    linksTitle: 'Links between companies',
    pilotProjects: 'pilot projects',
  },
  // French quotes hold their words with no-break spaces, so « and » never wrap onto a line alone.
  {
    title: 'Organigramme',
    intro: (asOf) =>
      `Chaque entreprise sous forme d’arbre de ses entités et de ses postes, construit à partir des fonctions citées dans les sources${
        asOf === null ? ', d’après les sources les plus récentes' : `, en ${asOf}`
      }. Les traits pointillés sont des liens hiérarchiques supplémentaires et des transferts d’équipe.`,
    invalidAsOf: (value) =>
      `«\u00a0${value}\u00a0» n’est ni une année (AAAA) ni un mois (AAAA-MM) ; affichage d’après les sources les plus récentes.`,
    empty: 'Aucune organisation ne correspond à ce filtre.',
    companies: 'Entreprises',
    asOf: 'Au',
    latestSources: 'Sources les plus récentes (fonctions à leur date)',
    month: 'Mois',
    wholeYear: 'Toute l’année',
    chart: (company) => `Organigramme ${de(company)}`,
    untitledPost: 'Fonction non précisée',
    since: 'depuis',
    possiblyHeld: 'peut-être en poste à cette date',
    // « la Digital Factory, rattachée à Renault », « un poste, rattaché à la Digital Factory ».
    under: (subject, parent, post) =>
      `, ${agree(subject, 'rattaché')} ${post ? `au poste ${de(parent)}` : à(parent)}`,
    otherLinks: 'Autres liens',
    alsoReportsTo: 'rend aussi compte à',
    passage: 'passage',
    notPlaced: 'Non placés à cette date (aucune date dans les sources) :',
    linksTitle: 'Liens entre entreprises',
    pilotProjects: 'projets pilotes',
  },
);
