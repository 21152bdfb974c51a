/**
 * The corpus generator's vocabulary, one entry a line (fields split on " | "). Slots in braces
 * are filled per interview: {C} company, {P} project, {X} another person, {A} a former
 * employer, {N} the interviewee, {D} a date, {e} the speaker's feminine ending.
 */
const table = (text: string): string[][] =>
  text
    .trim()
    .split('\n')
    .map((line) => line.split(' | ').map((field) => field.trim()));
const words = (text: string): string[] => text.trim().split(/\s+/);

// prettier-ignore
export const FIRST_F = words(`Nathalie Aurélie Geneviève Marie-Hélène Valérie Frédérique Sophie Claire Isabelle Hélène Céline Camille Élodie Sandrine Christine Anne-Sophie Béatrice Laure Agnès Mathilde Inès Léa Chloé Manon Juliette Françoise Delphine Émilie Nadia Karima Sylvie Véronique`);
// prettier-ignore
export const FIRST_M = words(`François Jean-Rémi Laurent Jacques Jérôme Pierre-Étienne Antoine Nicolas Olivier Thierry Éric Stéphane Philippe Benoît Mathieu Julien Guillaume Sébastien Xavier Yannick Hervé Loïc Cédric Karim Mehdi Bruno Patrice Alain Raphaël Grégoire Thomas Hugo`);
// prettier-ignore
export const LAST = words(`Achard Hébert Rivière Legrand Sénéchal Lefèvre Garnier Daguerre Lemaître Gosselin Vidal Réveillère Béranger Marchand Dubois Moreau Mercier Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Faure Blanc Guérin Boyer Chevalier Gauthier Perrin Robin Clément Morin Roussel Masson Duval Dumont Lemoine Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Brunet Gaillard Barbier Arnaud Roche Renard Schmitt Leroux Colin Caron Picard Fabre Aubert Renaud Dumas Lacroix Bourgeois Leclerc Payet Rolland Lecomte Dupuy Guillot Hubert Berger Carpentier Moulin Deschamps Huet Vasseur Boucher Fleury Royer Klein Jacquet Poirier Marty Aubry Guyot Carré Ménard Maillard Baron Bertin Bailly Collet Léger Bouvier Prévost Millet Perrot Germain Breton Besson Langlois Rémy Pelletier Lévêque Perrier Leblanc Barré Lebrun Weber Mallet Hamon Jacob Monnier Michaud Guichard Gillet Tessier Chauvin Bouchet Lemaire Bénard Maréchal Humbert Reynaud Perret Barthélemy Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte Achour`);
// prettier-ignore
export const COMPANY_HEADS = words(`Valys Arlac Venville Gréeau Monbois Velance Ysville Châmont Gréère Belcourt Ardéa Norvel Sorbel Lumio Kerval Dorvan Altéa Viréo Orbis Talvane Mirael Quenta Séralis Ombrie Fenwa Corvène Alvéa Brisac Estoril Ilvane Jovia Lorcan Nérac Opaline Pravis Rhéa Solvane Tévenne Urbia Vauclair Wesper Zéphyr Aubrac Célis Dunois Élyra Fauvel Galvan Isara Jarnac Kalos Lérins Montval Néva Orval Pélion Quercy Rivol Sélune Valmont`);
// prettier-ignore
export const PROJECT_CODES = words(`Lumen Odyssée Kairos Aurore Calypso Alizé Étoile Horizon Atlas Boréal Cassiopée Delta Écho Galaxie Iris Jade Kepler Lyra Mistral Nova Orion Pégase Quasar Sirius Titan Vega Zénith Phénix Oméga Aquila Hélix Mercure Argo Cobalt`);
export const JOURNALISTS =
  'Antoine Réveillère,Claire Dumas,Sophie Lacroix,Hugo Vasseur,Inès Barthélemy,Bruno Marty'.split(
    ',',
  );

