/*
 * French grammar for sentences built from data: the article a name takes, how « de » and « à »
 * contract with it (« du groupe », « au comité », « aux directions »), elision before a vowel or
 * a mute h (« de l’équipe », « d’Orange »), and agreement of a participle or adjective with a
 * name (« rattachée à la Digital Factory »). Every French template that puts a name of the data
 * into a sentence goes through here, so each rule lives in one place.
 */

/**
 * A name and how French treats it. Organizations carry these fields in the data (`gender`,
 * `number`, `article`); a person or a name without them is masculine, singular, no article.
 */
export interface FrenchNoun {
  /** The name as written: "Digital Factory", "Renault", "Équipe de la DSI…". */
  readonly name: string;
  readonly gender?: 'm' | 'f' | undefined;
  readonly number?: 'singular' | 'plural' | undefined;
  /** « la Digital Factory », « la SNCF » take the definite article; « Renault », « SFR » none. */
  readonly article?: 'none' | 'definite' | undefined;
}

/** The prepositions a template puts before a name; « de » and « à » contract with the article. */
export type Preposition = 'de' | 'à' | 'chez' | 'sur' | 'avec' | 'pour' | 'dans' | 'par';

/**
 * Whether a word begins with a vowel sound, so « de », « le », « la » elide before it: « d’Orange »,
 * « l’équipe », « l’hôpital » (an h is taken as mute), but « de Yahoo » (a y before a vowel is a
 * consonant).
 */
export function elides(word: string): boolean {
  const w = word.trimStart();
  if (/^y[aeiouyàâäéèêëîïôöûü]/i.test(w)) return false;
  return /^[aeiouyhàâäéèêëîïôöûüùœæ]/i.test(w);
}

const plural = (noun: FrenchNoun): boolean => noun.number === 'plural';

/** The definite article before the name, or nothing: « la », « le », « l’ », « les », « ». */
export function articleOf(noun: FrenchNoun): string {
  if (noun.article !== 'definite') return '';
  if (plural(noun)) return 'les ';
  if (elides(noun.name)) return 'l’';
  return noun.gender === 'f' ? 'la ' : 'le ';
}

/**
 * The words before a name after a preposition, contracted and elided: « de la », « du », « d’ »,
 * « de l’ », « des », « à la », « au », « aux », « chez la »…; without a preposition, the article
 * alone. The name itself follows, so it can stay a link.
 */
export function lead(preposition: Preposition | null, noun: FrenchNoun): string {
  const article = articleOf(noun);
  if (preposition === 'de') {
    if (article === '') return elides(noun.name) ? 'd’' : 'de ';
    if (article === 'le ') return 'du ';
    if (article === 'les ') return 'des ';
    return `de ${article}`;
  }
  if (preposition === 'à') {
    if (article === 'le ') return 'au ';
    if (article === 'les ') return 'aux ';
    return `à ${article}`;
  }
  return preposition === null ? article : `${preposition} ${article}`;
}

/** « la Digital Factory », « Renault », « l’équipe… », « les directions de pays ». */
export function le(noun: FrenchNoun): string {
  return lead(null, noun) + noun.name;
}

/** « de la Digital Factory », « du comité de direction », « d’Orange », « de Renault ». */
export function de(noun: FrenchNoun): string {
  return lead('de', noun) + noun.name;
}

/** « à la Digital Factory », « au comité de direction », « aux directions de pays », « à Renault ». */
export function à(noun: FrenchNoun): string {
  return lead('à', noun) + noun.name;
}

/** « chez la Digital Factory », « chez Renault »: chez never contracts. */
export function chez(noun: FrenchNoun): string {
  return lead('chez', noun) + noun.name;
}

/**
 * A participle or adjective agreeing with the name: `agree(digitalFactory, 'rattaché')` is
 * « rattachée », `agree(directions, 'rattaché')` « rattachées »; a word already ending in a
 * mute e keeps it (« partenaire »).
 */
export function agree(noun: FrenchNoun, masculine: string): string {
  const feminine = noun.gender === 'f' && !masculine.endsWith('e') ? `${masculine}e` : masculine;
  return plural(noun) && !/[sx]$/.test(feminine) ? `${feminine}s` : feminine;
}

/** The same words with a capital first letter, for a name's article at the start of a sentence. */
export function capitalized(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
