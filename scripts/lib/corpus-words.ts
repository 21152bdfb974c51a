/**
 * Word lists for the synthetic corpus: names, sectors, departments, job titles, projects,
 * topics. Every name is fictional; the companies are built from the syllables below.
 */
import type { OrganizationKind } from '../../src/domain/records.ts';

export interface Bi {
  fr: string;
  en: string;
}

export const FIRST_NAMES_F = [
  'Hélène',
  'Cécile',
  'Agnès',
  'Gaëlle',
  'Maëlle',
  'Solène',
  'Clémence',
  'Anaïs',
  'Zoé',
  'Chloé',
  'Inès',
  'Léa',
  'Noémie',
  'Mélanie',
  'Valérie',
  'Sophie',
  'Isabelle',
  'Nathalie',
  'Claire',
  'Camille',
  'Émilie',
  'Aurélie',
  'Béatrice',
  'Françoise',
  'Geneviève',
  'Joëlle',
  'Laëtitia',
  'Marie-Hélène',
  'Séverine',
  'Éloïse',
  'Frédérique',
  'Armelle',
  'Bérénice',
  'Danièle',
  'Ségolène',
  'Héloïse',
  'Pénélope',
  'Rachel',
  'Sandrine',
  'Véronique',
];

export const FIRST_NAMES_M = [
  'François',
  'Jérôme',
  'Benoît',
  'Noël',
  'Stéphane',
  'Frédéric',
  'Grégoire',
  'Régis',
  'Hervé',
  'Thierry',
  'Loïc',
  'Gaël',
  'Raphaël',
  'Mickaël',
  'Joël',
  'André',
  'René',
  'Cédric',
  'Sébastien',
  'Léon',
  'Étienne',
  'Jean-Rémi',
  'Pierre-Étienne',
  'Damien',
  'Olivier',
  'Laurent',
  'Yannick',
  'Thibault',
  'Aurélien',
  'Médéric',
  'Anthelme',
  'Bruno',
  'Clément',
  'Denis',
  'Éric',
  'Félix',
  'Guillaume',
  'Honoré',
  'Jacques',
  'Rémi',
];

export const LAST_NAMES = [
  'Lefèvre',
  'Ménard',
  'Bérard',
  'Gauthier',
  'Lemaître',
  'Fénelon',
  'Duchêne',
  'Châtelain',
  'Brisset',
  'Pélissier',
  'Giraud',
  'Mercier',
  'Rousseau',
  'Fournier',
  'Faure',
  'Chevalier',
  'Lambert',
  'Bonnet',
  'Legrand',
  'Garnier',
  'Roussel',
  'Perrin',
  'Morel',
  'Dupré',
  'Barthélemy',
  'Thévenin',
  'Cazenave',
  'Bénard',
  'Lécuyer',
  'Desprès',
  'Léger',
  'Hébert',
  'Mézière',
  'Sénéchal',
  'Vallée',
  'Prévost',
  'Cœurderoy',
  'Labbé',
  'Delmas',
  'Boucher',
  'Marchand',
  'Renaud',
  'Aubert',
  'Leclerc',
  'Gérard',
  'Rivière',
  'Carré',
  'Béranger',
  'Crémieux',
  'Têtu',
  'Ollivier',
  'Poirier',
  'Guérin',
  'Lacroix',
  'Jouvet',
  'Caillaux',
  'Daguerre',
  'Écuyer',
  'Fabrègue',
  'Grégoire',
  'Héraud',
  'Jacquemin',
  'Lagardère',
  'Maréchal',
  'Nègre',
  'Orsini',
  'Pagès',
  'Quéméneur',
  'Rabier',
  'Séguin',
  'Thénard',
  'Vidal',
  'Wébert',
  'Achard',
  'Blériot',
  'Colbert',
  'Daudé',
  'Estève',
  'Forgeot',
  'Gosselin',
];

/** Journalists sign the interviews; they are not records. */
export const JOURNALISTS = [
  'Claire Dumas',
  'Julien Béraud',
  'Margaux Lenôtre',
  'Antoine Réveillère',
  'Sarah Kessler',
  'Hugo Ferrand',
  'Élise Montagné',
  'Nicolas Pradel',
];

