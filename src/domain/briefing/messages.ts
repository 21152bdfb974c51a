import { defineMessages } from '../../i18n/define-messages.ts';
import { formatList } from '../../i18n/format.ts';
import { capitalized, chez, de, le } from '../../i18n/french.ts';
import type { Place } from '../place.ts';
import type { ProjectStatus } from '../records.ts';

/**
 * The sentences the briefing builders write from records; names, dates and record text come in
 * already formatted. Nothing here states a fact of its own: each sentence frames what a record
 * holds, and carries that record's citations.
 */
export const briefingSentences = defineMessages(
  {
    inferredMark: (short: boolean): string => (short ? ' (inf.)' : ' (inferred)'),
    /** The open end of something still going on at the latest source: never "present". */
    atLatestSource: (year: string): string => `latest source (${year})`,
    from: (date: string): string => `from ${date}`,
    until: (date: string): string => `until ${date}`,
    datesNotStated: 'dates not stated',
    notDated: 'not dated',
    holderNotNamed: 'holder not named',
    position: (title: string, place: string, holder: string, span: string): string =>
      `${title} — ${place} (${holder}; ${span})`,
    atPlace: (place: Place): string => `At ${place.english} (role not stated)`,
    atLatest: (year: string, role: string, span: string): string =>
      `At the latest source (${year}): ${role}, ${span}.`,
    before: (roles: readonly string[]): string => `Before: ${roles.join('; ')}.`,
    quoted: (count: number, publications: readonly string[]): string =>
      `Quoted ${count} time${count === 1 ? '' : 's'} in ${publications.join(' and ')}.`,
    heads: (unit: Place, description: string): string => `Heads ${unit.english}: ${description}`,
    projectRole: (role: 'owner' | 'contributor' | 'quoted'): string =>
      ({ owner: 'runs it', contributor: 'contributes', quoted: 'speaks about it' })[role],
    runBy: (name: string): string => `run by ${name}`,
    ownerNotNamed: 'owner not named',
    figure: (label: string, value: string, date: string | null, subject: string): string =>
      `${label}: ${value}${date === null ? '' : `, as of ${date}`} (${subject})`,
    kindOf: (kind: string, parent: Place | null): string =>
      parent === null ? kind : `${kind} of ${parent.english}`,
    currentPost: (post: string, year: string): string =>
      `In post at the latest source (${year}): ${post}`,
    pastPost: (post: string): string => `Past: ${post}`,
    unit: (unit: string, kind: string, description: string): string =>
      `${unit} (${kind}): ${description}`,
    dateField: (field: 'start' | 'end' | 'date' | 'as-of'): string =>
      ({ start: 'start', end: 'end', date: 'date', 'as-of': 'as of' })[field],
    /** An inferred date, said once for every item of a reasoning that it dates. */
    uncertainDate: (date: string, precision: string): string => `${date} (${precision})`,
    uncertainItem: (label: string, field: string): string => `${label} (${field})`,
    /** Follows the reasoning: what rests on it, grouped by the date it gives (none: a record). */
    restingOnIt: (groups: readonly { date: string | null; items: readonly string[] }[]): string =>
      `${groups
        .map(({ date, items }) => ` — ${date === null ? '' : `${date} `}for: ${items.join('; ')}`)
        .join('')}.`,

    // The meeting page.
    /** "as of 2013 (inferred) — about 13 years ago" */
    asOfAge: (date: string, certainty: string, years: number): string =>
      `as of ${date} (${certainty}) — ${
        years < 1 ? 'less than a year ago' : `about ${years} year${years === 1 ? '' : 's'} ago`
      }`,
    whoRole: (role: string, since: string | null, inferred: boolean, asOf: string): string =>
      `${role}${since === null ? '' : `, since ${since}${inferred ? ' (inferred)' : ''}`}, ${asOf}.`,
    whoFormerly: (role: string, span: string | null, asOf: string): string =>
      `No role the sources call current. Last known: ${role}${span === null ? '' : ` (${span})`}, ${asOf}.`,
    inferredDate: (written: string): string => `${written} (inferred)`,
    whoCompany: (kind: string, description: string, asOf: string): string =>
      `${kind}: ${description} (${asOf})`,
    reportsTo: (title: string, place: string, holder: string | null): string =>
      holder === null
        ? `Reports to the ${title} (${place}), whom the sources do not name.`
        : `Reports to ${holder}, ${title} (${place}).`,
    runs: (unit: Place, description: string): string => `Runs ${unit.english}: ${description}`,
    careerArc: (steps: readonly string[]): string => `Career: ${steps.join(' → ')}.`,
    careerStep: (place: string, start: string | null): string =>
      start === null ? place : `${place} (${start})`,
    mandate: (name: string, description: string): string =>
      `${name}’s role as the source describes it: ${description}`,
    mainProjects: (count: number, names: readonly string[], year: string): string =>
      `${count} project${count === 1 ? '' : 's'} under way at the latest source (${year}), including: ${names.join('; ')}.`,
    speaksAbout: (names: readonly string[]): string => `Speaks about ${formatList(names, 'en')}.`,
    keyFigures: (figures: readonly string[]): string => `Figures: ${figures.join('; ')}.`,
    meetingFigure: (label: string, value: string, date: string | null): string =>
      `${label}: ${value}${date === null ? '' : ` (${date})`}`,
    shortDate: (date: string, inferred: boolean): string => (inferred ? `${date}, inf.` : date),
    statusPhrase: (status: ProjectStatus): string =>
      ({
        planned: 'planned',
        'in-progress': 'in progress',
        pilot: 'at pilot stage',
        negotiation: 'under negotiation',
        launched: 'launched',
        completed: 'completed',
        ended: 'ended',
      })[status],
    employerOf: (name: string, place: string): string => `${place} (${name})`,
    sharedEmployer: (place: Place, stints: readonly string[]): string =>
      `Both have worked at ${place.english}: ${stints.join('; ')}.`,
    stint: (name: string, title: string | null, span: string): string =>
      `${name}${title === null ? ', role not stated' : `, ${title}`}, ${span}`,
    relationBetween: (sides: string, description: string): string => `${sides}: ${description}`,
    projectInCommon: (name: string, places: readonly string[], status: string): string =>
      `Project linking ${formatList(places, 'en')}: ${name} (${status}).`,
    quotesAbout: (name: string, place: Place, count: number): string =>
      `${name} speaks about ${place.english} in ${count} quote${count === 1 ? '' : 's'}.`,
    statusAtLatest: (status: string, year: string): string =>
      `${status} at the latest source, ${year}`,
    verifyHolder: (title: string, place: Place, link: string | null): string =>
      `Who holds the ${title} post at ${place.english}${link === null ? '' : `, ${link}`}? The sources do not name them.`,
    reportsToLink: (name: string): string => `to which ${name} reports`,
    verifyTitle: (name: string, place: Place): string =>
      `${name}’s title at ${place.english}: not stated in the source.`,
    verifyPastPost: (name: string, place: Place): string =>
      `${name}’s post at ${place.english} and its dates: not stated in the source.`,
    verifyDates: (items: readonly string[]): string =>
      `Start dates inferred, not stated — to confirm: ${items.join('; ')}.`,
    verifyStart: (name: string, role: string | null, place: Place, date: string): string =>
      `${name} ${role === null ? `at ${place.english}` : `as ${role}`} (${date})`,
    verifyHedged: (name: string, status: string, description: string): string =>
      `${name} (${status}): ${description}`,
    verifyStale: (span: string, years: number): string =>
      `Every role and project above is as of our sources of ${span}, about ${years} year${years === 1 ? '' : 's'} ago: check them before the meeting.`,
  },
  {
    inferredMark: (short) => (short ? ' (déd.)' : ' (déduite)'),
    atLatestSource: (year) => `dernière source (${year})`,
    // The date comes formatted for a place after a preposition: « à partir de 2011 environ ».
    from: (date) => `à partir de ${date}`,
    until: (date) => `jusqu’à ${date}`,
    datesNotStated: 'dates non précisées',
    notDated: 'sans date',
    holderNotNamed: 'titulaire non nommé',
    position: (title, place, holder, span) => `${title} — ${place} (${holder}\u202f; ${span})`,
    atPlace: (place) => `${capitalized(chez(place.french))} (fonction non précisée)`,
    atLatest: (year, role, span) => `À la dernière source (${year})\u00a0: ${role}, ${span}.`,
    before: (roles) => `Auparavant\u00a0: ${roles.join('\u202f; ')}.`,
    quoted: (count, publications) =>
      `${count} citation${count > 1 ? 's' : ''} dans ${formatList(publications, 'fr')}.`,
    heads: (unit, description) => `Dirige ${le(unit.french)}\u00a0: ${description}`,
    projectRole: (role) =>
      ({ owner: 'le dirige', contributor: 'y contribue', quoted: 'en parle' })[role],
    runBy: (name) => `dirigé par ${name}`,
    ownerNotNamed: 'responsable non nommé',
    figure: (label, value, date, subject) =>
      `${label}\u00a0: ${value}${date === null ? '' : `, date\u00a0: ${date}`} (${subject})`,
    kindOf: (kind, parent) => (parent === null ? kind : `${kind} ${de(parent.french)}`),
    currentPost: (post, year) => `En poste à la dernière source (${year})\u00a0: ${post}`,
    pastPost: (post) => `Auparavant\u00a0: ${post}`,
    unit: (unit, kind, description) => `${unit} (${kind})\u00a0: ${description}`,
    dateField: (field) =>
      ({ start: 'début', end: 'fin', date: 'date', 'as-of': 'date du chiffre' })[field],
    uncertainDate: (date, precision) => `${date} (${precision})`,
    uncertainItem: (label, field) => `${label} (${field})`,
    restingOnIt: (groups) =>
      `${groups
        .map(
          ({ date, items }) =>
            ` — ${date === null ? '' : `${date} `}pour\u00a0: ${items.join('\u202f; ')}`,
        )
        .join('')}.`,

    asOfAge: (date, certainty, years) =>
      `selon nos sources de ${date} (date ${certainty}) — ${
        years < 1
          ? 'il y a moins d’un an'
          : `il y a environ ${years}\u00a0an${years > 1 ? 's' : ''}`
      }`,
    // `since` comes formatted for a place after a preposition: « depuis 2011 environ ».
    whoRole: (role, since, inferred, asOf) =>
      `${role}${since === null ? '' : `, depuis ${since}${inferred ? ' (date déduite)' : ''}`}, ${asOf}.`,
    whoFormerly: (role, span, asOf) =>
      `Aucun poste que les sources disent actuel. Dernier connu\u00a0: ${role}${span === null ? '' : ` (${span})`}, ${asOf}.`,
    inferredDate: (written) => `${written} (date déduite)`,
    whoCompany: (kind, description, asOf) => `${kind}\u00a0: ${description} (${asOf})`,
    reportsTo: (title, place, holder) =>
      holder === null
        ? `Rend compte au poste de ${title} (${place}), dont les sources ne nomment pas le titulaire.`
        : `Rend compte à ${holder}, ${title} (${place}).`,
    runs: (unit, description) => `Dirige ${le(unit.french)}\u00a0: ${description}`,
    careerArc: (steps) => `Parcours\u00a0: ${steps.join(' → ')}.`,
    careerStep: (place, start) => (start === null ? place : `${place} (${start})`),
    mandate: (name, description) => `Rôle ${de({ name })} selon la source\u00a0: ${description}`,
    mainProjects: (count, names, year) =>
      `${count}\u00a0projet${count > 1 ? 's' : ''} en cours à la dernière source (${year}), dont\u00a0: ${names.join('\u202f; ')}.`,
    speaksAbout: (names) => `Évoque ${formatList(names, 'fr')}.`,
    keyFigures: (figures) => `Chiffres\u00a0: ${figures.join('\u202f; ')}.`,
    meetingFigure: (label, value, date) =>
      `${label}\u00a0: ${value}${date === null ? '' : ` (${date})`}`,
    shortDate: (date, inferred) => (inferred ? `${date}, déd.` : date),
    statusPhrase: (status) =>
      ({
        planned: 'prévu',
        'in-progress': 'en cours',
        pilot: 'en phase pilote',
        negotiation: 'en négociation',
        launched: 'lancé',
        completed: 'terminé',
        ended: 'arrêté',
      })[status],
    employerOf: (name, place) => `${place} (${name})`,
    sharedEmployer: (place, stints) =>
      `Tous deux ont travaillé ${chez(place.french)}\u00a0: ${stints.join('\u202f; ')}.`,
    stint: (name, title, span) =>
      `${name}${title === null ? ', fonction non précisée' : `, ${title}`}, ${span}`,
    relationBetween: (sides, description) => `${sides}\u00a0: ${description}`,
    projectInCommon: (name, places, status) =>
      `Projet reliant ${formatList(places, 'fr')}\u00a0: ${name} (${status}).`,
    quotesAbout: (name, place, count) =>
      `${name} évoque ${le(place.french)} dans ${count}\u00a0citation${count > 1 ? 's' : ''}.`,
    statusAtLatest: (status, year) => `${status} à la dernière source, ${year}`,
    verifyHolder: (title, place, link) =>
      `Qui occupe le poste de ${title} ${chez(place.french)}${link === null ? '' : `, ${link}`}\u00a0? Les sources ne le nomment pas.`,
    reportsToLink: (name) => `auquel ${name} rend compte`,
    verifyTitle: (name, place) =>
      `Fonction ${de({ name })} ${chez(place.french)}\u00a0: non précisée par la source.`,
    verifyPastPost: (name, place) =>
      `Poste ${de({ name })} ${chez(place.french)} et ses dates\u00a0: non précisés par la source.`,
    verifyDates: (items) =>
      `Dates d’arrivée déduites, non indiquées — à confirmer\u00a0: ${items.join('\u202f; ')}.`,
    verifyStart: (name, role, place, date) =>
      `${name} ${role === null ? chez(place.french) : `comme ${role}`} (${date})`,
    verifyHedged: (name, status, description) => `${name} (${status})\u00a0: ${description}`,
    verifyStale: (span, years) =>
      `Fonctions et projets ci-dessus sont ceux de nos sources de ${span}, il y a environ ${years}\u00a0an${years > 1 ? 's' : ''}\u00a0: à vérifier avant la réunion.`,
  },
);
