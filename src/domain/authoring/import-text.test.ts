import { describe, expect, it } from 'vitest';
import { builtInDataFiles } from '../../testing/data-folder.ts';
import { SourceSchema, type Source } from '../records.ts';
import { guessLanguage } from './guess-language.ts';
import {
  countLostDashes,
  decodeText,
  guessGenre,
  guessKinds,
  repairLostDashes,
  slugify,
  splitParagraphs,
  uniqueSlug,
} from './import-text.ts';

/** A shipped source, from the repository's own copy of the text. */
function shipped(id: string): Source {
  const text = builtInDataFiles().get(`sources/${id}.json`);
  if (text === undefined) throw new Error(`no shipped source ${id}`);
  const [source] = SourceSchema.array().parse((JSON.parse(text) as { sources: unknown }).sources);
  if (!source) throw new Error(`no source in ${id}`);
  return source;
}

describe('importing the shipped texts as they were received', () => {
  it('splits the ITespresso interview on its blank lines and guesses every role as we set them', () => {
    const source = shipped('itespresso-pelata');
    const raw = source.paragraphs.map((p) => p.text).join('\n\n');
    const paragraphs = splitParagraphs(raw);
    expect(paragraphs).toEqual(source.paragraphs.map((p) => p.text));
    const guess = guessKinds(paragraphs, 'ITespresso.fr');
    expect(guess.kinds).toEqual(source.paragraphs.map((p) => p.kind));
    expect(guess.speakers).toEqual(['ITespresso.fr', 'Patrick Pélata']);
    expect(guessGenre(guess.kinds, raw)).toBe('interview');
  });

  it('splits the BFM profile one paragraph a line, finds its lead, headings and furniture', () => {
    const source = shipped('bfm-hoffstetter');
    const raw = source.paragraphs.map((p) => p.text).join('\n');
    const paragraphs = splitParagraphs(raw);
    expect(paragraphs).toEqual(source.paragraphs.map((p) => p.text));
    expect(guessKinds(paragraphs, 'BFM Business').kinds).toEqual(
      source.paragraphs.map((p) => p.kind),
    );
    expect(guessGenre(guessKinds(paragraphs).kinds, raw)).toBe('profile');
  });

  it('knows an interviewer it was not told of, lower-case words and all, but not a sentence with a colon', () => {
    const paragraphs = [
      'Le Courrier industriel : Comment voyez-vous le marché ?',
      'Jeanne Roux : Il se transforme. Nous investissons.',
      'Le constat est simple : il faut accélérer.',
      'Le Courrier industriel : Et demain ? Quelle place pour l’usine ?',
      'Jeanne Roux : Centrale. Mais pas seule : les logiciels comptent.',
    ];
    const guess = guessKinds(paragraphs, 'Autre titre');
    expect(guess.speakers).toEqual(['Le Courrier industriel', 'Jeanne Roux']);
    expect(guess.kinds).toEqual(['question', 'answer', 'answer', 'question', 'answer']);
  });

  it('finds the 7 lost dashes of the BFM text and restores them, leaving real questions alone', () => {
    const restored = shipped('bfm-hoffstetter')
      .paragraphs.map((p) => p.text)
      .join('\n');
    const damaged = restored.replace(/ –/g, ' ?');
    expect(countLostDashes(damaged)).toBe(7);
    expect(repairLostDashes(damaged)).toBe(restored);
    const questions = shipped('itespresso-pelata')
      .paragraphs.map((p) => p.text)
      .join('\n\n');
    expect(countLostDashes(questions)).toBe(0);
  });

  it('guesses French for both texts and English for our translation', () => {
    expect(
      guessLanguage(
        shipped('bfm-hoffstetter')
          .paragraphs.map((p) => p.text)
          .join(' '),
      ),
    ).toBe('fr');
    expect(
      guessLanguage(
        'Salesforce has been working with carmakers such as Toyota and Renault for a long time now.',
      ),
    ).toBe('en');
    expect(guessLanguage('Oui')).toBeNull();
  });
});

describe('decodeText', () => {
  it('reads UTF-8, dropping a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Pélata – œuvre')]);
    expect(decodeText(bytes)).toEqual({ text: 'Pélata – œuvre', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Pélata – œuvre" as Windows-1252 writes it: é = E9, – = 96, œ = 9C.
    const bytes = new Uint8Array([
      0x50, 0xe9, 0x6c, 0x61, 0x74, 0x61, 0x20, 0x96, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Pélata – œuvre', encoding: 'windows-1252' });
  });
});

describe('slugs', () => {
  it('folds accents, ligatures and punctuation', () => {
    expect(slugify('Patrick Pélata')).toBe('patrick-pelata');
    expect(slugify('L’œuvre de « Renault » !')).toBe('l-oeuvre-de-renault');
    expect(slugify('???', 'source')).toBe('source');
  });

  it('numbers a slug already taken', () => {
    const taken = new Set(['renault', 'renault-2']);
    expect(uniqueSlug('Renault', (id) => taken.has(id))).toBe('renault-3');
    expect(uniqueSlug('Nissan', (id) => taken.has(id))).toBe('nissan');
  });
});

describe('splitParagraphs', () => {
  it('joins wrapped lines inside a blank-line paragraph and normalises line ends', () => {
    expect(splitParagraphs('Un titre\r\n\r\nPremière ligne\r\nsuite.\r\n\r\n\r\nFin.')).toEqual([
      'Un titre',
      'Première ligne suite.',
      'Fin.',
    ]);
  });
});
