import { defineMessages } from '../../i18n/define-messages.ts';
import type { Place } from '../../domain/place.ts';
import { formatNumber, pluralOf } from '../../i18n/format.ts';

/** The timeline view's own text; record types, voices and date words come from `vocabulary`. */
export const timelineMessages = defineMessages(
  {
    title: 'Timeline',
    intro: (count: number, filtered: boolean): string =>
      `Careers, company events and projects on one axis, ${formatNumber(count, 'en')} dated ${
        pluralOf(count, 'en') === 'one' ? 'item' : 'items'
      }${filtered ? ' matching the filter' : ''}.`,
    unknownItem: (id: string): string => `No record with id “${id}”; no details are open.`,
    empty: 'No records match this filter.',
    chart: 'Timeline chart',
    undatedTitle: 'Not on the axis: no date in the sources',
    undatedItem: (type: string, lane: string, label: string): string =>
      `${type} · ${lane}: ${label}`,
    details: 'Details',
    close: 'Close',
    projectsLane: 'Projects',
    post: 'Post',
    holderNotNamed: (title: string): string => `${title} (holder not named)`,
    roleNotStated: (place: Place): string => `${place.path} (role not stated)`,
    // What a screen reader hears for an item (its accessible name and tooltip).
    from: (date: string): string => `from ${date}`,
    to: (date: string): string => `to ${date}`,
    startNotStated: 'start not stated',
    endNotStated: 'end not stated',
    toPresent: 'to the latest source',
    span: (start: string, end: string): string => `${start} ${end}`,
    item: (kind: string, label: string, dates: string, voice: string): string =>
      `${kind}: ${label}, ${dates}; ${voice}`,
    // Controls and axis.
    controls: 'Zoom and pan',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    earlier: '← Earlier',
    later: 'Later →',
    showAll: 'Show all',
    showing: (from: string, to: string): string => `Showing ${from}–${to}`,
    latestSource: (year: string): string => `Latest source (${year})`,
    // Legend.
    legendTitle: 'How to read the timeline',
    keyRole: 'role',
    keyProject: 'project',
    keyEvent: 'event',
    keyInferred: 'inferred date',
    legendSolid: 'Solid: a period the sources date precisely.',
    legendFade:
      'Fading edge: the start or end is known only to the year or a range; the fade covers every moment it may mean.',
    legendCirca: 'Dashed outline: approximate (“circa”), e.g. “ten months ago”.',
    legendInferred: 'Hatched: a date we inferred (each says from what).',
    legendOngoing: 'Square end with ▸: ongoing, runs to the latest source.',
    legendProject:
      'Flag (⚑) before the name, green: a project; bars without it are roles, in blue.',
    legendEvent: 'Diamond: an event, over the span its date may mean.',
    legendKeyboard:
      'Keyboard: Tab into the timeline, arrows move between items and lanes, Enter opens details, Escape closes them. Ctrl + wheel zooms, drag or Shift + wheel pans.',
  },
  // French quotes hold their words with no-break spaces, so « and » never wrap onto a line alone.
  {
    title: 'Chronologie',
    intro: (count, filtered) =>
      `Carrières, événements des entreprises et projets sur un même axe : ${formatNumber(count, 'fr')} ${
        pluralOf(count, 'fr') === 'one' ? 'élément daté' : 'éléments datés'
      }${filtered ? ' correspondant au filtre' : ''}.`,
    unknownItem: (id) =>
      `Aucune fiche n’a l’identifiant «\u00a0${id}\u00a0» ; aucun détail n’est ouvert.`,
    empty: 'Aucune fiche ne correspond à ce filtre.',
    chart: 'Graphique chronologique',
    undatedTitle: 'Hors de l’axe : aucune date dans les sources',
    undatedItem: (type, lane, label) => `${type} · ${lane} : ${label}`,
    details: 'Détails',
    close: 'Fermer',
    projectsLane: 'Projets',
    post: 'Poste',
    holderNotNamed: (title) => `${title} (titulaire non nommé)`,
    roleNotStated: (place) => `${place.path} (fonction non précisée)`,
    // « début : fin 1999 » reads better than « de fin 1999 », and « de vers 2011 » is wrong.
    from: (date) => `début : ${date}`,
    to: (date) => `fin : ${date}`,
    startNotStated: 'début non précisé',
    endNotStated: 'fin non précisée',
    toPresent: 'jusqu’à la dernière source',
    span: (start, end) => `${start}, ${end}`,
    item: (kind, label, dates, voice) => `${kind} : ${label}, ${dates} ; ${voice}`,
    controls: 'Zoom et défilement',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    earlier: '← Plus tôt',
    later: 'Plus tard →',
    showAll: 'Tout afficher',
    showing: (from, to) => `Période affichée : ${from}–${to}`,
    latestSource: (year) => `Dernière source (${year})`,
    legendTitle: 'Comment lire la chronologie',
    keyRole: 'fonction',
    keyProject: 'projet',
    keyEvent: 'événement',
    keyInferred: 'date déduite',
    legendSolid: 'Plein : une période que les sources datent précisément.',
    legendFade:
      'Bord estompé : le début ou la fin n’est connu qu’à l’année près ou dans un intervalle ; le dégradé couvre tous les moments possibles.',
    legendCirca:
      'Contour en tirets : date approximative («\u00a0vers\u00a0»), p. ex. «\u00a0il y a dix mois\u00a0».',
    legendInferred: 'Hachuré : une date que nous avons déduite (chacune dit d’où).',
    legendOngoing: 'Extrémité carrée avec ▸ : en cours, jusqu’à la dernière source.',
    legendProject:
      'Drapeau (⚑) devant le nom, en vert : un projet ; les barres sans drapeau sont des fonctions, en bleu.',
    legendEvent: 'Losange : un événement, sur toute la période que sa date peut désigner.',
    legendKeyboard:
      'Clavier : Tab pour entrer dans la chronologie, les flèches passent d’un élément ou d’une ligne à l’autre, Entrée ouvre les détails, Échap les ferme. Ctrl + molette zoome, glisser ou Maj + molette fait défiler.',
  },
);
