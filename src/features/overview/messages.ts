import { defineMessages } from '../../i18n/define-messages.ts';
import { formatNumber, pluralOf } from '../../i18n/format.ts';

const en = (count: number) => formatNumber(count, 'en');
const fr = (count: number) => formatNumber(count, 'fr');
const oneEn = (count: number) => pluralOf(count, 'en') === 'one';
const oneFr = (count: number) => pluralOf(count, 'fr') === 'one';

/** The overview's own text; record type names and source genres come from `vocabulary`. */
export const overviewMessages = defineMessages(
  {
    intro: 'Every record below is tied to the passage of the interview it comes from.',
    counts: (filtered: boolean): string => `Records${filtered ? ' matching the filter' : ''}`,
    morePeople: (count: number): string =>
      `And ${en(count)} more: type a name in the filter to find anyone.`,
    moreCompanies: (count: number): string =>
      `And ${en(count)} more ${oneEn(count) ? 'company' : 'companies'}: type a name in the filter, or open the org view.`,
    moreSources: (count: number): string =>
      `And ${en(count)} more: filter by a person or company, or open one from its records.`,
    published: 'Published:',
    citedPassages: (count: number): string =>
      `${en(count)} cited ${oneEn(count) ? 'passage' : 'passages'}`,
  },
  {
    intro: 'Chaque fiche ci-dessous renvoie au passage de l’entretien dont elle provient.',
    counts: (filtered) => `Fiches${filtered ? ' correspondant au filtre' : ''}`,
    morePeople: (count) =>
      `Et ${fr(count)} ${oneFr(count) ? 'autre personne' : 'autres personnes'} : tapez un nom dans le filtre pour trouver quelqu’un.`,
    moreCompanies: (count) =>
      `Et ${fr(count)} ${oneFr(count) ? 'autre entreprise' : 'autres entreprises'} : tapez un nom dans le filtre ou ouvrez l’organigramme.`,
    moreSources: (count) =>
      `Et ${fr(count)} ${oneFr(count) ? 'autre source' : 'autres sources'} : filtrez par personne ou par entreprise, ou ouvrez-en une depuis ses fiches.`,
    published: 'Date de publication :',
    citedPassages: (count) => `${fr(count)} ${oneFr(count) ? 'passage cité' : 'passages cités'}`,
  },
);
