/**
 * French wording for the corpus generator: elision, numbers, and dates said the way a
 * journalist says them ("fin 2008", "il y a sept ans", "au printemps 2016"), each with the
 * FuzzyDate it stands for.
 */
import type { FuzzyDate } from '../../src/domain/fuzzy-date.ts';
import type { Rng } from './corpus-random.ts';

export type Gender = 'f' | 'm';

export function ucfirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const VOWEL_START = /^[aeiouyàâéèêëîïôœùûAEIOUYÀÂÉÈÊËÎÏÔŒÙÛ]/;

/** "de Belcourt", "d’Ardéa". */
export function de(name: string): string {
  return VOWEL_START.test(name) ? `d’${name}` : `de ${name}`;
}

/** "que Belcourt", "qu’Ardéa". */
export function que(name: string): string {
  return VOWEL_START.test(name) ? `qu’${name}` : `que ${name}`;
}

/** "le", "l’": the definite article before a masculine noun. */
export function le(word: string): string {
  return VOWEL_START.test(word) ? `l’${word}` : `le ${word}`;
}

/** The feminine ending: "arrivé" + e(g). */
export function e(gender: Gender): string {
  return gender === 'f' ? 'e' : '';
}

export function pronoun(gender: Gender): string {
  return gender === 'f' ? 'elle' : 'il';
}

