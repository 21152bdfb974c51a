import { defineMessages } from '../../i18n/define-messages.ts';
import { elide } from '../../domain/profiles/messages.ts';
import { formatList } from '../../i18n/format.ts';

/** The sentences the briefing model writes from records; names and dates come in formatted. */
export const briefingSentences = defineMessages(
  {
    inferredMark: (short: boolean): string => (short ? ' (inf.)' : ' (inferred)'),
    present: 'present',
    from: (date: string): string => `from ${date}`,
    until: (date: string): string => `until ${date}`,
    datesNotStated: 'dates not stated',
    notDated: 'not dated',
    holderNotNamed: 'holder not named',
    position: (title: string, place: string, holder: string, span: string): string =>
      `${title} — ${place} (${holder}; ${span})`,
    atPlace: (place: string): string => `At ${place} (role not stated)`,
    now: (role: string, span: string): string => `Now: ${role}, ${span}.`,
    before: (roles: readonly string[]): string => `Before: ${roles.join('; ')}.`,
    quoted: (count: number, publications: readonly string[]): string =>
      `Quoted ${count} time${count === 1 ? '' : 's'} in ${publications.join(' and ')}.`,
    heads: (unit: string, description: string): string => `Heads ${unit}: ${description}`,
    projectRole: (role: 'owner' | 'contributor' | 'quoted'): string =>
      ({ owner: 'runs it', contributor: 'contributes', quoted: 'speaks about it' })[role],
    runBy: (name: string): string => `run by ${name}`,
    ownerNotNamed: 'owner not named',
    figure: (label: string, value: string, date: string | null, subject: string): string =>
      `${label}: ${value}${date === null ? '' : `, as of ${date}`} (${subject})`,
    kindOf: (kind: string, parent: string | null): string =>
      parent === null ? kind : `${kind} of ${parent}`,
    currentPost: (post: string): string => `Current: ${post}`,
    pastPost: (post: string): string => `Past: ${post}`,
    unit: (unit: string, kind: string, description: string): string =>
      `${unit} (${kind}): ${description}`,
    dateField: (field: 'start' | 'end' | 'date' | 'as-of'): string =>
      ({ start: 'start', end: 'end', date: 'date', 'as-of': 'as of' })[field],
    uncertainItem: (label: string, field: string, date: string, precision: string): string =>
      `${label} (${field}: ${date}, ${precision})`,
    /** A claim that is not a date: "Clio launch (status: In progress (inferred))". */
    uncertainClaim: (label: string, claim: string): string => `${label} (${claim})`,
    /** Follows the reasoning. */
    restingOnIt: (items: readonly string[]): string => ` — for: ${items.join('; ')}.`,
  },
  {
    inferredMark: (short) => (short ? ' (déd.)' : ' (déduite)'),
    present: 'aujourd’hui',
    // « à partir de vers 2011 » reads badly: the approximation moves after the date.
    from: (date) =>
      date.startsWith('vers ') ? `à partir de ${date.slice(5)} environ` : `à partir de ${date}`,
    until: (date) => `jusqu’à ${date}`,
    datesNotStated: 'dates non précisées',
    notDated: 'sans date',
    holderNotNamed: 'titulaire non nommé',
    position: (title, place, holder, span) => `${title} — ${place} (${holder}\u202f; ${span})`,
    atPlace: (place) => `Chez ${place} (fonction non précisée)`,
    now: (role, span) => `Aujourd’hui\u00a0: ${role}, ${span}.`,
    before: (roles) => `Auparavant\u00a0: ${roles.join('\u202f; ')}.`,
    quoted: (count, publications) =>
      `${count} citation${count > 1 ? 's' : ''} dans ${formatList(publications, 'fr')}.`,
    heads: (unit, description) => `Dirige ${unit}\u00a0: ${description}`,
    projectRole: (role) =>
      ({ owner: 'le dirige', contributor: 'y contribue', quoted: 'en parle' })[role],
    runBy: (name) => `dirigé par ${name}`,
    ownerNotNamed: 'responsable non nommé',
    figure: (label, value, date, subject) =>
      `${label}\u00a0: ${value}${date === null ? '' : `, date\u00a0: ${date}`} (${subject})`,
    kindOf: (kind, parent) => (parent === null ? kind : `${elide(`${kind} de `, parent)}${parent}`),
    currentPost: (post) => `En poste\u00a0: ${post}`,
    pastPost: (post) => `Auparavant\u00a0: ${post}`,
    unit: (unit, kind, description) => `${unit} (${kind})\u00a0: ${description}`,
    dateField: (field) =>
      ({ start: 'début', end: 'fin', date: 'date', 'as-of': 'date du chiffre' })[field],
    uncertainItem: (label, field, date, precision) =>
      `${label} (${field}\u00a0: ${date}, ${precision})`,
    uncertainClaim: (label, claim) => `${label} (${claim})`,
    restingOnIt: (items) => ` — pour\u00a0: ${items.join('\u202f; ')}.`,
  },
);

