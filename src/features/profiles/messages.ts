import { defineMessages } from '../../i18n/define-messages.ts';
import { de, lead, type FrenchNoun } from '../../i18n/french.ts';
import { formatList, pluralOf } from '../../i18n/format.ts';

const one = (count: number, locale: 'en' | 'fr') => pluralOf(count, locale) === 'one';

/** The person and company pages: section titles, notices, date spans, links to passages. */
export const profileMessages = defineMessages(
  {
    roles: 'Roles',
    figures: 'Figures',
    projects: 'Projects',
    quotes: 'Quotes',
    quotesAbout: 'Quotes about it',
    events: 'Events',
    relations: 'Relations',
    units: 'Units',
    people: 'People',
    bySource: 'What each source says',
    unitsOf: (company: FrenchNoun): string => `Units of ${company.name}`,
    onThisPage: 'On this page',
    showAll: (count: number, section: string): string => `Show all ${count} (${section})`,
    showFewer: 'Show fewer',
    /** Between a section's name and a count that says what it counts: "Relations · 29 links …". */
    countSeparator: '· ',
    sourceCount: (count: number): string => `${count} ${one(count, 'en') ? 'source' : 'sources'}`,
    linkCount: (count: number): string =>
      `${count} ${one(count, 'en') ? 'link' : 'links'} to people and organizations`,
    currentRoles: 'Roles at the latest source',
    summaryHidden: 'The summary is in another voice and hidden by the voice filter.',
    descriptionHidden: 'The description is in another voice and hidden by the voice filter.',
    /** Before the links of the path the organization belongs to, which starts at `company`. */
    partOf: (_company: FrenchNoun): string => 'Part of ',
    alsoCalled: 'Also called ',
    currentPosts: 'In post at the latest source',
    pastPosts: 'Past',
    currentBadge: 'At the latest source',
    roleNotStated: 'Role not stated',
    holderNotNamed: 'holder not named',
    reportsTo: 'Reports to ',
    reportsToPost: (title: string | null): string => `the ${title ?? 'unnamed post'}`,
    presentStartNotStated: 'still so at the latest source; start not stated',
    datesNotStated: 'dates not stated',
    from: 'from ',
    until: 'until ',
    /** Between two dates when one is a range (see `dateSpanJoin`): "2007–2010 to 2010–2011". */
    spanTo: ' to ',
    present: 'latest source',
    undated: 'Undated',
    asOf: 'as of ',
    dateNotStated: 'date not stated',
    ourTranslation: '(our translation)',
    inPublication: (publication: string): string => `in ${publication}`,
    passage: (n: number | null, publication: string): string =>
      `Passage${n === null ? '' : ` ${n}`} in ${publication}`,
    passageFor: (label: string): string => `for ${label}`,
    passagesIn: (publication: string): string => `Passages in ${publication}:`,
    howInferred: 'How we inferred it: ',
    projectRole: (role: 'owner' | 'contributor' | 'quoted'): string =>
      ({ owner: 'Runs it', contributor: 'Contributes', quoted: 'Speaks about it' })[role],
    status: 'Status: ',
    partOfProject: (project: string): string => ` · part of ${project}`,
    recordCount: (count: number): string => `${count} ${count === 1 ? 'record' : 'records'}`,
    voiceFilter: (voices: readonly string[]): string =>
      `Voice filter: only ${formatList(voices, 'en')} records are shown; `,
    hidden: (count: number, subject: string): string =>
      count === 0
        ? `no record about ${subject} is in another voice.`
        : count === 1
          ? `1 record about ${subject} in another voice is hidden.`
          : `${count} records about ${subject} in other voices are hidden.`,
    showEveryVoice: 'Show every voice',
    entityFilterIgnored: (subject: string): string =>
      `The person and company filter does not narrow this page: it lists everything about ${subject}.`,
    noPerson: (id: string): string => `No person with id “${id}”`,
    noOrganization: (id: string): string => `No company or unit with id “${id}”`,
    knownPeople: 'The people in this dataset are:',
    knownOrganizations: 'The companies and units in this dataset are:',
    knownOrganizationsLabel: 'Known companies and units',
  },
  {
    roles: 'Fonctions',
    figures: 'Chiffres',
    projects: 'Projets',
    quotes: 'Citations',
    quotesAbout: 'Citations à son sujet',
    events: 'Événements',
    relations: 'Relations',
    units: 'Entités',
    people: 'Personnes',
    bySource: 'Ce que dit chaque source',
    unitsOf: (company) => `Entités ${de(company)}`,
    onThisPage: 'Sur cette page',
    currentRoles: 'Fonctions à la dernière source',
    showAll: (count, section) => `Tout afficher : ${count} (${section})`,
    showFewer: 'En afficher moins',
    countSeparator: '· ',
    sourceCount: (count) => `${count} ${one(count, 'fr') ? 'source' : 'sources'}`,
    linkCount: (count) =>
      `${count} ${one(count, 'fr') ? 'lien' : 'liens'} avec des personnes et des organisations`,
    summaryHidden: 'Le résumé relève d’une autre voix et le filtre de voix le masque.',
    descriptionHidden: 'La description relève d’une autre voix et le filtre de voix la masque.',
    partOf: (company) => `Fait partie ${lead('de', company)}`,
    alsoCalled: 'Autres noms\u00a0: ',
    currentPosts: 'En poste à la dernière source',
    pastPosts: 'Auparavant',
    currentBadge: 'À la dernière source',
    roleNotStated: 'Fonction non précisée',
    holderNotNamed: 'titulaire non nommé',
    reportsTo: 'Rend compte ',
    reportsToPost: (title) =>
      title === null ? 'à un poste sans intitulé' : `au poste de ${title}`,
    presentStartNotStated: 'toujours à la dernière source\u202f; début non précisé',
    datesNotStated: 'dates non précisées',
    from: 'à partir de ',
    until: 'jusqu’à ',
    spanTo: ' à ',
    present: 'dernière source',
    undated: 'Sans date',
    asOf: 'date du chiffre\u00a0: ',
    dateNotStated: 'date non précisée',
    ourTranslation: '(notre traduction)',
    inPublication: (publication) => `dans ${publication}`,
    passage: (n, publication) => `Passage${n === null ? '' : ` ${n}`} dans ${publication}`,
    passagesIn: (publication) => `Passages dans ${publication} :`,
    passageFor: (label) => `pour ${label}`,
    howInferred: 'Comment nous l’avons déduit\u00a0: ',
    projectRole: (role) =>
      ({ owner: 'Le dirige', contributor: 'Y contribue', quoted: 'En parle' })[role],
    status: 'Statut\u00a0: ',
    partOfProject: (project) => ` · fait partie ${de({ name: project })}`,
    recordCount: (count) => `${count} élément${count > 1 ? 's' : ''}`,
    voiceFilter: (voices) =>
      `Filtre de voix\u00a0: seuls les éléments de voix ${formatList(
        voices.map((voice) => `«\u00a0${voice}\u00a0»`),
        'fr',
      )} sont affichés\u202f; `,
    hidden: (count, subject) =>
      count === 0
        ? `aucun élément sur ${subject} ne relève d’une autre voix.`
        : count === 1
          ? `1 élément sur ${subject} relevant d’une autre voix est masqué.`
          : `${count} éléments sur ${subject} relevant d’autres voix sont masqués.`,
    showEveryVoice: 'Afficher toutes les voix',
    entityFilterIgnored: (subject) =>
      `Le filtre de personnes et d’entreprises ne restreint pas cette page\u00a0: elle recense tout ce qui concerne ${subject}.`,
    noPerson: (id) => `Aucune personne avec l’identifiant «\u00a0${id}\u00a0»`,
    noOrganization: (id) => `Aucune entreprise ni entité avec l’identifiant «\u00a0${id}\u00a0»`,
    knownPeople: 'Les personnes de ce jeu de données\u00a0:',
    knownOrganizations: 'Les entreprises et entités de ce jeu de données\u00a0:',
    knownOrganizationsLabel: 'Entreprises et entités connues',
  },
);
