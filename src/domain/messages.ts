import { defineMessages } from '../i18n/define-messages.ts';
import { lead } from '../i18n/french.ts';
import type { FuzzyDate } from './fuzzy-date.ts';
import type { Certainty } from './certainty.ts';
import type {
  EventKind,
  FigureQualifier,
  OrganizationKind,
  ProjectStatus,
  RelationKind,
  Source,
  Voice,
} from './records.ts';
import type { RecordType } from './dataset.ts';

const statusEn: Record<ProjectStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  pilot: 'Pilot',
  negotiation: 'Negotiation',
  launched: 'Launched',
  completed: 'Completed',
  ended: 'Ended',
};

const statusFr: Record<ProjectStatus, string> = {
  planned: 'Prévu',
  'in-progress': 'En cours',
  pilot: 'Pilote',
  negotiation: 'En négociation',
  launched: 'Lancé',
  completed: 'Terminé',
  ended: 'Arrêté',
};

/** Topic ids whose English words are not the id with its hyphens read as spaces. */
const ENGLISH_TOPICS: Readonly<Record<string, string>> = {
  'e-commerce': 'e-commerce',
  'salesforce-strategy': 'Salesforce strategy',
};

/** The topics of the built-in quotes (French words); a topic added to the data later shows its English words. */
const FRENCH_TOPICS: Readonly<Record<string, string>> = {
  automotive: 'automobile',
  career: 'parcours',
  'change-management': 'conduite du changement',
  'connected-car': 'voiture connectée',
  'customer-experience': 'expérience client',
  'customer-relationship': 'relation client',
  'digital-marketing': 'marketing numérique',
  'digital-strategy': 'stratégie numérique',
  'digital-transformation': 'transformation numérique',
  'e-commerce': 'e-commerce',
  innovation: 'innovation',
  management: 'management',
  organization: 'organisation',
  partnerships: 'partenariats',
  'pilot-projects': 'projets pilotes',
  'salesforce-strategy': 'stratégie de Salesforce',
  'vehicle-launches': 'lancements de véhicules',
  workforce: 'effectifs',
};

function englishTopic(topic: string): string {
  return ENGLISH_TOPICS[topic] ?? topic.replace(/-/g, ' ');
}

/**
 * The words for the data's own vocabulary (record types, statuses, kinds, date precision) in
 * both interface languages, shared by every view, the briefing and the exports.
 */
