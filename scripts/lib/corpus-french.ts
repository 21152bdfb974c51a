/**
 * French wording for the corpus generator: elision, numbers, slots, and dates said the way a
 * journalist says them ("fin 2008", "il y a sept ans", "en avril dernier"), each with the
 * FuzzyDate it stands for, so a date is never stated more firmly than the text states it.
 */
import type { FuzzyDate } from '../../src/domain/fuzzy-date.ts';
import type { Rng } from './corpus-random.ts';

export type Gender = 'f' | 'm';
/** A day of the corpus's timeline; days stop at 28 so every month has them. */
export type Moment = { y: number; m: number; d: number };
/** A date as the text says it, and what it stands for. */
export type Dated = { text: string; date: FuzzyDate };

export const ucfirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const de = (name: string): string =>
  /^[aeiouyhàâéèêîôœ]/i.test(name) ? `d’${name}` : `de ${name}`;

/** "la direction marketing" → "à la direction marketing"; "le laboratoire" → "au laboratoire". */
export function prep(p: 'à' | 'de', the: string): string {
  if (the.startsWith('le ')) return `${p === 'à' ? 'au' : 'du'} ${the.slice(3)}`;
  return `${p} ${the}`;
}

/** Fills `{key}` and `{de key}` (with elision) slots; a missing slot is a generator bug. */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(de )?(\w+)\}/g, (_: string, of: string | undefined, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`corpus generator: no slot {${key}} in "${template}"`);
    return of ? de(value) : value;
  });
}

/** 28500 → "28 500", with a no-break space. */
export const nf = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

const UNITS =
  'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'.split(
    ' ',
  );
const TENS = '- dix vingt trente quarante cinquante soixante'.split(' ');
export function inWords(n: number): string {
  if (n < 17) return UNITS[n] ?? String(n);
  if (n < 20) return `dix-${UNITS[n - 10] ?? ''}`;
  const [tens, unit] = [TENS[Math.floor(n / 10)] ?? String(n), n % 10];
  return unit === 0 ? tens : unit === 1 ? `${tens} et un` : `${tens}-${UNITS[unit] ?? ''}`;
}

const MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
export const monthFr = (m: number): string => MONTHS[m - 1] ?? '';
const pad = (n: number): string => String(n).padStart(2, '0');
export const iso = (m: Moment, parts = 3): string =>
  [String(m.y), pad(m.m), pad(m.d)].slice(0, parts).join('-');
const dayFr = (m: Moment): string => `${m.d === 1 ? '1er' : m.d} ${monthFr(m.m)}`;
export const monthIndex = (m: Moment): number => m.y * 12 + m.m - 1;
const day = (m: Moment): number => (m.y * 12 + m.m) * 32 + m.d;
export const before = (a: Moment, b: Moment): boolean => day(a) < day(b);
export function addMonths(m: Moment, months: number): Moment {
  const i = monthIndex(m) + months;
  return { y: Math.floor(i / 12), m: (i % 12) + 1, d: m.d };
}

type Distribute<T> = T extends unknown ? Omit<T, 'certainty' | 'expression' | 'inference'> : never;
type Core = Distribute<FuzzyDate>;
type Form = [text: string, core: Core];
const form = (text: string, core: Core): Form => [text, core];

/** "en 2009" → "depuis 2009", "vers 2009" → "depuis 2009 environ"… */
const SINCE: [RegExp, string][] = [
  [/^(en|il y a) /, 'depuis '],
  [/^le /, 'depuis le '],
  [/^à la /, 'depuis la '],
  [/^vers (.*)/, 'depuis $1 environ'],
  [/^cette année/, 'depuis le début de l’année'],
  [/^(début|fin|l’an)/, 'depuis $1'],
];

/**
 * How the text dates moment `m` in an interview published at `P`: stated outright (day,
 * month, year, part of a year, circa, range), or relative to the publication and so inferred.
 * With `since`, the phrase is "depuis …".
 */
export function when(rng: Rng, m: Moment, P: Moment, since = false): Dated {
  const [y, mo, back, ago, n] = [
    String(m.y),
    monthFr(m.m),
    monthIndex(P) - monthIndex(m),
    P.y - m.y,
    inWords(P.y - m.y),
  ];
  const day: Core = { precision: 'day', value: iso(m) };
  const month: Core = { precision: 'month', value: iso(m, 2) };
  const year: Core = { precision: 'year', value: y };
  const circa: Core = { precision: 'circa', value: y };
  const range: Core = { precision: 'range', from: String(m.y - 1), to: y };
  const part = m.m <= 4 ? 'early' : m.m <= 8 ? 'mid' : 'late';
  const said = { early: `début ${y}`, mid: `à la mi-${y}`, late: `fin ${y}` }[part];
  const stated = [
    form(`le ${dayFr(m)} ${y}`, day),
    form(`en ${mo} ${y}`, month),
    form(`en ${y}`, year),
    form(said, { ...year, part }),
    form(`vers ${y}`, circa),
    form(`en ${m.y - 1}-${y}`, range),
  ];
  let relative: Form[] = [];
  if (back <= 0 && ago >= -1)
    relative = [form(ago < 0 ? 'l’an prochain' : 'd’ici à la fin de l’année', year)];
  else if (back > 0 && ago === 0)
    relative = [form(`le ${dayFr(m)}`, day), form(`en ${mo}`, month), form('cette année', year)];
  else if (ago === 1)
    relative = [
      form('l’an dernier', year),
      ...(back < 12 ? [form(`en ${mo} dernier`, month)] : []),
    ];
  else if (ago > 1 && ago <= 60)
    relative = [form(`il y a ${n} ans`, year), form(`il y a environ ${n} ans`, circa)];
  if (ago > 1 && ago < 10) relative.push(form(`il y a ${n} ou ${inWords(ago + 1)} ans`, range));
  const inferred = relative.length > 0 && rng.chance(0.14);
  const [phrase, core] = inferred
    ? rng.pick(relative)
    : rng.weighted(stated, back > 0 ? [14, 18, 30, 10, 6, 8] : [0, 0, 30, 10, 6, 8]);
  const rule = since ? SINCE.find(([pattern]) => pattern.test(phrase)) : undefined;
  const text = rule ? phrase.replace(rule[0], rule[1]) : phrase;
  if (!inferred) return { text, date: { ...core, certainty: 'stated', expression: text } };
  const means = core.precision === 'range' ? `${core.from}–${core.to}` : core.value;
  const inference = `The interview was published in ${P.y}, so “${text}” means ${means}.`;
  return { text, date: { ...core, certainty: 'inferred', expression: text, inference } };
}

/** A figure given in the present tense holds as of the publication year. */
export function asOfPublication(P: Moment): FuzzyDate {
  const inference = 'Given in the present tense; dated to the interview’s publication.';
  return { precision: 'year', value: String(P.y), certainty: 'inferred', inference };
}
