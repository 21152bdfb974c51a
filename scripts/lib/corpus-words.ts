/**
 * The corpus generator's vocabulary: word lists, and tables of one entry a line with fields
 * split on " | ". Slots in braces are filled per interview: {N} the interviewee, {C} their
 * company, {X} or {Z} someone else, {O} another company, {P} a project, {D} and {E} dates, {de P}
 * with elision. {il} and {e} agree with who is meant; `[a|b]` is `a` in the interviewee's words
 * and `b` in the journalist's.
 */
const words = (text: string, separator: RegExp = /\s+/): string[] => text.trim().split(separator);
const table = (text: string): string[][] =>
  words(text, /\n/).map((line) => line.split(' | ').map((field) => field.trim()));

export const FIRST_F = words(`
  Nathalie Aurélie Geneviève Valérie Sophie Claire Isabelle Hélène Céline Camille Élodie Sandrine
  Béatrice Agnès Mathilde Inès Chloé Juliette Françoise Delphine Émilie Nadia Sylvie Laure`);
export const FIRST_M = words(`
  François Laurent Jacques Jérôme Antoine Nicolas Olivier Thierry Éric Stéphane Philippe Benoît
  Mathieu Julien Guillaume Xavier Hervé Loïc Karim Bruno Patrice Raphaël Grégoire Hugo`);
export const LAST = words(`
  Achard Hébert Rivière Legrand Sénéchal Lefèvre Garnier Daguerre Lemaître Gosselin Vidal Béranger
  Marchand Dubois Moreau Mercier Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Faure
  Guérin Chevalier Gauthier Perrin Clément Morin Roussel Masson Duval Lemoine Noël Meunier Giraud
  Brunet Barbier Arnaud Renard Leroux Picard Fabre Aubert Lacroix Leclerc Payet Rolland Dupuy`);
/** Company names are a head and a tail ("Val" + "vane"), maybe a sector. */
export const HEADS = words(`
  Val Ar Ven Gré Mon Bel Nor Sor Ker Dor Al Vi Or Tal Mi Quen Sé Lu Fen Cor`);
export const TAILS = words(`
  ys lac ville eau bois ance court éa vel mio val van téa réo bis vane ra lis`);
export const CITIES = words(`
  Orléans Toulouse Lyon Marseille Nantes Lille Bordeaux Rennes Grenoble`);
export const PROJECT_CODES = words(`
  Lumen Odyssée Kairos Aurore Calypso Alizé Étoile Horizon Atlas Boréal Cassiopée Delta Écho Iris
  Jade Kepler Lyra Mistral Nova Orion Pégase Quasar Sirius Vega Zénith Phénix Hélix Cobalt`);
export const MEDIA = words(
  `La Revue des décideurs, La Gazette des DSI, Le Courrier numérique,
  Les Cahiers du management, Le Journal des entreprises, L’Observateur économique`,
  /,\s*/,
);
export const JOURNALISTS = words(`Claire Dumas, Sophie Lacroix, Hugo Vasseur, Bruno Marty`, /,\s*/);

/** Company name suffix | what it is (French, masculine) | (English) | rubric. */
export const SECTORS = table(`
  Software | éditeur de logiciels | software publisher | Numérique
  Pay | spécialiste du paiement | payments specialist | Finance
  Énergies | énergéticien | energy company | Énergie
  Assurances | assureur | insurer | Finance
  Transports | transporteur | transport company | Transport
  Commerce | distributeur | retailer | Distribution
  Santé | laboratoire pharmaceutique | pharmaceutical company | Santé
  Industries | industriel | manufacturer | Industrie
  Télécom | opérateur télécoms | telecoms operator | Télécoms`);

/** Masculine | feminine | English | level (0–3) | the unit it belongs to, its English, kind. */
export const TITLES = table(`
  analyste | analyste | Analyst | 0 | -
  consultant | consultante | Consultant | 0 | -
  ingénieur d’études | ingénieure d’études | Design Engineer | 0 | -
  chef de projet | cheffe de projet | Project Manager | 1 | -
  responsable produit | responsable produit | Product Manager | 1 | -
  responsable data | responsable data | Head of Data | 1 | Équipe data | data team | team
  directeur marketing | directrice marketing | Marketing Director | 2 | Direction marketing | marketing department | directorate
  directeur commercial | directrice commerciale | Sales Director | 2 | Direction commerciale | sales department | directorate
  directeur des systèmes d’information | directrice des systèmes d’information | Chief Information Officer | 2 | Direction des systèmes d’information | IT department | directorate
  directeur financier | directrice financière | Chief Financial Officer | 2 | Direction financière | finance department | directorate
  directeur du numérique | directrice du numérique | Chief Digital Officer | 2 | Direction du numérique | digital unit | directorate
  directeur de l’innovation | directrice de l’innovation | Head of Innovation | 2 | Laboratoire d’innovation | innovation lab | unit
  directeur général adjoint | directrice générale adjointe | Deputy Chief Executive | 3 | -
  directeur des opérations | directrice des opérations | Chief Operating Officer | 3 | -
  directeur de la filiale France | directrice de la filiale France | Head of the French subsidiary | 3 | Filiale France | French subsidiary | subsidiary`);