/** The briefing page and the printed document around those sentences. */
export const briefingMessages = defineMessages(
  {
    title: 'Briefing',
    pickerIntro:
      'A printable page on one person or company, every statement numbered against its passage. Choose a subject:',
    people: 'People',
    companies: 'Companies',
    heading: (names: string): string => `Briefing: ${names}`,
    print: 'Print',
    eyebrow: (kind: 'person' | 'company'): string =>
      `Briefing · ${kind === 'person' ? 'Person' : 'Company'}`,
    produced: (date: string): string => `Produced ${date}`,
    factsAsOf: (date: string, certainty: string): string =>
      `Facts as of ${date} (latest source, date ${certainty})`,
    factsNotDated: 'Facts as of: not dated',
    citedPassages: (count: string): string => `${count} cited passages`,
    summary: 'Summary',
    career: 'Career',
    timeline: 'Timeline',
    chartTitle: (name: string, kind: 'person' | 'company'): string =>
      `${name}: ${kind === 'person' ? 'career' : 'timeline'}`,
    undated: 'Not dated in the sources:',
    organizationContext: 'Organization context',
    units: 'Units',
    peopleAndPosts: 'People and posts',
    projects: 'Projects',
    projectsCaption: 'Dates marked “inf.” are inferred; see “Uncertain or inferred”.',
    project: 'Project',
    status: 'Status',
    dates: 'Dates',
    role: 'Role',
    owner: 'Owner',
    keyFigures: 'Key figures',
    quotes: 'Quotes',
    translatedBy: (speaker: string): string => ` — ${speaker}, our translation`,
    relations: 'Relations',
    uncertain: 'Uncertain or inferred',
    notes: 'Notes',
    sources: 'Sources: ',
    /** Between items of a list that has commas inside its items. */
    separator: '; ',
    colon: ': ',
    source: (publication: string, title: string, date: string, certainty: string): string =>
      `${publication}, “${title}” (${date}, date ${certainty})`,
    quotesVerbatim: (numbers: string, publication: string): string =>
      `${numbers}: ${publication}, the quotes above, verbatim`,
    noteLink: (n: number): string => `Note ${n}: open the passage in the source`,
    ongoing: ' → present',
    chartCaption:
      'Fading ends: dates known only to the year or a range. Dashed: approximate. Hatched: inferred. Arrow: ongoing at the latest source. Numbers refer to the notes.',
    footer: 'Dossier briefing',
    /** The printed page footer: "Page 2 of 4". */
    page: 'Page',
    pageOf: 'of',
  },
  {
    title: 'Synthèse',
    pickerIntro:
      'Une page à imprimer sur une personne ou une entreprise, chaque affirmation renvoyant par un numéro à son passage. Choisissez un sujet\u00a0:',
    people: 'Personnes',
    companies: 'Entreprises',
    heading: (names) => `Synthèse\u00a0: ${names}`,
    print: 'Imprimer',
    eyebrow: (kind) => `Synthèse · ${kind === 'person' ? 'Personne' : 'Entreprise'}`,
    produced: (date) => `Établie le ${date}`,
    factsAsOf: (date, certainty) =>
      `État des faits\u00a0: ${date} (source la plus récente, date ${certainty})`,
    factsNotDated: 'État des faits\u00a0: non daté',
    citedPassages: (count) => `${count} passages cités`,
    summary: 'En bref',
    career: 'Parcours',
    timeline: 'Chronologie',
    chartTitle: (name, kind) => `${name}\u00a0: ${kind === 'person' ? 'parcours' : 'chronologie'}`,
    undated: 'Sans date dans les sources\u00a0:',
    organizationContext: 'Place dans l’organisation',
    units: 'Entités',
    peopleAndPosts: 'Personnes et postes',
    projects: 'Projets',
    projectsCaption:
      'Les dates marquées «\u00a0déd.\u00a0» sont déduites\u202f; voir «\u00a0Incertain ou déduit\u00a0».',
    project: 'Projet',
    status: 'Statut',
    dates: 'Dates',
    role: 'Rôle',
    owner: 'Responsable',
    keyFigures: 'Chiffres clés',
    quotes: 'Citations',
    translatedBy: (speaker) => ` — ${speaker}, notre traduction`,
    relations: 'Relations',
    uncertain: 'Incertain ou déduit',
    notes: 'Notes',
    sources: 'Sources\u00a0: ',
    separator: '\u202f; ',
    colon: '\u00a0: ',
    source: (publication, title, date, certainty) =>
      `${publication}, «\u00a0${title}\u00a0» (${date}, date ${certainty})`,
    quotesVerbatim: (numbers, publication) =>
      `${numbers}\u00a0: ${publication}, les citations ci-dessus, textuellement`,
    noteLink: (n) => `Note ${n}\u00a0: ouvrir le passage dans la source`,
    ongoing: ' → aujourd’hui',
    chartCaption:
      'Extrémités estompées\u00a0: dates connues seulement à l’année ou par un intervalle. Tirets\u00a0: approximatif. Hachures\u00a0: déduit. Flèche\u00a0: en cours à la date de la source la plus récente. Les numéros renvoient aux notes.',
    footer: 'Dossier · synthèse',
    page: 'Page',
    pageOf: 'sur',
  },
);