/** Publication: name | web slug. */
export const MEDIA = table(`
  La Revue des décideurs | revue-decideurs
  La Gazette des DSI | gazette-dsi
  L’Écho de l’industrie | echo-industrie
  Le Courrier numérique | courrier-numerique
  Les Cahiers du management | cahiers-management
  Stratégies & Réseaux | strategies-reseaux
  Le Journal des entreprises | journal-entreprises
  L’Observateur économique | observateur-eco
  Le Quotidien de la tech | quotidien-tech
  Innovation Hebdo | innovation-hebdo
  Le Magazine des métiers | magazine-metiers
  Décision Atelier | decision-atelier`);

/** Company name suffix | what it is (fr) | gender | what it is (en) | rubric. */
export const SECTORS = table(`
  Software | éditeur de logiciels | m | software publisher | Numérique
  Pay | spécialiste du paiement | m | payments specialist | Finance
  Énergies | énergéticien | m | energy company | Énergie
  Assurances | assureur | m | insurer | Finance
  Transports | transporteur | m | transport company | Transport
  Commerce | distributeur | m | retailer | Distribution
  Marine | chantier naval | m | shipyard | Industrie
  Santé | laboratoire pharmaceutique | m | pharmaceutical company | Santé
  Industries | industriel | m | manufacturer | Industrie
  Banque | banque | f | bank | Finance
  Mobilité | constructeur automobile | m | carmaker | Automobile
  Télécom | opérateur télécoms | m | telecoms operator | Télécoms
  Conseil | cabinet de conseil | m | consultancy | Services
  Alimentaire | groupe agroalimentaire | m | food group | Agroalimentaire`);

/** City | masculine and feminine adjective. */
export const CITIES = table(`
  Orléans | orléanais | orléanaise
  Toulouse | toulousain | toulousaine
  Lyon | lyonnais | lyonnaise
  Marseille | marseillais | marseillaise
  Nantes | nantais | nantaise
  Lille | lillois | lilloise
  Bordeaux | bordelais | bordelaise
  Rennes | rennais | rennaise
  Strasbourg | strasbourgeois | strasbourgeoise
  Grenoble | grenoblois | grenobloise
  Montpellier | montpelliérain | montpelliéraine
  Paris | parisien | parisienne
  Nice | niçois | niçoise`);

/** Key | name with its article (`France`: the company's subsidiary) | English | kind | parent. */
export const UNITS = table(`
  num | la direction du numérique | digital unit | directorate | -
  mkt | la direction marketing | marketing department | directorate | -
  dsi | la direction des systèmes d’information | IT department | directorate | -
  com | la direction commerciale | sales department | directorate | -
  fin | la direction financière | finance department | directorate | -
  lab | le laboratoire d’innovation | innovation lab | unit | -
  usine | l’usine numérique | digital factory | unit | -
  data | l’équipe data | data team | team | dsi
  web | l’équipe e-commerce | e-commerce team | team | num
  fr | la filiale France | French subsidiary | subsidiary | -`);

/** Masculine | feminine | English | level (3: runs the company) | the unit it heads, or -. */
export const TITLES = table(`
  analyste | analyste | Analyst | 0 | -
  consultant | consultante | Consultant | 0 | -
  chargé de mission | chargée de mission | Project Officer | 0 | -
  ingénieur d’études | ingénieure d’études | Design Engineer | 0 | -
  chef de projet | cheffe de projet | Project Manager | 1 | -
  responsable produit | responsable produit | Product Manager | 1 | -
  responsable des achats | responsable des achats | Purchasing Manager | 1 | -
  architecte logiciel | architecte logicielle | Software Architect | 1 | -
  responsable data | responsable data | Head of Data | 1 | -
  directeur marketing | directrice marketing | Marketing Director | 2 | mkt
  directeur commercial | directrice commerciale | Sales Director | 2 | com
  directeur des systèmes d’information | directrice des systèmes d’information | Chief Information Officer | 2 | dsi
  directeur financier | directrice financière | Chief Financial Officer | 2 | fin
  directeur du numérique | directrice du numérique | Chief Digital Officer | 2 | num
  directeur de l’innovation | directrice de l’innovation | Head of Innovation | 2 | lab
  directeur général adjoint | directrice générale adjointe | Deputy Chief Executive | 3 | -
  directeur général | directrice générale | Chief Executive Officer | 3 | -`);

