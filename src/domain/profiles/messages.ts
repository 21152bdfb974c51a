import { defineMessages } from '../../i18n/define-messages.ts';
import { articleOf, capitalized, lead, type FrenchNoun } from '../../i18n/french.ts';
import type { ProjectStatus, RelationKind } from '../records.ts';

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
    /** Before the organization's link; French puts its article there (« chez la SNCF »). */
    worksAt: (current: boolean, _place: FrenchNoun): string =>
      current ? 'works at ' : 'worked at ',
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
    /** Before the first organization of a relation: French puts its article there (« La SNCF »). */
    relationStart: (_subject: FrenchNoun): string => '',
    /** The words between the two organizations of a relation, up to the second one's name. */
    relation: (kind: RelationKind, _object: FrenchNoun): string =>
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
    worksAt: (current, place) => `${current ? 'travaille' : 'a travaillé'} ${lead('chez', place)}`,
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
    relationStart: (subject) => capitalized(articleOf(subject)),
    relation: (kind, object) =>
      ({
        'works-with': ` travaille ${lead('avec', object)}`,
        customer: ` est client ${lead('de', object)}`,
        partner: ` est partenaire ${lead('de', object)}`,
        pilot: ` mène un pilote ${lead('avec', object)}`,
        discussion: ` est en discussion ${lead('avec', object)}`,
        'team-transfer': ` a repris du personnel ${lead('de', object)}`,
      })[kind],
  },
);