/** Project kind (fr) | (en) | what for (fr) | (en). */
export const PROJECTS = table(`
  Traçabilité des produits | product traceability | suivre chaque lot jusqu’à la livraison | follow each batch to delivery
  Assistant conversationnel | chatbot | répondre aux clients à toute heure | answer customers at any hour
  Plan de réduction des émissions | emissions-reduction plan | réduire l’empreinte carbone du groupe | reduce the group’s carbon footprint
  Dématérialisation des factures | e-invoicing | supprimer le papier des échanges avec les fournisseurs | remove paper from dealings with suppliers
  Jumeau numérique | digital twin | simuler les lignes de production avant de les modifier | simulate production lines before changing them
  Référentiel client unique | single customer repository | unifier la connaissance des clients | unify what is known about customers
  Maintenance prédictive | predictive maintenance | anticiper les pannes des équipements | anticipate equipment failures
  Migration vers le cloud | cloud migration | moderniser le système d’information | modernize the information system`);

/** Theme | topics | French | English. `other`: said by someone else about the interviewee. */
export const QUOTES = table(`
  career | career | Quand je suis arrivé{e} chez {C}, tout restait à construire | When I arrived at {C}, everything was still to be built
  career | career | Je ne regrette rien : chaque étape m’a appris quelque chose | I regret nothing: every step taught me something
  career | career,management | {X} m’a appris à écouter avant de décider | {X} taught me to listen before deciding
  career | career | J’ai eu la chance de travailler avec {X}, qui m’a fait confiance très tôt | I was lucky to work with {X}, who trusted me very early on
  career | career | Mon prédécesseur avait posé les bases ; j’ai surtout accéléré | My predecessor had laid the foundations; I mostly sped things up
  career | career | Un chasseur de têtes m’a appelé{e} un vendredi soir ; le lundi, j’étais chez {C} | A headhunter called me on a Friday evening; by Monday, I was at {C}
  career | career | Je n’avais pas de plan de carrière, seulement l’envie de construire | I had no career plan, only the wish to build things
  team | management | Je crois beaucoup aux petites équipes autonomes, cinq ou six personnes au maximum | I am a great believer in small autonomous teams, five or six people at most
  team | organization | Les équipes de {C} ont une culture d’ingénieurs ; il a fallu apprendre à parler marketing | {C}’s teams have an engineering culture; we had to learn to speak marketing
  team | workforce | Nous avons choisi de garder ces compétences en interne plutôt que de tout sous-traiter | We chose to keep these skills in-house rather than outsource everything
  team | management | Avec {X}, nous faisons le point chaque lundi matin, sans exception | {X} and I take stock every Monday morning, without fail
  team | workforce | Recruter des profils techniques reste notre principal défi | Hiring technical profiles remains our main challenge
  team | organization | Nous avons supprimé deux niveaux hiérarchiques en un an | We removed two layers of management in a year
  team | change-management | Il faut accepter l’échec ; sans cela, on n’innove pas | You have to accept failure; without it, there is no innovation
  project | digital-transformation | {P}, c’est le cœur de notre stratégie pour les trois ans qui viennent | {P} is at the heart of our strategy for the next three years
  project | innovation | Nous avons mis en œuvre {P} en un temps record, et les équipes ont suivi | We implemented {P} in record time, and the teams followed
  project | innovation | Personne n’y croyait au départ ; aujourd’hui, tout le monde veut son propre {P} | Nobody believed in it at first; today, everyone wants their own {P}
  project | management | Sans l’appui de {X}, {P} n’aurait jamais vu le jour | Without {X}’s support, {P} would never have seen the light of day
  project | customer-experience | Avec {P}, nous avons divisé par deux le temps de traitement des commandes | With {P}, we halved order-processing time
  project | change-management | Le plus difficile, c’est de faire cohabiter l’ancien et le nouveau système | The hardest part is running the old and the new system side by side
  project | pilot-projects | Sur {P}, nous avons commencé petit, avec une seule équipe | On {P}, we started small, with a single team
  project | digital-transformation | {P} nous a obligés à revoir nos processus de fond en comble | {P} forced us to rethink our processes from top to bottom
  outlook | digital-strategy | Ce qui m’intéresse, c’est l’impact concret sur le quotidien des équipes | What interests me is the concrete impact on the teams’ daily work
  outlook | innovation | Dans cinq ans, la moitié de nos produits n’existeront pas encore | In five years’ time, half of our products will not exist yet
  outlook | digital-strategy | {C} doit devenir une entreprise de services autant que de produits | {C} must become a services company as much as a products company
  outlook | partnerships | Nous ne pourrons pas tout faire seuls ; il nous faudra des partenaires | We cannot do everything alone; we will need partners
  outlook | workforce | Je crois surtout que les métiers vont changer | I mostly believe that the jobs will change
  outlook | organization | Notre priorité reste la simplicité : moins de projets, mieux menés | Our priority remains simplicity: fewer projects, better run
  other | management | {N} sait trancher quand il le faut | {N} knows how to decide when it matters
  other | career | J’ai vu arriver {N} chez {C}, et je n’ai jamais regretté ce recrutement | I saw {N} arrive at {C}, and I have never regretted that hire
  other | change-management | {N} a su embarquer des équipes qui n’y croyaient plus | {N} managed to win over teams who had stopped believing`);