/** Project kind (fr) | (en) | what for (fr) | (en). */
export const PROJECTS = table(`
  Traçabilité des produits | product traceability | suivre chaque lot de la production à la livraison | follow each batch from production to delivery
  Assistant conversationnel | chatbot | répondre aux questions des clients à toute heure | answer customers’ questions at any hour
  Plan de réduction des émissions | emissions-reduction plan | réduire l’empreinte carbone du groupe | reduce the group’s carbon footprint
  Dématérialisation des factures | e-invoicing | supprimer le papier des échanges avec les fournisseurs | remove paper from dealings with suppliers
  Jumeau numérique | digital twin | simuler les lignes de production avant de les modifier | simulate production lines before changing them
  Référentiel client unique | single customer repository | unifier la connaissance des clients | unify what is known about customers
  Portail fournisseurs | supplier portal | fluidifier les échanges avec les fournisseurs | smooth dealings with suppliers
  Écoute des réseaux sociaux | social listening | suivre ce que les clients disent de la marque | follow what customers say about the brand
  Boutique en ligne | online shop | vendre directement aux particuliers | sell directly to consumers
  Maintenance prédictive | predictive maintenance | anticiper les pannes des équipements | anticipate equipment failures
  Application mobile | mobile app | accompagner les clients au quotidien | support customers day to day
  Migration vers le cloud | cloud migration | moderniser le système d’information | modernize the information system
  Plateforme de données | data platform | mettre les données à la disposition des métiers | make data available to every business line
  Programme de formation | training programme | former les équipes aux nouveaux outils | train the teams on the new tools`);

/** What is deployed somewhere: French | English. */
export const PLACES = table(`pays | countries
  sites | sites
  agences | branches
  usines | plants
  magasins | stores`);

