/**
 * What interviewees say: quote templates, each a French sentence and our English translation
 * built from the same slots, so the translation always matches the original.
 */
import { de, e, englishDigits, frenchDigits, que, type Gender } from './corpus-french.ts';
import type { Bi, Topic } from './corpus-words.ts';

/** Every slot filled; a template is only used when the slots it needs are real. */
export interface QuoteParams {
  g: Gender;
  company: string;
  code: string;
  partner: string;
  other: string;
  prev: string;
  topic: Topic;
  year: number;
  int(min: number, max: number): number;
}

/** `live`: the project is under way (not planned, not still negotiated). */
export type QuoteNeed = 'company' | 'project' | 'live' | 'partner' | 'other' | 'prev' | 'topic';
export type QuoteTheme = 'career' | 'project' | 'team' | 'partners' | 'outlook';

export interface QuoteTemplate {
  theme: QuoteTheme;
  needs: readonly QuoteNeed[];
  /** Topic ids besides the `topic` slot's. */
  tags: readonly string[];
  /** Only from this publication year on (the lockdown). */
  from?: number;
  make(p: QuoteParams): Bi;
}

const T = (
  theme: QuoteTheme,
  needs: readonly QuoteNeed[],
  tags: readonly string[],
  make: (p: QuoteParams) => Bi,
  from?: number,
): QuoteTemplate =>
  from === undefined ? { theme, needs, tags, make } : { theme, needs, tags, make, from };

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const QUOTE_TEMPLATES: readonly QuoteTemplate[] = [
  // Career
  T('career', ['company'], ['careers'], (p) => ({
    fr: `Quand je suis arrivé${e(p.g)} chez ${p.company}, tout restait à construire.`,
    en: `When I arrived at ${p.company}, everything was still to be built.`,
  })),
  T('career', [], ['careers'], () => ({
    fr: 'Je ne regrette rien : chaque étape m’a appris quelque chose.',
    en: 'I regret nothing: every step taught me something.',
  })),
  T('career', ['prev'], ['careers'], (p) => ({
    fr: `Le jour où j’ai quitté ${p.prev}, j’ai su que je ne reviendrais pas en arrière.`,
    en: `The day I left ${p.prev}, I knew I would not go back.`,
  })),
  T('career', ['prev'], ['careers'], (p) => ({
    fr: `Chez ${p.prev}, j’ai appris la rigueur ; ici, j’apprends la vitesse.`,
    en: `At ${p.prev}, I learned rigour; here, I am learning speed.`,
  })),
  T('career', ['other'], ['careers', 'management'], (p) => ({
    fr: `${p.other} m’a appris à écouter avant de décider.`,
    en: `${p.other} taught me to listen before deciding.`,
  })),
  T('career', ['other'], ['careers'], (p) => ({
    fr: `J’ai eu la chance de travailler avec ${p.other}, qui m’a fait confiance très tôt.`,
    en: `I was lucky to work with ${p.other}, who trusted me very early on.`,
  })),
  T('career', [], ['careers'], () => ({
    fr: 'C’est un métier où l’on apprend tous les jours, et c’est ce qui me plaît.',
    en: 'It is a job where you learn every day, and that is what I like about it.',
  })),
  T('career', [], ['careers'], () => ({
    fr: 'Mon prédécesseur avait posé les bases ; j’ai surtout accéléré.',
    en: 'My predecessor had laid the foundations; I mostly sped things up.',
  })),
  T('career', [], ['careers'], () => ({
    fr: 'Au bout de quelques années, j’ai commencé à trouver le rythme trop lent.',
    en: 'After a few years, I began to find the pace too slow.',
  })),
  T('career', ['company'], ['careers'], (p) => ({
    fr: `Un chasseur de têtes m’a appelé${e(p.g)} un vendredi soir ; le lundi, j’étais chez ${p.company}.`,
    en: `A headhunter called me on a Friday evening; by Monday, I was at ${p.company}.`,
  })),
  T('career', [], ['careers'], (p) => ({
    fr: `Je suis ${p.g === 'f' ? 'une ingénieure' : 'un ingénieur'} de formation, mais j’ai toujours aimé le contact avec les clients.`,
    en: 'I am an engineer by training, but I have always enjoyed dealing with customers.',
  })),
  T('career', [], ['careers'], (p) => ({
    fr: `Je suis ${p.g === 'f' ? 'fière' : 'fier'} de ce que les équipes ont accompli en si peu de temps.`,
    en: 'I am proud of what the teams have achieved in so little time.',
  })),
  // Projects
  T('project', ['project'], ['projects', 'customers'], (p) => ({
    fr: `Le projet ${p.code} est né d’une frustration : nos clients attendaient trop longtemps.`,
    en: `The ${p.code} project was born of frustration: our customers were waiting too long.`,
  })),
  T('project', ['project', 'live'], ['projects'], (p) => ({
    fr: `Avec ${p.code}, nous avons divisé par deux le temps de traitement des commandes.`,
    en: `With ${p.code}, we halved order-processing time.`,
  })),
  T('project', ['project'], ['projects'], (p) => {
    const y = p.year + p.int(1, 4);
    return {
      fr: `${p.code} ne sera pas terminé avant ${y} ; c’est un chantier de longue haleine.`,
      en: `${p.code} will not be finished before ${y}; it is a long-haul undertaking.`,
    };
  }),
  T('project', ['project', 'other'], ['projects'], (p) => ({
    fr: `Sans l’appui ${de(p.other)}, ${p.code} n’aurait jamais vu le jour.`,
    en: `Without ${p.other}’s support, ${p.code} would never have seen the light of day.`,
  })),
  T('project', ['project', 'live'], ['projects'], (p) => {
    const n = p.int(3, 12);
    return {
      fr: `Nous testons ${p.code} sur ${n} sites pilotes avant de le généraliser.`,
      en: `We are testing ${p.code} at ${n} pilot sites before rolling it out.`,
    };
  }),
  T('project', ['project'], ['projects'], (p) => {
    const n = p.int(2, 40);
    return {
      fr: `Le budget du projet ${p.code} dépasse ${n} millions d’euros : c’est un engagement fort.`,
      en: `The ${p.code} project’s budget exceeds €${n} million: it is a strong commitment.`,
    };
  }),
  T('project', ['project'], ['projects', 'customers'], (p) => ({
    fr: `${p.code} doit nous permettre de mieux connaître nos clients, sans jamais trahir leur confiance.`,
    en: `${p.code} should let us know our customers better, without ever betraying their trust.`,
  })),
  T('project', ['project', 'live'], ['projects'], (p) => ({
    fr: `Nous avons mis en œuvre ${p.code} en un temps record, et les équipes ont suivi.`,
    en: `We implemented ${p.code} in record time, and the teams followed.`,
  })),
  T('project', ['project', 'live'], ['projects', 'customers'], (p) => ({
    fr: `Le client final ne voit pas ${p.code}, mais il en ressent les effets chaque jour.`,
    en: `The end customer does not see ${p.code}, but feels its effects every day.`,
  })),
  T('project', [], ['projects', 'strategy'], () => ({
    fr: 'Ce n’est pas un projet informatique, c’est un projet d’entreprise.',
    en: 'This is not an IT project, it is a company project.',
  })),
  T('project', [], ['projects'], () => ({
    fr: 'Le plus difficile, c’est de faire cohabiter l’ancien et le nouveau système pendant la transition.',
    en: 'The hardest part is running the old and the new system side by side during the transition.',
  })),
  T('project', [], ['projects'], () => ({
    fr: 'Nous avons appris à livrer vite, quitte à corriger ensuite.',
    en: 'We have learned to deliver fast, even if it means correcting afterwards.',
  })),
  T('project', ['project'], ['projects'], (p) => ({
    fr: `${p.code}, c’est le cœur de notre stratégie pour les trois ans qui viennent.`,
    en: `${p.code} is at the heart of our strategy for the next three years.`,
  })),
  T('project', [], ['projects'], () => ({
    fr: 'Nous avons dû arbitrer : tout ne pouvait pas être prioritaire.',
    en: 'We had to make choices: not everything could be a priority.',
  })),
  T('project', ['project', 'live'], ['projects'], (p) => ({
    fr: `Personne n’y croyait au départ ; aujourd’hui, tout le monde veut son propre ${p.code}.`,
    en: `Nobody believed in it at first; today, everyone wants their own ${p.code}.`,
  })),
  // Team and management
  T('team', [], ['management'], () => ({
    fr: 'Le vrai sujet, ce n’est pas la technologie, ce sont les gens.',
    en: 'The real issue is not technology, it is people.',
  })),
  T('team', [], ['management'], () => ({
    fr: 'Je crois beaucoup aux petites équipes autonomes, cinq ou six personnes au maximum.',
    en: 'I am a great believer in small autonomous teams, five or six people at most.',
  })),
  T('team', [], ['management'], () => ({
    fr: 'Mon rôle, c’est de faire tomber les silos entre les directions.',
    en: 'My role is to break down the silos between departments.',
  })),
  T('team', [], ['strategy'], () => ({
    fr: 'Nous avons fait le choix de garder ces compétences en interne plutôt que de tout sous-traiter.',
    en: 'We chose to keep these skills in-house rather than outsource everything.',
  })),
  T('team', ['company'], ['management'], (p) => ({
    fr: `Les équipes ${de(p.company)} ont une culture d’ingénieurs ; il a fallu apprendre à parler marketing.`,
    en: `${p.company}’s teams have an engineering culture; we had to learn to speak marketing.`,
  })),
  T('team', [], ['recruitment'], (p) => {
    const n = p.int(12, 80);
    return {
      fr: `Notre principal défi, c’est le recrutement : nous cherchons ${n} ingénieurs cette année.`,
      en: `Our main challenge is recruitment: we are looking for ${n} engineers this year.`,
    };
  }),
  T('team', [], ['management'], () => ({
    fr: 'Je passe la moitié de mon temps sur le terrain, dans les usines et les agences.',
    en: 'I spend half my time in the field, in the plants and the branches.',
  })),
  T('team', [], ['management'], () => ({
    fr: 'La direction générale nous a donné carte blanche, mais avec des objectifs très clairs.',
    en: 'Top management gave us a free hand, but with very clear objectives.',
  })),
  T('team', [], ['management'], (p) => {
    const before = p.int(3, 9);
    const after = before * p.int(3, 8);
    return {
      fr: `À mon arrivée, l’équipe comptait ${before} personnes ; elle en compte ${after} aujourd’hui.`,
      en: `When I arrived, the team had ${before} people; today it has ${after}.`,
    };
  }),
  T('team', ['other'], ['management'], (p) => ({
    fr: `Avec ${p.other}, nous faisons le point chaque lundi matin, sans exception.`,
    en: `${p.other} and I take stock every Monday morning, without fail.`,
  })),
  T('team', ['company'], ['management'], (p) => {
    const n = p.int(2, 40) * 500;
    return {
      fr: `On ne transforme pas une entreprise de ${frenchDigits(n)} salariés en six mois.`,
      en: `You do not transform a company of ${englishDigits(n)} employees in six months.`,
    };
  }),
  T('team', [], ['recruitment'], () => ({
    fr: 'Les jeunes diplômés ne choisissent plus une entreprise, ils choisissent un projet.',
    en: 'Young graduates no longer choose a company, they choose a project.',
  })),
  T('team', [], ['management'], () => ({
    fr: 'Il faut accepter l’échec ; sans cela, on n’innove pas.',
    en: 'You have to accept failure; without it, there is no innovation.',
  })),
  // Partners
  T('partners', ['partner'], ['partnerships'], (p) => ({
    fr: `Nous travaillons avec ${p.partner} depuis plusieurs années, et la relation s’est construite dans la durée.`,
    en: `We have worked with ${p.partner} for several years, and the relationship was built over time.`,
  })),
  T('partners', ['partner'], ['partnerships'], (p) => ({
    fr: `Nous avons choisi ${p.partner} parce qu’ils comprenaient notre métier.`,
    en: `We chose ${p.partner} because they understood our business.`,
  })),
  T('partners', [], ['partnerships'], () => ({
    fr: 'Un bon partenaire, c’est celui qui ose vous dire non.',
    en: 'A good partner is one who dares to say no to you.',
  })),
  T('partners', [], ['partnerships'], () => ({
    fr: 'Nous préférons trois partenaires solides à une vingtaine de fournisseurs interchangeables.',
    en: 'We prefer three solid partners to twenty or so interchangeable suppliers.',
  })),
  T('partners', [], ['partnerships', 'innovation'], () => ({
    fr: 'Travailler avec des start-up nous oblige à décider plus vite.',
    en: 'Working with start-ups forces us to decide faster.',
  })),
  T('partners', ['partner'], ['partnerships'], (p) => ({
    fr: `Avec ${p.partner}, nous partageons les risques autant que les résultats.`,
    en: `With ${p.partner}, we share the risks as much as the results.`,
  })),
  T('partners', [], ['customers'], () => ({
    fr: 'Nos clients ne nous comparent plus à nos concurrents, mais aux meilleurs services qu’ils utilisent au quotidien.',
    en: 'Our customers no longer compare us with our competitors, but with the best services they use every day.',
  })),
  T('partners', [], ['strategy'], () => ({
    fr: 'Nos concurrents ont les mêmes outils ; la différence se fait sur l’exécution.',
    en: 'Our competitors have the same tools; the difference lies in execution.',
  })),
  // Outlook, on a topic
  T('outlook', ['topic'], ['strategy'], (p) => ({
    fr: `${cap(p.topic.the)} n’est plus un sujet technique, c’est un sujet de direction générale.`,
    en: `${cap(p.topic.en)} is no longer a technical subject; it is a matter for top management.`,
  })),
  T('outlook', ['topic'], [], (p) => ({
    fr: `Sur ${p.topic.the}, nous avons pris du retard, je ne m’en cache pas.`,
    en: `On ${p.topic.en}, we have fallen behind, I make no secret of it.`,
  })),
  T('outlook', ['topic'], [], (p) => ({
    fr: `Tout le monde parle ${p.topic.of}, mais peu d’entreprises savent vraiment ce qu’elles en attendent.`,
    en: `Everyone talks about ${p.topic.en}, but few companies really know what they expect from it.`,
  })),
  T('outlook', ['topic'], [], (p) => ({
    fr: `Ma conviction, c’est que ${p.topic.the} se joue d’abord sur le terrain, pas dans les comités.`,
    en: `My conviction is that ${p.topic.en} is won first in the field, not in committees.`,
  })),
  T('outlook', ['topic'], [], (p) => {
    const n = p.int(3, 25);
    return {
      fr: `Nous consacrons désormais près de ${n} % de notre budget ${p.topic.to}.`,
      en: `We now devote nearly ${n}% of our budget to ${p.topic.en}.`,
    };
  }),
  T('outlook', ['topic'], [], (p) => ({
    fr: `${cap(p.topic.the)}, c’est d’abord une affaire de confiance.`,
    en: `${cap(p.topic.en)} is first and foremost a matter of trust.`,
  })),
  T('outlook', ['topic'], [], (p) => ({
    fr: `Il y a dix ans, personne ici ne parlait ${p.topic.of}.`,
    en: `Ten years ago, nobody here talked about ${p.topic.en}.`,
  })),
  T('outlook', ['topic'], [], (p) => ({
    fr: `${cap(p.topic.the)} va profondément changer nos métiers d’ici cinq ans.`,
    en: `${cap(p.topic.en)} will profoundly change our jobs within five years.`,
  })),
  T('outlook', ['topic'], [], (p) => ({
    fr: `On me demande souvent si ${p.topic.the} va détruire des emplois ; je crois surtout que les métiers vont changer de nature.`,
    en: `People often ask me whether ${p.topic.en} will destroy jobs; I mostly believe the jobs will change in nature.`,
  })),
  T('outlook', [], ['strategy'], () => ({
    fr: 'Nous ne sommes pas une start-up, et nous ne cherchons pas à en être une.',
    en: 'We are not a start-up, and we are not trying to be one.',
  })),
  T('outlook', [], ['e-commerce'], (p) => {
    const n = p.int(8, 45);
    return {
      fr: `Aujourd’hui, près de ${n} % de nos ventes passent par le numérique.`,
      en: `Today, nearly ${n}% of our sales go through digital channels.`,
    };
  }),
  T('outlook', [], ['strategy'], (p) => {
    const y = p.year + p.int(1, 3);
    return {
      fr: `Nous visons l’équilibre financier en ${y}.`,
      en: `We are aiming to break even in ${y}.`,
    };
  }),
  T('outlook', [], ['strategy', 'export'], (p) => {
    const n = p.int(15, 70);
    return {
      fr: `L’international représente désormais ${n} % de notre chiffre d’affaires.`,
      en: `International business now accounts for ${n}% of our revenue.`,
    };
  }),
  T('outlook', [], ['sustainability'], (p) => {
    const n = p.int(10, 40);
    const y = p.year - p.int(3, 8);
    return {
      fr: `Nous avons réduit nos émissions de CO₂ de ${n} % depuis ${y}.`,
      en: `We have cut our CO₂ emissions by ${n}% since ${y}.`,
    };
  }),
  T('outlook', [], ['strategy'], () => ({
    fr: 'La crise nous a obligés à tout remettre à plat.',
    en: 'The crisis forced us to rethink everything.',
  })),
  T('outlook', [], ['strategy'], () => ({
    fr: 'Ce qui m’intéresse, c’est l’impact concret sur le quotidien des équipes.',
    en: 'What interests me is the concrete impact on the teams’ daily work.',
  })),
  T(
    'outlook',
    [],
    ['remote-work'],
    () => ({
      fr: 'Le confinement a été un formidable accélérateur, même si personne ne l’aurait souhaité.',
      en: 'The lockdown was a tremendous accelerator, even if nobody would have wished for it.',
    }),
    2020,
  ),
  T('outlook', ['company'], ['strategy'], (p) => ({
    fr: `Dans cinq ans, je veux ${que(p.company)} soit citée en exemple, pas en avertissement.`,
    en: `In five years, I want ${p.company} to be held up as an example, not as a warning.`,
  })),
];

/** Short phrases for headlines when no quote is short enough. */
export const HEADLINES: readonly Bi[] = [
  { fr: 'Le numérique est un sport d’équipe', en: 'Digital is a team sport' },
  { fr: 'Nous avons appris à livrer vite', en: 'We have learned to deliver fast' },
  { fr: 'La technologie ne remplace pas le terrain', en: 'Technology does not replace the field' },
  { fr: 'Il faut oser se tromper', en: 'You have to dare to be wrong' },
  {
    fr: 'Nos clients ont changé plus vite que nous',
    en: 'Our customers changed faster than we did',
  },
];