/** Theme | question (interview) | intertitle (profile). */
export const ASKS = table(`
  career | Quel a été votre parcours avant de rejoindre {C} ? | Un parcours sans détour
  career | Qu’est-ce qui vous a convaincu{e} de rejoindre {C} ? | Le choix de {C}
  team | Comment votre équipe est-elle organisée ? | Une équipe resserrée
  project | Où en est le projet {P} ? | {P}, le chantier phare
  project | Qu’attendez-vous {de P} ? | Le pari {de P}
  outlook | Comment voyez-vous les cinq prochaines années ? | Et demain ?
  outlook | Quelles sont vos priorités pour l’an prochain ? | Cap sur l’avenir`);

/** Kind | sentence | title (fr) | title (en): what happens to a project, or around it. */
export const EVENTS = table(`
  milestone | {D}, {P} a franchi le cap du million d’utilisateurs. | {P} franchit le million d’utilisateurs | {P} passes one million users
  milestone | {D}, {P} a été étendu à l’ensemble du groupe. | Extension {de P} au groupe | {P} extended to the whole group
  decision | {D}, le comité exécutif a validé le budget {de P}. | Budget {de P} validé | {P} budget approved
  setback | {D}, {P} a pris plusieurs mois de retard. | Retard {de P} | {P} delayed
  setback | {D}, une panne a paralysé {P} pendant deux jours. | Panne {de P} | {P} outage
  context | {D}, la crise frappe {C} de plein fouet. | Crise chez {C} | Crisis at {C}
  context | {D}, l’arrivée d’un nouvel actionnaire change la donne chez {C}. | Nouvel actionnaire chez {C} | New shareholder at {C}`);

/** Kind | sentence | description (fr) | (en) | how it is inferred, if it is (fr) | (en). {O} supplies {C}. */
export const RELATIONS = table(`
  customer | {C} est client {de O} {D}. | {C} est client {de O}. | {C} is a customer of {O}.
  customer | Les équipes {de C} utilisent les outils {de O} au quotidien. | {C} est client {de O}. | {C} is a customer of {O}. | Utiliser les outils {de O} au quotidien fait {de C} son client ; le texte ne le dit pas en ces termes. | Using {O}’s tools every day makes {C} its customer; the text does not say so in as many words.
  partner | {C} et {O} sont partenaires {D}. | {C} et {O} sont partenaires. | {C} and {O} are partners.
  pilot | {C} mène un pilote avec {O} autour {de P}. | Pilote entre {C} et {O}. | Pilot between {C} and {O}.
  works-with | {C} travaille de longue date avec {O}. | {C} travaille avec {O}. | {C} works with {O}.
  discussion | {C} est en discussion avec {O} pour un partenariat. | Discussions entre {C} et {O}. | {C} and {O} are in talks.`);