/** Theme | topics | French | English. `other`: said by someone else about the interviewee. */
export const QUOTES = table(`
  career | career | Quand je suis arrivé{e} chez {C}, tout restait à construire | When I arrived at {C}, everything was still to be built
  career | career | Je ne regrette rien : chaque étape m’a appris quelque chose | I regret nothing: every step taught me something
  career | career | Le jour où j’ai quitté {A}, j’ai su que je ne reviendrais pas en arrière | The day I left {A}, I knew I would not go back
  career | career | Chez {A}, j’ai appris la rigueur ; ici, j’apprends la vitesse | At {A}, I learned rigour; here, I am learning speed
  career | career,management | {X} m’a appris à écouter avant de décider | {X} taught me to listen before deciding
  career | career | J’ai eu la chance de travailler avec {X}, qui m’a fait confiance très tôt | I was lucky to work with {X}, who trusted me very early on
  career | career | C’est un métier où l’on apprend tous les jours, et c’est ce qui me plaît | It is a job where you learn every day, and that is what I like about it
  career | career | Mon prédécesseur avait posé les bases ; j’ai surtout accéléré | My predecessor had laid the foundations; I mostly sped things up
  career | career | Au bout de quelques années, j’ai commencé à trouver le rythme trop lent | After a few years, I began to find the pace too slow
  career | career | Un chasseur de têtes m’a appelé{e} un vendredi soir ; le lundi, j’étais chez {C} | A headhunter called me on a Friday evening; by Monday, I was at {C}
  career | career | Je n’avais pas de plan de carrière, seulement l’envie de construire | I had no career plan, only the wish to build things
  team | management | Je crois beaucoup aux petites équipes autonomes, cinq ou six personnes au maximum | I am a great believer in small autonomous teams, five or six people at most
  team | management | Je passe la moitié de mon temps sur le terrain, dans les usines et les agences | I spend half my time in the field, in the plants and the branches
  team | organization | Les équipes de {C} ont une culture d’ingénieurs ; il a fallu apprendre à parler marketing | {C}’s teams have an engineering culture; we had to learn to speak marketing
  team | workforce | Nous avons fait le choix de garder ces compétences en interne plutôt que de tout sous-traiter | We chose to keep these skills in-house rather than outsource everything
  team | management | Avec {X}, nous faisons le point chaque lundi matin, sans exception | {X} and I take stock every Monday morning, without fail
  team | workforce | Recruter des profils techniques reste notre principal défi | Hiring technical profiles remains our main challenge
  team | organization | Nous avons supprimé deux niveaux hiérarchiques en un an | We removed two layers of management in a year
  team | management | Je préfère une décision imparfaite prise à temps qu’une décision parfaite prise trop tard | I prefer an imperfect decision made in time to a perfect one made too late
  team | change-management | Il faut accepter l’échec ; sans cela, on n’innove pas | You have to accept failure; without it, there is no innovation
  project | digital-transformation | {P}, c’est le cœur de notre stratégie pour les trois ans qui viennent | {P} is at the heart of our strategy for the next three years
  project | innovation | Nous avons mis en œuvre {P} en un temps record, et les équipes ont suivi | We implemented {P} in record time, and the teams followed
  project | innovation | Personne n’y croyait au départ ; aujourd’hui, tout le monde veut son propre {P} | Nobody believed in it at first; today, everyone wants their own {P}
  project | management | Sans l’appui de {X}, {P} n’aurait jamais vu le jour | Without {X}’s support, {P} would never have seen the light of day
  project | customer-experience | Avec {P}, nous avons divisé par deux le temps de traitement des commandes | With {P}, we halved order-processing time
  project | change-management | Le plus difficile, c’est de faire cohabiter l’ancien et le nouveau système pendant la transition | The hardest part is running the old and the new system side by side during the transition
  project | digital-strategy | Nous avons appris à livrer vite, quitte à corriger ensuite | We have learned to deliver fast, even if it means correcting afterwards
  project | customer-experience | Nos clients ont vu la différence avec {P} dès les premières semaines | Our customers saw the difference with {P} within the first weeks
  project | pilot-projects | Sur {P}, nous avons commencé petit, avec une seule équipe | On {P}, we started small, with a single team
  project | digital-transformation | {P} nous a obligés à revoir nos processus de fond en comble | {P} forced us to rethink our processes from top to bottom
  outlook | digital-strategy | Ce qui m’intéresse, c’est l’impact concret sur le quotidien des équipes | What interests me is the concrete impact on the teams’ daily work
  outlook | innovation | Dans cinq ans, la moitié de nos produits n’existeront pas encore | In five years’ time, half of our products will not exist yet
  outlook | e-commerce | Le commerce en ligne représentera bientôt un tiers de nos ventes | Online sales will soon account for a third of our sales
  outlook | digital-strategy | {C} doit devenir une entreprise de services autant que de produits | {C} must become a services company as much as a products company
  outlook | partnerships | Nous ne pourrons pas tout faire seuls ; il nous faudra des partenaires | We cannot do everything alone; we will need partners
  outlook | innovation | Il y a dix ans, personne ici ne parlait d’intelligence artificielle | Ten years ago, nobody here talked about artificial intelligence
  outlook | workforce | On me demande souvent si l’automatisation va détruire des emplois ; je crois surtout que les métiers vont changer | People often ask me whether automation will destroy jobs; I mostly believe the jobs will change
  outlook | organization | Notre priorité reste la simplicité : moins de projets, mieux menés | Our priority remains simplicity: fewer projects, better run
  outlook | customer-experience | La relation client se joue désormais sur le téléphone de chacun | Customer relationships are now played out on everyone’s phone
  outlook | partnerships | Nous discutons avec plusieurs jeunes pousses, sans exclusive | We are talking to several start-ups, with no exclusivity
  other | management | {N} sait trancher quand il le faut | {N} knows how to decide when it matters
  other | career | J’ai vu arriver {N} chez {C}, et je n’ai jamais regretté ce recrutement | I saw {N} arrive at {C}, and I have never regretted that hire
  other | management | Avec {N}, on sait toujours où l’on va | With {N}, you always know where you are going
  other | change-management | {N} a su embarquer des équipes qui n’y croyaient plus | {N} managed to win over teams who had stopped believing`);