export const vocabulary = defineMessages(
  {
    recordType: (type: RecordType): string =>
      ({
        source: 'Source',
        person: 'Person',
        organization: 'Organization',
        position: 'Role',
        project: 'Project',
        quote: 'Quote',
        event: 'Event',
        figure: 'Figure',
        relation: 'Relation',
      })[type],
    voice: (voice: Voice): string =>
      ({ interviewee: 'Interviewee', journalist: 'Journalist', inferred: 'Inferred' })[voice],
    /** A topic id in words: `customer-experience` → "customer experience", « expérience client ». */
    topic: englishTopic,
    /** What "voice" means, wherever a voice is chosen: the filter and the record forms. */
    voiceExplained:
      'Who says it: the interviewee, the journalist (the article itself), or we, by inference.',
    projectStatus: (status: ProjectStatus): string => statusEn[status],
    /**
     * A status as a reader must take it: "In progress", or "In progress (inferred)" when the text
     * does not give it. Every view, the export and the briefing write it with this.
     */
    projectStatusClaim: (status: ProjectStatus, certainty: Certainty): string =>
      certainty === 'inferred' ? `${statusEn[status]} (inferred)` : statusEn[status],
    /**
     * Whether a post is held, as of the newest source — never "now": "Current at the latest
     * source", "… (inferred)", "Past", "Past (inferred)".
     */
    currentClaim: (current: boolean, certainty: Certainty): string =>
      `${current ? 'Current at the latest source' : 'Past'}${certainty === 'inferred' ? ' (inferred)' : ''}`,
    /** Said of a claim the text does not state, after its words: "(inferred)". */
    inferredMark: '(inferred)',
    organizationKind: (kind: OrganizationKind): string =>
      ({
        company: 'company',
        subsidiary: 'subsidiary',
        unit: 'unit',
        directorate: 'directorate',
        team: 'team',
        brand: 'brand',
        media: 'media',
      })[kind],
    eventKind: (kind: EventKind): string =>
      ({
        founding: 'founding',
        creation: 'creation',
        hire: 'hire',
        departure: 'departure',
        launch: 'launch',
        decision: 'decision',
        setback: 'setback',
        milestone: 'milestone',
        context: 'context',
      })[kind],
    relationKind: (kind: RelationKind): string =>
      ({
        'works-with': 'works with',
        customer: 'customer',
        partner: 'partner',
        pilot: 'pilot',
        discussion: 'discussion',
        'team-transfer': 'team transfer',
      })[kind],
    precision: (precision: FuzzyDate['precision']): string =>
      ({ day: 'exact day', month: 'month', year: 'year', circa: 'approximate', range: 'range' })[
        precision
      ],
    certainty: (certainty: FuzzyDate['certainty']): string =>
      ({ stated: 'stated', inferred: 'inferred' })[certainty],
    yearPart: (part: 'early' | 'mid' | 'late', year: string): string => `${part} ${year}`,
    /**
     * An approximate date; `afterPreposition` when a preposition comes before it, where French
     * moves the approximation after the date (« depuis 2011 environ », not « depuis vers 2011 »).
     */
    circa: (date: string, _afterPreposition: boolean): string => `c. ${date}`,
    /** A period between two dates (see `formatDateSpan`): "2000 – 2005". */
    spanDash: (from: string, to: string): string => `${from} – ${to}`,
    /** A period where a side is itself a range: "2007–2010 to 2010–2011". */
    spanWords: (from: string, to: string): string => `${from} to ${to}`,
    /** A period whose end range begins no later than its start: "2007 – 2010 at the latest". */
    spanAtTheLatest: (from: string, latest: string): string => `${from} – ${latest} at the latest`,
    spanFrom: (from: string): string => `from ${from}`,
    spanUntil: (to: string): string => `until ${to}`,
    figureQualifier: (qualifier: FigureQualifier): string =>
      ({ exact: '', about: 'about ', 'more-than': 'more than ', barely: 'barely ', range: '' })[
        qualifier
      ],
    /** "3 billion dollars": English needs nothing between a compact number and its unit. */
    compactUnit: (compact: string, unit: string): string => `${compact} ${unit}`,
    exactValue: (value: string): string => `(exact value: ${value})`,
    outOf: (total: string): string => ` of ${total}`,
    /** An organization's name in French sentences (`gender`, `number`, `article`), for forms. */
    frenchGrammar: (option: string): string =>
      ({
        m: 'masculine',
        f: 'feminine',
        singular: 'singular',
        plural: 'plural',
        none: 'no article (Renault)',
        definite: 'definite article (la SNCF)',
      })[option] ?? option,
    holderNotNamed: 'Holder not named',
    roleNotStated: 'role not stated',
    /** Headings over counts and lists: "People", "Quotes". */
    recordTypePlural: (type: RecordType): string =>
      ({
        source: 'Sources',
        person: 'People',
        organization: 'Organizations',
        position: 'Roles',
        project: 'Projects',
        quote: 'Quotes',
        event: 'Events',
        figure: 'Figures',
        relation: 'Relations',
      })[type],
    sourceGenre: (genre: Source['genre']): string =>
      ({ interview: 'interview', profile: 'profile', article: 'article' })[genre],
  },
  {
    recordType: (type) =>
      ({
        source: 'Source',
        person: 'Personne',
        organization: 'Organisation',
        position: 'Fonction',
        project: 'Projet',
        quote: 'Citation',
        event: 'Événement',
        figure: 'Chiffre',
        relation: 'Relation',
      })[type],
    voice: (voice) =>
      ({ interviewee: 'Personne interrogée', journalist: 'Journaliste', inferred: 'Déduit' })[
        voice
      ],
    topic: (topic) => FRENCH_TOPICS[topic] ?? englishTopic(topic),
    voiceExplained:
      'Qui le dit : la personne interrogée, le journaliste (l’article lui-même) ou nous, par déduction.',
    projectStatus: (status) => statusFr[status],
    projectStatusClaim: (status, certainty) =>
      certainty === 'inferred' ? `${statusFr[status]} (déduit)` : statusFr[status],
    currentClaim: (current, certainty) =>
      // The claim is about the post (« la fonction »): « passée (déduite) », agreeing with it.
      current
        ? `En poste à la dernière source${certainty === 'inferred' ? ' (déduit)' : ''}`
        : `Passée${certainty === 'inferred' ? ' (déduite)' : ''}`,
    inferredMark: '(déduit)',
    organizationKind: (kind) =>
      ({
        company: 'entreprise',
        subsidiary: 'filiale',
        unit: 'entité',
        directorate: 'direction',
        team: 'équipe',
        brand: 'marque',
        media: 'média',
      })[kind],
    eventKind: (kind) =>
      ({
        founding: 'fondation',
        creation: 'création',
        hire: 'arrivée',
        departure: 'départ',
        launch: 'lancement',
        decision: 'décision',
        setback: 'revers',
        milestone: 'étape',
        context: 'contexte',
      })[kind],
    relationKind: (kind) =>
      ({
        'works-with': 'travaille avec',
        customer: 'client',
        partner: 'partenaire',
        pilot: 'pilote',
        discussion: 'discussions',
        'team-transfer': 'transfert d’équipe',
      })[kind],
    precision: (precision) =>
      ({
        day: 'jour exact',
        month: 'au mois près',
        year: 'à l’année près',
        circa: 'approximative',
        range: 'intervalle',
      })[precision],
    certainty: (certainty) => ({ stated: 'citée', inferred: 'déduite' })[certainty],
    yearPart: (part, year) =>
      ({ early: `début ${year}`, mid: `mi-${year}`, late: `fin ${year}` })[part],
    circa: (date, afterPreposition) => (afterPreposition ? `${date} environ` : `vers ${date}`),
    spanDash: (from, to) => `${from} – ${to}`,
    spanWords: (from, to) => `${from} à ${to}`,
    spanAtTheLatest: (from, latest) => `${from} – ${latest} au plus tard`,
    spanFrom: (from) => `à partir de ${from}`,
    spanUntil: (to) => `jusqu’à ${to}`,
    figureQualifier: (qualifier) =>
      ({ exact: '', about: 'environ ', 'more-than': 'plus de ', barely: 'à peine ', range: '' })[
        qualifier
      ],
    // « 3 milliards de dollars », « 1,2 million d’employés »: a noun number takes « de ».
    compactUnit: (compact, unit) => `${compact} ${lead('de', { name: unit })}${unit}`,
    exactValue: (value) => `(valeur exacte\u00a0: ${value})`,
    outOf: (total) => ` sur ${total}`,
    frenchGrammar: (option) =>
      ({
        m: 'masculin',
        f: 'féminin',
        singular: 'singulier',
        plural: 'pluriel',
        none: 'sans article (Renault)',
        definite: 'article défini (la SNCF)',
      })[option] ?? option,
    holderNotNamed: 'Titulaire non nommé',
    roleNotStated: 'fonction non précisée',
    recordTypePlural: (type) =>
      ({
        source: 'Sources',
        person: 'Personnes',
        organization: 'Organisations',
        position: 'Fonctions',
        project: 'Projets',
        quote: 'Citations',
        event: 'Événements',
        figure: 'Chiffres',
        relation: 'Relations',
      })[type],
    sourceGenre: (genre) =>
      ({ interview: 'entretien', profile: 'portrait', article: 'article' })[genre],
  },
);