export const NAME_HEADS = [
  'Bel',
  'Val',
  'Cor',
  'Ar',
  'Vel',
  'Mar',
  'Sé',
  'Bré',
  'Gal',
  'Ter',
  'Nor',
  'Fon',
  'Châ',
  'Lé',
  'Ven',
  'Pré',
  'Cla',
  'Dé',
  'Fé',
  'Gré',
  'Or',
  'Sau',
  'Tré',
  'Mon',
  'Roc',
  'Lu',
  'Ka',
  'Zé',
  'Ol',
  'Ys',
];

export const NAME_TAILS = [
  'mont',
  'val',
  'court',
  'ville',
  'bois',
  'ry',
  'lac',
  'nière',
  'ac',
  'ès',
  'ane',
  'ange',
  'ère',
  'eau',
  'in',
  'oux',
  'ard',
  'éa',
  'is',
  'on',
  'ance',
  'ys',
  'aï',
  'ane',
  'or',
];

export interface City {
  name: string;
  m: string;
  f: string;
  en: string;
}

export const CITIES: readonly City[] = [
  { name: 'Lyon', m: 'lyonnais', f: 'lyonnaise', en: 'Lyon-based' },
  { name: 'Nantes', m: 'nantais', f: 'nantaise', en: 'Nantes-based' },
  { name: 'Bordeaux', m: 'bordelais', f: 'bordelaise', en: 'Bordeaux-based' },
  { name: 'Lille', m: 'lillois', f: 'lilloise', en: 'Lille-based' },
  { name: 'Toulouse', m: 'toulousain', f: 'toulousaine', en: 'Toulouse-based' },
  { name: 'Grenoble', m: 'grenoblois', f: 'grenobloise', en: 'Grenoble-based' },
  { name: 'Rennes', m: 'rennais', f: 'rennaise', en: 'Rennes-based' },
  { name: 'Strasbourg', m: 'strasbourgeois', f: 'strasbourgeoise', en: 'Strasbourg-based' },
  { name: 'Marseille', m: 'marseillais', f: 'marseillaise', en: 'Marseille-based' },
  { name: 'Paris', m: 'parisien', f: 'parisienne', en: 'Paris-based' },
  { name: 'Nice', m: 'niçois', f: 'niçoise', en: 'Nice-based' },
  { name: 'Montpellier', m: 'montpelliérain', f: 'montpelliéraine', en: 'Montpellier-based' },
  { name: 'Angers', m: 'angevin', f: 'angevine', en: 'Angers-based' },
  { name: 'Dijon', m: 'dijonnais', f: 'dijonnaise', en: 'Dijon-based' },
  { name: 'Brest', m: 'brestois', f: 'brestoise', en: 'Brest-based' },
  { name: 'Clermont-Ferrand', m: 'clermontois', f: 'clermontoise', en: 'Clermont-Ferrand-based' },
  { name: 'Orléans', m: 'orléanais', f: 'orléanaise', en: 'Orléans-based' },
  { name: 'Besançon', m: 'bisontin', f: 'bisontine', en: 'Besançon-based' },
];

export interface Sector {
  /** "équipementier automobile", with its gender for the city adjective. */
  fr: string;
  en: string;
  gender: 'f' | 'm';
  /** The alias head: "l’équipementier", "la banque". */
  alias: string;
  /** The breadcrumb rubric. */
  rubric: string;
  /** Name endings that fit: "Industries", "Assurances". */
  suffixes: readonly string[];
  /** What its sites are called, for "12 des 15 usines". */
  sites: Bi;
}

