import { describe, expect, it } from 'vitest';
import type { Source } from '../records.ts';
import { readSelection } from './selection-passage.ts';

const source: Source = {
  id: 'test-source',
  publication: 'Test',
  publisher: null,
  title: 'A test',
  language: 'fr',
  url: null,
  genre: 'interview',
  published: { precision: 'year', value: '2013', certainty: 'stated' },
  subjects: [],
  transcriptionNotes: [],
  paragraphs: [
    { kind: 'chrome', text: 'Accueil / Actualités / Auto' },
    { kind: 'question', text: 'Test : Pourquoi Renault ?' },
    { kind: 'answer', text: 'Patrick : Renault a 115 ans. Renault innove.' },
  ],
};

describe('reading a selection of the source text', () => {
  it('is the passage of one paragraph, trimmed, with where it stands', () => {
    expect(
      readSelection(source, { paragraph: 2, offset: 9 }, { paragraph: 2, offset: 29 }),
    ).toEqual({
      kind: 'passage',
      paragraph: 2,
      start: 10,
      passage: 'Renault a 115 ans.',
      occurrences: [{ paragraph: 2, start: 10 }],
    });
  });

  it('reads a backward selection (focus before anchor) the same way', () => {
    const reading = readSelection(
      source,
      { paragraph: 2, offset: 28 },
      { paragraph: 2, offset: 10 },
    );
    expect(reading).toMatchObject({ kind: 'passage', passage: 'Renault a 115 ans.' });
  });

  it('refuses a selection across paragraphs, saying how many it spans', () => {
    expect(readSelection(source, { paragraph: 1, offset: 7 }, { paragraph: 2, offset: 5 })).toEqual(
      {
        kind: 'across',
        paragraphs: 2,
      },
    );
  });

  it('takes a triple click (ending at the next paragraph’s start) as the first paragraph', () => {
    expect(
      readSelection(source, { paragraph: 1, offset: 0 }, { paragraph: 2, offset: 0 }),
    ).toMatchObject({
      kind: 'passage',
      passage: 'Test : Pourquoi Renault ?',
    });
  });

  it('flags words that occur more than once, listing every occurrence', () => {
    expect(
      readSelection(source, { paragraph: 2, offset: 10 }, { paragraph: 2, offset: 17 }),
    ).toMatchObject({
      kind: 'passage',
      passage: 'Renault',
      occurrences: [
        { paragraph: 1, start: 16 },
        { paragraph: 2, start: 10 },
        { paragraph: 2, start: 29 },
      ],
    });
  });

  it('refuses the page’s furniture, which is not citable', () => {
    expect(readSelection(source, { paragraph: 0, offset: 0 }, { paragraph: 0, offset: 7 })).toEqual(
      {
        kind: 'chrome',
        paragraph: 0,
      },
    );
  });

  it('is nothing for white space alone', () => {
    expect(
      readSelection(source, { paragraph: 2, offset: 9 }, { paragraph: 2, offset: 10 }),
    ).toBeNull();
  });
});
