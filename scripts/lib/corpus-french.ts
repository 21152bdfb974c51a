/**
 * French wording for the corpus generator: elision, slots, and dates said the way a journalist
 * says them ("fin 2008", "il y a 7 ans", "en avril dernier"), each with the FuzzyDate it stands
 * for, so a date is never stated more firmly than the text states it.
 */
import type { FuzzyDate } from '../../src/domain/fuzzy-date.ts';
import type { Rng } from './corpus-random.ts';

/** A day of the corpus's timeline; days stop at 28 so every month has them. */
export type Moment = { y: number; m: number; d: number };
/** A date as the text says it, and what it stands for. */
export type Dated = { text: string; date: FuzzyDate };

export const ucfirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const de = (name: string): string =>
  /^[aeiouyhéèêîô]/i.test(name) ? `d’${name}` : `de ${name}`;
/** 28500 → "28 500", with a no-break space. */
export const nf = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
/** "Léa Dupré" → "lea-dupre". */
export function slug(text: string): string {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '');
  return plain.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Fills `{key}` and `{de key}` (with elision) slots; a missing slot is a generator bug. */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(de )?(\w+)\}/g, (_: string, of: string | undefined, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`corpus generator: no slot {${key}} in "${template}"`);
    return of ? de(value) : value;
  });
}

const MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre';
export const monthFr = (m: number): string => MONTHS.split(' ')[m - 1] ?? '';
export const dayFr = (m: Moment): string => `${m.d === 1 ? '1er' : m.d} ${monthFr(m.m)}`;
const pad = (n: number): string => String(n).padStart(2, '0');
export const iso = (m: Moment, parts = 3): string =>
  [String(m.y), pad(m.m), pad(m.d)].slice(0, parts).join('-');
const index = (m: Moment): number => m.y * 12 + m.m - 1;
const at = (i: number, d: number): Moment => ({ y: Math.floor(i / 12), m: (i % 12) + 1, d });
export const before = (a: Moment, b: Moment): boolean => index(a) * 32 + a.d < index(b) * 32 + b.d;
export const addMonths = (m: Moment, months: number): Moment => at(index(m) + months, m.d);
/** A day of year `y`, or of a month from `a` up to `b`. */
export const moment = (rng: Rng, y: number): Moment => at(y * 12 + rng.int(0, 11), rng.int(1, 28));
export const between = (rng: Rng, a: Moment, b: Moment): Moment =>
  at(rng.int(index(a), Math.max(index(a), index(b) - 1)), rng.int(1, 28));

type Distribute<T> = T extends unknown ? Omit<T, 'certainty' | 'expression' | 'inference'> : never;
type Core = Distribute<FuzzyDate>;
type Form = [text: string, core: Core];

/** "en 2009" → "depuis 2009", "vers 2009" → "depuis 2009 environ"… */
const SINCE: [RegExp, string][] = [
  [/^(en|il y a) /, 'depuis '],
  [/^le /, 'depuis le '],
  [/^à la /, 'depuis la '],
  [/^vers (.*)/, 'depuis $1 environ'],
  [/^(début|fin|l’an)/, 'depuis $1'],
];

/**
 * How the text dates moment `m` in an interview published at `P`: stated outright (day,
 * month, year, part of a year, circa, range), or relative to the publication and so inferred.
 * With `since`, the phrase is "depuis …".
 */
export function when(rng: Rng, m: Moment, P: Moment, since = false): Dated {
  const [y, mo, back, ago] = [String(m.y), monthFr(m.m), index(P) - index(m), P.y - m.y];
  const day: Core = { precision: 'day', value: iso(m) };
  const month: Core = { precision: 'month', value: iso(m, 2) };
  const year: Core = { precision: 'year', value: y };
  const circa: Core = { precision: 'circa', value: y };
  const range: Core = { precision: 'range', from: String(m.y - 1), to: y };
  const part = m.m <= 4 ? 'early' : m.m <= 8 ? 'mid' : 'late';
  const stated: Form[] = [
    [`le ${dayFr(m)} ${y}`, day],
    [`en ${mo} ${y}`, month],
    [`en ${y}`, year],
    [{ early: `début ${y}`, mid: `à la mi-${y}`, late: `fin ${y}` }[part], { ...year, part }],
    [`vers ${y}`, circa],
    [`en ${m.y - 1}-${y}`, range],
  ];
  const relative: Form[] = [];
  if (back <= 0 && ago >= -1)
    relative.push([ago < 0 ? 'l’an prochain' : 'd’ici à la fin de l’année', year]);
  else if (ago === 0) relative.push([`le ${dayFr(m)}`, day], [`en ${mo}`, month]);
  else if (ago === 1) relative.push(['l’an dernier', year]);
  if (ago === 1 && back < 12) relative.push([`en ${mo} dernier`, month]);
  if (ago > 1) relative.push([`il y a ${ago} ans`, year], [`il y a environ ${ago} ans`, circa]);
  if (ago > 1 && ago < 10) relative.push([`il y a ${ago} ou ${ago + 1} ans`, range]);
  const inferred = relative.length > 0 && rng.chance(0.14);
  const [phrase, core] = inferred
    ? rng.pick(relative)
    : rng.weighted(stated, back > 0 ? [14, 18, 30, 10, 6, 8] : [0, 0, 30, 10, 6, 8]);
  const rule = since ? SINCE.find(([pattern]) => pattern.test(phrase)) : undefined;
  const text = rule ? phrase.replace(rule[0], rule[1]) : phrase;
  if (!inferred) return { text, date: { ...core, certainty: 'stated', expression: text } };
  const means = core.precision === 'range' ? `${core.from}–${core.to}` : core.value;
  const fr = `L’entretien a paru en ${P.y} : « ${text} » désigne donc ${means}.`;
  const en = `The interview was published in ${P.y}, so “${text}” means ${means}.`;
  const inference = { fr, en };
  return { text, date: { ...core, certainty: 'inferred', expression: text, inference } };
}

/** A figure given in the present tense holds as of the publication year. */
export function asOfPublication(P: Moment): FuzzyDate {
  const fr = 'Dit au présent ; daté de la parution de l’entretien.';
  const inference = { fr, en: 'Given in the present tense; dated to the interview’s publication.' };
  return { precision: 'year', value: String(P.y), certainty: 'inferred', inference };
}