export const SECTORS: readonly Sector[] = [
  {
    fr: 'équipementier automobile',
    en: 'automotive supplier',
    gender: 'm',
    alias: 'l’équipementier',
    rubric: 'Industrie',
    suffixes: ['Industries', 'Mobilité', ''],
    sites: { fr: 'usines', en: 'plants' },
  },
  {
    fr: 'groupe agroalimentaire',
    en: 'food group',
    gender: 'm',
    alias: 'le groupe agroalimentaire',
    rubric: 'Industrie',
    suffixes: ['Alimentaire', 'Terroirs', ''],
    sites: { fr: 'usines', en: 'plants' },
  },
  {
    fr: 'éditeur de logiciels',
    en: 'software publisher',
    gender: 'm',
    alias: 'l’éditeur',
    rubric: 'Numérique',
    suffixes: ['Software', 'Technologies', 'Systèmes'],
    sites: { fr: 'agences', en: 'offices' },
  },
  {
    fr: 'banque mutualiste',
    en: 'mutual bank',
    gender: 'f',
    alias: 'la banque',
    rubric: 'Banque & assurance',
    suffixes: ['Banque', 'Crédit', ''],
    sites: { fr: 'agences', en: 'branches' },
  },
  {
    fr: 'assureur',
    en: 'insurer',
    gender: 'm',
    alias: 'l’assureur',
    rubric: 'Banque & assurance',
    suffixes: ['Assurances', 'Prévoyance', ''],
    sites: { fr: 'agences', en: 'branches' },
  },
  {
    fr: 'opérateur de télécommunications',
    en: 'telecoms operator',
    gender: 'm',
    alias: 'l’opérateur',
    rubric: 'Télécoms',
    suffixes: ['Télécom', 'Réseaux', ''],
    sites: { fr: 'centres techniques', en: 'technical centres' },
  },
  {
    fr: 'distributeur spécialisé',
    en: 'specialist retailer',
    gender: 'm',
    alias: 'le distributeur',
    rubric: 'Distribution',
    suffixes: ['Distribution', 'Commerce', ''],
    sites: { fr: 'magasins', en: 'stores' },
  },
  {
    fr: 'groupe de cosmétiques',
    en: 'cosmetics group',
    gender: 'm',
    alias: 'le groupe de cosmétiques',
    rubric: 'Industrie',
    suffixes: ['Beauté', 'Cosmétiques', ''],
    sites: { fr: 'sites de production', en: 'production sites' },
  },
  {
    fr: 'constructeur ferroviaire',
    en: 'rail manufacturer',
    gender: 'm',
    alias: 'le constructeur ferroviaire',
    rubric: 'Transport',
    suffixes: ['Rail', 'Industries', ''],
    sites: { fr: 'usines', en: 'plants' },
  },
  {
    fr: 'énergéticien',
    en: 'energy company',
    gender: 'm',
    alias: 'l’énergéticien',
    rubric: 'Énergie',
    suffixes: ['Énergie', 'Énergies', ''],
    sites: { fr: 'centrales', en: 'power plants' },
  },
  {
    fr: 'cabinet de conseil',
    en: 'consulting firm',
    gender: 'm',
    alias: 'le cabinet',
    rubric: 'Services',
    suffixes: ['Conseil', '& Associés', 'Partners'],
    sites: { fr: 'bureaux', en: 'offices' },
  },
  {
    fr: 'jeune pousse de la fintech',
    en: 'fintech start-up',
    gender: 'f',
    alias: 'la jeune pousse',
    rubric: 'Numérique',
    suffixes: ['Pay', 'Finance', ''],
    sites: { fr: 'pays', en: 'countries' },
  },
  {
    fr: 'laboratoire pharmaceutique',
    en: 'pharmaceutical laboratory',
    gender: 'm',
    alias: 'le laboratoire',
    rubric: 'Santé',
    suffixes: ['Pharma', 'Santé', ''],
    sites: { fr: 'sites de production', en: 'production sites' },
  },
  {
    fr: 'transporteur routier',
    en: 'road haulier',
    gender: 'm',
    alias: 'le transporteur',
    rubric: 'Transport',
    suffixes: ['Logistique', 'Transports', ''],
    sites: { fr: 'entrepôts', en: 'warehouses' },
  },
  {
    fr: 'société de services informatiques',
    en: 'IT services company',
    gender: 'f',
    alias: 'la société de services',
    rubric: 'Numérique',
    suffixes: ['Services', 'Informatique', 'Digital'],
    sites: { fr: 'agences', en: 'offices' },
  },
  {
    fr: 'chantier naval',
    en: 'shipyard',
    gender: 'm',
    alias: 'le chantier naval',
    rubric: 'Industrie',
    suffixes: ['Marine', 'Naval', ''],
    sites: { fr: 'cales', en: 'slipways' },
  },
  {
    fr: 'groupe hôtelier',
    en: 'hotel group',
    gender: 'm',
    alias: 'le groupe hôtelier',
    rubric: 'Services',
    suffixes: ['Hôtels', 'Hospitalité', ''],
    sites: { fr: 'hôtels', en: 'hotels' },
  },
  {
    fr: 'brasseur',
    en: 'brewer',
    gender: 'm',
    alias: 'le brasseur',
    rubric: 'Industrie',
    suffixes: ['Brasseries', ''],
    sites: { fr: 'brasseries', en: 'breweries' },
  },
  {
    fr: 'aciériste',
    en: 'steelmaker',
    gender: 'm',
    alias: 'l’aciériste',
    rubric: 'Industrie',
    suffixes: ['Aciers', 'Métal', ''],
    sites: { fr: 'aciéries', en: 'steelworks' },
  },
  {
    fr: 'coopérative agricole',
    en: 'farming cooperative',
    gender: 'f',
    alias: 'la coopérative',
    rubric: 'Industrie',
    suffixes: ['Coop', 'Agri', ''],
    sites: { fr: 'silos', en: 'silos' },
  },
];