/** Theme | question (interview) | intertitle (profile). */
export const ASKS = table(`
  career | Quel a été votre parcours avant de rejoindre {C} ? | Un parcours sans détour
  career | Qu’est-ce qui vous a convaincu{e} de rejoindre {C} ? | Le choix de {C}
  team | Comment votre équipe est-elle organisée ? | Une équipe resserrée
  team | Sur qui vous appuyez-vous au quotidien ? | Bien entouré{e}
  project | Où en est le projet {P} ? | {P}, le chantier phare
  project | Qu’attendez-vous {de P} ? | Le pari {de P}
  outlook | Comment voyez-vous les cinq prochaines années ? | Et demain ?
  outlook | Quelles sont vos priorités pour {Y} ? | Cap sur {Y}`);

/** Kind | sentence | title (fr) | title (en); without {D}, the event is undated. */
export const EVENTS = table(`
  milestone | {D}, {P} a franchi le cap du million d’utilisateurs | {P} franchit le million d’utilisateurs | {P} passes one million users
  milestone | {D}, {P} a été étendu à l’ensemble du groupe | Extension {de P} au groupe | {P} extended to the whole group
  decision | {D}, la direction a décidé de généraliser {P} | Généralisation {de P} | Decision to roll out {P}
  decision | {D}, le comité exécutif a validé le budget {de P} | Budget {de P} validé | {P} budget approved
  setback | {D}, {P} a pris plusieurs mois de retard | Retard {de P} | {P} delayed
  setback | {D}, une panne a paralysé {P} pendant deux jours | Panne {de P} | {P} outage
  context | {D}, la crise frappe {C} de plein fouet | Crise chez {C} | Crisis at {C}
  context | {D}, {C} traverse une période difficile : les commandes reculent | Recul des commandes chez {C} | Orders fall at {C}
  context | {D}, l’arrivée d’un nouvel actionnaire change la donne chez {C} | Nouvel actionnaire chez {C} | New shareholder at {C}
  decision | Peu après son arrivée, {N} engage une revue complète des projets en cours | {N} lance une revue des projets | {N} launches a review of the projects`);

/**
 * Sentences by key (several lines with one key: one is picked). `[a|b]`: `a` in the
 * interviewee's words, `b` in the journalist's; {il} and {e} agree with who is meant.
 */
