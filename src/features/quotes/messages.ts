import { defineMessages } from '../../i18n/define-messages.ts';
import { formatNumber, pluralOf } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locale.ts';

function one(count: number, locale: Locale): boolean {
  return pluralOf(count, locale) === 'one';
}

/** The quotes view's own text; voices and dates come from `vocabulary`. */
export const quotesMessages = defineMessages(
  {
    title: 'Quotes',
    intro:
      'What the interviewees said, verbatim in French beside our English translation, each tied to its passage in the source.',
    // Search.
    searchLabel: 'Search quotes',
    searchPlaceholder: 'e.g. innovation, expérience, collab…',
    searchHint: 'In French and English, accents and case ignored; a word’s start is enough.',
    count: (total: number): string =>
      `${formatNumber(total, 'en')} ${one(total, 'en') ? 'quote' : 'quotes'}`,
    countFiltered: (shown: number, total: number): string =>
      `${formatNumber(shown, 'en')} of ${formatNumber(total, 'en')} quotes ${
        one(shown, 'en') ? 'passes' : 'pass'
      } the filter`,
    countMatching: (shown: number, query: string, filtered: boolean): string =>
      `${formatNumber(shown, 'en')} ${one(shown, 'en') ? 'quote matches' : 'quotes match'} “${query}”${
        filtered ? ' within the filter' : ''
      }`,
    noneMatching: (query: string, filtered: boolean): string =>
      `No quote matches “${query}”${filtered ? ' within the filter' : ''}`,
    empty: 'No quote matches this search and filter.',
    clearSearch: 'Clear search',
    topicFilter: (topic: string): string => `Topic: ${topic}`,
    allTopics: 'All topics',
    unknownTopic: (topic: string): string => `No quote has the topic “${topic}”; it is ignored.`,
    list: 'Quotes',
    // A quote.
    original: 'Original (French)',
    translation: 'Our English translation',
    inference: 'How we inferred it:',
    inContext: 'Show passage in context',
    // The quote a permalink points to, above the list.
    linkedQuote: 'Linked quote',
    showAll: 'Close the linked quote',
  },
  {
    title: 'Citations',
    intro:
      'Ce qu’ont dit les personnes interrogées, mot pour mot en français à côté de notre traduction anglaise, chaque citation reliée à son passage dans la source.',
    searchLabel: 'Rechercher dans les citations',
    searchPlaceholder: 'p. ex. innovation, expérience, collab…',
    searchHint:
      'En français et en anglais, sans tenir compte des accents ni des majuscules\u00a0; le début d’un mot suffit.',
    count: (total) => `${formatNumber(total, 'fr')} ${one(total, 'fr') ? 'citation' : 'citations'}`,
    countFiltered: (shown, total) =>
      `${formatNumber(shown, 'fr')} ${one(shown, 'fr') ? 'citation' : 'citations'} sur ${formatNumber(
        total,
        'fr',
      )} ${one(shown, 'fr') ? 'correspond' : 'correspondent'} au filtre`,
    countMatching: (shown, query, filtered) =>
      `${formatNumber(shown, 'fr')} ${
        one(shown, 'fr') ? 'citation correspond' : 'citations correspondent'
      } à «\u00a0${query}\u00a0»${filtered ? ' dans le filtre' : ''}`,
    noneMatching: (query, filtered) =>
      `Aucune citation ne correspond à «\u00a0${query}\u00a0»${filtered ? ' dans le filtre' : ''}`,
    empty: 'Aucune citation ne correspond à cette recherche et à ce filtre.',
    clearSearch: 'Effacer la recherche',
    topicFilter: (topic) => `Thème : ${topic}`,
    allTopics: 'Tous les thèmes',
    unknownTopic: (topic) => `Aucune citation n’a le thème « ${topic} » ; il est ignoré.`,
    list: 'Citations',
    original: 'Original (français)',
    translation: 'Notre traduction anglaise',
    inference: 'Comment nous l’avons déduit\u00a0:',
    inContext: 'Voir le passage dans son contexte',
    linkedQuote: 'Citation liée',
    showAll: 'Fermer la citation liée',
  },
);