export type UnitKey =
  | 'dsi'
  | 'marketing'
  | 'digital'
  | 'finance'
  | 'hr'
  | 'sales'
  | 'supply'
  | 'innovation'
  | 'rd'
  | 'data'
  | 'france';

export interface UnitDef {
  key: UnitKey;
  kind: OrganizationKind;
  /** The record's name; for a subsidiary, appended to the company name. */
  name: string;
  en: string;
  /** With the article, in running text: "la direction financière". */
  the: string;
  /** "de la direction financière". */
  of: string;
  /** "à la direction financière", "au laboratoire d’innovation". */
  in: string;
  alias: string | null;
  /** The unit a team sits in. */
  inside: UnitKey | null;
}

export const UNIT_DEFS: readonly UnitDef[] = [
  {
    key: 'dsi',
    kind: 'directorate',
    name: 'Direction des systèmes d’information',
    en: 'IT department',
    the: 'la direction des systèmes d’information',
    of: 'de la direction des systèmes d’information',
    in: 'à la direction des systèmes d’information',
    alias: 'la DSI',
    inside: null,
  },
  {
    key: 'marketing',
    kind: 'directorate',
    name: 'Direction marketing',
    en: 'marketing department',
    the: 'la direction marketing',
    of: 'de la direction marketing',
    in: 'à la direction marketing',
    alias: null,
    inside: null,
  },
  {
    key: 'digital',
    kind: 'unit',
    name: 'Direction du numérique',
    en: 'digital unit',
    the: 'la direction du numérique',
    of: 'de la direction du numérique',
    in: 'à la direction du numérique',
    alias: 'l’usine numérique',
    inside: null,
  },
  {
    key: 'finance',
    kind: 'directorate',
    name: 'Direction financière',
    en: 'finance department',
    the: 'la direction financière',
    of: 'de la direction financière',
    in: 'à la direction financière',
    alias: null,
    inside: null,
  },
  {
    key: 'hr',
    kind: 'directorate',
    name: 'Direction des ressources humaines',
    en: 'human resources department',
    the: 'la direction des ressources humaines',
    of: 'de la direction des ressources humaines',
    in: 'à la direction des ressources humaines',
    alias: 'la DRH',
    inside: null,
  },
  {
    key: 'sales',
    kind: 'directorate',
    name: 'Direction commerciale',
    en: 'sales department',
    the: 'la direction commerciale',
    of: 'de la direction commerciale',
    in: 'à la direction commerciale',
    alias: null,
    inside: null,
  },
  {
    key: 'supply',
    kind: 'directorate',
    name: 'Direction de la chaîne logistique',
    en: 'supply-chain department',
    the: 'la direction de la chaîne logistique',
    of: 'de la direction de la chaîne logistique',
    in: 'à la direction de la chaîne logistique',
    alias: 'la supply chain',
    inside: null,
  },
  {
    key: 'innovation',
    kind: 'unit',
    name: 'Laboratoire d’innovation',
    en: 'innovation lab',
    the: 'le laboratoire d’innovation',
    of: 'du laboratoire d’innovation',
    in: 'au laboratoire d’innovation',
    alias: 'le lab',
    inside: null,
  },
  {
    key: 'rd',
    kind: 'unit',
    name: 'Centre de recherche et développement',
    en: 'R&D centre',
    the: 'le centre de recherche et développement',
    of: 'du centre de recherche et développement',
    in: 'au centre de recherche et développement',
    alias: 'le centre de R&D',
    inside: null,
  },
  {
    key: 'data',
    kind: 'team',
    name: 'Équipe data',
    en: 'data team',
    the: 'l’équipe data',
    of: 'de l’équipe data',
    in: 'dans l’équipe data',
    alias: null,
    inside: 'dsi',
  },
  {
    key: 'france',
    kind: 'subsidiary',
    name: 'France',
    en: 'French subsidiary',
    the: 'la filiale française',
    of: 'de la filiale française',
    in: 'à la filiale française',
    alias: null,
    inside: null,
  },
];

