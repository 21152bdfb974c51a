import type { Paragraph } from '../records.ts';

export type ParagraphKind = Paragraph['kind'];
export type Encoding = 'utf-8' | 'windows-1252';

/**
 * A text file's characters: UTF-8 when its bytes are valid UTF-8, else Windows-1252, the
 * encoding French press copies saved on Windows often arrive in. A byte order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1); `\ufffd` where unused. */
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/**
 * Decoded by hand: every engine's TextDecoder does not carry the table (Node without full ICU
 * reads the label as Latin-1 and turns "–" into a control character).
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text +=
      byte >= 0x80 && byte <= 0x9f
        ? (CP1252_HIGH[byte - 0x80] ?? '\ufffd')
        : String.fromCharCode(byte);
  }
  return text;
}

/**
 * Paragraphs of a plain text. Blank lines separate paragraphs where the text has them (a line
 * break inside is a wrapped line); a text without blank lines has one paragraph a line.
 */
export function splitParagraphs(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  const blocks = normalized.split(/\n[ \t]*\n+/);
  const chunks =
    blocks.length > 1
      ? blocks.map((block) => block.replace(/\s*\n\s*/g, ' '))
      : normalized.split('\n');
  return chunks
    .map((chunk) => chunk.replace(/[ \t]+/g, ' ').trim())
    .filter((chunk) => chunk.length > 0);
}

/** Web-page furniture seen in press copies: breadcrumbs, newsletters, comment forms, shares. */
const CHROME = [
  /^(accueil|home)\s*\/.*\//i,
  /newsletter/i,
  /^(laisser|laissez) (une|un) (réponse|commentaire)/i,
  /^votre (adresse|opinion|commentaire)/i,
  /adresse (e-?mail|de messagerie) ne sera pas publiée/i,
  /^(les )?champs (requis|obligatoires)/i,
  /^(nom|e-?mail|site web|commentaire)\s*\*?$/i,
  /^\*$/,
  /^via\s?\S/i,
  /^(partager|share|tweet|imprimer|lire aussi|à lire aussi|voir aussi|publicité)\b/i,
  /^©|tous droits réservés/i,
  /^(mots-clés|tags)\s*:/i,
];