export const SAY = table(`
  lead | {T} {of} {D}, {N} revient sur {n} ans de carrière.
  lead | {N} est {T} {of} {D}.
  plans | {il} détaille les chantiers en cours, {de A} à {B}.
  first | [J’ai commencé ma|{N} commence sa] carrière {D} {at}, comme {T}.
  promoted | {D}, [j’ai été nommé{e}|{il} est nommé{e}] {T} {of}.
  span | De {y1} à {y2}, [j’ai été|{il} a été] {T} {at}.
  joined | {D}, [j’ai rejoint|{il} rejoint] {O} comme {T}, poste [que j’ai quitté|qu’{il} quitte] {E}.
  left | {X} a quitté {O} {D}.
  size | Fondé{e} {D}, {alias} emploie aujourd’hui {q}{n} personnes.
  boss | {il} rend compte directement à {X}, {T} {of}.
  vacant | {il} rend compte directement à la direction générale {de C}.
  contact | Chez {O}, {X}, {T}, suit le dossier.
  team | [Je peux compter sur|{il} peut compter sur] {X}, {T} {of} {D}.
  team | [Je travaille étroitement avec|{il} travaille étroitement avec] {X}, {T} {of}.
  reports | {X}, {T} {of}, [me|lui] rend compte directement.
  planned | [Nous lancerons|{C} lancera] {P} {D}, pour {F}.
  negotiation | [Nous sommes|{C} est] en négociation avec {O} pour {P}, qui doit {F}.
  launch | [Nous avons lancé|{C} a lancé] {P} {D} pour {F}.
  launch | Lancé {D}, le projet {P} vise à {F}.
  completed | Le projet {P} s’est achevé {E}.
  ended | {P} a été arrêté {E}.
  pilot | [Nous testons|{C} teste] {P} sur {n} sites pilotes.
  launched | {P} est désormais en service.
  in-progress | {P} est en cours de déploiement.
  owns | [Je pilote {P} moi-même|{N} pilote {P} en personne].
  owner | C’est {X}, {T} {of}, qui pilote {P}.
  helps | {X} y contribue.
  helps2 | {X} et {Z} y contribuent.
  part | {P} est un volet {de Q}.
  other | « {q} », {V} {X}, {T} {of}.
  quoted | « {q} », {V}-t-{il}.
  headline | {N} ({C}) : « {q} »
  title | {N}, {T} {of}
  signed-interview | Propos recueillis par {J}.
  signed-profile | Portrait signé {J}.
  signed-article | Un article de {J}.
  vacant-fr | La direction générale {de C}, dont le titulaire n’est pas nommé.
  vacant-en | The chief executive’s post at {C}, whose holder is not named.
  why-vacant | The text says {N} reports to {C}’s general management; the chief executive’s post is inferred, its holder not named.
  why-tools | Using {O}’s tools every day makes {C} its customer; the text does not say so in as many words.
  why-hire | {N} has held the post “{D}”; taking up the post is dated from it.
  why-headline | The headline puts these words in the interviewee’s mouth; they do not appear in the answers as printed.
  why-undated | The page carries no date; the {Q} “{E}” looks ahead to {Y}, so the interview is dated {y}.
  note | Synthetic text from the Dossier corpus generator (seed {s}, interview {i} of {n}); the people, companies and events are fictional.
  note-chrome | The breadcrumb and the copyright line are the web page’s furniture, shown dimmed.
  hire | {N} prend ses fonctions chez {C} | {N} takes up the post at {C}
  joins | {N} rejoint {O} | {N} joins {O}
  leaves | {X} quitte {O} | {X} leaves {O}
  launch-event | Lancement du projet {P} | Launch of the {P} project
  founding | Fondation {de C} | {C} is founded`);

/** Kind | sentence | description (fr) | (en); {O} is the supplier's or partner's side. */
export const RELATIONS = table(`
  customer | {C} est client {de O} {D}. | {C} est client {de O}. | {C} is a customer of {O}.
  customer | {C} a été client {de O} de {y1} à {y2}. | {C} a été client {de O}. | {C} was a customer of {O}.
  customer | Les équipes {de C} utilisent les outils {de O} au quotidien. | {C} est client {de O}. | {C} is a customer of {O}.
  partner | {C} et {O} sont partenaires {D}. | {C} et {O} sont partenaires. | {C} and {O} are partners.
  pilot | {C} mène un pilote avec {O} autour {de P}. | Pilote entre {C} et {O}. | Pilot between {C} and {O}.
  works-with | {C} travaille de longue date avec {O}. | {C} travaille avec {O}. | {C} works with {O}.
  works-with | [Nous travaillons|{C} travaille] aujourd’hui avec {O}, [mon|son] ancien employeur. | {C} travaille avec {O}. | {C} works with {O}.
  discussion | {C} est en discussion avec {O} pour un partenariat. | Discussions entre {C} et {O}. | {C} and {O} are in talks.`);

/** Qualifier | sentence | label (fr) | (en) | unit (fr) | (en) | `live`: only once under way. */
export const FIGURES = table(`
  exact | {P} est déjà déployé dans {a} des {b} {places} {de C}. | Déploiement | Deployment | - | - | live
  exact | {P} mobilise entre {a} et {b} personnes. | Équipe projet | Project team | personnes | people | any
  more-than | {P} compte déjà plus de {n} utilisateurs. | Utilisateurs | Users | utilisateurs | users | live
  about | Le budget du projet {P} atteint quelque {n} millions d’euros. | Budget | Budget | millions d’euros | million euros | any
  barely | {P} a été mis en place en à peine {n} mois. | Durée de mise en place | Time to set up | mois | months | live
  exact | {P} a déjà traité {n} dossiers. | Dossiers traités | Cases handled | dossiers | cases | live`);