export interface TitleDef {
  m: string;
  f: string;
  en: string;
  /** 3: runs the company; 2: runs a unit; 1: works in one. */
  level: 1 | 2 | 3;
  /** The unit a head runs; null for the company's own posts and for members. */
  unit: UnitKey | null;
  mission: Bi;
}

export const TITLES: readonly TitleDef[] = [
  {
    m: 'directeur général',
    f: 'directrice générale',
    en: 'Chief Executive Officer',
    level: 3,
    unit: null,
    mission: { fr: 'à la tête de l’entreprise', en: 'running the company' },
  },
  {
    m: 'président-directeur général',
    f: 'présidente-directrice générale',
    en: 'Chairman and Chief Executive',
    level: 3,
    unit: null,
    mission: {
      fr: 'à la tête du conseil et de la direction',
      en: 'chairing the board and running the company',
    },
  },
  {
    m: 'directeur général adjoint',
    f: 'directrice générale adjointe',
    en: 'Deputy Chief Executive',
    level: 3,
    unit: null,
    mission: { fr: 'en appui de la direction générale', en: 'supporting the chief executive' },
  },
  {
    m: 'directeur des opérations',
    f: 'directrice des opérations',
    en: 'Chief Operating Officer',
    level: 3,
    unit: null,
    mission: { fr: 'chargé des opérations au quotidien', en: 'in charge of day-to-day operations' },
  },
  {
    m: 'directeur des systèmes d’information',
    f: 'directrice des systèmes d’information',
    en: 'Chief Information Officer',
    level: 2,
    unit: 'dsi',
    mission: {
      fr: 'responsable des systèmes d’information',
      en: 'responsible for information systems',
    },
  },
  {
    m: 'directeur marketing',
    f: 'directrice marketing',
    en: 'Chief Marketing Officer',
    level: 2,
    unit: 'marketing',
    mission: {
      fr: 'responsable de la marque et des campagnes',
      en: 'responsible for the brand and campaigns',
    },
  },
  {
    m: 'Chief Digital Officer',
    f: 'Chief Digital Officer',
    en: 'Chief Digital Officer',
    level: 2,
    unit: 'digital',
    mission: {
      fr: 'chargé de la transformation numérique',
      en: 'in charge of the digital transformation',
    },
  },
  {
    m: 'directeur financier',
    f: 'directrice financière',
    en: 'Chief Financial Officer',
    level: 2,
    unit: 'finance',
    mission: {
      fr: 'responsable des finances du groupe',
      en: 'responsible for the group’s finances',
    },
  },
  {
    m: 'directeur des ressources humaines',
    f: 'directrice des ressources humaines',
    en: 'Human Resources Director',
    level: 2,
    unit: 'hr',
    mission: {
      fr: 'chargé du recrutement et de la formation',
      en: 'in charge of recruitment and training',
    },
  },
  {
    m: 'directeur commercial',
    f: 'directrice commerciale',
    en: 'Sales Director',
    level: 2,
    unit: 'sales',
    mission: { fr: 'responsable des ventes', en: 'responsible for sales' },
  },
  {
    m: 'directeur de la chaîne logistique',
    f: 'directrice de la chaîne logistique',
    en: 'Supply-Chain Director',
    level: 2,
    unit: 'supply',
    mission: {
      fr: 'responsable des flux, des achats aux livraisons',
      en: 'responsible for flows, from purchasing to delivery',
    },
  },
  {
    m: 'directeur de l’innovation',
    f: 'directrice de l’innovation',
    en: 'Head of Innovation',
    level: 2,
    unit: 'innovation',
    mission: {
      fr: 'chargé des nouveaux produits et des partenariats avec les start-up',
      en: 'in charge of new products and start-up partnerships',
    },
  },
  {
    m: 'directeur de la recherche',
    f: 'directrice de la recherche',
    en: 'Head of Research',
    level: 2,
    unit: 'rd',
    mission: { fr: 'à la tête des équipes de recherche', en: 'leading the research teams' },
  },
  {
    m: 'responsable data',
    f: 'responsable data',
    en: 'Head of Data',
    level: 2,
    unit: 'data',
    mission: { fr: 'chargé de la valorisation des données', en: 'in charge of making use of data' },
  },
  {
    m: 'directeur général France',
    f: 'directrice générale France',
    en: 'Managing Director, France',
    level: 2,
    unit: 'france',
    mission: { fr: 'à la tête de la filiale française', en: 'running the French subsidiary' },
  },
  {
    m: 'chef de projet',
    f: 'cheffe de projet',
    en: 'Project Manager',
    level: 1,
    unit: null,
    mission: { fr: 'chargé de projets transverses', en: 'in charge of cross-functional projects' },
  },
  {
    m: 'ingénieur d’études',
    f: 'ingénieure d’études',
    en: 'Design Engineer',
    level: 1,
    unit: null,
    mission: { fr: 'chargé des études techniques', en: 'in charge of technical studies' },
  },
  {
    m: 'consultant',
    f: 'consultante',
    en: 'Consultant',
    level: 1,
    unit: null,
    mission: { fr: 'en mission auprès des clients', en: 'on assignments for clients' },
  },
  {
    m: 'analyste',
    f: 'analyste',
    en: 'Analyst',
    level: 1,
    unit: null,
    mission: {
      fr: 'chargé des analyses et des tableaux de bord',
      en: 'in charge of analyses and dashboards',
    },
  },
  {
    m: 'responsable des achats',
    f: 'responsable des achats',
    en: 'Purchasing Manager',
    level: 1,
    unit: null,
    mission: {
      fr: 'chargé des achats et des fournisseurs',
      en: 'in charge of purchasing and suppliers',
    },
  },
  {
    m: 'chargé de mission',
    f: 'chargée de mission',
    en: 'Project Officer',
    level: 1,
    unit: null,
    mission: {
      fr: 'chargé de missions auprès de la direction',
      en: 'handling assignments for management',
    },
  },
  {
    m: 'architecte logiciel',
    f: 'architecte logicielle',
    en: 'Software Architect',
    level: 1,
    unit: null,
    mission: {
      fr: 'responsable de l’architecture des applications',
      en: 'responsible for the applications’ architecture',
    },
  },
  {
    m: 'responsable produit',
    f: 'responsable produit',
    en: 'Product Manager',
    level: 1,
    unit: null,
    mission: {
      fr: 'chargé de la feuille de route des produits',
      en: 'in charge of the product roadmap',
    },
  },
  {
    m: 'contrôleur de gestion',
    f: 'contrôleuse de gestion',
    en: 'Management Controller',
    level: 1,
    unit: null,
    mission: { fr: 'chargé du suivi budgétaire', en: 'in charge of budget monitoring' },
  },
];

