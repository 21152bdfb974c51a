import { defineMessages } from '../../i18n/define-messages.ts';
import type { ProjectStatus, RelationKind } from '../records.ts';

/**
 * French elides a closing "de" before a vowel: « client d’Orange », « client de Renault ».
 * English words never end in " de ", so this applies whatever the language.
 */
export function elide(words: string, next: string): string {
  return words.endsWith(' de ') && /^[aeiouyàâéèêîïôûAEIOUYÀÂÉÈÊÎÏÔÛ]/.test(next)
    ? `${words.slice(0, -3)}d’`
    : words;
}

/**
 * The sentences profiles and briefings build from records: "worked at SFR", "reports to the
 * Chief Marketing Officer (Renault)". Each message is one stretch of words between linked
 * names, so the names stay links in either language.
 */
export const profileSentences = defineMessages(
  {
    status: (status: ProjectStatus): string =>
      ({
        planned: 'Planned',
        'in-progress': 'In progress',
        pilot: 'Pilot',
        negotiation: 'In negotiation',
        launched: 'Launched',
        completed: 'Completed',
        ended: 'Ended, no outcome stated',
      })[status],
    worksAt: (current: boolean): string => (current ? 'works at ' : 'worked at '),
    asTitle: (title: string): string => ` as ${title}`,
    /** Before a named holder: "reports to Ada Lovelace, …". */
    reportsTo: (current: boolean): string => (current ? 'reports to ' : 'reported to '),
    /** To a post whose holder is not named. */
    reportsToPost: (current: boolean, title: string | null): string =>
      `${current ? 'reports' : 'reported'} to the ${title ?? 'unnamed post'}`,
    oversees: 'oversees ',
    overseesPost: (title: string | null): string => `oversees the ${title ?? 'unnamed post'}`,
    /** After a holder's name: ", Chief Marketing Officer". */
    holderTitle: (title: string | null): string => `, ${title ?? 'unnamed post'}`,
    project: (role: 'owner' | 'contributor' | 'quoted', over: boolean): string =>
      ({
        owner: over ? 'ran project ' : 'runs project ',
        contributor: over ? 'contributed to project ' : 'contributes to project ',
        quoted: 'speaks about project ',
      })[role],
    quotedBy: 'quoted by ',
    quoteCount: (count: number): string => ` (${count} ${count === 1 ? 'quote' : 'quotes'})`,
    /** The words between the two organizations of a relation (see `elide`). */
    relation: (kind: RelationKind): string =>
      ({
        'works-with': ' works with ',
        customer: ' is a customer of ',
        partner: ' is a partner of ',
        pilot: ' runs a pilot with ',
        discussion: ' is in discussions with ',
        'team-transfer': ' took on people from ',
      })[kind],
  },
  {
    status: (status) =>
      ({
        planned: 'Prévu',
        'in-progress': 'En cours',
        pilot: 'Pilote',
        negotiation: 'En négociation',
        launched: 'Lancé',
        completed: 'Terminé',
        ended: 'Arrêté, sans résultat annoncé',
      })[status],
    worksAt: (current) => (current ? 'travaille chez ' : 'a travaillé chez '),
    asTitle: (title) => ` en tant que ${title}`,
    reportsTo: (current) => (current ? 'rend compte à ' : 'rendait compte à '),
    reportsToPost: (current, title) =>
      `${current ? 'rend' : 'rendait'} compte ${title === null ? 'à un poste sans intitulé' : `au poste de ${title}`}`,
    oversees: 'supervise ',
    overseesPost: (title) =>
      `supervise ${title === null ? 'un poste sans intitulé' : `le poste de ${title}`}`,
    holderTitle: (title) => `, ${title ?? 'poste sans intitulé'}`,
    project: (role, over) =>
      ({
        owner: over ? 'a dirigé le projet ' : 'dirige le projet ',
        contributor: over ? 'a contribué au projet ' : 'contribue au projet ',
        quoted: 'parle du projet ',
      })[role],
    quotedBy: 'propos cités par ',
    quoteCount: (count) => ` (${count} citation${count > 1 ? 's' : ''})`,
    relation: (kind) =>
      ({
        'works-with': ' travaille avec ',
        customer: ' est client de ',
        partner: ' est partenaire de ',
        pilot: ' mène un pilote avec ',
        discussion: ' est en discussion avec ',
        'team-transfer': ' a repris du personnel de ',
      })[kind],
  },
);