/** Qualifier | sentence | label (fr) | (en) | unit (fr) | (en) | `live`: only once under way. */
export const FIGURES = table(`
  exact | {P} est déjà déployé dans {a} des {b} sites {de C}. | Déploiement | Deployment | sites | sites | live
  range | {P} mobilise entre {a} et {b} personnes. | Équipe projet | Project team | personnes | people | any
  more-than | {P} compte déjà plus de {n} utilisateurs. | Utilisateurs | Users | utilisateurs | users | live
  about | Le budget du projet {P} atteint quelque {n} millions d’euros. | Budget | Budget | millions d’euros | million euros | any
  barely | {P} a été mis en place en à peine {n} mois. | Durée de mise en place | Time to set up | mois | months | live
  exact | {P} a déjà traité {n} dossiers. | Dossiers traités | Cases handled | dossiers | cases | live`);

/** How a count is qualified | how it is said. */
export const QUALIFIERS = table(`
  exact | {n}
  about | quelque {n}
  about | près de {n}
  more-than | plus de {n}`);

/** Sentences by key; with several lines to a key, one is picked. {X} {T} {de O}: a post. */
export const SAY = table(`
  lead | {T} {de O} {D}, {N} revient sur {n} ans de carrière.
  lead | {N} est {T} {de O} {D}.
  post | {D}, [je deviens|{il} devient] {T} {de O}, poste [que j’ai quitté|qu’{il} quitte] {E}.
  post | {D}, [je suis nommé{e}|{il} est nommé{e}] {T} {de O} ; [je quitte|{il} quitte] ce poste {E}.
  left | {X} a quitté {O} {D}.
  size | Fondé {D}, {C} emploie aujourd’hui {n} personnes.
  above | [Je rends compte|{il} rend compte] directement à {X}, {T} {de O}.
  below | {X}, {T} {de O}, [me|lui] rend compte directement.
  peer | [Je peux compter sur|{il} peut compter sur] {X}, {T} {de O} {D}.
  peer | [Je travaille étroitement avec|{il} travaille étroitement avec] {X}, {T} {de O} {D}.
  planned | [Nous lancerons|{C} lancera] {P} {D}, pour {F}.
  launch | [Nous avons lancé|{C} a lancé] {P} {D} pour {F}.
  launch | Lancé {D}, le projet {P} vise à {F}.
  completed | Le projet {P} s’est achevé {E}.
  ended | {P} a été arrêté {E}.
  pilot | [Nous testons|{C} teste] {P} sur {n} sites pilotes.
  launched | {P} est désormais en service.
  in-progress | {P} est en cours de déploiement.
  owns | [Je pilote {P} moi-même|{N} pilote {P} en personne].
  owner | C’est {X}, {T} {de O}, qui pilote {P}.
  helps1 | {X} y contribue.
  helps2 | {X} et {Z} y contribuent.
  other | « {q} », {V} {X}, {T} {de O}.
  quoted | « {q} », {V}-t-{il}.
  headline | {N} ({C}) : « {q} »
  title | {N}, {T} {de C}
  signed-interview | Propos recueillis par {J}.
  signed-profile | Portrait signé {J}.
  signed-article | Un article de {J}.
  why-headline | Le titre prête ces mots à la personne interrogée ; ils ne figurent pas dans ses réponses telles qu’imprimées. | The headline puts these words in the interviewee’s mouth; they do not appear in the answers as printed.
  why-undated | La page ne porte pas d’autre date que sa ligne de copyright, « {E} » ; l’entretien est daté de cette année-là. | The page carries no date but its copyright line, “{E}”; the interview is dated to that year.
  why-current | Le texte présente {X} comme {T} {de O} ; que le poste soit occupé à la parution en est déduit. | The text introduces {X} as {t} at {O}; that the post is held at publication is inferred from it.
  why-status | Le texte dit quand {P} a été lancé, pas qu’il soit achevé ; le projet est lu comme en cours. | The text says when {P} was launched, not that it has finished; the project is read as in progress.
  note | Texte synthétique du générateur de corpus de Dossier (graine {s}, entretien {i} sur {n}) ; les personnes, entreprises et événements sont fictifs. | Synthetic text from the Dossier corpus generator (seed {s}, interview {i} of {n}); the people, companies and events are fictional.
  joins | {N} rejoint {O} | {N} joins {O}
  leaves | {X} quitte {O} | {X} leaves {O}
  launch-event | Lancement du projet {P} | Launch of the {P} project
  founding | Fondation {de C} | {C} is founded`);