export interface ProjectKind {
  fr: string;
  en: string;
  goal: Bi;
}

export const PROJECT_KINDS: readonly ProjectKind[] = [
  {
    fr: 'plateforme de données clients',
    en: 'customer data platform',
    goal: {
      fr: 'unifier la connaissance des clients',
      en: 'unify what the company knows about its customers',
    },
  },
  {
    fr: 'application mobile',
    en: 'mobile app',
    goal: { fr: 'simplifier le parcours des clients', en: 'simplify the customer journey' },
  },
  {
    fr: 'migration vers le cloud',
    en: 'cloud migration',
    goal: { fr: 'moderniser l’infrastructure', en: 'modernise the infrastructure' },
  },
  {
    fr: 'programme de cybersécurité',
    en: 'cybersecurity programme',
    goal: { fr: 'protéger les systèmes industriels', en: 'protect the industrial systems' },
  },
  {
    fr: 'usine connectée',
    en: 'connected factory',
    goal: { fr: 'piloter la production en temps réel', en: 'steer production in real time' },
  },
  {
    fr: 'refonte du site marchand',
    en: 'e-commerce site overhaul',
    goal: { fr: 'relancer les ventes en ligne', en: 'revive online sales' },
  },
  {
    fr: 'outil d’e-réputation',
    en: 'e-reputation tool',
    goal: {
      fr: 'suivre ce que les clients disent de la marque',
      en: 'track what customers say about the brand',
    },
  },
  {
    fr: 'configurateur en ligne',
    en: 'online configurator',
    goal: {
      fr: 'permettre aux clients de composer leur offre',
      en: 'let customers put together their own offer',
    },
  },
  {
    fr: 'programme de formation au numérique',
    en: 'digital training programme',
    goal: { fr: 'former les salariés aux nouveaux outils', en: 'train employees in the new tools' },
  },
  {
    fr: 'assistant conversationnel',
    en: 'chatbot',
    goal: {
      fr: 'répondre aux questions des clients à toute heure',
      en: 'answer customers’ questions at any hour',
    },
  },
  {
    fr: 'maintenance prédictive',
    en: 'predictive maintenance',
    goal: { fr: 'anticiper les pannes des équipements', en: 'anticipate equipment failures' },
  },
  {
    fr: 'dématérialisation des factures',
    en: 'e-invoicing',
    goal: {
      fr: 'supprimer le papier des échanges avec les fournisseurs',
      en: 'remove paper from dealings with suppliers',
    },
  },
  {
    fr: 'plan de réduction des émissions',
    en: 'emissions-reduction plan',
    goal: {
      fr: 'réduire l’empreinte carbone du groupe',
      en: 'reduce the group’s carbon footprint',
    },
  },
  {
    fr: 'progiciel de gestion intégré',
    en: 'ERP roll-out',
    goal: { fr: 'unifier la gestion des filiales', en: 'unify the subsidiaries’ management' },
  },
  {
    fr: 'traçabilité des produits',
    en: 'product traceability',
    goal: {
      fr: 'suivre chaque lot de la production à la livraison',
      en: 'follow each batch from production to delivery',
    },
  },
  {
    fr: 'programme de fidélité',
    en: 'loyalty programme',
    goal: { fr: 'récompenser les clients réguliers', en: 'reward regular customers' },
  },
  {
    fr: 'entrepôt automatisé',
    en: 'automated warehouse',
    goal: { fr: 'accélérer la préparation des commandes', en: 'speed up order picking' },
  },
  {
    fr: 'place de marché professionnelle',
    en: 'B2B marketplace',
    goal: { fr: 'vendre en ligne aux professionnels', en: 'sell online to professional buyers' },
  },
  {
    fr: 'portail fournisseurs',
    en: 'supplier portal',
    goal: {
      fr: 'fluidifier les échanges avec les fournisseurs',
      en: 'smooth dealings with suppliers',
    },
  },
  {
    fr: 'jumeau numérique',
    en: 'digital twin',
    goal: {
      fr: 'simuler les lignes de production avant de les modifier',
      en: 'simulate production lines before changing them',
    },
  },
];