const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
];
const TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** 0–99 in French words: "sept", "vingt et un", "soixante-douze", "quatre-vingt-dix". */
export function frenchNumber(n: number): string {
  if (n < 17) return UNITS[n] ?? String(n);
  if (n < 20) return `dix-${UNITS[n - 10] ?? ''}`;
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 7 || tens === 9) {
    const base = tens === 7 ? 'soixante' : 'quatre-vingt';
    const rest = frenchNumber(10 + unit);
    return tens === 7 && unit === 1 ? `${base} et ${rest}` : `${base}-${rest}`;
  }
  if (tens === 8) return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${frenchNumber(unit)}`;
  const word = TENS[tens] ?? '';
  if (unit === 0) return word;
  if (unit === 1) return `${word} et un`;
  return `${word}-${UNITS[unit] ?? ''}`;
}

/** "3 200" with a no-break space, the French way; decimals with a comma. */
export function frenchDigits(n: number): string {
  const [whole = '', decimals] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return decimals === undefined ? grouped : `${grouped},${decimals}`;
}

export function englishDigits(n: number): string {
  const [whole = '', decimals] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

/** The round numbers French says approximately: "une vingtaine". */
export const APPROXIMATE: readonly (readonly [number, string, string])[] = [
  [10, 'une dizaine', 'about ten'],
  [12, 'une douzaine', 'about a dozen'],
  [15, 'une quinzaine', 'about fifteen'],
  [20, 'une vingtaine', 'about twenty'],
  [30, 'une trentaine', 'about thirty'],
  [40, 'une quarantaine', 'about forty'],
  [50, 'une cinquantaine', 'about fifty'],
  [100, 'une centaine', 'about a hundred'],
];

export const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function monthFr(m: number): string {
  return MONTHS_FR[m - 1] ?? 'janvier';
}

export function monthEn(m: number): string {
  return MONTHS_EN[m - 1] ?? 'January';
}

/** A point in time as the generator knows it; days stop at 28 so every month has them. */
export interface Moment {
  y: number;
  m: number;
  d: number;
}

export function compareMoments(a: Moment, b: Moment): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function addMonths(moment: Moment, months: number): Moment {
  const index = moment.y * 12 + (moment.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: moment.d };
}

export function monthsBetween(from: Moment, to: Moment): number {
  return to.y * 12 + to.m - (from.y * 12 + from.m);
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const monthValue = (y: number, m: number): string => `${y}-${pad(m)}`;
export const dayValue = (moment: Moment): string => `${moment.y}-${pad(moment.m)}-${pad(moment.d)}`;

/** "le 1er mars 2008", "le 12 mars 2008". */
export function dayFr(moment: Moment, withYear = true): string {
  const day = moment.d === 1 ? '1er' : String(moment.d);
  return `${day} ${monthFr(moment.m)}${withYear ? ` ${moment.y}` : ''}`;
}

/** How the date is introduced: "en 2008", "depuis 2008", "jusqu’en 2008". */
export type DateForm = 'at' | 'since' | 'until';

export interface DatePhrase {
  date: FuzzyDate;
  /** The words in the text, e.g. "depuis fin 2008"; also the date's `expression`. */
  text: string;
}

type Phrasing =
  | 'day'
  | 'month'
  | 'year'
  | 'part'
  | 'circa'
  | 'decade'
  | 'range'
  | 'months-range'
  | 'season'
  | 'rentree'
  | 'ago'
  | 'ago-circa'
  | 'last-year'
  | 'month-no-year'
  | 'day-no-year'
  | 'months-ago'
  | 'next-year';

const SEASONS = [
  {
    from: 3,
    to: 5,
    at: 'au printemps',
    since: 'depuis le printemps',
    until: 'jusqu’au printemps',
    en: 'spring',
    span: 'March to May',
  },
  {
    from: 6,
    to: 8,
    at: 'à l’été',
    since: 'depuis l’été',
    until: 'jusqu’à l’été',
    en: 'summer',
    span: 'June to August',
  },
  {
    from: 9,
    to: 11,
    at: 'à l’automne',
    since: 'depuis l’automne',
    until: 'jusqu’à l’automne',
    en: 'autumn',
    span: 'September to November',
  },
] as const;

const AGO_CIRCA = [
  [10, 'une dizaine d’années'],
  [15, 'une quinzaine d’années'],
  [20, 'une vingtaine d’années'],
  [30, 'une trentaine d’années'],
] as const;

function years(n: number): string {
  return n === 1 ? 'un an' : `${frenchNumber(n)} ans`;
}

function stated(date: FuzzyDate, text: string): DatePhrase {
  return { date: { ...date, certainty: 'stated', expression: text }, text };
}

function inferred(date: FuzzyDate, text: string, en: string, fr: string): DatePhrase {
  return {
    date: { ...date, certainty: 'inferred', expression: text, inference: { fr, en } },
    text,
  };
}

/**
 * Says `moment` in one of the ways French texts date things, picked at random among those
 * that fit (relative phrasings only for the past of `published`, "en juin" only in its year),
 * and returns the FuzzyDate those words stand for: stated, or inferred with how.
 */
export function phraseDate(
  rng: Rng,
  moment: Moment,
  form: DateForm,
  published: Moment,
  options: { relative?: boolean } = {},
): DatePhrase {
  const { y, m } = moment;
  const past = compareMoments(moment, published) <= 0;
  const relative = (options.relative ?? true) && past;
  const ago = published.y - y;
  const monthsAgo = monthsBetween(moment, published);
  const season = SEASONS.find((s) => m >= s.from && m <= s.to);
  const agoCirca = AGO_CIRCA.find(([n]) => n === ago);
  const choices: [Phrasing, number][] = [
    ['day', 8],
    ['month', 16],
    ['year', 26],
    ['part', 9],
    ['circa', 4],
    ['range', 6],
  ];
  if (y % 10 >= 4 && y % 10 <= 6) choices.push(['decade', 2]);
  if (form === 'at' && m <= 10) choices.push(['months-range', 3]);
  if (season) choices.push(['season', 3]);
  if (m === 9) choices.push(['rentree', 4]);
  if (relative && ago >= 1) choices.push(['ago', 6]);
  if (relative && agoCirca) choices.push(['ago-circa', 4]);
  if (relative && ago === 1) choices.push(['last-year', 4]);
  if (relative && ago === 0) choices.push(['month-no-year', 8], ['day-no-year', 4]);
  if (relative && form !== 'until' && monthsAgo >= 2 && monthsAgo <= 18)
    choices.push(['months-ago', 3]);
  if (!past && y === published.y + 1 && form === 'at') choices.push(['next-year', 10]);
  const phrasing = rng.weighted(choices);
  const pub = published.y;
  const by = (at: string, since: string, until: string): string =>
    form === 'at' ? at : form === 'since' ? since : until;

  switch (phrasing) {
    case 'day': {
      const d = dayFr(moment);
      return stated(
        { precision: 'day', value: dayValue(moment), certainty: 'stated' },
        by(`le ${d}`, `depuis le ${d}`, `jusqu’au ${d}`),
      );
    }
    case 'month': {
      const mo = `${monthFr(m)} ${y}`;
      return stated(
        { precision: 'month', value: monthValue(y, m), certainty: 'stated' },
        by(`en ${mo}`, `depuis ${mo}`, `jusqu’en ${mo}`),
      );
    }
    case 'year':
      return stated(
        { precision: 'year', value: String(y), certainty: 'stated' },
        by(`en ${y}`, `depuis ${y}`, `jusqu’en ${y}`),
      );
    case 'part': {
      const part = m <= 4 ? 'early' : m <= 8 ? 'mid' : 'late';
      const text =
        part === 'early'
          ? by(`début ${y}`, `depuis début ${y}`, `jusqu’au début de ${y}`)
          : part === 'mid'
            ? by(`à la mi-${y}`, `depuis la mi-${y}`, `jusqu’à la mi-${y}`)
            : by(`fin ${y}`, `depuis fin ${y}`, `jusqu’à la fin de ${y}`);
      return stated({ precision: 'year', value: String(y), part, certainty: 'stated' }, text);
    }
    case 'circa':
      return stated(
        { precision: 'circa', value: String(y), certainty: 'stated' },
        by(
          rng.chance(0.5) ? `vers ${y}` : `aux alentours de ${y}`,
          `depuis ${y} environ`,
          `jusque vers ${y}`,
        ),
      );
    case 'decade': {
      const decade = y - (y % 10);
      return stated(
        { precision: 'circa', value: String(decade + 5), certainty: 'stated' },
        by(
          `au milieu des années ${decade}`,
          `depuis le milieu des années ${decade}`,
          `jusqu’au milieu des années ${decade}`,
        ),
      );
    }
    case 'range': {
      const [from, to] = form === 'until' || y + 1 > Math.max(pub, y) ? [y - 1, y] : [y, y + 1];
      const text = by(
        rng.chance(0.5) ? `en ${from}-${to}` : `entre ${from} et ${to}`,
        `depuis ${from}-${to}`,
        `jusqu’en ${from}-${to}`,
      );
      return stated(
        { precision: 'range', from: String(from), to: String(to), certainty: 'stated' },
        text,
      );
    }
    case 'months-range':
      return stated(
        {
          precision: 'range',
          from: monthValue(y, m),
          to: monthValue(y, m + 2),
          certainty: 'stated',
        },
        `entre ${monthFr(m)} et ${monthFr(m + 2)} ${y}`,
      );
    case 'season': {
      const s = season ?? SEASONS[0];
      return inferred(
        {
          precision: 'range',
          from: monthValue(y, s.from),
          to: monthValue(y, s.to),
          certainty: 'inferred',
        },
        `${by(s.at, s.since, s.until)} ${y}`,
        `The text says “${s.at} ${y}”; the ${s.en} is read as ${s.span} ${y}.`,
        `Le texte dit « ${s.at} ${y} » ; la saison est lue comme les mois de ${monthFr(s.from)} à ${monthFr(s.to)} ${y}.`,
      );
    }
    case 'rentree':
      return inferred(
        { precision: 'month', value: monthValue(y, 9), certainty: 'inferred' },
        by(`à la rentrée ${y}`, `depuis la rentrée ${y}`, `jusqu’à la rentrée ${y}`),
        `“La rentrée” is read as September, when French companies resume after the summer.`,
        `« La rentrée » est lue comme septembre, quand les entreprises reprennent après l’été.`,
      );
    case 'ago': {
      const text = by(
        `il y a ${years(ago)}`,
        `depuis ${years(ago)}`,
        `jusqu’à il y a ${years(ago)}`,
      );
      return inferred(
        { precision: 'year', value: String(y), certainty: 'inferred' },
        text,
        `The interview was published in ${pub}; “${text}” counts back to ${y}.`,
        `L’entretien a paru en ${pub} ; « ${text} » ramène à ${y}.`,
      );
    }
    case 'ago-circa': {
      const words = agoCirca?.[1] ?? years(ago);
      const text = by(`il y a ${words}`, `depuis ${words}`, `jusqu’à il y a ${words}`);
      return inferred(
        { precision: 'circa', value: String(y), certainty: 'inferred' },
        text,
        `The interview was published in ${pub}; “${words}” earlier is about ${y}.`,
        `L’entretien a paru en ${pub} ; ${words} plus tôt, c’est vers ${y}.`,
      );
    }
    case 'last-year':
      return inferred(
        { precision: 'year', value: String(y), certainty: 'inferred' },
        by('l’an dernier', 'depuis l’an dernier', 'jusqu’à l’an dernier'),
        `The interview was published in ${pub}, so “l’an dernier” is ${y}.`,
        `L’entretien a paru en ${pub} : « l’an dernier » est donc ${y}.`,
      );
    case 'month-no-year': {
      const mo = monthFr(m);
      const article = /^[ao]/.test(mo) ? 'd’' : 'de ';
      return inferred(
        { precision: 'month', value: monthValue(y, m), certainty: 'inferred' },
        by(`en ${mo}`, `depuis le mois ${article}${mo}`, `jusqu’en ${mo}`),
        `The text gives the month only; the year is taken to be that of the interview, ${y}.`,
        `Le texte ne donne que le mois ; l’année est supposée être celle de l’entretien, ${y}.`,
      );
    }
    case 'day-no-year': {
      const d = dayFr(moment, false);
      return inferred(
        { precision: 'day', value: dayValue(moment), certainty: 'inferred' },
        by(`le ${d}`, `depuis le ${d}`, `jusqu’au ${d}`),
        `The text gives the day and month only; the year is taken to be that of the interview, ${y}.`,
        `Le texte ne donne que le jour et le mois ; l’année est supposée être celle de l’entretien, ${y}.`,
      );
    }
    case 'months-ago': {
      const words = `${frenchNumber(monthsAgo)} mois`;
      return inferred(
        { precision: 'circa', value: monthValue(y, m), certainty: 'inferred' },
        by(`il y a ${words}`, `depuis ${words}`, `jusqu’à il y a ${words}`),
        `The interview was published in ${monthEn(published.m)} ${pub}; ${monthsAgo} months earlier is about ${monthEn(m)} ${y}.`,
        `L’entretien a paru en ${monthFr(published.m)} ${pub} ; ${monthsAgo} mois plus tôt, c’est vers ${monthFr(m)} ${y}.`,
      );
    }
    case 'next-year':
      return inferred(
        { precision: 'year', value: String(y), certainty: 'inferred' },
        'l’an prochain',
        `The interview was published in ${pub}, so “l’an prochain” is ${y}.`,
        `L’entretien a paru en ${pub} : « l’an prochain » est donc ${y}.`,
      );
  }
}

/** A plain stated year, for "de 1995 à 2001". */
export function statedYear(y: number, expression: string): FuzzyDate {
  return { precision: 'year', value: String(y), certainty: 'stated', expression };
}