/** "ITespresso.fr :" or "Patrick Pélata :" at the start of an interview's turn. */
const SPEAKER_PREFIX = /^([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s?:\s/u;
/**
 * "Le Courrier industriel :": a name with words in lower case too. A sentence can start the
 * same way ("Le constat est simple : …"), so such a prefix is a speaker only when it starts
 * two paragraphs or more.
 */
const LOOSE_PREFIX = /^([\p{Lu}][\p{L}\p{N}.'’-]*(?:\s+[\p{L}\p{N}.'’-]+){0,4})\s?:\s/u;

function speakerPrefixes(paragraphs: readonly string[]): (string | null)[] {
  const loose = paragraphs.map((text) => LOOSE_PREFIX.exec(text)?.[1] ?? null);
  const count = new Map<string, number>();
  for (const name of loose) if (name !== null) count.set(name, (count.get(name) ?? 0) + 1);
  return paragraphs.map((text, i) => {
    const strict = SPEAKER_PREFIX.exec(text)?.[1];
    if (strict !== undefined) return strict;
    const name = loose[i] ?? null;
    return name !== null && (count.get(name) ?? 0) >= 2 ? name : null;
  });
}

/** The speaker whose turns are mostly questions: the interviewer, when the publication is not named. */
function askingSpeaker(
  paragraphs: readonly string[],
  prefixes: readonly (string | null)[],
  speakers: readonly string[],
): string | null {
  const share = (name: string) => {
    const turns = paragraphs.filter((_, i) => prefixes[i] === name);
    return turns.filter((text) => text.trimEnd().endsWith('?')).length / turns.length;
  };
  const ranked = speakers.map((name) => ({ name, share: share(name) }));
  const best = ranked.reduce<{ name: string; share: number } | null>(
    (a, b) => (a === null || b.share > a.share ? b : a),
    null,
  );
  return best !== null &&
    best.share > 0.5 &&
    ranked.every((r) => r === best || r.share < best.share)
    ? best.name
    : null;
}

export interface KindGuess {
  kinds: ParagraphKind[];
  /** The speakers whose turns start paragraphs, in order of first appearance. */
  speakers: string[];
}

/**
 * Each paragraph's role, as a first guess the user corrects: furniture is `chrome`; in an
 * interview a turn prefixed by the interviewer (the publication, or else the speaker whose
 * turns are mostly questions; with neither, a turn ending with a question mark) is a
 * `question`, one prefixed by another name an `answer`, and what follows an answer unprefixed
 * continues it; a short line without final punctuation is a `heading`; the first paragraph of
 * prose in a text with no interview turns is its `lead`.
 */
export function guessKinds(paragraphs: readonly string[], publication = ''): KindGuess {
  const prefixes = speakerPrefixes(paragraphs);
  const speakers = [...new Set(prefixes.filter((name): name is string => name !== null))];
  const interviewer =
    speakers.find((name) => sameName(name, publication)) ??
    (speakers.length >= 2 ? askingSpeaker(paragraphs, prefixes, speakers) : null);
  const isInterview = speakers.length >= 2 || (speakers.length === 1 && interviewer === null);
  const kinds: ParagraphKind[] = [];
  let previous: ParagraphKind | null = null;
  let leadGiven = false;
  paragraphs.forEach((text, i) => {
    const prefix = prefixes[i] ?? null;
    let kind: ParagraphKind;
    if (CHROME.some((pattern) => pattern.test(text))) kind = 'chrome';
    else if (prefix !== null && isInterview) {
      const asks = interviewer !== null ? prefix === interviewer : text.trimEnd().endsWith('?');
      kind = asks ? 'question' : 'answer';
    } else if (isHeading(text)) kind = 'heading';
    else if (isInterview && (previous === 'answer' || previous === 'body') && previous !== null) {
      kind = previous === 'answer' && !/^\[…\]$|^\[\.\.\.\]$/.test(text) ? 'answer' : 'body';
    } else if (!isInterview && !leadGiven) {
      kind = 'lead';
      leadGiven = true;
    } else kind = 'body';
    kinds.push(kind);
    if (kind !== 'chrome' && kind !== 'heading') previous = kind;
  });
  return { kinds, speakers };
}

function isHeading(text: string): boolean {
  return text.length <= 120 && !/[.!?:;,…»”"]$/.test(text) && /\p{L}/u.test(text);
}

function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return fold(a) !== '' && fold(a) === fold(b);
}

/**
 * A dash lost to an encoding error shows as " ? " inside a sentence: followed by a lower-case
 * word or a comma, which a French question mark never is.
 */
const LOST_DASH = / \?(?= [\p{Ll}]| ?,)/gu;

export function countLostDashes(text: string): number {
  return [...text.matchAll(LOST_DASH)].length;
}

/** The text with each lost dash restored as " –" (the space after it is the text's own). */
export function repairLostDashes(text: string): string {
  return text.replace(LOST_DASH, ' –');
}

/** A slug id from a name: "Patrick Pélata" → "patrick-pelata". */
export function slugify(text: string, fallback = 'record'): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** The slug, or the slug with the first free number after it. */
export function uniqueSlug(
  text: string,
  taken: (id: string) => boolean,
  fallback?: string,
): string {
  const base = slugify(text, fallback);
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** An interview has questions; a profile quotes its subject; anything else is an article. */
export function guessGenre(
  kinds: readonly ParagraphKind[],
  text: string,
): 'interview' | 'profile' | 'article' {
  if (kinds.includes('question')) return 'interview';
  return /[“«][^”»]{20,}[”»]/.test(text) ? 'profile' : 'article';
}