export const CODE_NAMES = [
  'Atlas',
  'Boréal',
  'Éole',
  'Pégase',
  'Odyssée',
  'Horizon',
  'Phénix',
  'Aurore',
  'Cassiopée',
  'Mistral',
  'Zéphyr',
  'Sirius',
  'Andromède',
  'Hélios',
  'Véga',
  'Orion',
  'Galilée',
  'Prométhée',
  'Ulysse',
  'Iris',
  'Opale',
  'Émeraude',
  'Saphir',
  'Alizé',
  'Calypso',
  'Nautilus',
  'Sésame',
  'Agora',
  'Boussole',
  'Équinoxe',
  'Gaïa',
  'Méridien',
  'Kairos',
  'Lumen',
  'Nova',
  'Quartz',
  'Tremplin',
  'Azur',
  'Cœur de réseau',
  'Étoile',
];

export interface Topic {
  id: string;
  /** "la cybersécurité". */
  the: string;
  /** "de la cybersécurité". */
  of: string;
  /** "à la cybersécurité". */
  to: string;
  en: string;
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'digital-transformation',
    the: 'la transformation numérique',
    of: 'de la transformation numérique',
    to: 'à la transformation numérique',
    en: 'the digital transformation',
  },
  {
    id: 'cybersecurity',
    the: 'la cybersécurité',
    of: 'de cybersécurité',
    to: 'à la cybersécurité',
    en: 'cybersecurity',
  },
  {
    id: 'artificial-intelligence',
    the: 'l’intelligence artificielle',
    of: 'd’intelligence artificielle',
    to: 'à l’intelligence artificielle',
    en: 'artificial intelligence',
  },
  { id: 'data', the: 'la donnée', of: 'de données', to: 'à la donnée', en: 'data' },
  { id: 'cloud', the: 'le cloud', of: 'du cloud', to: 'au cloud', en: 'the cloud' },
  {
    id: 'customer-experience',
    the: 'l’expérience client',
    of: 'd’expérience client',
    to: 'à l’expérience client',
    en: 'customer experience',
  },
  {
    id: 'supply-chain',
    the: 'la chaîne logistique',
    of: 'de chaîne logistique',
    to: 'à la chaîne logistique',
    en: 'the supply chain',
  },
  {
    id: 'sustainability',
    the: 'la transition écologique',
    of: 'de transition écologique',
    to: 'à la transition écologique',
    en: 'the ecological transition',
  },
  {
    id: 'e-commerce',
    the: 'le commerce en ligne',
    of: 'de commerce en ligne',
    to: 'au commerce en ligne',
    en: 'online retail',
  },
  {
    id: 'remote-work',
    the: 'le télétravail',
    of: 'de télétravail',
    to: 'au télétravail',
    en: 'remote working',
  },
  {
    id: 'industry-of-the-future',
    the: 'l’industrie du futur',
    of: 'd’industrie du futur',
    to: 'à l’industrie du futur',
    en: 'the factory of the future',
  },
  { id: 'mobile', the: 'le mobile', of: 'de mobile', to: 'au mobile', en: 'mobile' },
  {
    id: 'innovation',
    the: 'l’innovation',
    of: 'd’innovation',
    to: 'à l’innovation',
    en: 'innovation',
  },
  {
    id: 'regulation',
    the: 'la réglementation',
    of: 'de réglementation',
    to: 'à la réglementation',
    en: 'regulation',
  },
];

export const MEDIA = [
  'La Lettre du numérique',
  'Le Courrier des dirigeants',
  'L’Écho des régions',
  'Stratégies & Systèmes',
  'Le Quotidien de l’industrie',
  'La Revue des décideurs',
  'Tribune économique',
  'L’Observateur des entreprises',
  'Cap Innovation',
  'La Gazette des DSI',
  'Ouest Économie',
  'Décisions & Réseaux',
];

/** Events of the wider world an interviewee may bring up, with their date. */
export interface ContextEvent {
  year: number;
  month: number | null;
  day: number | null;
  /** The phrase, date included: "la crise financière de 2008". */
  fr: string;
  title: Bi;
}

export const CONTEXT_EVENTS: readonly ContextEvent[] = [
  {
    year: 1999,
    month: null,
    day: null,
    fr: 'le passage à l’an 2000, fin 1999',
    title: { fr: 'Le passage à l’an 2000', en: 'The year-2000 changeover' },
  },
  {
    year: 2000,
    month: null,
    day: null,
    fr: 'l’éclatement de la bulle internet en 2000',
    title: { fr: 'L’éclatement de la bulle internet', en: 'The dot-com bubble bursts' },
  },
  {
    year: 2002,
    month: 1,
    day: 1,
    fr: 'le passage à l’euro, le 1er janvier 2002',
    title: { fr: 'Le passage à l’euro', en: 'The switch to the euro' },
  },
  {
    year: 2008,
    month: null,
    day: null,
    fr: 'la crise financière de 2008',
    title: { fr: 'La crise financière', en: 'The financial crisis' },
  },
  {
    year: 2010,
    month: 4,
    day: null,
    fr: 'l’éruption du volcan islandais en avril 2010',
    title: {
      fr: 'L’éruption du volcan islandais paralyse le trafic aérien',
      en: 'The Icelandic eruption grounds air traffic',
    },
  },
  {
    year: 2016,
    month: 6,
    day: null,
    fr: 'le vote du Brexit en juin 2016',
    title: { fr: 'Le vote du Brexit', en: 'The Brexit vote' },
  },
  {
    year: 2018,
    month: 5,
    day: 25,
    fr: 'l’entrée en vigueur du RGPD, le 25 mai 2018',
    title: { fr: 'Entrée en vigueur du RGPD', en: 'The GDPR comes into force' },
  },
  {
    year: 2020,
    month: 3,
    day: null,
    fr: 'le premier confinement, en mars 2020',
    title: { fr: 'Le premier confinement', en: 'The first lockdown' },
  },
  {
    year: 2022,
    month: null,
    day: null,
    fr: 'la flambée des prix de l’énergie en 2022',
    title: { fr: 'La flambée des prix de l’énergie', en: 'Energy prices soar' },
  },
];

export const DECISIONS: readonly Bi[] = [
  { fr: 'regrouper ses équipes numériques', en: 'bring its digital teams together' },
  { fr: 'internaliser ses développements', en: 'bring its software development in-house' },
  { fr: 'ouvrir un centre de services à Lisbonne', en: 'open a service centre in Lisbon' },
  { fr: 'confier sa messagerie à un prestataire', en: 'outsource its e-mail' },
  {
    fr: 'réorganiser sa direction commerciale par marché',
    en: 'reorganise its sales department by market',
  },
  { fr: 'arrêter ses activités de vente par correspondance', en: 'stop its mail-order business' },
];

export const SETBACK_CAUSES: readonly string[] = [
  'faute de moyens',
  'faute de compétences en interne',
  'faute de soutien de la direction',
  'à cause d’un fournisseur défaillant',
];
